#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

struct MailProvider
{
    QString name;
    QStringList domains; // the provider's domains and mail server names
    QString abuse;       // abuse address
};

// Mail providers and their abuse addresses: the bundled table plus the user's
// (providers.json in the config folder), matched on a host name's or an account's
// domain, the longest matching suffix winning.
class ProviderDirectory
{
public:
    explicit ProviderDirectory(QString userPath = defaultUserPath());
    static QString defaultUserPath();

    Status load();
    const QList<MailProvider>& providers() const { return m_providers; }
    // The provider for a host name ("webmail.example.net") or an address
    // ("user@example.net"); nullptr when none matches.
    const MailProvider* match(const QString& hostOrAddress) const;

private:
    QString m_userPath;
    QList<MailProvider> m_providers;
};

} // namespace mixdesk
