#include "reanalysis/ReanalysisPanel.h"

#include "inbox/InboxPane.h"
#include "inbox/InboxWorkspace.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/StoreController.h"
#include "reanalysis/Banner.h"
#include "reanalysis/ReanalysisJob.h"
#include "store/session/StoreSession.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace mixdesk {

ReanalysisPanel::ReanalysisPanel(MainWindow* window) : QObject(window), m_window(window)
{
    setObjectName(u"reanalysisPanel"_s);
    MainActions* actions = window->actions();
    reanalyse = new QAction(actions->noticeMenu);
    reanalyse->setObjectName(u"actionReanalyse"_s);
    actions->noticeMenu->addSeparator();
    actions->noticeMenu->addAction(reanalyse);
    connect(reanalyse, &QAction::triggered, this, &ReanalysisPanel::start);

    m_noExits = new Banner(u"noExitsBanner"_s);
    m_setUp = m_noExits->addButton(u"setUpExitsButton"_s);
    connect(m_setUp, &QPushButton::clicked, window, &MainWindow::showSettings);
    m_offer = new Banner(u"reanalysisOffer"_s);
    m_now = m_offer->addButton(u"reanalyseNowButton"_s);
    m_later = m_offer->addButton(u"reanalyseLaterButton"_s);
    connect(m_now, &QPushButton::clicked, this, &ReanalysisPanel::start);
    connect(m_later, &QPushButton::clicked, m_offer, &QWidget::hide);
    m_result = new Banner(u"reanalysisResult"_s);
    m_dismiss = m_result->addButton(u"reanalysisResultClose"_s);
    connect(m_dismiss, &QPushButton::clicked, m_result, &QWidget::hide);
    InboxPane* inbox = window->inboxPane();
    inbox->addBanner(m_result);
    inbox->addBanner(m_offer);
    inbox->addBanner(m_noExits);

    connect(window, &MainWindow::profileChanged, this, &ReanalysisPanel::profileChanged);
    connect(window, &MainWindow::storeOpened, this, &ReanalysisPanel::updateBanners);
    connect(window, &MainWindow::importFinished, this, &ReanalysisPanel::updateBanners);
    window->installEventFilter(this);
    profileChanged();
    retranslate();
}

ReanalysisPanel::~ReanalysisPanel()
{
    delete m_job; // cancels and waits
}

bool ReanalysisPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReanalysisPanel::profileChanged()
{
    const QStringList exits = m_window->profile().allExitAddresses();
    // Offered when the exits change while notices are stored: those filed before (as
    // misdirected, or under an exit that is gone) would stay wrong.
    if (m_profileSeen && exits != m_exits && m_window->session() && !m_window->isDemo() &&
        !isRunning())
        m_offer->show();
    m_exits = exits;
    m_profileSeen = true;
    updateBanners();
}

void ReanalysisPanel::updateBanners()
{
    m_noExits->setVisible(m_window->session() && !m_window->isDemo() && m_exits.isEmpty());
    reanalyse->setEnabled(m_window->session() && !m_window->isDemo() && !isRunning());
}

void ReanalysisPanel::start()
{
    StoreSession* session = m_window->session();
    if (!session || m_window->isDemo() || isRunning() || m_window->isImporting())
        return;
    m_offer->hide();
    m_result->hide();
    auto* job = new ReanalysisJob(m_window->storeController()->location(), session->options(),
                                  m_window->profile(), this);
    m_job = job;
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(u"reanalysisProgress"_s);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        connect(m_progress, &QProgressDialog::canceled, this, &ReanalysisPanel::cancel);
    }
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    retranslate();
    m_progress->show();
    connect(job, &ReanalysisJob::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Re-analysing notice %1 of %2\u2026").arg(done).arg(total));
    });
    connect(job, &ReanalysisJob::finished, this, [this, job](const ReanalysisSummary& summary) {
        job->disconnect(this);
        job->deleteLater();
        m_job = nullptr;
        done(summary);
    });
    job->start();
    updateBanners();
}

void ReanalysisPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ReanalysisPanel::done(const ReanalysisSummary& summary)
{
    m_summary = summary;
    if (m_progress)
        m_progress->hide();
    m_window->inboxPane()->refresh();
    m_window->inboxWorkspace()->reloadCurrent();
    m_lastSummary = summaryText(summary);
    m_result->setText(m_lastSummary);
    m_result->show();
    m_window->statusBar()->showMessage(m_lastSummary, 15000);
    updateBanners();
    emit finished(summary);
}

QString ReanalysisPanel::summaryText(const ReanalysisSummary& s) const
{
    if (!s.error.isEmpty())
        return tr("The re-analysis failed: %1").arg(s.error);
    QString text = tr("Re-analysed %n notice(s).", nullptr, s.analysed);
    if (s.cancelled)
        text += u" "_s + tr("Cancelled before the end.");
    if (s.exitChanged == 0 && s.categoryChanged == 0)
        return text + u" "_s + tr("No notice changed its exit or category.");
    text += u" "_s + tr("%n now name(s) another exit", nullptr, s.exitChanged) + u", "_s +
            tr("%n changed category", nullptr, s.categoryChanged);
    if (s.leftMisdirected > 0)
        text += u" ("_s + tr("%n no longer misdirected", nullptr, s.leftMisdirected) + u")"_s;
    if (s.becameMisdirected > 0)
        text += u" ("_s + tr("%n now misdirected", nullptr, s.becameMisdirected) + u")"_s;
    return text + u"."_s;
}

void ReanalysisPanel::retranslate()
{
    reanalyse->setText(tr("&Re-analyse all notices"));
    reanalyse->setStatusTip(
        tr("Analyse every stored notice again with the current exits and operator profile"));
    m_noExits->setText(tr("No exits are set up yet: every notice is filed as misdirected until "
                          "you name your exits. After that, re-analyse the notices."));
    m_setUp->setText(tr("Set up exits\u2026"));
    m_offer->setText(tr("Your exits changed. Re-analyse the stored notices so that each is "
                        "filed under the right exit?"));
    m_now->setText(tr("Re-analyse now"));
    m_later->setText(tr("Later"));
    m_dismiss->setText(tr("Close"));
    if (!m_lastSummary.isEmpty()) {
        m_lastSummary = summaryText(m_summary);
        m_result->setText(m_lastSummary);
    }
    if (m_progress) {
        m_progress->setWindowTitle(tr("Re-analysis"));
        m_progress->setLabelText(tr("Re-analysing the stored notices\u2026"));
        m_progress->setCancelButtonText(tr("Cancel"));
    }
}

} // namespace mixdesk
