#include "mail/VmimePlatform.h"

#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

#include <langinfo.h>

#include <mutex>

namespace mixdesk {

namespace {

class FixedCharsetPosixHandler : public vmime::platforms::posix::posixHandler
{
public:
    // QCoreApplication (or the C library's default "C" locale) has set the locale by now;
    // nl_langinfo reads it without changing it.
    FixedCharsetPosixHandler() : m_charset(::nl_langinfo(CODESET)) {}

    const vmime::charset getLocalCharset() const override { return m_charset; }

private:
    const vmime::charset m_charset;
};

} // namespace

void ensureVmimePlatform()
{
    static std::once_flag once;
    std::call_once(once, [] { vmime::platform::setHandler<FixedCharsetPosixHandler>(); });
}

} // namespace mixdesk
