#include "imap/ImapResponse.h"

#include <QRegularExpression>
#include <QStringList>

#include <limits>

namespace mixdesk {

ImapResponse::Literal ImapResponse::literalAtEnd(const QByteArray& line)
{
    // "{123}" or "{123+}" (LITERAL+) at the very end of the line.
    Literal literal;
    if (!line.endsWith('}'))
        return literal;
    qsizetype at = line.size() - 2;
    if (at >= 0 && line[at] == '+')
        --at;
    const qsizetype digitsEnd = at + 1;
    while (at >= 0 && line[at] >= '0' && line[at] <= '9')
        --at;
    if (at < 0 || line[at] != '{' || at + 1 == digitsEnd)
        return literal;
    const QByteArray digits = line.mid(at + 1, digitsEnd - at - 1);
    bool ok = false;
    const qint64 length = digits.toLongLong(&ok);
    // Too many digits for a number is a literal too large for anything.
    literal.length = ok ? length : std::numeric_limits<qint64>::max();
    literal.markerSize = line.size() - at;
    return literal;
}

QDateTime ImapResponse::parseInternalDate(const QByteArray& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) "
                       "([+-])(\\d{2})(\\d{2})$"));
    const auto m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return {};
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    if (month == 0)
        return {};
    const int offset = (m.captured(8).toInt() * 60 + m.captured(9).toInt()) * 60 *
                       (m.captured(7) == u'-' ? -1 : 1);
    const QDateTime local(
        QDate(m.captured(3).toInt(), month, m.captured(1).toInt()),
        QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()),
        Qt::OffsetFromUTC, offset);
    return local.toUTC();
}

ImapFetchItems ImapResponse::parseFetch(const QByteArray& text, const QList<QByteArray>& literals)
{
    static const QRegularExpression fetch(QStringLiteral("^\\d+ FETCH \\("));
    static const QRegularExpression uid(QStringLiteral("[( ]UID (\\d+)"));
    static const QRegularExpression size(QStringLiteral("[( ]RFC822\\.SIZE (\\d+)"));
    static const QRegularExpression date(QStringLiteral("[( ]INTERNALDATE \"([^\"]*)\""));
    static const QRegularExpression bodyLiteral(QStringLiteral("[( ]BODY\\[\\] \\{#(\\d+)\\}"));
    static const QRegularExpression bodyQuoted(
        QStringLiteral("[( ]BODY\\[\\] \"((?:[^\"\\\\]|\\\\.)*)\""));
    ImapFetchItems items;
    const QString s = QString::fromLatin1(text);
    if (!fetch.match(s).hasMatch())
        return items;
    items.isFetch = true;
    if (const auto m = uid.match(s); m.hasMatch())
        items.uid = m.captured(1).toUInt();
    if (const auto m = size.match(s); m.hasMatch())
        items.size = m.captured(1).toULongLong();
    if (const auto m = date.match(s); m.hasMatch())
        items.internalDate = m.captured(1).toLatin1();
    if (const auto m = bodyLiteral.match(s); m.hasMatch()) {
        const int index = m.captured(1).toInt();
        if (index >= 0 && index < literals.size())
            items.body = literals[index];
    } else if (const auto q = bodyQuoted.match(s); q.hasMatch()) {
        QByteArray unescaped = q.captured(1).toLatin1();
        unescaped.replace("\\\"", "\"").replace("\\\\", "\\");
        items.body = unescaped;
    }
    return items;
}

} // namespace mixdesk
