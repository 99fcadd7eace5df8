#pragma once

#include "util/Result.h"

namespace mixdesk {

// Long writes (import, sync, reanalysis) group their units into bulk transactions;
// Database implements it, test fakes do nothing. See BulkTransaction.
class BulkWriting
{
public:
    virtual ~BulkWriting() = default;
    virtual Status beginBulk() = 0;
    virtual Status commitBulk() = 0;
};

// For stores without transactions (test fakes).
class NoBulkWriting final : public BulkWriting
{
public:
    Status beginBulk() override { return {}; }
    Status commitBulk() override { return {}; }
};

} // namespace mixdesk
