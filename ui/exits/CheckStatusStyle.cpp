#include "CheckStatusStyle.h"

namespace mixdesk {

QColor CheckStatusStyle::background(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QColor(0xd3, 0xf0, 0xd8);
    case CheckStatus::Warn:
        return QColor(0xfc, 0xeb, 0xc0);
    case CheckStatus::Fail:
        break;
    }
    return QColor(0xf8, 0xd0, 0xd0);
}

QColor CheckStatusStyle::foreground(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QColor(0x14, 0x5a, 0x26);
    case CheckStatus::Warn:
        return QColor(0x6b, 0x4a, 0x00);
    case CheckStatus::Fail:
        break;
    }
    return QColor(0x8a, 0x14, 0x14);
}

CheckStatus CheckStatusStyle::forScore(int score)
{
    return score >= 90 ? CheckStatus::Pass : score >= 50 ? CheckStatus::Warn : CheckStatus::Fail;
}

} // namespace mixdesk
