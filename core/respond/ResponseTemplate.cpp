#include "respond/ResponseTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(respond_data);
}

namespace mixdesk {
namespace {

QList<ResponseTemplate> parseTemplates(const QByteArray& bytes, bool builtIn, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return {};
    }
    QList<ResponseTemplate> list;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("templates")).toArray()) {
        const QJsonObject o = v.toObject();
        ResponseTemplate t;
        t.name = o.value(QStringLiteral("name")).toString();
        t.language = o.value(QStringLiteral("language")).toString();
        t.subject = o.value(QStringLiteral("subject")).toString();
        t.body = o.value(QStringLiteral("body")).toString();
        t.scenario = o.value(QStringLiteral("scenario")).toString();
        t.builtIn = builtIn;
        if (!t.name.isEmpty() && !t.language.isEmpty())
            list << t;
    }
    return list;
}

} // namespace

QStringList ResponseTemplate::placeholders()
{
    return {QStringLiteral("exit_ip"),
            QStringLiteral("incident_time_utc"),
            QStringLiteral("account"),
            QStringLiteral("mail_server"),
            QStringLiteral("ticket_id"),
            QStringLiteral("operator_name"),
            QStringLiteral("operator_organisation"),
            QStringLiteral("operator_email"),
            QStringLiteral("reported_ip"),
            QStringLiteral("notice_subject"),
            QStringLiteral("reporter")};
}

QStringList ResponseTemplate::scenarios()
{
    return {QStringLiteral("webmail-spam"), QStringLiteral("misdirected"),
            QStringLiteral("copyright"),    QStringLiteral("harassment"),
            QStringLiteral("fraud"),        QStringLiteral("isp-reply")};
}

QString ResponseTemplate::fill(const QString& text, const QHash<QString, QString>& values) const
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    const QString unknown = language == QLatin1String("de") ? QStringLiteral("(unbekannt)")
                                                            : QStringLiteral("(unknown)");
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (values.contains(key))
            out += values.value(key).isEmpty() ? unknown : values.value(key);
        else if (placeholders().contains(key))
            out += unknown;
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

TemplateLibrary::TemplateLibrary(QString userPath) : m_userPath(std::move(userPath)) {}

QString TemplateLibrary::defaultUserPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/templates.json");
}

QList<ResponseTemplate> TemplateLibrary::builtIn()
{
    initTemplateResources();
    QFile file(QStringLiteral(":/respond/templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return parseTemplates(file.readAll(), true, &error);
}

Status TemplateLibrary::load()
{
    m_user.clear();
    Status status;
    QFile file(m_userPath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            status = Error{QCoreApplication::translate("TemplateLibrary", "Cannot read %1: %2")
                               .arg(m_userPath, file.errorString())};
        } else {
            QString error;
            m_user = parseTemplates(file.readAll(), false, &error);
            if (!error.isEmpty())
                status =
                    Error{QCoreApplication::translate("TemplateLibrary", "%1 is not valid JSON: %2")
                              .arg(m_userPath, error)};
        }
    }
    if (m_builtIn.isEmpty())
        m_builtIn = builtIn();
    m_templates = m_builtIn;
    for (const ResponseTemplate& u : m_user) {
        bool replaced = false;
        for (ResponseTemplate& t : m_templates)
            if (t.name == u.name && t.language == u.language) {
                t = u;
                replaced = true;
            }
        if (!replaced)
            m_templates << u;
    }
    return status;
}

QStringList TemplateLibrary::names() const
{
    QStringList names;
    for (const ResponseTemplate& t : m_templates)
        if (!names.contains(t.name))
            names << t.name;
    return names;
}

const ResponseTemplate* TemplateLibrary::find(const QString& name, const QString& language) const
{
    for (const ResponseTemplate& t : m_templates)
        if (t.name == name && t.language == language)
            return &t;
    return nullptr;
}

bool TemplateLibrary::hasBuiltIn(const QString& name, const QString& language) const
{
    return std::any_of(m_builtIn.cbegin(), m_builtIn.cend(), [&](const ResponseTemplate& t) {
        return t.name == name && t.language == language;
    });
}

bool TemplateLibrary::hasUserTemplate(const QString& name, const QString& language) const
{
    return std::any_of(m_user.cbegin(), m_user.cend(), [&](const ResponseTemplate& t) {
        return t.name == name && t.language == language;
    });
}

Status TemplateLibrary::saveUserTemplate(const ResponseTemplate& t)
{
    ResponseTemplate own = t;
    own.builtIn = false;
    bool replaced = false;
    for (ResponseTemplate& u : m_user)
        if (u.name == own.name && u.language == own.language) {
            u = own;
            replaced = true;
        }
    if (!replaced)
        m_user << own;
    if (Status written = writeUserFile(); !written)
        return written;
    return load();
}

Status TemplateLibrary::removeUserTemplate(const QString& name, const QString& language)
{
    m_user.removeIf(
        [&](const ResponseTemplate& u) { return u.name == name && u.language == language; });
    if (Status written = writeUserFile(); !written)
        return written;
    return load();
}

Status TemplateLibrary::writeUserFile() const
{
    QJsonArray array;
    for (const ResponseTemplate& u : m_user) {
        QJsonObject o{{QStringLiteral("name"), u.name},
                      {QStringLiteral("language"), u.language},
                      {QStringLiteral("subject"), u.subject},
                      {QStringLiteral("body"), u.body}};
        if (!u.scenario.isEmpty() && u.scenario != u.name)
            o.insert(QStringLiteral("scenario"), u.scenario);
        array.append(o);
    }
    QDir().mkpath(QFileInfo(m_userPath).absolutePath());
    QSaveFile file(m_userPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("TemplateLibrary", "Cannot write %1: %2")
                         .arg(m_userPath, file.errorString())};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("templates"), array}}).toJson());
    if (!file.commit())
        return Error{QCoreApplication::translate("TemplateLibrary", "Cannot write %1: %2")
                         .arg(m_userPath, file.errorString())};
    return {};
}

} // namespace mixdesk
