#include "DueReminders.h"

#include "CasesController.h"

#include "cases/DueAgenda.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

constexpr qint64 kMaxWaitMs = 60 * 60 * 1000;
constexpr qint64 kSlackMs = 1000; // look just after the change, not just before it

QString describe(const DueItem& item)
{
    const QString when = item.deadline.dueAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    const QString what = item.caseReference.isEmpty()
                             ? item.caseTitle
                             : item.caseTitle + u" ("_s + item.caseReference + u")"_s;
    return item.deadline.title + u" \u2013 "_s + what + u", "_s + when;
}

} // namespace

DueReminders::DueReminders(CasesController* controller, QObject* parent)
    : QObject(parent), m_controller(controller), m_timer(new QTimer(this))
{
    setObjectName(u"dueReminders"_s);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a coarse one may wake early
    connect(m_timer, &QTimer::timeout, m_controller, &CasesController::reload);
    connect(m_controller, &CasesController::deadlinesLoaded, this, &DueReminders::look);
}

void DueReminders::reset()
{
    m_lastLook = {};
    m_nextLook = {};
    m_timer->stop();
}

void DueReminders::look(const QList<DueItem>& open, const QDateTime& at)
{
    if (!m_controller->session()) {
        reset();
        return;
    }
    if (!m_lastLook.isValid()) {
        int overdue = 0, today = 0, week = 0;
        for (const DueAgenda::Entry& e : DueAgenda::entries(open, at)) {
            overdue += e.when == DueAgenda::When::Overdue ? 1 : 0;
            today += e.when == DueAgenda::When::Today ? 1 : 0;
            week += e.when == DueAgenda::When::ThisWeek ? 1 : 0;
        }
        if (overdue + today + week > 0)
            emit summary(tr("Case deadlines: %1 overdue, %2 due today, %3 due this week")
                             .arg(overdue)
                             .arg(today)
                             .arg(week));
    } else if (at > m_lastLook) {
        for (const DueAgenda::Entry& e : DueAgenda::cameDue(open, m_lastLook, at)) {
            const bool appointment = e.item.deadline.kind == CaseDeadline::Kind::Appointment;
            QString title;
            if (e.item.overdue)
                title = appointment ? tr("Appointment now") : tr("Deadline passed");
            else
                title = appointment ? tr("Appointment coming up") : tr("Deadline coming up");
            emit reminded(title, describe(e.item));
        }
    }
    if (!m_lastLook.isValid() || at > m_lastLook)
        m_lastLook = at;
    const QDateTime next = DueAgenda::nextChange(open, at);
    qint64 wait = next.isValid() ? at.msecsTo(next) + kSlackMs : kMaxWaitMs;
    wait = std::clamp<qint64>(wait, kSlackMs, kMaxWaitMs);
    // The wait counts from now, not from `at`: the list took a moment to read.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    wait = std::max<qint64>(kSlackMs, wait - at.msecsTo(now));
    m_nextLook = now.addMSecs(wait);
    m_timer->start(int(wait));
}

} // namespace mixdesk
