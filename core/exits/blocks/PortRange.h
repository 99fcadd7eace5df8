#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace mixdesk {

// A destination port or range of ports a block applies to (TCP and UDP alike).
struct PortRange
{
    quint16 first = 0;
    quint16 last = 0;

    QString toString(QChar rangeSeparator = QLatin1Char('-')) const;
    // "80,443 8000-8080": commas or blanks between entries; an empty text is an
    // empty list (every port).
    static Result<QList<PortRange>> parseList(const QString& text);
    static QString listText(const QList<PortRange>& ports); // "80,443,8000-8080"

    bool operator==(const PortRange&) const = default;
};

} // namespace mixdesk
