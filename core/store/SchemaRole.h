#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

class Database;
class SqlDialect;

// The tables of one store role and how they came to be: step i (0-based) brings the
// role's schema from version i to i + 1. Never edit a released step; append one.
// Each role keeps its own version (table schema_roles), so capabilities add and
// migrate their tables without touching each other's steps.
struct SchemaRole
{
    QString name; // "notices", "dnsbl", "cases", ...
    QList<QStringList> (*migrations)(const SqlDialect& dialect) = nullptr;
    // Work the role does each time a database is opened, after the migrations (the
    // notices: rebuild indexes a killed import left dropped). A failure is logged and
    // the database opens anyway: the hook repairs, it does not guard.
    void (*onOpen)(Database& db) = nullptr;
};

} // namespace mixdesk
