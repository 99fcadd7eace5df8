#pragma once

#include <QList>
#include <QStringList>

namespace mixdesk {

class SqlDialect;

// The schema as stepwise migrations: step i (0-based) brings version i to i + 1.
// Never edit a released step; append a new one.
QList<QStringList> schemaMigrations(const SqlDialect& dialect);

} // namespace mixdesk
