#include "mail/ParsedMail.h"

#include "mail/HtmlToText.h"

namespace mixdesk {

QString ParsedMail::header(QStringView name) const
{
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QList<MailHeader> ParsedMail::headersNamed(QStringView name) const
{
    QList<MailHeader> found;
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            found.append(h);
    }
    return found;
}

bool ParsedMail::hasHeader(QStringView name) const
{
    for (const MailHeader& h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString ParsedMail::bodyText() const
{
    QStringList texts;
    for (const MailPart& p : parts) {
        if (p.contentType == u"text/plain" && !p.isAttachment)
            texts.append(p.text);
    }
    if (texts.join(QString()).trimmed().isEmpty()) {
        texts.clear();
        // HTML-only mail, or an alternative whose plain part is empty.
        for (const MailPart& p : parts) {
            if (p.contentType == u"text/html" && !p.isAttachment)
                texts.append(htmlToText(p.text));
        }
    }
    // A single text part marked as attachment is still the whole message.
    if (texts.isEmpty() && parts.size() == 1 && parts.first().contentType.startsWith(u"text/"))
        return parts.first().contentType == u"text/html" ? htmlToText(parts.first().text)
                                                         : parts.first().text;
    return texts.join(u'\n');
}

} // namespace mixdesk
