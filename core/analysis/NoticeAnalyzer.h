#pragma once

#include "analysis/Analysis.h"
#include "profile/OperatorProfile.h"

#include <QByteArray>

namespace mixdesk {

// Turns the raw bytes of one abuse notice into an Analysis. Pure function of
// (bytes, profile): never throws, never touches the network or the disk, so it
// can run on any thread and be recomputed after an analyzer upgrade.
class NoticeAnalyzer
{
public:
    explicit NoticeAnalyzer(OperatorProfile profile);

    Analysis analyze(const QByteArray& raw) const;

private:
    void analyzeInto(const QByteArray& raw, Analysis& analysis) const;

    OperatorProfile m_profile;
};

} // namespace mixdesk
