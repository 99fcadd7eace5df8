#include "store/HeaderSummary.h"

#include "mail/HeaderBlock.h"
#include "mail/TextDecoding.h"

namespace mixdesk {
namespace {

QDateTime parseDate(const QString& value)
{
    QString text = value.trimmed();
    // Trailing comments such as "(UTC)" or "(CEST)" are not part of RFC 2822's grammar
    // as Qt reads it.
    if (const qsizetype paren = text.indexOf(u'('); paren > 0)
        text.truncate(paren);
    text = text.simplified();
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace

HeaderSummary HeaderSummary::scan(const QByteArray& raw)
{
    // The same splitting and unfolding as the full parse, so a notice's subject reads
    // the same before and after its analysis.
    HeaderSummary summary;
    QStringList addresses;
    for (const RawHeaderField& field : HeaderBlock::split(raw).fields) {
        const QByteArray lower = field.name.toLower();
        if (lower == "subject" && summary.subject.isNull()) {
            summary.subject = TextDecoding::decodeHeaderValue(field.value);
        } else if (lower == "from" || lower == "to" || lower == "cc" || lower == "reply-to") {
            const QString decoded = TextDecoding::decodeHeaderValue(field.value);
            if (lower == "from" && summary.from.isNull())
                summary.from = decoded;
            if (!decoded.isEmpty())
                addresses.append(decoded);
        } else if (lower == "date" && !summary.date.isValid()) {
            summary.date = parseDate(TextDecoding::utf8OrLatin1(field.value));
        }
    }
    summary.addresses = addresses.join(u' ');
    return summary;
}

NoticeText HeaderSummary::text() const
{
    return NoticeText{subject, addresses, QString()};
}

Analysis HeaderSummary::pendingAnalysis() const
{
    Analysis analysis;
    analysis.analyzerVersion = 0;
    analysis.reporter = from;
    return analysis;
}

} // namespace mixdesk
