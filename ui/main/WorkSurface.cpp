#include "main/WorkSurface.h"

#include "help/HelpDialog.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "inbox/InboxView.h"
#include "inbox/InboxWorkspace.h"
#include "inbox/RelatedNotices.h"
#include "main/Desk.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "main/StoreController.h"
#include "reanalysis/ReanalysisPanel.h"
#include "settings/DeskLocationSetting.h"
#include "store/Database.h"
#include "widgets/FileDialogs.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {

constexpr int kMaxRecent = 8;
const auto kRecentKey = "database/recent";

QString splitterKey(const QSplitter* splitter)
{
    return u"window/splitter/"_s + splitter->objectName();
}

} // namespace

WorkSurface* WorkSurface::install(MainWindow* window)
{
    return new WorkSurface(window);
}

WorkSurface::WorkSurface(MainWindow* window) : QObject(window), m_window(window)
{
    setObjectName(u"workSurface"_s);
    MainActions* actions = window->actions();
    QMenu* file = actions->fileMenu;
    QAction* first = file->actions().value(0);
    newDatabase = new QAction(file);
    newDatabase->setObjectName(u"actionNewDatabase"_s);
    openDatabase = new QAction(file);
    openDatabase->setObjectName(u"actionOpenDatabase"_s);
    openDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    recentMenu = new QMenu(file);
    recentMenu->setObjectName(u"menuRecentDatabases"_s);
    file->insertAction(first, newDatabase);
    file->insertAction(first, openDatabase);
    file->insertMenu(first, recentMenu);
    file->insertSeparator(first);
    connect(newDatabase, &QAction::triggered, this, &WorkSurface::newDatabaseDialog);
    connect(openDatabase, &QAction::triggered, this, &WorkSurface::openDatabaseDialog);
    connect(recentMenu, &QMenu::aboutToShow, this, &WorkSurface::fillRecentMenu);
    fillRecentMenu();

    // As in a mail client: one key to the next new notice.
    nextNew = new QAction(actions->noticeMenu);
    nextNew->setObjectName(u"actionNextNew"_s);
    nextNew->setShortcut(QKeySequence(Qt::Key_N));
    nextNew->setShortcutContext(Qt::WindowShortcut);
    actions->noticeMenu->insertAction(actions->statusActions.value(0), nextNew);
    actions->noticeMenu->insertSeparator(actions->statusActions.value(0));
    InboxPane* inbox = window->inboxPane();
    connect(nextNew, &QAction::triggered, this, [this, inbox] {
        m_window->desk()->showView(m_window->inboxWorkspace());
        inbox->selectNextNew();
    });
    connect(inbox, &InboxPane::noNewNotice, this, [this] {
        m_window->statusBar()->showMessage(tr("No new notice in this view."), 5000);
    });

    // Related notices: one click from the current one.
    related = new RelatedNotices(inbox, this);
    // The same webmail account or mail server: a campaign, listed and selected so that
    // one response answers it.
    InboxWorkspace* workspace = window->inboxWorkspace();
    related->menu()->addSeparator();
    related->menu()->addActions(
        {workspace->sameAccountAction(), workspace->sameMailServerAction()});
    actions->noticeMenu->addMenu(related->menu());
    inbox->view()->addAction(related->menu()->menuAction());

    // The list's columns (their default order is InboxPane's): a chooser in the
    // header's context menu.
    QHeaderView* header = inbox->view()->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columnMenu = new QMenu(header);
    m_columnMenu->setObjectName(u"menuInboxColumns"_s);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        fillColumnMenu();
        m_columnMenu->popup(header->mapToGlobal(pos));
    });
    fillColumnMenu();

    reanalysis = new ReanalysisPanel(window);
    help = new QAction(actions->helpMenu);
    help->setObjectName(u"actionHelp"_s);
    help->setShortcut(QKeySequence::HelpContents);
    actions->helpMenu->insertAction(actions->about, help);
    connect(help, &QAction::triggered, this, &WorkSurface::showHelp);
    connect(window, &MainWindow::storeOpened, this, &WorkSurface::rememberDatabase);
    window->installEventFilter(this);
    restoreWindowState();
    retranslate();
}

bool WorkSurface::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Close)
            saveWindowState();
        else if (event->type() == QEvent::Show && m_fitListPending)
            QTimer::singleShot(0, this, &WorkSurface::fitListWidth);
        else if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void WorkSurface::retranslate()
{
    newDatabase->setText(tr("&New notice database\u2026"));
    newDatabase->setStatusTip(tr("Start an empty notice database in a file of your choice"));
    openDatabase->setText(tr("Open &database\u2026"));
    openDatabase->setStatusTip(tr("Open another notice database"));
    recentMenu->setTitle(tr("&Recent databases"));
    nextNew->setText(tr("Ne&xt new notice"));
    nextNew->setStatusTip(tr("Select the next notice whose status is New"));
    m_columnMenu->setTitle(tr("Columns"));
    help->setText(tr("MixDesk &help"));
    fillColumnMenu();
}

QStringList WorkSurface::recentDatabases() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void WorkSurface::rememberDatabase()
{
    if (m_window->isDemo())
        return;
    const QString where = m_window->storeController()->location().display();
    QStringList recent = recentDatabases();
    recent.removeAll(where);
    recent.prepend(where);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings settings;
    settings.setValue(QLatin1String(kRecentKey), recent);
    fillRecentMenu();
}

