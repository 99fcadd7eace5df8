#pragma once

#include "analysis/Evidence.h"

#include <QString>

namespace mixdesk {

// How much a piece of evidence can carry. A Received hop written by a server that
// accepted the connection is strong; headers and text that the sender (or a forger)
// writes are weaker: X-Originating-IP and friends, an account read from the From
// header, an exit named only by its host name.
class EvidenceStrength
{
public:
    // True for the weaker indicators.
    static bool isWeak(const Evidence& evidence);
    // Why it is weaker: English source text, translated in context "Evidence";
    // empty for strong evidence.
    static const char* weakReason(const Evidence& evidence);
};

} // namespace mixdesk
