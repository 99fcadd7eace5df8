#include "lookup/RdapError.h"

namespace mixdesk {

Error rdapError(RdapError kind, const QString& message)
{
    return Error{message, static_cast<int>(kind)};
}

RdapError rdapErrorKind(const Error& error)
{
    if (error.code < static_cast<int>(RdapError::InvalidQuery) ||
        error.code > static_cast<int>(RdapError::Cancelled))
        return RdapError::InvalidQuery;
    return static_cast<RdapError>(error.code);
}

} // namespace mixdesk
