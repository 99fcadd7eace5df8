#pragma once

#include "profile/OperatorProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// One exit address to check, with the exit it belongs to. The profile may list
// ranges (CIDR); checks run on single addresses, so a range is checked only when
// it holds one address (a /32 or /128).
struct ExitTarget
{
    QString ip; // canonical text of the address
    ExitNode exit;

    // Every single address of every exit, in profile order; `only` (if not empty)
    // keeps those addresses, matched after canonicalisation; an address of `only`
    // that no exit lists becomes a target of its own with an empty ExitNode.
    static QList<ExitTarget> fromProfile(const OperatorProfile& profile,
                                         const QStringList& only = {});
    // The canonical text of an address ("2001:DB8::0001" -> "2001:db8::1"), or an
    // empty string when `text` is not a single address.
    static QString canonicalAddress(const QString& text);
};

} // namespace mixdesk
