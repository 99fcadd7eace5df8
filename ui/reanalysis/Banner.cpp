#include "reanalysis/Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mixdesk {

Banner::Banner(const QString& objectName, QWidget* parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    // Dark text on a light yellow: readable in light and dark desktop themes.
    setStyleSheet(u"QFrame#%1 { background: #fff4c2; border: 1px solid #d9c36a; }"
                  " QFrame#%1 QLabel { color: #1f1f1f; }"_s.arg(objectName));
    m_label = new QLabel;
    m_label->setObjectName(objectName + u"Text"_s);
    m_label->setWordWrap(true);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_label, 1);
    hide();
}

void Banner::setText(const QString& text)
{
    m_label->setText(text);
}

QString Banner::text() const
{
    return m_label->text();
}

QPushButton* Banner::addButton(const QString& objectName)
{
    auto* button = new QPushButton;
    button->setObjectName(objectName);
    m_layout->addWidget(button);
    return button;
}

} // namespace mixdesk
