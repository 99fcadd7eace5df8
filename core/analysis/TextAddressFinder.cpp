#include "analysis/TextAddressFinder.h"

#include "profile/ExitMatcher.h"
#include "util/CaselessSearch.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace mixdesk {
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Calls `match(run)` for every maximal run of `inRun` characters that holds the
// `separator` (found with a fast search; most runs of prose hold none). Both address
// expressions below begin with a look-behind that rejects their own characters, so a
// match can only start a run, and lies inside it: searching each run alone finds
// exactly what a search through the text finds, without PCRE trying every hex letter
// of the prose.
template <typename InRun, typename Match>
void forEachRunWith(const QString& text, QChar separator, InRun inRun, Match match)
{
    const qsizetype n = text.size();
    for (qsizetype at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at)) {
        qsizetype start = at;
        while (start > 0 && inRun(text[start - 1]))
            --start;
        qsizetype end = at + 1;
        while (end < n && inRun(text[end]))
            ++end;
        match(QStringView(text).sliced(start, end - start));
        at = end;
    }
}

// The text up to the character after `run`, which the look-aheads need: PCRE runs its
// JIT code only unanchored, so the subject ends there instead.
QStringView throughRun(const QString& text, QStringView run)
{
    const qsizetype end = run.data() + run.size() - text.constData();
    return QStringView(text).left(std::min(text.size(), end + 1));
}

} // namespace

QList<AddressMention> TextAddressFinder::find(const QString& input)
{
    static const QRegularExpression v4(
        QStringLiteral("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?!\\d|\\.\\d)"));
    static const QRegularExpression v6(
        QStringLiteral("(?<![0-9A-Za-z.:])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|"
                       "[0-9A-Fa-f]{0,4}))"
                       "(?![0-9A-Za-z:])"));
    // Blank out "IPv6:" prefixes (same length, so offsets stay valid).
    // Written in place: replace() may move the rest of the text each time.
    QString text = input;
    const QStringView v6prefix = u"IPv6:";
    QChar* blank = nullptr;
    for (qsizetype at = indexOfCaseless(input, v6prefix); at >= 0;
         at = indexOfCaseless(input, v6prefix, at + v6prefix.size())) {
        if (!blank)
            blank = text.data();
        std::fill_n(blank + at, v6prefix.size(), QChar(u' '));
    }

    QList<AddressMention> found;
    const auto inV6Run = [](QChar c) { return isAsciiAlnum(c) || c == u'.' || c == u':'; };
    forEachRunWith(text, u':', inV6Run, [&](QStringView run) {
        // Only runs with "::" or eight groups can give an accepted candidate (below);
        // this passes over clock times.
        if (!run.contains(u"::") && run.count(u':') < 7)
            return;
        const auto m = v6.match(throughRun(text, run), run.data() - text.constData());
        if (!m.hasMatch())
            return;
        const QString candidate = m.captured(1);
        if (!candidate.contains(QStringLiteral("::")) && candidate.count(u':') < 7)
            return;
        QHostAddress address;
        if (!address.setAddress(candidate) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return;
        const QString normalized = ExitMatcher::normalize(candidate);
        if (normalized.isEmpty() || normalized == u"::")
            return;
        found.append({normalized, m.capturedStart(1), m.capturedEnd(1)});
    });
    const qsizetype v6Count = found.size();
    const auto inV4Run = [](QChar c) { return isAsciiDigit(c) || c == u'.'; };
    forEachRunWith(text, u'.', inV4Run, [&](QStringView run) {
        if (run.count(u'.') < 3)
            return;
        const auto m = v4.match(throughRun(text, run), run.data() - text.constData());
        if (!m.hasMatch())
            return;
        const qsizetype start = m.capturedStart(1);
        // Part of an IPv6-mapped address already taken above. The IPv6 mentions come
        // first in `found`, in text order and apart: a binary search, not a scan of
        // everything found so far.
        const auto v6End = found.cbegin() + v6Count;
        const auto after =
            std::upper_bound(found.cbegin(), v6End, start,
                             [](qsizetype at, const AddressMention& a) { return at < a.start; });
        if (after != found.cbegin() && start < std::prev(after)->end)
            return;
        for (const QString& octet : m.captured(1).split(u'.')) {
            if (octet.toInt() > 255 || (octet.size() > 1 && octet.startsWith(u'0')))
                return;
        }
        found.append({m.captured(1), start, m.capturedEnd(1)});
    });
    std::sort(found.begin(), found.end(),
              [](const AddressMention& a, const AddressMention& b) { return a.start < b.start; });
    return found;
}

} // namespace mixdesk
