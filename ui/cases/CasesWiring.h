#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;

namespace mixdesk {

class CasePickerDialog;
class CasesController;
class CasesView;
class DueReminders;
class MainWindow;

// Plugs the Cases view into the main window in one line:
//     CasesWiring::install(this, QKeySequence(Qt::ALT | Qt::Key_4));
// adds the view to the desk (and the View menu), "New case…" (Ctrl+Shift+N) to the
// File menu, "Open a case from this notice" and "Add to case…" to the Notice menu and
// the inbox's context menu, the reminders of due deadlines (tray and status bar),
// and follows the window's database as it opens and closes.
class CasesWiring : public QObject
{
    Q_OBJECT
public:
    static CasesWiring* install(MainWindow* window, const QKeySequence& shortcut);

    CasesController* controller() const { return m_controller; }
    CasesView* view() const { return m_view; }
    QAction* viewAction() const { return m_viewAction; }
    QAction* newCaseAction() const { return m_newCase; }
    QAction* openCaseAction() const { return m_openCase; }
    QAction* addToCaseAction() const { return m_addToCase; }
    DueReminders* reminders() const { return m_reminders; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    CasesWiring(MainWindow* window, const QKeySequence& shortcut);
    void retranslate();
    void updateActions();
    void addSelectionToCase();
    QString caseName(qint64 caseId) const;

    MainWindow* m_window;
    CasesController* m_controller;
    CasesView* m_view;
    QAction* m_viewAction = nullptr;
    DueReminders* m_reminders;
    QAction* m_newCase = nullptr;
    QAction* m_openCase = nullptr;
    QAction* m_addToCase = nullptr;
};

} // namespace mixdesk
