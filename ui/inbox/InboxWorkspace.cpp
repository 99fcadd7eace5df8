#include "inbox/InboxWorkspace.h"

#include "analysis/AnalysisPane.h"
#include "inbox/FilterBar.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/NotesPane.h"
#include "reading/NoticeReader.h"
#include "reading/ReadingPane.h"
#include "store/session/StoreSession.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

// What the analysis pane needs of a stored notice, read in one go on the worker.
struct StoredNotice
{
    Analysis analysis;
    QByteArray raw;
    ReadableMessage readable; // decoded on the worker too
};

} // namespace

InboxWorkspace::InboxWorkspace(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"inboxWorkspace"_s);
    m_inbox = new InboxPane;
    m_analysisPane = new AnalysisPane;
    m_notes = new NotesPane;
    m_reading = new ReadingPane;
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(u"detailTabs"_s);
    m_detailTabs->addTab(m_analysisPane, QString());
    m_detailTabs->addTab(m_reading, QString());
    // Notes and history beside the analysis and the message, not instead of them.
    m_detailSplitter = new QSplitter(Qt::Vertical);
    m_detailSplitter->setObjectName(u"detailSplitter"_s);
    m_detailSplitter->addWidget(m_detailTabs);
    m_detailSplitter->addWidget(m_notes);
    m_detailSplitter->setStretchFactor(0, 4);
    m_detailSplitter->setStretchFactor(1, 1);
    m_detailSplitter->setSizes({680, 110});
    connect(m_reading, &ReadingPane::errorOccurred, this, &InboxWorkspace::errorOccurred);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 580}); // the hop table needs the width more than the list
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_inbox, &InboxPane::currentNoticeChanged, this, &InboxWorkspace::showNotice);

    m_sameAccount = new QAction(this);
    m_sameAccount->setObjectName(u"actionSameAccount"_s);
    connect(m_sameAccount, &QAction::triggered, this, &InboxWorkspace::selectSameAccount);
    m_sameServer = new QAction(this);
    m_sameServer->setObjectName(u"actionSameMailServer"_s);
    connect(m_sameServer, &QAction::triggered, this, &InboxWorkspace::selectSameMailServer);
    updateCampaignActions();
    retranslateUi();
}

void InboxWorkspace::setSession(StoreSession* session)
{
    m_session = session;
    m_noticeId = -1; // whatever comes next is new
    m_notes->setSession(session);
    m_inbox->setSession(session);
    updateCampaignActions();
    if (!session)
        showNotice(0);
}

void InboxWorkspace::setProfile(const OperatorProfile& profile)
{
    m_profile = profile;
    m_inbox->model()->setExits(profile);
    m_inbox->filterBar()->setExits(profile);
}

void InboxWorkspace::showFileAnalysis(const Analysis& analysis, const QByteArray& raw)
{
    ++m_generation; // a stored notice still loading must not replace it
    m_analysisPane->showAnalysis(analysis, raw, m_profile.allExitAddresses());
    m_reading->showNotice(NoticeReader::read(raw));
    m_detailTabs->setCurrentWidget(m_analysisPane);
}

void InboxWorkspace::reloadCurrent()
{
    const qint64 id = m_noticeId;
    if (id <= 0)
        return;
    m_noticeId = -1;
    showNotice(id);
}

void InboxWorkspace::focusNoteField()
{
    m_notes->focusNoteField();
}

void InboxWorkspace::showNotice(qint64 id)
{
    if (id == m_noticeId)
        return;
    m_noticeId = id;
    const quint64 generation = ++m_generation;
    m_notes->showNotice(id);
    updateCampaignActions();
    emit currentNoticeChanged(id);
    if (id == 0 || !m_session) {
        m_analysisPane->clear();
        m_reading->clear();
        return;
    }
    m_session->run<StoredNotice>(
        this,
        [id](StoreContext& c) -> Result<StoredNotice> {
            auto analysis = c.roles.inbox.analysis(id);
            if (!analysis)
                return analysis.error();
            auto raw = c.roles.inbox.rawNotice(id);
            if (!raw)
                return raw.error();
            ReadableMessage readable = NoticeReader::read(*raw);
            return StoredNotice{std::move(*analysis), std::move(*raw), std::move(readable)};
        },
        [this, generation](Result<StoredNotice> notice) {
            if (generation != m_generation)
                return;
            if (!notice) {
                m_analysisPane->clear();
                m_reading->clear();
                emit errorOccurred(
                    tr("The notice could not be read: %1").arg(notice.error().message));
                return;
            }
            m_analysisPane->showAnalysis(notice->analysis, notice->raw,
                                         m_profile.allExitAddresses());
            m_reading->showNotice(notice->readable);
        });
}

void InboxWorkspace::updateCampaignActions()
{
    const bool stored = m_session && m_noticeId > 0;
    m_sameAccount->setEnabled(stored);
    m_sameServer->setEnabled(stored);
}

void InboxWorkspace::selectSameAccount()
{
    selectCampaign(true);
}

void InboxWorkspace::selectSameMailServer()
{
    selectCampaign(false);
}

void InboxWorkspace::selectCampaign(bool byAccount)
{
    const qint64 id = m_noticeId;
    if (!m_session || id <= 0)
        return;
    // The stored analysis, not the pane's (it may still be loading another notice).
    m_session->run<Analysis>(
        this, [id](StoreContext& c) { return c.roles.inbox.analysis(id); },
        [this, byAccount](Result<Analysis> analysis) {
            if (!analysis) {
                emit errorOccurred(
                    tr("The notice could not be read: %1").arg(analysis.error().message));
                return;
            }
            const QString value = byAccount ? analysis->webmailAccount : analysis->mailServer;
            if (value.isEmpty()) {
                emit errorOccurred(byAccount
                                       ? tr("The analysis of this notice names no webmail account.")
                                       : tr("The analysis of this notice names no mail server."));
                return;
            }
            if (byAccount)
                m_inbox->showCampaign(value, QString());
            else
                m_inbox->showCampaign(QString(), value);
        });
}

void InboxWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InboxWorkspace::retranslateUi()
{
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_analysisPane), tr("Analysis"));
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_reading), tr("Message", "the notice as read"));
    m_sameAccount->setText(tr("Select notices with the same &account"));
    m_sameAccount->setToolTip(tr("Lists and selects every notice whose analysis names this "
                                 "notice's webmail account: a campaign, answered with one "
                                 "Respond"));
    m_sameServer->setText(tr("Select notices with the same &mail server"));
    m_sameServer->setToolTip(tr("Lists and selects every notice whose analysis names this "
                                "notice's mail server: a campaign, answered with one Respond"));
}

} // namespace mixdesk
