#include "analysis/RawHeaderHighlighter.h"

#include "profile/ExitMatcher.h"

#include <QColor>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;

namespace mixdesk {

RawHeaderHighlighter::RawHeaderHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document), m_headerName(u"^[!-9;-~]+:"_s),
      m_ipv4(u"(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])"_s),
      // Loose on purpose: candidates are checked with ExitMatcher::normalize().
      m_ipv6(
          u"(?<![\\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?(?![\\w:])"_s)
{}

void RawHeaderHighlighter::setExitAddresses(const QStringList& addresses)
{
    m_exits.clear();
    for (const QString& address : addresses) {
        const QString normal = ExitMatcher::normalize(address);
        if (!normal.isEmpty())
            m_exits.insert(normal);
    }
    rehighlight();
}

void RawHeaderHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat nameFormat;
    nameFormat.setFontWeight(QFont::Bold);
    nameFormat.setForeground(QColor(0x1f, 0x4e, 0x9a));
    const auto name = m_headerName.match(text);
    if (name.hasMatch())
        setFormat(0, int(name.capturedLength()), nameFormat);

    QTextCharFormat ipFormat;
    ipFormat.setForeground(QColor(0x0b, 0x6e, 0x4f));
    QTextCharFormat exitFormat;
    exitFormat.setFontWeight(QFont::Bold);
    exitFormat.setForeground(QColor(0x9a, 0x1f, 0x1f));
    exitFormat.setBackground(QColor(255, 214, 170));
    exitFormat.setFontUnderline(true); // not colour alone

    for (const QRegularExpression* re : {&m_ipv4, &m_ipv6}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString normal = ExitMatcher::normalize(match.captured());
            if (normal.isEmpty())
                continue;
            setFormat(int(match.capturedStart()), int(match.capturedLength()),
                      m_exits.contains(normal) ? exitFormat : ipFormat);
        }
    }
}

} // namespace mixdesk
