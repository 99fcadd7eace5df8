#include "settings/CertificateTrustDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mixdesk {
namespace {
std::optional<bool>& nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}
} // namespace

CertificateTrustDialog::CertificateTrustDialog(const QString& account, const QString& host,
                                               const QString& fingerprint, QWidget* parent)
    : QDialog(parent), m_account(account), m_host(host), m_fingerprint(fingerprint)
{
    setObjectName(u"certificateTrustDialog"_s);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_fingerprintLabel = new QLabel(formatFingerprint(fingerprint));
    m_fingerprintLabel->setObjectName(u"fingerprint"_s);
    m_fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_trust = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(u"trustButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_fingerprintLabel);
    layout->addWidget(m_buttons);
    retranslateUi();
}

QString CertificateTrustDialog::formatFingerprint(const QString& hex)
{
    QStringList pairs;
    for (int i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(u':');
}

void CertificateTrustDialog::ask(QWidget* parent, const QString& account, const QString& host,
                                 const QString& fingerprint, std::function<void(bool)> answered)
{
    if (nextAnswer()) {
        const bool answer = *nextAnswer();
        nextAnswer().reset();
        answered(answer);
        return;
    }
    auto* dialog = new CertificateTrustDialog(account, host, fingerprint, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, dialog, [answered = std::move(answered)](int result) {
        answered(result == QDialog::Accepted);
    });
    dialog->open();
}

void CertificateTrustDialog::setNextAnswer(bool trust)
{
    nextAnswer() = trust;
}

void CertificateTrustDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CertificateTrustDialog::retranslateUi()
{
    setWindowTitle(tr("Untrusted certificate"));
    m_text->setText(
        tr("The server %1 of account \u201c%2\u201d presented a certificate that no trusted "
           "authority vouches for. Compare its SHA-256 fingerprint with the one your provider "
           "publishes. Trust it only if they match; MixDesk will then accept exactly this "
           "certificate for this account.")
            .arg(m_host, m_account));
    m_trust->setText(tr("&Trust", "trust the certificate"));
}

} // namespace mixdesk
