#include "main/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MixDesk"));
    QApplication::setApplicationName(QStringLiteral("mixdesk"));
    mixdesk::MainWindow window;
    window.show();
    return app.exec();
}
