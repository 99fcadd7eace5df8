#include "reading/NoticeDate.h"

#include "analysis/ReceivedParser.h"
#include "mail/HeaderBlock.h"
#include "mail/TextDecoding.h"

namespace mixdesk {

NoticeDate NoticeDate::of(QByteArrayView raw, const QDateTime& fallback)
{
    const HeaderBlock block = HeaderBlock::split(raw);
    QDateTime date;
    for (const RawHeaderField& field : block.fields) {
        const QByteArray name = field.name.toLower();
        if (name == "received") {
            // The top one only: lower ones are earlier hops, perhaps the sender's.
            const qsizetype semicolon = field.value.lastIndexOf(';');
            if (semicolon >= 0) {
                const QDateTime top = ReceivedParser::parseDate(
                    TextDecoding::utf8OrLatin1(field.value.mid(semicolon + 1)));
                if (top.isValid())
                    return {top.toUTC(), Source::TopReceived};
            }
            break;
        }
    }
    for (const RawHeaderField& field : block.fields) {
        if (field.name.toLower() == "date") {
            date = ReceivedParser::parseDate(TextDecoding::utf8OrLatin1(field.value));
            break;
        }
    }
    if (date.isValid())
        return {date.toUTC(), Source::DateHeader};
    if (fallback.isValid())
        return {fallback.toUTC(), Source::Fallback};
    return {};
}

} // namespace mixdesk
