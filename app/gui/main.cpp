#include "i18n/LanguageManager.h"
#include "main/GuiStartup.h"
#include "main/MainWindow.h"
#include "store/StoreThreadGuard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MixDesk"_s);
    QApplication::setApplicationName(u"mixdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(MIXDESK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s,
                                u"Open this desk: a SQLite file, or a team database as "
                                "postgresql://USER@HOST:PORT/DBNAME[?sslmode=...]."_s,
                                u"PATH_OR_URL"_s);
    const QCommandLineOption passwordCommand(
        u"db-password-command"_s,
        u"Command that prints the team database's password (default: PGPASSWORD, ~/.pgpass, "
        "the keychain, else MixDesk asks)."_s,
        u"CMD"_s);
    const QCommandLineOption language(u"language"_s, u"UI language (en, de)."_s, u"CODE"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Save a PNG of the window to FILE after start-up, then quit."_s,
        u"FILE"_s);
    parser.addOptions({db, passwordCommand, language, screenshot});
    parser.addPositionalArgument(u"files"_s, u"Notice files (.eml) to show."_s, u"[files...]"_s);
    parser.process(app);

    // The GUI thread never waits on the database: every query runs on a store worker.
    mixdesk::StoreThreadGuard::forbid(QThread::currentThread());
    mixdesk::MainWindow window;
    if (parser.isSet(language))
        window.languageManager()->setLanguage(parser.value(language));
    else
        window.languageManager()->applyPreferred();
    QObject::connect(&window, &mixdesk::MainWindow::storeOpenFailed, &window,
                     [&window](const QString& message) {
                         auto* box = new QMessageBox(QMessageBox::Warning, window.windowTitle(),
                                                     message, QMessageBox::Ok, &window);
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->open();
                     });
    QString error;
    if (!mixdesk::openInitialStore(window, parser.value(db), parser.value(passwordCommand), &error))
        emit window.storeOpenFailed(error);
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    window.show();
    // The demo opens while nothing is set up: offer the first-run setup over it.
    if (window.isDemo() && !parser.isSet(screenshot))
        QTimer::singleShot(0, &window, &mixdesk::MainWindow::showFirstRunSetup);

    if (parser.isSet(screenshot)) {
        QTimer::singleShot(1500, &window, [&] {
            window.grab().save(parser.value(screenshot));
            app.quit();
        });
    }
    return app.exec();
}
