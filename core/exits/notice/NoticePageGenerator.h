#pragma once

#include "profile/OperatorProfile.h"

#include <QDate>
#include <QString>

namespace mixdesk {

// Fills the notice page template from the profile. Every value is HTML-escaped;
// the page's text stays in the template, in English and German, and `language`
// ("en" or "de") only picks which one shows first.
class NoticePageGenerator
{
public:
    static QString render(const QString& htmlTemplate, const OperatorProfile& profile,
                          const QString& language, const QDate& updated = QDate::currentDate());
    static bool isSupportedLanguage(const QString& language);
};

} // namespace mixdesk
