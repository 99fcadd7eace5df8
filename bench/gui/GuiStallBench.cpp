// Measures the longest stall of the GUI event loop while an operator works during an
// import: the main window imports a Maildir (20 000 notices in bench/gui/stall.sh)
// while, every 200 ms, the bench changes the status of the selected notice, adds a
// note, or moves the selection. A 10 ms timer measures its own lateness: the worst
// lateness is the longest time the window did not answer.
//   bench_gui_stall DB_PATH_OR_URL MAILDIR
#include "inbox/InboxModel.h"
#include "inbox/InboxPane.h"
#include "main/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace mixdesk;

namespace {

// A timer that fires every `periodMs` and records how late each tick came.
class LatenessProbe : public QObject
{
public:
    explicit LatenessProbe(int periodMs) : m_periodMs(periodMs)
    {
        m_clock.start();
        m_last = 0;
        startTimer(periodMs, Qt::PreciseTimer);
    }
    qint64 worstMs() const { return m_worst; }
    qint64 ticks() const { return m_ticks; }
    // Lateness at the 99th percentile.
    qint64 p99Ms() const
    {
        if (m_late.isEmpty())
            return 0;
        QList<qint64> sorted = m_late;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qMin<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100));
    }

protected:
    void timerEvent(QTimerEvent*) override
    {
        const qint64 now = m_clock.elapsed();
        const qint64 late = qMax<qint64>(0, now - m_last - m_periodMs);
        m_worst = qMax(m_worst, late);
        m_late << late;
        m_last = now;
        ++m_ticks;
    }

private:
    int m_periodMs;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_ticks = 0;
    QList<qint64> m_late;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    if (argc < 3) {
        err << "usage: bench_gui_stall DB_PATH_OR_URL MAILDIR\n";
        return 2;
    }
    const auto location = StoreLocation::parse(QString::fromLocal8Bit(argv[1]));
    if (!location) {
        err << location.error().message << "\n";
        return 1;
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    bool opened = false;
    QString error;
    QObject::connect(&window, &MainWindow::storeOpened, [&] { opened = true; });
    QObject::connect(&window, &MainWindow::storeOpenFailed,
                     [&](const QString& message) { error = message; });
    window.openDatabase(*location);
    QElapsedTimer wait;
    wait.start();
    while (!opened && error.isEmpty() && wait.elapsed() < 60000)
        app.processEvents(QEventLoop::AllEvents, 5);
    if (!opened) {
        err << "cannot open the database: " << error << "\n";
        return 1;
    }

    auto* view = window.findChild<QAbstractItemView*>(QStringLiteral("inboxView"));
    auto* noteField = window.findChild<QWidget*>(QStringLiteral("noteField"));
    auto* addNote = window.findChild<QPushButton*>(QStringLiteral("addNoteButton"));
    if (!view || !noteField || !addNote) {
        err << "the main window lacks inboxView, noteField or addNoteButton\n";
        return 1;
    }

    bool importDone = false;
    QObject::connect(&window, &MainWindow::importFinished, [&] { importDone = true; });
    LatenessProbe probe(10);
    int actions = 0, statusChanges = 0, notes = 0;
    QTimer operatorTimer;
    QObject::connect(&operatorTimer, &QTimer::timeout, [&] {
        const int rows = view->model()->rowCount();
        if (rows == 0)
            return;
        switch (actions++ % 3) {
        case 0:
            view->setCurrentIndex(view->model()->index(actions % rows, 0));
            break;
        case 1:
            window.setSelectedStatus(actions % 2 ? NoticeStatus::InProgress : NoticeStatus::Closed);
            ++statusChanges;
            break;
        case 2:
            if (auto* line = qobject_cast<QLineEdit*>(noteField))
                line->setText(QStringLiteral("bench note %1").arg(actions));
            else if (auto* text = qobject_cast<QPlainTextEdit*>(noteField))
                text->setPlainText(QStringLiteral("bench note %1").arg(actions));
            if (addNote->isEnabled()) {
                addNote->click();
                ++notes;
            }
            break;
        }
    });
    operatorTimer.start(200);

    QElapsedTimer clock;
    clock.start();
    window.importPaths({QString::fromLocal8Bit(argv[2])});
    while (!importDone && clock.elapsed() < 30 * 60 * 1000)
        app.processEvents(QEventLoop::AllEvents, 5);
    const qint64 importMs = clock.elapsed();
    operatorTimer.stop();

    out << "import while working:    " << importMs << " ms, inbox now " << view->model()->rowCount()
        << " notices\n";
    out << "operator actions:        " << statusChanges << " status changes, " << notes
        << " notes, every 200 ms\n";
    out << "GUI stall, worst:        " << probe.worstMs() << " ms (target < 100 ms)\n";
    out << "GUI stall, 99th pct:     " << probe.p99Ms() << " ms over " << probe.ticks()
        << " ticks of 10 ms\n";
    return importDone ? 0 : 1;
}
