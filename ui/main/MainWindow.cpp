#include "main/MainWindow.h"

namespace mixdesk {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
}

} // namespace mixdesk
