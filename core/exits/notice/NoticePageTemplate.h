#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace mixdesk {

// The HTML template of the exit notice page: the built-in one (compiled in, see
// exit-notice.html and README.md beside it for the placeholders), or the user's
// own file, which wins when it exists.
class NoticePageTemplate
{
public:
    static QString builtIn();
    // exit-notice.html in the per-user config folder.
    static QString userTemplatePath();
    // The user's template at `path` when it exists, else the built-in one.
    static Result<QString> load(const QString& path = userTemplatePath());

    // The marks that tell the readiness check a served page is the generated one.
    static QString generatorMark();
    static QString titleEnglish();
    static QString titleGerman();
    static QStringList generatedTitles();
};

} // namespace mixdesk
