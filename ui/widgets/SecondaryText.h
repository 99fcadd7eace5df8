#pragma once

class QLabel;
class QColor;
class QPalette;

namespace mixdesk {

// Text beside the main content (evidence under a field, where recipients came from):
// set off from it, but still readable. palette(mid) was light grey on grey.
class SecondaryText
{
public:
    // The window text blended a third of the way towards the window: muted, with a
    // contrast that stays above WCAG AA (4.5:1) in light and dark palettes.
    static QColor color(const QPalette& palette);
    // Shows `label` in that colour and a smaller font.
    static void apply(QLabel* label);
};

} // namespace mixdesk
