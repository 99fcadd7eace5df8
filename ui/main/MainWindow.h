#pragma once

#include <QMainWindow>

namespace mixdesk {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace mixdesk
