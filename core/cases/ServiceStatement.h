#pragma once

#include "profile/OperatorProfile.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mixdesk {

// Whether an address was one of the operator's exits in service at a time: the
// statement a prosecutor needs ("at 2026-03-01 14:02 UTC, 192.0.2.140 was the exit
// exit1 of cascade Alpha, in service since 2024-01-01").
struct ServiceStatement
{
    enum class State
    {
        InService,    // an exit, in service at the time
        NotInService, // an exit, but outside its service period: warn
        NoPeriod,     // an exit whose profile records no service period
        NoTime,       // an exit, but the case has no incident time
        NotAnExit,    // the address is none of the profile's exits: warn
        NoAddress,    // the case names no address
    };
    State state = State::NoAddress;
    QString address;
    QDateTime timeUtc;
    QString exitName;
    QString cascade;
    ExitKind kind = ExitKind::Other;
    QDate since; // invalid: open
    QDate until; // invalid: open

    bool isWarning() const { return state == State::NotInService || state == State::NotAnExit; }

    static ServiceStatement of(const OperatorProfile& profile, const QString& address,
                               const QDateTime& timeUtc);

    // One sentence in `language` ("en" or "de"): text that leaves the app (the
    // dossier) chooses its language apart from the UI's, so the wording lives here in
    // both languages.
    QString text(const QString& language) const;
    // The period as text ("since 2024-01-01", "2024-01-01 to 2025-06-30").
    QString periodText(const QString& language) const;
};

} // namespace mixdesk
