#include "reading/NoticeReader.h"

#include "mail/HtmlToText.h"
#include "mail/MailParser.h"
#include "mail/ParsedMail.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

// A name for an attachment that came without one, from its type.
QString madeUpName(const QString& contentType, int number)
{
    if (contentType == u"message/rfc822" || contentType == u"message/global")
        return u"message-%1.eml"_s.arg(number);
    if (contentType == u"text/html")
        return u"part-%1.html"_s.arg(number);
    if (contentType.startsWith(u"text/"))
        return u"part-%1.txt"_s.arg(number);
    if (contentType == u"application/pdf")
        return u"part-%1.pdf"_s.arg(number);
    return u"part-%1.bin"_s.arg(number);
}

void appendUnique(QStringList& list, const QStringList& more)
{
    for (const QString& s : more) {
        if (!list.contains(s))
            list.append(s);
    }
}

// href targets of an HTML body: a link's text may differ from where it leads.
QStringList htmlLinks(const QString& html)
{
    static const QRegularExpression href(uR"(href\s*=\s*["']?((?:https?|ftp|mailto):[^"'\s>]+))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList links;
    for (auto it = href.globalMatch(html); it.hasNext();)
        appendUnique(links, {it.next().captured(1).replace(u"&amp;"_s, u"&"_s)});
    return links;
}

} // namespace

QStringList NoticeReader::findLinks(const QString& text)
{
    static const QRegularExpression link(uR"(\b(?:(?:https?|ftp)://|mailto:)[^\s<>"']+)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList links;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        QString url = it.next().captured(0);
        // Sentence punctuation and a closing bracket without its opening one.
        while (!url.isEmpty()) {
            const QChar last = url.back();
            if (QStringLiteral(".,;:!?'\"").contains(last) ||
                (last == u')' && url.count(u'(') < url.count(u')')) ||
                (last == u']' && url.count(u'[') < url.count(u']')) || last == u'>')
                url.chop(1);
            else
                break;
        }
        if (url.size() > 8)
            appendUnique(links, {url});
    }
    return links;
}

ReadableMessage NoticeReader::fromParsed(const ParsedMail& mail)
{
    ReadableMessage m;
    m.from = mail.header(u"From");
    m.to = mail.header(u"To");
    m.cc = mail.header(u"Cc");
    m.date = mail.header(u"Date");
    m.subject = mail.header(u"Subject");
    m.text = mail.bodyText();

    bool hasPlain = false;
    for (const MailPart& p : mail.parts) {
        if (p.contentType == u"text/plain" && !p.isAttachment && !p.text.trimmed().isEmpty())
            hasPlain = true;
    }
    QStringList links = findLinks(m.text);
    for (const MailPart& p : mail.parts) {
        if (p.contentType == u"text/html" && !p.isAttachment) {
            m.textFromHtml = m.textFromHtml || !hasPlain;
            appendUnique(links, htmlLinks(p.text));
        }
    }
    m.links = links;

    for (const ParsedMail& attached : mail.attachedMessages)
        m.messages.append(fromParsed(attached));

    int number = 0;
    for (const MailPart& p : mail.parts) {
        const bool message = p.attachedMessageIndex >= 0;
        // The body text itself is not an attachment; everything else is.
        const bool bodyText =
            !p.isAttachment && (p.contentType == u"text/plain" || p.contentType == u"text/html");
        if (bodyText && !message)
            continue;
        ++number;
        ReadableAttachment a;
        a.contentType = p.contentType;
        a.fileName = p.fileName.isEmpty() ? madeUpName(p.contentType, number) : p.fileName;
        a.data = p.body;
        a.messageIndex = p.attachedMessageIndex;
        m.attachments.append(std::move(a));
    }
    return m;
}

ReadableMessage NoticeReader::read(const QByteArray& raw)
{
    const ParsedMail mail = MailParser::parse(raw);
    ReadableMessage message = fromParsed(mail);
    message.received = NoticeDate::of(raw);
    message.urgency =
        UrgencyFinder::find(mail.headers, message.subject, message.text, message.received.when);
    return message;
}

} // namespace mixdesk
