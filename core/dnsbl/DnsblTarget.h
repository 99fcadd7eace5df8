#pragma once

#include "profile/OperatorProfile.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace mixdesk {

// One address to check, with the exit it belongs to.
struct DnsblTarget
{
    QHostAddress address;
    QString exitName;     // empty for an address given by hand
    bool premium = false; // premium exits carry mail: an actionable listing raises an alert

    QString ip() const { return address.toString(); }
    bool operator==(const DnsblTarget&) const = default;
};

// What the profile's exits give to check. DNSBLs list single addresses, so ranges are
// not expanded (a /24 would be 256 x 30 queries): they are reported as skipped, except
// a /32 or /128, which is one address.
struct DnsblTargets
{
    struct Skipped
    {
        enum class Reason
        {
            Range,       // a CIDR range wider than one address
            NotAnAddress // neither an address nor a range
        };
        QString address; // as the operator wrote it
        QString exitName;
        Reason reason = Reason::NotAnAddress;
        QString reasonText() const; // translated now, in the current language
        bool operator==(const Skipped&) const = default;
    };

    QList<DnsblTarget> targets; // each address once, in profile order
    QList<Skipped> skipped;

    static DnsblTargets fromProfile(const OperatorProfile& profile);
    // Addresses given by hand (the CLI's --ip); those that belong to an exit of the
    // profile take its name and premium flag. Unparsable ones are skipped.
    static DnsblTargets fromAddresses(const QStringList& addresses,
                                      const OperatorProfile& profile = {});
};

} // namespace mixdesk
