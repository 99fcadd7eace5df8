#pragma once

#include "cases/CaseRecords.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace mixdesk {

class CasesController;

// Reminders while the app runs. One single-shot timer wakes when the Due list next
// changes (DueAgenda::nextChange: a reminder comes on, a deadline passes, a new day)
// and asks the controller to reload, which reads on the store worker; from the fresh
// list it announces what came due since the last look (DueAgenda::cameDue). The first
// look at a store sums up what is due instead. Never longer than an hour between
// looks, so deadlines added elsewhere (team mode) are seen too.
class DueReminders : public QObject
{
    Q_OBJECT
public:
    explicit DueReminders(CasesController* controller, QObject* parent = nullptr);

    // A store opened or closed: the next list is a first look again.
    void reset();
    // When the timer looks next (invalid while it is not running).
    QDateTime nextLook() const { return m_nextLook; }

signals:
    // A reminder came on, or a deadline passed, while the app ran.
    void reminded(const QString& title, const QString& text);
    // What is due at the first look at a store (empty list: not emitted).
    void summary(const QString& text);

private:
    void look(const QList<DueItem>& open, const QDateTime& at);

    CasesController* m_controller;
    QTimer* m_timer;
    QDateTime m_lastLook;
    QDateTime m_nextLook;
};

} // namespace mixdesk