void WorkSurface::fillRecentMenu()
{
    recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (const QString& where : recent) {
        QAction* action = recentMenu->addAction(where);
        action->setObjectName(u"actionRecentDatabase"_s);
        action->setData(where);
        connect(action, &QAction::triggered, this, [this, where] {
            const auto location = StoreLocation::parse(where);
            if (!location)
                return;
            saveDeskLocation(where); // the next start opens it again (Settings > Database)
            m_window->openDatabase(*location);
        });
    }
    recentMenu->setEnabled(!recent.isEmpty());
}

void WorkSurface::fillColumnMenu()
{
    m_columnMenu->clear();
    QHeaderView* header = m_window->inboxPane()->view()->header();
    QAbstractItemModel* model = header->model();
    for (int column = 0; column < header->count(); ++column) {
        QAction* action =
            m_columnMenu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(u"actionColumn_%1"_s.arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The subject always stays: a list of nothing helps nobody.
        action->setEnabled(column != InboxModel::Subject);
        connect(action, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
}

void WorkSurface::showHelp()
{
    auto* dialog = m_window->findChild<HelpDialog*>(u"helpDialog"_s);
    if (!dialog) {
        dialog = new HelpDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
}

void WorkSurface::newDatabaseDialog()
{
    const QString dir = QFileInfo(Database::defaultSqlitePath()).absolutePath();
    const QString path =
        FileDialogs::getSaveFileName(m_window, tr("New notice database"),
                                     dir + u"/notices.sqlite"_s, tr("Notice databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    saveDeskLocation(path);    // the next start opens it again (Settings > Database)
    m_window->openStore(path); // a missing file is created
}

void WorkSurface::openDatabaseDialog()
{
    const QString path =
        FileDialogs::getOpenFileNames(m_window, tr("Open notice database"),
                                      tr("Notice databases (*.sqlite *.db);;All files (*)"))
            .value(0);
    if (path.isEmpty())
        return;
    saveDeskLocation(path);
    m_window->openStore(path);
}

namespace {
// What the reading pane needs for the hop table of a webmail notice without sideways
// scrolling, at the usual font, in German (the longer headers): two lines per hop,
// about 500 px of columns beside the hop numbers, in the frames of two tab widgets.
constexpr int kLeastReadingWidth = 560;
// On a narrower screen (1 280 px): the host names cut short, every header whole.
constexpr int kNarrowReadingWidth = 470;
} // namespace

void WorkSurface::fitTo(const QRect& available)
{
    // Room for the title bar and a panel: the status bar must never fall off.
    const QSize size(qMin(1800, available.width() * 19 / 20),
                     qMin(1000, available.height() * 9 / 10 - 40));
    m_window->resize(size);
    m_window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    // The splitter has its width once the window is laid out: when it is shown.
    m_fitListPending = true;
    if (m_window->isVisible())
        QTimer::singleShot(0, this, &WorkSurface::fitListWidth);
}

void WorkSurface::fitListWidth()
{
    if (!m_fitListPending)
        return;
    m_fitListPending = false;
    // On a wide screen the list takes what its columns need and the reading pane the
    // rest, but no less than the hop table needs: then the subject gives way, down to
    // a short line. Where even that does not fit, the list scrolls sideways anyway and
    // the reading pane keeps what the hop table needs with its host names cut short
    // (or, on a small screen, the share InboxWorkspace gives it).
    QSplitter* split = m_window->inboxWorkspace()->splitter();
    const int total = split->width() - split->handleWidth();
    const InboxPane* inbox = m_window->inboxPane();
    const int reading = qMax(kLeastReadingWidth, total - inbox->preferredWidth());
    if (total - reading >= inbox->leastWidth())
        split->setSizes({total - reading, reading});
    else if (total - kNarrowReadingWidth >= inbox->minimumSizeHint().width())
        split->setSizes({total - kNarrowReadingWidth, kNarrowReadingWidth});
}

void WorkSurface::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, m_window->saveGeometry());
    settings.setValue(u"window/state"_s, m_window->saveState());
    for (const QSplitter* splitter : m_window->findChildren<QSplitter*>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(splitter), splitter->saveState());
    }
    settings.setValue(u"window/inboxHeader"_s,
                      m_window->inboxPane()->view()->header()->saveState());
    settings.setValue(u"window/inboxColumns"_s, int(InboxModel::ColumnCount));
}

void WorkSurface::restoreWindowState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(u"window/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        if (const QScreen* screen = m_window->screen())
            fitTo(screen->availableGeometry());
    }
    m_window->restoreState(settings.value(u"window/state"_s).toByteArray());
    for (QSplitter* splitter : m_window->findChildren<QSplitter*>()) {
        const QByteArray state = settings.value(splitterKey(splitter)).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    InboxView* view = m_window->inboxPane()->view();
    QHeaderView* header = view->header();
    if (header->restoreState(settings.value(u"window/inboxHeader"_s).toByteArray())) {
        // Columns added since the layout was saved (it had 9 before they were
        // counted) come as they would on a first start, not all shown.
        const int saved = settings.value(u"window/inboxColumns"_s, 9).toInt();
        for (int column = saved; column < InboxModel::ColumnCount; ++column)
            header->setSectionHidden(column, !InboxPane::shownByDefault(column));
        header->setSectionHidden(InboxModel::Subject, false);
        view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

} // namespace mixdesk
