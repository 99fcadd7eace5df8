#include "respond/ProviderDirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

static void initProviderResources()
{
    Q_INIT_RESOURCE(respond_data);
}

namespace mixdesk {
namespace {

QList<MailProvider> parseProviders(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return {};
    }
    QList<MailProvider> list;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("providers")).toArray()) {
        const QJsonObject o = v.toObject();
        MailProvider p;
        p.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue& d : o.value(QStringLiteral("domains")).toArray())
            p.domains << d.toString().toLower();
        p.abuse = o.value(QStringLiteral("abuse")).toString();
        if (!p.abuse.isEmpty() && !p.domains.isEmpty())
            list << p;
    }
    return list;
}

} // namespace

ProviderDirectory::ProviderDirectory(QString userPath) : m_userPath(std::move(userPath)) {}

QString ProviderDirectory::defaultUserPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/providers.json");
}

Status ProviderDirectory::load()
{
    initProviderResources();
    m_providers.clear();
    Status status;
    QFile user(m_userPath);
    if (user.exists()) {
        QString error;
        if (user.open(QIODevice::ReadOnly))
            m_providers = parseProviders(user.readAll(), &error);
        else
            error = user.errorString();
        if (!error.isEmpty())
            status = Error{QCoreApplication::translate("ProviderDirectory", "Cannot read %1: %2")
                               .arg(m_userPath, error)};
    }
    QFile bundled(QStringLiteral(":/respond/providers.json"));
    if (bundled.open(QIODevice::ReadOnly)) {
        QString error;
        m_providers << parseProviders(bundled.readAll(), &error);
    }
    return status;
}

const MailProvider* ProviderDirectory::match(const QString& hostOrAddress) const
{
    QString host = hostOrAddress.trimmed().toLower();
    if (host.contains(QLatin1Char('@')))
        host = host.section(QLatin1Char('@'), -1);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty())
        return nullptr;
    const MailProvider* best = nullptr;
    qsizetype bestLength = 0;
    // The user's table comes first: on equal length it wins.
    for (const MailProvider& p : m_providers)
        for (const QString& d : p.domains)
            if ((host == d || host.endsWith(QLatin1Char('.') + d)) && d.size() > bestLength) {
                best = &p;
                bestLength = d.size();
            }
    return best;
}

} // namespace mixdesk
