#include "analysis/AnalysisBudget.h"

namespace mixdesk {
namespace {

// Keeps at most `*left` characters of `text` (not splitting a surrogate pair).
void keep(QString& text, qsizetype* left)
{
    if (text.size() > *left) {
        qsizetype size = *left;
        if (size > 0 && text[size - 1].isHighSurrogate())
            --size;
        text.truncate(size);
    }
    *left -= text.size();
}

void cutHeaders(QList<MailHeader>& headers, qsizetype* left)
{
    for (MailHeader& h : headers) {
        keep(h.value, left);
        // The raw value is read where the decoded one is (Received): cut alike.
        h.rawValue.truncate(
            std::max<qsizetype>(h.value.size(), std::min(h.rawValue.size(), *left)));
    }
}

void cutMail(ParsedMail& mail, qsizetype* left)
{
    cutHeaders(mail.headers, left);
    for (MailPart& part : mail.parts) {
        cutHeaders(part.headers, left);
        if (part.text.isEmpty()) { // the finder reads the body as UTF-8 then
            part.body.truncate(std::min(part.body.size(), *left));
            *left -= part.body.size();
        } else {
            keep(part.text, left);
        }
    }
    for (ParsedMail& attached : mail.attachedMessages)
        cutMail(attached, left);
}

} // namespace

qsizetype AnalysisBudget::textChars(const ParsedMail& mail)
{
    qsizetype chars = 0;
    const auto headers = [&chars](const QList<MailHeader>& list) {
        for (const MailHeader& h : list)
            chars += h.value.size();
    };
    headers(mail.headers);
    for (const MailPart& part : mail.parts) {
        headers(part.headers);
        chars += part.text.isEmpty() ? part.body.size() : part.text.size();
    }
    for (const ParsedMail& attached : mail.attachedMessages)
        chars += textChars(attached);
    return chars;
}

qsizetype AnalysisBudget::cut(ParsedMail& mail, qsizetype chars)
{
    qsizetype left = chars;
    cutMail(mail, &left);
    return chars - left;
}

} // namespace mixdesk
