#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace mixdesk {

class InboxPane;

// "Related notices", one click from a notice (Notice menu and the list's context
// menu): the notices of the same exit address, reporter or case reference, listed
// with the filter bar's related-notices bar. (The same webmail account or mail
// server is a campaign, selected for one response: InboxWorkspace's actions, which
// WorkSurface adds to this menu.)
class RelatedNotices : public QObject
{
    Q_OBJECT
public:
    explicit RelatedNotices(InboxPane* inbox, QObject* parent = nullptr);

    QMenu* menu() const { return m_menu; }
    QAction* sameExitAction() const { return m_sameExit; }
    QAction* sameReporterAction() const { return m_sameReporter; }
    QAction* sameCaseReferenceAction() const { return m_sameReference; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The current row's text in a list column ("" when no row is current).
    QString currentValue(int column) const;
    void updateActions();
    void retranslate();

    InboxPane* m_inbox;
    QMenu* m_menu;
    QAction* m_sameExit;
    QAction* m_sameReporter;
    QAction* m_sameReference;
};

} // namespace mixdesk
