#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;

namespace mixdesk {

class CasesController;
class CasesView;
class MainWindow;

// Plugs the Cases view into the main window in one line:
//     CasesWiring::install(this, QKeySequence(Qt::ALT | Qt::Key_4));
// adds the view to the desk (and the View menu), "Open a case from this notice" to
// the Notice menu, and follows the window's database as it opens and closes.
class CasesWiring : public QObject
{
    Q_OBJECT
public:
    static CasesWiring* install(MainWindow* window, const QKeySequence& shortcut);

    CasesController* controller() const { return m_controller; }
    CasesView* view() const { return m_view; }
    QAction* viewAction() const { return m_viewAction; }
    QAction* openCaseAction() const { return m_openCase; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CasesWiring(MainWindow* window, const QKeySequence& shortcut);
    void retranslate();
    void updateAction();

    MainWindow* m_window;
    CasesController* m_controller;
    CasesView* m_view;
    QAction* m_viewAction = nullptr;
    QAction* m_openCase = nullptr;
};

} // namespace mixdesk
