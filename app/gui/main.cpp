#include "i18n/LanguageManager.h"
#include "main/GuiStartup.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
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
    const QCommandLineOption db(u"db"_s, u"Open the notice database at PATH."_s, u"PATH"_s);
    const QCommandLineOption language(u"language"_s, u"UI language (en, de)."_s, u"CODE"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Save a PNG of the window to FILE after start-up, then quit."_s,
        u"FILE"_s);
    parser.addOptions({db, language, screenshot});
    parser.addPositionalArgument(u"files"_s, u"Notice files (.eml) to show."_s, u"[files...]"_s);
    parser.process(app);

    mixdesk::MainWindow window;
    if (parser.isSet(language))
        window.languageManager()->setLanguage(parser.value(language));
    else
        window.languageManager()->applyPreferred();
    QString error;
    if (!mixdesk::openInitialStore(window, parser.value(db), &error))
        QMessageBox::warning(&window, window.windowTitle(), error);
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    window.show();

    if (parser.isSet(screenshot)) {
        QTimer::singleShot(1500, &window, [&] {
            window.grab().save(parser.value(screenshot));
            app.quit();
        });
    }
    return app.exec();
}
