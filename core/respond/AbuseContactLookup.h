#pragma once

#include "analysis/Analysis.h"
#include "lookup/RdapAbuseContact.h"
#include "util/Result.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace mixdesk {

class RdapClient;

// Finds the abuse contact of a mail server through RDAP, for the provider table's
// gaps: the server's domain (its name, then each parent domain down to two labels,
// as registries know only registered domains), then its IP address when the notice
// gives one. Asynchronous like RdapClient: the callback runs later on the client's
// thread, and not at all once `context` is gone. Answers are cached by the client.
class AbuseContactLookup : public QObject
{
    Q_OBJECT
public:
    // Error::code of a failed lookup.
    enum Failure
    {
        NothingToLookUp = 1, // no host name nor address
        NoAbuseContact,      // the registries answered, naming no abuse address
        LookupFailed         // no answer (network, no RDAP service...): see the message
    };
    using Callback = std::function<void(const Result<RdapAbuseContact>&)>;

    explicit AbuseContactLookup(RdapClient* rdap, QObject* parent = nullptr);

    void lookup(const QString& host, const QString& ip, QObject* context, Callback done);

    // "mail.a.example.net" -> a.example.net's lookups in order: "mail.a.example.net",
    // "a.example.net", "example.net". Empty for an address or a single label.
    static QStringList domainCandidates(const QString& host);
    // The mail server's address as the next hop after the webmail hop saw it, when that
    // hop names the server; empty otherwise. An address literal as mailServer is itself.
    static QString mailServerIp(const Analysis& analysis);

private:
    struct Run;
    void next(std::shared_ptr<Run> run);

    RdapClient* m_rdap;
};

} // namespace mixdesk
