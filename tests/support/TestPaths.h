#pragma once

#include <QString>

namespace mixdesk::test {

// ../shared (MIXDESK_SHARED_DIR, set by CTest) and things inside it.
QString sharedDir();
QString corpusDir();
QString corpusFile(const QString& name);
// The source tree (MIXDESK_SOURCE_DIR) and the built CLI (MIXDESK_CLI).
QString sourceDir();
QString cliPath();

} // namespace mixdesk::test
