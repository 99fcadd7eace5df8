#include "widgets/PlainText.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace mixdesk {

QString PlainText::toolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

void PlainText::makePlain(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    // Plain text has no links to follow; keep it that way.
    label->setOpenExternalLinks(false);
}

} // namespace mixdesk
