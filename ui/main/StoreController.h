#pragma once

#include "store/Database.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace mixdesk {

class SecretStore;
class StoreSession;

// Opens the desk's database for the window, off the GUI thread (StoreSession):
// creating or upgrading it, building the demo, asking for a team database's
// password when neither the keychain nor libpq has it. The window shows its
// views once opened() comes.
class StoreController : public QObject
{
    Q_OBJECT
public:
    // `secrets` gives the keychain at the moment it is needed (tests replace it).
    StoreController(QWidget* window, std::function<SecretStore*()> secrets);
    ~StoreController() override;

    // `options.actor` names the operator for the journal; `options.password`, when
    // set, is used as it is (from --db-password-command).
    void open(const StoreLocation& location, const Database::Options& options);
    // The demo database at `path`, filled from the sample notices under `root`.
    void openDemo(const QString& path, const QString& root);
    void close();

    StoreSession* session() const { return m_session.get(); }
    bool isOpen() const;
    bool isOpening() const { return m_session && !isOpen(); }
    bool isDemo() const { return m_demo; }
    const StoreLocation& location() const { return m_location; }

    // Test seam: the answer to the password question, instead of a dialog.
    void
    setPasswordAnswer(std::function<void(const StoreLocation&, std::function<void(QString)>)> ask)
    {
        m_askPassword = std::move(ask);
    }

signals:
    void opening(const mixdesk::StoreLocation& location);
    void opened(mixdesk::StoreSession* session);
    void openFailed(const QString& message);
    // The session is about to go: views let go of it.
    void closing();

private:
    void start(const StoreLocation& location, const Database::Options& options, bool demo,
               const QString& demoRoot);
    void failed(const Error& error);
    void askPassword();

    QWidget* m_window;
    std::function<SecretStore*()> m_secrets;
    std::unique_ptr<StoreSession> m_session;
    StoreLocation m_location;
    Database::Options m_options;
    bool m_demo = false;
    bool m_triedKeychain = false;
    std::function<void(const StoreLocation&, std::function<void(QString)>)> m_askPassword;
};

} // namespace mixdesk
