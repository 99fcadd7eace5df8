#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QDialogButtonBox;

namespace mixdesk {

// Asks whether to trust an IMAP server's certificate that no CA vouches for,
// showing its SHA-256 fingerprint to compare with the one the provider publishes.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateTrustDialog(const QString& account, const QString& host, const QString& fingerprint,
                           QWidget* parent = nullptr);

    // "AB:CD:..." from 64 hex digits (as shown to the user).
    static QString formatFingerprint(const QString& hex);

    // Shows the dialog (window-modal, without a nested event loop) and calls `answered`
    // with true when the user chose "Trust", false when not.
    static void ask(QWidget* parent, const QString& account, const QString& host,
                    const QString& fingerprint, std::function<void(bool)> answered);
    // Test seam: the next ask() answers `trust` at once without showing anything.
    static void setNextAnswer(bool trust);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_account;
    QString m_host;
    QString m_fingerprint;
    QLabel* m_text = nullptr;
    QLabel* m_fingerprintLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_trust = nullptr;
};

} // namespace mixdesk
