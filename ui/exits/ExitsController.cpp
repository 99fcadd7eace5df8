#include "ExitsController.h"

#include "exits/blocks/BlockHostResolver.h"
#include "exits/blocks/BlockStore.h"
#include "exits/checks/DnsblListingsSnapshot.h"
#include "exits/checks/ReadinessHistory.h"
#include "exits/checks/ReadinessRunner.h"
#include "exits/checks/ReadinessScheduler.h"
#include "exits/notice/NoticePageDeploy.h"
#include "exits/notice/NoticePageGenerator.h"
#include "exits/notice/NoticePageTemplate.h"
#include "profile/ProfileStore.h"

#include <QPointer>
#include <QSaveFile>

namespace mixdesk {

template <typename Work, typename Done> void ExitsController::inWorker(Work work, Done done)
{
    QPointer<ExitsController> self(this);
    m_worker.start([self, work, done] {
        auto result = work();
        // Queued to the controller's thread; dropped when the controller is gone.
        QMetaObject::invokeMethod(
            self.data(),
            [self, result, done] {
                if (self)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

ExitsController::ExitsController(ExitsDependencies dependencies, QObject* parent)
    : QObject(parent), m_deps(std::move(dependencies)),
      m_runner(new ReadinessRunner(m_deps.checks, this)), m_scheduler(new ReadinessScheduler(this))
{
    // One thread that never expires: the database connection belongs to it, and one
    // writer keeps the history and the block list in order.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_stores = std::make_shared<ExitsStores>();
    if (m_deps.openStores) {
        auto stores = m_stores;
        auto open = m_deps.openStores;
        inWorker(
            [stores, open] {
                *stores = open();
                return stores->error;
            },
            [this](const QString& error) {
                if (!error.isEmpty())
                    emit errorOccurred(error);
            });
    }
    connect(m_runner, &ReadinessRunner::started, this, &ExitsController::checkStarted);
    connect(m_runner, &ReadinessRunner::progress, this, &ExitsController::checkProgress);
    connect(m_runner, &ReadinessRunner::resultReady, this, [this](const CheckResult& r) {
        for (CheckResult& old : m_latest)
            if (old.ip == r.ip && old.check == r.check) {
                old = r;
                emit resultsChanged();
                return;
            }
        m_latest.append(r);
        emit resultsChanged();
    });
    connect(m_runner, &ReadinessRunner::finished, this, [this](bool cancelled) {
        const QList<CheckResult> results = m_runner->results();
        if (!cancelled && !results.isEmpty()) {
            auto stores = m_stores;
            inWorker(
                [stores, results]() -> Status {
                    if (!stores->history)
                        return {};
                    return stores->history->append(results);
                },
                [this](const Status& s) {
                    if (!s)
                        emit errorOccurred(s.error().message);
                });
        }
        emit checkFinished(cancelled);
    });
    connect(m_scheduler, &ReadinessScheduler::due, this, [this] {
        if (!isChecking())
            checkNow();
    });
}

ExitsController::~ExitsController()
{
    m_runner->cancel();
    // The connection closes on the thread that opened it.
    auto stores = m_stores;
    m_worker.start([stores] {
        stores->dnsbl.reset();
        stores->blocks.reset();
        stores->history.reset();
        stores->database.reset();
    });
    m_worker.waitForDone();
}

void ExitsController::setProfile(const OperatorProfile& profile)
{
    m_profile = profile;
    m_targets = ExitTarget::fromProfile(profile);
    emit profileChanged();
}

void ExitsController::load()
{
    const QString path = m_deps.profilePath;
    auto stores = m_stores;
    struct Loaded
    {
        Result<OperatorProfile> profile = OperatorProfile();
        Result<QList<CheckResult>> latest = QList<CheckResult>();
    };
    inWorker(
        [path, stores] {
            Loaded l;
            l.profile = ProfileStore::load(path);
            if (stores->history)
                l.latest = stores->history->latest();
            return l;
        },
        [this](const Loaded& l) {
            if (!l.profile)
                emit errorOccurred(l.profile.error().message);
            else
                setProfile(*l.profile);
            if (!l.latest)
                emit errorOccurred(l.latest.error().message);
            else
                m_latest = *l.latest;
            emit resultsChanged();
        });
    reloadBlocks();
}

void ExitsController::reloadBlocks()
{
    auto stores = m_stores;
    inWorker(
        [stores]() -> Result<QList<BlockRequest>> {
            if (!stores->blocks)
                return QList<BlockRequest>();
            return stores->blocks->list();
        },
        [this](const Result<QList<BlockRequest>>& blocks) {
            if (!blocks) {
                emit errorOccurred(blocks.error().message);
                return;
            }
            m_blocks = *blocks;
            emit blocksChanged();
        });
}

void ExitsController::checkNow()
{
    if (!m_deps.dnsblSnapshot) {
        m_runner->start(m_targets, m_profile);
        return;
    }
    // The DNSBL check reads the newest blocklist results, so fetch them first.
    auto stores = m_stores;
    inWorker(
        [stores]() -> Result<QList<DnsblResult>> {
            if (!stores->dnsbl)
                return QList<DnsblResult>();
            return stores->dnsbl->latest(DnsblHistory::Which::Conclusive);
        },
        [this](const Result<QList<DnsblResult>>& latest) {
            if (latest)
                m_deps.dnsblSnapshot->replace(*latest);
            else
                emit errorOccurred(latest.error().message);
            m_runner->start(m_targets, m_profile);
        });
}

void ExitsController::cancelCheck()
{
    m_runner->cancel();
}

bool ExitsController::isChecking() const
{
    return m_runner->isRunning();
}

void ExitsController::setScheduleInterval(int intervalMs)
{
    if (intervalMs <= 0)
        m_scheduler->stop();
    else
        m_scheduler->start(intervalMs, intervalMs);
}

void ExitsController::loadHistory(const QString& ip)
{
    auto stores = m_stores;
    inWorker(
        [stores, ip]() -> Result<QList<CheckResult>> {
            if (!stores->history)
                return QList<CheckResult>();
            return stores->history->history(ip, 200);
        },
        [this, ip](const Result<QList<CheckResult>>& results) {
            if (!results)
                emit errorOccurred(results.error().message);
            else
                emit historyLoaded(ip, *results);
        });
}

void ExitsController::setIspStance(const QString& exitName, const QString& stance, bool informed,
                                   const QDate& informedOn)
{
    OperatorProfile changed = m_profile;
    bool found = false;
    for (ExitNode& exit : changed.exits)
        if (exit.name == exitName) {
            exit.ispStance = stance;
            exit.ispInformed = informed;
            exit.ispInformedOn = informedOn;
            found = true;
        }
    if (!found || changed == m_profile)
        return;
    setProfile(changed); // optimistic: the view shows the change at once
    const QString path = m_deps.profilePath;
    inWorker([path, changed] { return ProfileStore::save(changed, path); },
             [this](const Status& s) {
                 if (!s)
                     emit errorOccurred(s.error().message);
             });
}

void ExitsController::renderNoticePage(const QString& language)
{
    const QString templatePath = m_deps.noticeTemplatePath.isEmpty()
                                     ? NoticePageTemplate::userTemplatePath()
                                     : m_deps.noticeTemplatePath;
    const OperatorProfile profile = m_profile;
    inWorker(
        [templatePath, profile, language]() -> Result<QString> {
            const Result<QString> t = NoticePageTemplate::load(templatePath);
            if (!t)
                return t.error();
            return NoticePageGenerator::render(*t, profile, language);
        },
        [this, language](const Result<QString>& html) {
            if (!html)
                emit errorOccurred(html.error().message);
            else
                emit noticePageReady(language, *html);
        });
}

void ExitsController::deployNoticePage(const QString& language, const QString& folder,
                                       bool withConfigs)
{
    const QString templatePath = m_deps.noticeTemplatePath.isEmpty()
                                     ? NoticePageTemplate::userTemplatePath()
                                     : m_deps.noticeTemplatePath;
    const OperatorProfile profile = m_profile;
    inWorker(
        [templatePath, profile, language, folder, withConfigs]() -> Result<QStringList> {
            const Result<QString> t = NoticePageTemplate::load(templatePath);
            if (!t)
                return t.error();
            const QString html = NoticePageGenerator::render(*t, profile, language);
            if (withConfigs)
                return NoticePageDeploy::write(folder, html, NoticePageDeploy::Options());
            const QString path = folder + QStringLiteral("/index.html");
            QSaveFile file(path);
            const QByteArray bytes = html.toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                return Error{file.errorString()};
            return QStringList{path};
        },
        [this](const Result<QStringList>& files) {
            if (!files)
                emit errorOccurred(files.error().message);
            else
                emit noticePageDeployed(*files);
        });
}

void ExitsController::addBlock(const BlockRequest& request)
{
    auto stores = m_stores;
    inWorker(
        [stores, request]() -> Result<BlockRequest> {
            if (!stores->blocks)
                return Error{tr("The block list is not available.")};
            return stores->blocks->add(request);
        },
        [this](const Result<BlockRequest>& added) {
            if (!added)
                emit errorOccurred(added.error().message);
            reloadBlocks();
        });
}

void ExitsController::removeBlock(qint64 id)
{
    auto stores = m_stores;
    inWorker(
        [stores, id]() -> Status {
            if (!stores->blocks)
                return Error{tr("The block list is not available.")};
            return stores->blocks->remove(id);
        },
        [this](const Status& removed) {
            if (!removed)
                emit errorOccurred(removed.error().message);
            reloadBlocks();
        });
}

void ExitsController::exportBlocks(BlockExport::Format format, const QString& path)
{
    auto input = std::make_shared<BlockExport::Input>();
    input->blocks = BlockExport::active(m_blocks, QDate::currentDate());
    auto write = [this, format, path, input] {
        inWorker(
            [format, path, input]() -> Status {
                QSaveFile file(path);
                const QByteArray bytes = BlockExport::render(format, *input).toUtf8();
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                    !file.commit())
                    return Error{file.errorString()};
                return {};
            },
            [this, path](const Status& s) {
                if (!s)
                    emit errorOccurred(s.error().message);
                else
                    emit blocksExported(path);
            });
    };
    if (!m_deps.hostResolver || format == BlockExport::Format::Squid) {
        write(); // Squid matches host names itself
        return;
    }
    m_deps.hostResolver->resolve(input->blocks,
                                 [input, write](const BlockHostResolver::Answer& answer) {
                                     input->resolved = answer.resolved;
                                     input->failures = answer.failures;
                                     write();
                                 });
}

} // namespace mixdesk
