#include "main/MainWindow.h"

#include "analysis/AnalysisPane.h"
#include "analysis/NoticeAnalyzer.h"
#include "i18n/LanguageManager.h"
#include "main/MainActions.h"
#include "profile/ProfileStore.h"
#include "settings/SettingsDialog.h"
#include "widgets/FileDialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_language = new LanguageManager(this);
    m_actions = new MainActions(menuBar(), this);

    m_inboxPlaceholder = new QWidget;
    m_inboxPlaceholder->setObjectName(u"inboxPane"_s);
    m_analysisPane = new AnalysisPane;
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(u"detailTabs"_s);
    m_detailTabs->addTab(m_analysisPane, QString());

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_inboxPlaceholder);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"statusCounts"_s);
    m_modeLabel = new QLabel;
    m_modeLabel->setObjectName(u"statusMode"_s);
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_actions->openNotice, &QAction::triggered, this, &MainWindow::openNoticeDialog);
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->showDetails, &QAction::toggled, m_detailTabs, &QWidget::setVisible);
    connect(m_actions->languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_language->setLanguage(action->data().toString()); });
    connect(m_language, &LanguageManager::languageChanged, m_actions,
            &MainActions::setCurrentLanguage);
    m_actions->setCurrentLanguage(m_language->currentLanguage());

    setProfilePath(ProfileStore::defaultPath());
    resize(1280, 800);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::setProfilePath(const QString& path)
{
    m_profilePath = path;
    reloadProfile();
}

void MainWindow::reloadProfile()
{
    const auto loaded = ProfileStore::load(m_profilePath);
    m_profile = loaded ? *loaded : OperatorProfile{};
    if (!loaded)
        statusBar()->showMessage(
            tr("The operator profile could not be read: %1").arg(loaded.error().message));
}

void MainWindow::openNoticeDialog()
{
    const QStringList paths = FileDialogs::getOpenFileNames(
        this, tr("Open notice"), tr("E-mail messages (*.eml);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths)
{
    const NoticeAnalyzer analyzer(m_profile);
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            statusBar()->showMessage(
                tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
            continue;
        }
        const QByteArray raw = file.readAll();
        m_analysisPane->showAnalysis(analyzer.analyze(raw), raw, m_profile.allExitAddresses());
        m_openedFile = QFileInfo(path).fileName();
    }
    retranslateUi();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_profilePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::profileSaved, this, &MainWindow::reloadProfile);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MixDesk"),
                       tr("<h3>MixDesk %1</h3><p>Triage of abuse notices for operators of "
                          "anonymization exit servers.</p><p>License: GPL-3.0-or-later</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatusCounts()
{
    m_countLabel->clear();
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    QString title = tr("MixDesk \u2013 abuse notices");
    if (!m_openedFile.isEmpty())
        title = m_openedFile + u" \u2013 "_s + title;
    setWindowTitle(title);
    m_detailTabs->setTabText(m_detailTabs->indexOf(m_analysisPane), tr("Analysis"));
    updateStatusCounts();
}

} // namespace mixdesk
