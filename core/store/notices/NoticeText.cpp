#include "store/notices/NoticeText.h"

#include "mail/MailParser.h"

#include <QStringDecoder>

namespace mixdesk {
namespace {

// Text of raw bytes that should be UTF-8 but may be anything: invalid UTF-8
// falls back to Latin-1 so that no byte is lost for searching.
QString lenientText(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QString::fromLatin1(bytes);
    return text;
}

QByteArray decodeQ(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = QByteArray(in.sliced(i + 1, 2).data(), 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

// RFC 2047 encoded words, for the fallback path only (the real parser does this
// properly); adjacent encoded words separated by white space are joined.
QString decodeEncodedWords(const QByteArray& value)
{
    QString result;
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0) {
            result += lenientText(QByteArrayView(value).sliced(pos));
            break;
        }
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype end = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
        if (q1 < 0 || q2 != q1 + 2 || end < 0) {
            result += lenientText(QByteArrayView(value).sliced(pos));
            break;
        }
        const QByteArray between = value.mid(pos, start - pos);
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            result += lenientText(between);
        const QByteArray charset = value.mid(start + 2, q1 - start - 2).split('*').first();
        const char enc = char(value.at(q1 + 1) | 0x20);
        const QByteArray payload = value.mid(q2 + 1, end - q2 - 1);
        const QByteArray bytes = enc == 'b' ? QByteArray::fromBase64(payload) : decodeQ(payload);
        QStringDecoder decoder(charset.constData());
        result += decoder.isValid() ? decoder.decode(bytes) : lenientText(bytes);
        lastWasEncoded = true;
        pos = end + 2;
    }
    return result;
}

bool isAddressHeader(QByteArrayView name)
{
    static const QByteArray kNames[] = {"from", "to", "cc", "reply-to", "sender"};
    const QByteArray lower = name.toByteArray().toLower();
    for (const QByteArray& n : kNames)
        if (lower == n)
            return true;
    return false;
}

// Used when the parser recovered nothing: a plain scan of the header block,
// so that even a broken notice can be found by its subject and words.
NoticeText scanRaw(const QByteArray& raw)
{
    NoticeText text;
    qsizetype headerEnd = raw.indexOf("\n\n");
    const qsizetype crlfEnd = raw.indexOf("\r\n\r\n");
    qsizetype bodyStart = headerEnd < 0 ? raw.size() : headerEnd + 2;
    if (crlfEnd >= 0 && (headerEnd < 0 || crlfEnd < headerEnd)) {
        headerEnd = crlfEnd;
        bodyStart = crlfEnd + 4;
    }
    if (headerEnd < 0)
        headerEnd = raw.size();

    QByteArray name;
    QByteArray value;
    QStringList addresses;
    const auto flush = [&] {
        if (name.isEmpty())
            return;
        const QByteArray v = value.trimmed();
        if (name.compare("subject", Qt::CaseInsensitive) == 0 && text.subject.isEmpty())
            text.subject = decodeEncodedWords(v);
        else if (isAddressHeader(name))
            addresses.append(decodeEncodedWords(v));
        name.clear();
        value.clear();
    };
    for (const QByteArray& rawLine : raw.left(headerEnd).split('\n')) {
        QByteArray line = rawLine;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            value += ' ' + line.trimmed();
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            name = line.left(colon).trimmed();
            value = line.mid(colon + 1);
        }
    }
    flush();
    text.addresses = addresses.join(u' ');
    text.body = lenientText(QByteArrayView(raw).sliced(qMin(bodyStart, raw.size())));
    return text;
}

} // namespace

NoticeText NoticeText::extract(const QByteArray& raw)
{
    return fromParsed(MailParser::parse(raw), raw);
}

NoticeText NoticeText::fromParsed(const ParsedMail& mail, const QByteArray& raw)
{
    if (mail.headers.isEmpty())
        return scanRaw(raw);
    NoticeText text;
    text.subject = mail.header(u"Subject");
    QStringList addresses;
    for (const MailHeader& h : mail.headers)
        if (isAddressHeader(h.name.toLatin1()))
            addresses.append(h.value);
    text.addresses = addresses.join(u' ');
    text.body = mail.bodyText();
    if (text.body.isEmpty() && mail.parts.isEmpty())
        text.body = scanRaw(raw).body;
    return text;
}

} // namespace mixdesk
