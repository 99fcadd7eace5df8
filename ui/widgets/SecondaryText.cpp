#include "widgets/SecondaryText.h"

#include <QColor>
#include <QFont>
#include <QLabel>
#include <QPalette>

namespace mixdesk {

QColor SecondaryText::color(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    constexpr float kTowardsWindow = 0.33f;
    const auto mix = [](float a, float b) { return a + (b - a) * kTowardsWindow; };
    return QColor::fromRgbF(mix(text.redF(), window.redF()), mix(text.greenF(), window.greenF()),
                            mix(text.blueF(), window.blueF()));
}

void SecondaryText::apply(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color(palette));
    label->setPalette(palette);
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
}

} // namespace mixdesk
