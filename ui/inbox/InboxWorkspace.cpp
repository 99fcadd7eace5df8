#include "inbox/InboxWorkspace.h"

#include "analysis/AnalysisPane.h"
#include "inbox/InboxPane.h"
#include "inbox/NotesPane.h"
#include "store/session/StoreSession.h"

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
};

} // namespace

InboxWorkspace::InboxWorkspace(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"inboxWorkspace"_s);
    m_inbox = new InboxPane;
    m_analysisPane = new AnalysisPane;
    m_notes = new NotesPane;
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(u"detailTabs"_s);
    m_detailTabs->addTab(m_analysisPane, QString());
    m_detailTabs->addTab(m_notes, QString());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 500});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_inbox, &InboxPane::currentNoticeChanged, this, &InboxWorkspace::showNotice);
    retranslateUi();
}

void InboxWorkspace::setSession(StoreSession* session)
{
    m_session = session;
    m_noticeId = -1; // whatever comes next is new
    m_notes->setSession(session);
    m_inbox->setSession(session);
    if (!session)
        showNotice(0);
}

void InboxWorkspace::setProfile(const OperatorProfile& profile)
{
    m_profile = profile;
}

void InboxWorkspace::showFileAnalysis(const Analysis& analysis, const QByteArray& raw)
{
    ++m_generation; // a stored notice still loading must not replace it
    m_analysisPane->showAnalysis(analysis, raw, m_profile.allExitAddresses());
    m_detailTabs->setCurrentWidget(m_analysisPane);
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
    emit currentNoticeChanged(id);
    if (id == 0 || !m_session) {
        m_analysisPane->clear();
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
            return StoredNotice{std::move(*analysis), std::move(*raw)};
        },
        [this, generation](Result<StoredNotice> notice) {
            if (generation != m_generation)
                return;
            if (!notice) {
                m_analysisPane->clear();
                emit errorOccurred(
                    tr("The notice could not be read: %1").arg(notice.error().message));
                return;
            }
            m_analysisPane->showAnalysis(notice->analysis, notice->raw,
                                         m_profile.allExitAddresses());
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
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_notes), tr("Notes and history"));
}

} // namespace mixdesk
