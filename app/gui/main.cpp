#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MixDesk"));
    QApplication::setApplicationName(QStringLiteral("mixdesk"));
    QApplication::setApplicationVersion(QStringLiteral(MIXDESK_VERSION));
    mixdesk::MainWindow window;
    window.languageManager()->applyPreferred();
    window.show();
    return app.exec();
}
