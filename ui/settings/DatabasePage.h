#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace mixdesk {

// Settings > Database: where the desk lives. Either a SQLite file on this computer
// (the default) or a team database on PostgreSQL that several operators share. The
// choice is kept in QSettings (DeskLocationSetting); a team database's password is
// never kept here: MixDesk asks for it on the first connection and keeps it in the
// system keychain (or libpq's PGPASSWORD / ~/.pgpass give it).
class DatabasePage : public QWidget
{
    Q_OBJECT
public:
    explicit DatabasePage(QWidget* parent = nullptr);

    // "" (the default file), a file path, or a postgresql:// URL.
    void setLocation(const QString& location);
    QString location() const;
    // Empty when location() can be opened as it is; else why not (translated).
    QString validationError() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void browse();

    QLabel* m_intro;
    QRadioButton* m_fileChoice;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QRadioButton* m_teamChoice;
    QLineEdit* m_url;
    QLabel* m_teamHelp;
    QButtonGroup* m_group;
};

} // namespace mixdesk
