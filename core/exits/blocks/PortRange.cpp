#include "exits/blocks/PortRange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mixdesk {

QString PortRange::toString(QChar rangeSeparator) const
{
    return first == last ? QString::number(first)
                         : QString::number(first) + rangeSeparator + QString::number(last);
}

Result<QList<PortRange>> PortRange::parseList(const QString& text)
{
    QList<PortRange> ports;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& entry : text.split(separators, Qt::SkipEmptyParts)) {
        const QStringList bounds = entry.split(QLatin1Char('-'));
        bool okFirst = false, okLast = false;
        const uint first = bounds.value(0).toUInt(&okFirst);
        const uint last = bounds.size() == 2 ? bounds.value(1).toUInt(&okLast) : first;
        if (bounds.size() == 1)
            okLast = okFirst;
        if (!okFirst || !okLast || bounds.size() > 2 || first == 0 || last > 65535 || first > last)
            return Error{QCoreApplication::translate(
                             "PortRange", "'%1' is not a port or a range of ports (1-65535).")
                             .arg(entry)};
        ports.append({quint16(first), quint16(last)});
    }
    return ports;
}

QString PortRange::listText(const QList<PortRange>& ports)
{
    QStringList parts;
    for (const PortRange& p : ports)
        parts.append(p.toString());
    return parts.join(QLatin1Char(','));
}

} // namespace mixdesk
