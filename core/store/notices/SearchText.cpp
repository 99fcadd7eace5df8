#include "store/notices/SearchText.h"

#include "store/SqlDialect.h"

namespace mixdesk {

namespace {

QString joined(const QStringList& parts)
{
    QStringList nonEmpty;
    for (const QString& p : parts)
        if (!p.isEmpty() && !nonEmpty.contains(p))
            nonEmpty.append(p);
    return nonEmpty.join(u' ');
}

} // namespace

QStringList SearchText::values(const NoticeText& text, const Analysis& a)
{
    QStringList ips{a.exitIp, a.reportedIp};
    ips += a.exitIps;
    for (const OffendingMessage& m : a.offendingMessages)
        for (const ReceivedHop& hop : m.hops)
            ips.append(hop.fromIp);
    // Never null: a null QString would be bound as SQL NULL.
    const auto orEmpty = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    return {orEmpty(text.subject),
            orEmpty(text.body),
            orEmpty(text.addresses),
            joined(ips),
            joined({a.webmailAccount, a.mailServer}),
            orEmpty(a.reporter),
            orEmpty(a.caseReference)};
}

QList<QByteArray> SearchText::utf8(const QStringList& values)
{
    QList<QByteArray> bytes;
    bytes.reserve(values.size());
    for (const QString& value : values) {
        QByteArray b = value.toUtf8();
        bytes.append(b.isNull() ? QByteArray("") : std::move(b));
    }
    return bytes;
}

QByteArray SearchText::encode(const QStringList& values)
{
    return encode(utf8(values));
}

QByteArray SearchText::encode(const QList<QByteArray>& utf8Values)
{
    QByteArray out;
    for (const QByteArray& value : utf8Values) {
        out += QByteArray::number(value.size());
        out += ':';
        out += value;
    }
    return out;
}

std::optional<QStringList> SearchText::decode(QByteArrayView encoded)
{
    QStringList values;
    qsizetype pos = 0;
    while (pos < encoded.size()) {
        const qsizetype colon = encoded.indexOf(':', pos);
        if (colon < 0)
            return std::nullopt;
        bool ok = false;
        const qsizetype length = encoded.sliced(pos, colon - pos).toLongLong(&ok);
        if (!ok || length < 0 || colon + 1 + length > encoded.size())
            return std::nullopt;
        values.append(QString::fromUtf8(encoded.sliced(colon + 1, length)));
        pos = colon + 1 + length;
    }
    if (values.size() != SqlDialect::fullTextColumns().size())
        return std::nullopt;
    return values;
}

} // namespace mixdesk
