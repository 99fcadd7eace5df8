#include "mail/MailParser.h"

namespace mixdesk {

ParsedMail MailParser::parse(const QByteArray& raw)
{
    // Stub until the vmime implementation lands.
    Q_UNUSED(raw);
    ParsedMail mail;
    mail.problems.append(QStringLiteral("parser not implemented"));
    return mail;
}

} // namespace mixdesk
