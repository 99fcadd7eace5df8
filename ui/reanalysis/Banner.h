#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace mixdesk {

// A bar above the inbox that says what needs doing, with buttons to do it.
class Banner : public QFrame
{
    Q_OBJECT
public:
    explicit Banner(const QString& objectName, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    QPushButton* addButton(const QString& objectName);

private:
    QLabel* m_label = nullptr;
    QHBoxLayout* m_layout = nullptr;
};

} // namespace mixdesk
