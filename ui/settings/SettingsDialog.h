#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace mixdesk {

class ProfileEditor;

// Settings: the operator profile (saved with ProfileStore) and IMAP accounts.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `profilePath` is where the profile is loaded from and saved to.
    explicit SettingsDialog(const QString& profilePath, QWidget* parent = nullptr);

    ProfileEditor* profileEditor() const { return m_profileEditor; }
    QTabWidget* tabs() const { return m_tabs; }
    // Validates and saves; false (with the reason shown in the dialog) when it cannot.
    bool save();

    void accept() override;

signals:
    void profileSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_profilePath;
    QTabWidget* m_tabs = nullptr;
    ProfileEditor* m_profileEditor = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mixdesk
