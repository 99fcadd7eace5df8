#pragma once

#include "exits/checks/CheckStatus.h"

#include <QColor>

namespace mixdesk {

// The colours of pass / warning / fail, shared by the Exits view's tables and its
// score label: a light background with dark text, readable in light and dark themes.
class CheckStatusStyle
{
public:
    static QColor background(CheckStatus status);
    static QColor foreground(CheckStatus status);
    static CheckStatus forScore(int score); // >= 90 pass, >= 50 warning, else fail
};

} // namespace mixdesk
