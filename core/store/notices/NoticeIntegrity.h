#pragma once

#include "util/Result.h"

#include <QStringList>

namespace mixdesk {

class Database;

// The notices role's part of `db check`: every stored raw notice (and every spooled
// one) still unpacks and hashes to the SHA-256 it is filed under, and every notice
// has its content. Reads in batches by id, so memory stays flat on any size.
Status verifyNotices(Database& db, QStringList* problems);

} // namespace mixdesk
