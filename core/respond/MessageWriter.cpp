#include "respond/MessageWriter.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

namespace mixdesk {
namespace {

bool isPlainAscii(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return !text.contains(QLatin1String("=?"));
}

// Encoded words ("=?utf-8?B?...?=") of at most 75 characters, never splitting a
// character, folded with CRLF SP.
QByteArray encodedWords(const QString& text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words << "=?utf-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
        i += len;
    }
    flush();
    return words.join("\r\n ");
}

// Folds an ASCII header value at spaces so that lines stay under 78 characters.
QByteArray foldAscii(const QByteArray& value, int firstLineUsed)
{
    QByteArray out;
    int lineLength = firstLineUsed;
    const QList<QByteArray> parts = value.split(' ');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray& part = parts.at(i);
        if (i > 0) {
            if (lineLength + 1 + part.size() > 78 && lineLength > 1) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += part;
        lineLength += int(part.size());
    }
    return out;
}

bool needsQuoting(const QString& name)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    for (QChar c : name)
        if (specials.contains(c))
            return true;
    return false;
}

QString tr(const char* text)
{
    // The context lupdate files tr() under in this class's member functions.
    return QCoreApplication::translate("mixdesk::MessageWriter", text);
}

} // namespace

QByteArray MessageWriter::encodeHeaderText(const QString& text, int firstLineUsed)
{
    if (isPlainAscii(text))
        return foldAscii(text.toLatin1(), firstLineUsed);
    return encodedWords(text);
}

QByteArray MessageWriter::formatAddress(const MailAddress& address, int firstLineUsed)
{
    const QByteArray addr = "<" + address.address.toLatin1() + ">";
    if (address.name.trimmed().isEmpty())
        return address.address.toLatin1();
    const QString name = address.name.trimmed();
    if (!isPlainAscii(name))
        return encodedWords(name) + " " + addr;
    if (needsQuoting(name)) {
        QString quoted = name;
        quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("\""), QLatin1String("\\\""));
        return "\"" + quoted.toLatin1() + "\" " + addr;
    }
    return foldAscii(name.toLatin1() + " " + addr, firstLineUsed);
}

QByteArray MessageWriter::quotedPrintable(const QString& text)
{
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QByteArray out;
    const QStringList lines = normal.split(QLatin1Char('\n'));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray bytes = lines.at(l).toUtf8();
        QByteArray line;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            const bool last = i == bytes.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = "=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            // A leading "." stays as it is: SMTP's dot-stuffing protects it.
            if (line.size() + piece.size() > 75) {
                out += line + "=\r\n";
                line.clear();
            }
            line += piece;
        }
        out += line + "\r\n";
    }
    return out;
}

QByteArray MessageWriter::withCrlf(const QByteArray& raw)
{
    QByteArray out;
    out.reserve(raw.size() + raw.size() / 40 + 2);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < raw.size() && raw.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QByteArray MessageWriter::rfc2822Date(const QDateTime& date)
{
    static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = date.toUTC();
    const QDate d = utc.date();
    return QByteArray(kDays[d.dayOfWeek() - 1]) + ", " +
           QByteArray::number(d.day()).rightJustified(2, '0') + " " + kMonths[d.month() - 1] + " " +
           QByteArray::number(d.year()) + " " +
           utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QString MessageWriter::newMessageId(const QString& fromAddress)
{
    QString domain = fromAddress.section(QLatin1Char('@'), 1).trimmed();
    domain.remove(QLatin1Char('>'));
    if (domain.isEmpty())
        domain = QStringLiteral("mixdesk.invalid");
    return QStringLiteral("<%1.mixdesk@%2>")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
}

Result<GeneratedMessage> MessageWriter::write(const ResponseDraft& draft,
                                              const QList<ForwardedNotice>& notices,
                                              const QDateTime& date, const QString& messageId)
{
    const MailAddress from = MailAddress::parse(draft.from);
    if (!from.isValid())
        return Error{tr("The sender '%1' is not a valid address").arg(draft.from)};
    QList<MailAddress> to;
    QList<MailAddress> cc;
    for (const QString& t : draft.to)
        to << MailAddress::parseList(t);
    for (const QString& c : draft.cc)
        cc << MailAddress::parseList(c);
    GeneratedMessage message;
    for (const QList<MailAddress>* list : {&to, &cc})
        for (const MailAddress& a : *list) {
            if (!a.isValid())
                return Error{tr("'%1' is not a valid address").arg(a.address)};
            message.recipients << a.address;
        }
    if (to.isEmpty())
        return Error{tr("The response has no recipient")};
    message.envelopeFrom = from.address;
    message.messageId = messageId;

    const auto addressList = [](const QList<MailAddress>& list, int used) {
        QByteArray out;
        for (const MailAddress& a : list) {
            if (!out.isEmpty())
                out += ",\r\n ";
            out += formatAddress(a, out.isEmpty() ? used : 1);
        }
        return out;
    };

    QByteArray text = quotedPrintable(draft.body);
    QList<QByteArray> attachments;
    for (const ForwardedNotice& n : notices)
        attachments << withCrlf(n.raw);
    QByteArray boundary;
    for (int attempt = 0; attempt < 100; ++attempt) {
        boundary = "=_MixDesk_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
                   QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        bool clash = text.contains(boundary);
        for (const QByteArray& a : attachments)
            clash = clash || a.contains(boundary);
        if (!clash)
            break;
    }

    QByteArray& out = message.raw;
    out += "Date: " + rfc2822Date(date) + "\r\n";
    out += "From: " + formatAddress(from, 6) + "\r\n";
    out += "To: " + addressList(to, 4) + "\r\n";
    if (!cc.isEmpty())
        out += "Cc: " + addressList(cc, 4) + "\r\n";
    out += "Subject: " + encodeHeaderText(draft.subject, 9) + "\r\n";
    out += "Message-ID: " + messageId.toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "User-Agent: MixDesk\r\n";
    if (attachments.isEmpty()) {
        out += "Content-Type: text/plain; charset=utf-8\r\n";
        out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
        out += text;
        return message;
    }
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a message in MIME format; the complaint is attached as message/rfc822.\r\n";
    out += "\r\n--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    out += text;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QByteArray& a = attachments.at(i);
        bool eightBit = false;
        for (char c : a)
            if (static_cast<unsigned char>(c) >= 0x80) {
                eightBit = true;
                break;
            }
        QString fileName = notices.at(i).fileName;
        fileName.remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
        out += "\r\n--" + boundary + "\r\n";
        out += "Content-Type: message/rfc822\r\n";
        out += "Content-Disposition: attachment;\r\n filename=\"" + fileName.toLatin1() + "\"\r\n";
        out +=
            QByteArray("Content-Transfer-Encoding: ") + (eightBit ? "8bit" : "7bit") + "\r\n\r\n";
        out += a;
    }
    out += "\r\n--" + boundary + "--\r\n";
    return message;
}

} // namespace mixdesk
