#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QListWidget;
class QStackedWidget;

namespace mixdesk {

// The main window's desk of views: a sidebar switches between the views (Inbox,
// DNSBL, Cases, Exits), one shown at a time. Each view is a widget of its own folder
// in ui/; the desk knows nothing of what they show. Each view gets an action (in the
// View menu, with a shortcut that keeps clear of the inbox's Ctrl+1…6).
class Desk : public QWidget
{
    Q_OBJECT
public:
    using Title = std::function<QString()>; // translated, asked again on a language change

    explicit Desk(QWidget* parent = nullptr);

    // Adds `view` (which needs an objectName) and returns its action.
    QAction* addView(QWidget* view, const QIcon& icon, Title title, const QKeySequence& shortcut);
    void showView(QWidget* view);
    QWidget* currentView() const;
    QListWidget* sidebar() const { return m_sidebar; }
    QList<QAction*> viewActions() const;

signals:
    void viewChanged(QWidget* view);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        QWidget* view = nullptr;
        Title title;
        QAction* action = nullptr;
    };
    void retranslate();

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Entry> m_entries;
};

} // namespace mixdesk
