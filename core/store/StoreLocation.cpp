#include "store/StoreLocation.h"

#include <QDir>
#include <QHostAddress>
#include <QUrlQuery>

namespace mixdesk {

Result<StoreLocation> StoreLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("no database given")};
    if (!trimmed.startsWith(QLatin1String("postgresql://")) &&
        !trimmed.startsWith(QLatin1String("postgres://")))
        return sqliteFile(trimmed);

    StoreLocation location;
    location.m_kind = Kind::Postgres;
    location.m_url = QUrl(trimmed, QUrl::StrictMode);
    if (!location.m_url.isValid())
        return Error{
            QStringLiteral("not a valid database URL: %1").arg(location.m_url.errorString())};
    if (!location.m_url.password().isEmpty())
        return Error{QStringLiteral("the database URL must not contain a password: use the "
                                    "keychain, --db-password-command, PGPASSWORD or ~/.pgpass")};
    if (location.m_url.host().isEmpty())
        return Error{QStringLiteral("the database URL names no host: %1").arg(trimmed)};
    if (location.databaseName().isEmpty())
        return Error{QStringLiteral("the database URL names no database: %1").arg(trimmed)};
    static const QStringList kModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                    QStringLiteral("prefer"),    QStringLiteral("require"),
                                    QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!location.sslMode().isEmpty() && !kModes.contains(location.sslMode()))
        return Error{QStringLiteral("unknown sslmode '%1' (one of %2)")
                         .arg(location.sslMode(), kModes.join(QStringLiteral(", ")))};
    return location;
}

StoreLocation StoreLocation::sqliteFile(const QString& path)
{
    StoreLocation location;
    location.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return location;
}

QString StoreLocation::databaseName() const
{
    QString name = m_url.path();
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

QString StoreLocation::sslMode() const
{
    return QUrlQuery(m_url).queryItemValue(QStringLiteral("sslmode"));
}

QString StoreLocation::effectiveSslMode() const
{
    if (!sslMode().isEmpty())
        return sslMode();
    // A team database on another machine: the server's certificate is checked by
    // default, so that nobody between the desk and the server reads the notices.
    return isLoopback() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

bool StoreLocation::isLoopback() const
{
    const QString h = host();
    if (h == QLatin1String("localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QString StoreLocation::display() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    return m_url.toString(QUrl::RemovePassword);
}

QString StoreLocation::secretKey() const
{
    return QStringLiteral("db:") + m_url.toString(QUrl::RemovePassword | QUrl::RemoveQuery);
}

} // namespace mixdesk
