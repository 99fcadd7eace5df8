#include "main/StoreController.h"

#include "main/DemoDatabase.h"
#include "secrets/SecretStore.h"
#include "store/session/StoreSession.h"

#include <QInputDialog>
#include <QLineEdit>

namespace mixdesk {

StoreController::StoreController(QWidget* window, std::function<SecretStore*()> secrets)
    : QObject(window), m_window(window), m_secrets(std::move(secrets))
{}

StoreController::~StoreController() = default;

bool StoreController::isOpen() const
{
    return m_session && m_session->isOpen();
}

void StoreController::open(const StoreLocation& location, const Database::Options& options)
{
    m_triedKeychain = false;
    start(location, options, false, QString());
}

void StoreController::openDemo(const QString& path, const QString& root)
{
    start(StoreLocation::sqliteFile(path), Database::Options{}, true, root);
}

void StoreController::close()
{
    if (!m_session)
        return;
    emit closing();
    m_session.reset();
}

void StoreController::start(const StoreLocation& location, const Database::Options& options,
                            bool demo, const QString& demoRoot)
{
    close();
    m_location = location;
    m_options = options;
    m_demo = demo;
    m_session = std::make_unique<StoreSession>(location, options);
    if (demo) {
        m_session->setInitializer(
            [root = demoRoot](StoreContext& c) { return DemoDatabase::fill(c, root); });
    }
    connect(m_session.get(), &StoreSession::opened, this, [this] { emit opened(m_session.get()); });
    connect(m_session.get(), &StoreSession::openFailed, this, &StoreController::failed);
    emit opening(location);
    m_session->open();
}

void StoreController::failed(const Error& error)
{
    if (error.code == Database::kPasswordNeeded && m_location.isPostgres()) {
        SecretStore* secrets = m_secrets ? m_secrets() : nullptr;
        if (!m_triedKeychain && secrets && m_options.password.isEmpty()) {
            m_triedKeychain = true;
            secrets->readPasswordAsync(m_location.secretKey(), this,
                                       [this](Result<QString> stored) {
                                           if (stored && !stored->isEmpty()) {
                                               Database::Options options = m_options;
                                               options.password = *stored;
                                               start(m_location, options, false, QString());
                                           } else {
                                               askPassword();
                                           }
                                       });
            return;
        }
        askPassword();
        return;
    }
    m_session.reset();
    emit openFailed(error.message);
}

void StoreController::askPassword()
{
    const auto answered = [this](const QString& password) {
        if (password.isEmpty()) {
            m_session.reset();
            emit openFailed(tr("The database %1 needs a password.").arg(m_location.display()));
            return;
        }
        Database::Options options = m_options;
        options.password = password;
        start(m_location, options, false, QString());
        // Kept once the database accepts it: asked for again only when it changes.
        connect(
            m_session.get(), &StoreSession::opened, this,
            [this, password] {
                if (SecretStore* secrets = m_secrets ? m_secrets() : nullptr)
                    secrets->writePasswordAsync(m_location.secretKey(), password, this,
                                                [](Status) {});
            },
            Qt::SingleShotConnection);
    };
    if (m_askPassword) {
        m_askPassword(m_location, answered);
        return;
    }
    auto* dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Database password"));
    dialog->setLabelText(tr("Password of %1 for the team database %2 (kept in the system "
                            "keychain once it works):")
                             .arg(m_location.user(), m_location.display()));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setObjectName(QStringLiteral("databasePasswordDialog"));
    connect(dialog, &QInputDialog::textValueSelected, this, answered);
    connect(dialog, &QDialog::rejected, this, [answered] { answered(QString()); });
    dialog->open();
}

} // namespace mixdesk
