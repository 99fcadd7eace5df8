#pragma once

#include "exits/checks/CheckStatus.h"
#include "profile/OperatorProfile.h"

#include <QString>

namespace mixdesk {

// Reads a page served on an exit's address and tells whether it explains the exit:
// the page MixDesk generates (its generator mark or title), or a page with one of
// the operator's own keywords, passes; a web server's default page fails; a page
// that speaks of anonymity without those marks is a warning.
class NoticePageRecognizer
{
public:
    struct Verdict
    {
        CheckStatus status = CheckStatus::Fail;
        QString detail;
    };
    static Verdict judge(const QString& html, const OperatorProfile& profile);
    // The name of the default page `html` is (e.g. "lighttpd placeholder page"), or empty.
    static QString defaultPageName(const QString& html);
    static QString title(const QString& html);
};

} // namespace mixdesk
