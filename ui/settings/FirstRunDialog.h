#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace mixdesk {

class ProfileEditor;

// The first start: a few lines on what MixDesk needs, then the operator, the exits
// and the ISP contact (or an existing profile file imported), saved with
// ProfileStore. Until then every notice would be filed as misdirected, so the dialog
// asks for at least one exit. "Later" keeps the demo and changes nothing.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(const QString& profilePath, QWidget* parent = nullptr);

    ProfileEditor* profileEditor() const { return m_editor; }
    // Validates and saves; false (with the reason shown) when it cannot.
    bool save();
    void accept() override;

signals:
    void profileSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showError(const QString& text);

    QString m_profilePath;
    QLabel* m_intro = nullptr;
    ProfileEditor* m_editor = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mixdesk
