#include "analysis/TextAddressFinder.h"

#include "profile/ExitMatcher.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace mixdesk {

QList<AddressMention> TextAddressFinder::find(const QString& input)
{
    static const QRegularExpression v6prefix(QStringLiteral("IPv6:"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression v4(
        QStringLiteral("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?!\\d|\\.\\d)"));
    static const QRegularExpression v6(
        QStringLiteral("(?<![0-9A-Za-z.:])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|"
                       "[0-9A-Fa-f]{0,4}))"
                       "(?![0-9A-Za-z:])"));
    // Blank out "IPv6:" prefixes (same length, so offsets stay valid).
    QString text = input;
    text.replace(v6prefix, QStringLiteral("     "));

    QList<AddressMention> found;
    auto it6 = v6.globalMatch(text);
    while (it6.hasNext()) {
        const auto m = it6.next();
        const QString candidate = m.captured(1);
        if (!candidate.contains(QStringLiteral("::")) && candidate.count(u':') < 7)
            continue;
        QHostAddress address;
        if (!address.setAddress(candidate) || address.protocol() != QAbstractSocket::IPv6Protocol)
            continue;
        const QString normalized = ExitMatcher::normalize(candidate);
        if (normalized.isEmpty() || normalized == u"::")
            continue;
        found.append({normalized, m.capturedStart(1), m.capturedEnd(1)});
    }
    auto it4 = v4.globalMatch(text);
    while (it4.hasNext()) {
        const auto m = it4.next();
        const qsizetype start = m.capturedStart(1);
        // Part of an IPv6-mapped address already taken above.
        bool inside = false;
        for (const AddressMention& a : found) {
            if (start >= a.start && start < a.end)
                inside = true;
        }
        if (inside)
            continue;
        bool ok = true;
        for (const QString& octet : m.captured(1).split(u'.')) {
            if (octet.toInt() > 255 || (octet.size() > 1 && octet.startsWith(u'0')))
                ok = false;
        }
        if (!ok)
            continue;
        found.append({m.captured(1), start, m.capturedEnd(1)});
    }
    std::sort(found.begin(), found.end(),
              [](const AddressMention& a, const AddressMention& b) { return a.start < b.start; });
    return found;
}

} // namespace mixdesk
