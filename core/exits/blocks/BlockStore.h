#pragma once

#include "exits/blocks/BlockRequest.h"
#include "util/Result.h"

#include <QList>

namespace mixdesk {

// Where block requests are kept. Plain values in and out, so it becomes the exits
// store role (SQLite/PostgreSQL) with little change.
class BlockStore
{
public:
    virtual ~BlockStore() = default;
    // Stores a new request; the returned copy has its id (and createdAt, when unset).
    virtual Result<BlockRequest> add(const BlockRequest& request) = 0;
    // Every request, expired ones included, in id order.
    virtual Result<QList<BlockRequest>> list() const = 0;
    // An error when no request has that id.
    virtual Status remove(qint64 id) = 0;
};

} // namespace mixdesk
