#pragma once

#include <QByteArray>
#include <QString>

namespace mixdesk {

struct ParsedMail;

// The searchable text of a notice besides its analysis.
struct NoticeText
{
    QString subject;
    QString addresses; // From, To, Cc, Reply-To, space separated
    QString body;      // MailParser bodyText, or the raw body when parsing failed

    static NoticeText extract(const QByteArray& raw);
    // The same from a message parsed already (`mail` == MailParser::parse(raw)), so
    // that each notice is parsed once; `raw` is only read when the parser recovered
    // nothing.
    static NoticeText fromParsed(const ParsedMail& mail, const QByteArray& raw);
};

} // namespace mixdesk
