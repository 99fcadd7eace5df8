#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mixdesk {

// One Received header, tokenized. Fields follow ../shared/corpus/README.md
// ("Received hops"); absent values are null QStrings / invalid QDateTime.
struct ReceivedHop
{
    QString raw;      // unfolded header value as written
    QString fromHost; // first token after "from" unless it is an address (literal)
    QString fromIp; // client address from the from clause, normalised (IPv6 compressed, lower case)
    QString fromReverseHost; // host name the receiver resolved, e.g. "(relay.example [192.0.2.1])"
    QString byHost;
    QString with; // single protocol word ("ESMTPSA", "HTTP", "Microsoft"...)
    QString id;
    QString forAddress;
    QString via;
    QStringList comments; // contents of (...) comments, in order, without the parentheses
    QDateTime dateUtc;    // after the last ';', in UTC; invalid when missing or zone-less
    QString dateText;     // the date text as written
    bool operator==(const ReceivedHop&) const = default;
};

} // namespace mixdesk
