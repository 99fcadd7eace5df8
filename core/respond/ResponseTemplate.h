#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// A response text for one scenario in one language, with placeholders in braces:
// {exit_ip}, {incident_time_utc}, {account}, {mail_server}, {ticket_id},
// {operator_name}, {operator_organisation}, {operator_email}, {reported_ip},
// {notice_subject}, {reporter}.
struct ResponseTemplate
{
    QString name; // "webmail-spam", "misdirected", "copyright", "harassment", "fraud", "isp-reply"
    QString language; // "en", "de"
    QString subject;
    QString body;
    bool builtIn = true; // false: the user's own or edited
    // What the template answers, one of scenarios(): it decides the recipients and
    // whether the notices go along as attachments. Empty: the name (the bundled ones).
    QString scenario;

    QString effectiveScenario() const { return scenario.isEmpty() ? name : scenario; }
    // The bundled templates' names, which are the scenarios.
    static QStringList scenarios();

    // Fills the placeholders; unknown ones stay as they are, known but empty ones
    // become "(unknown)" in the template's language.
    QString fill(const QString& text, const QHash<QString, QString>& values) const;
    static QStringList placeholders();
    bool operator==(const ResponseTemplate&) const = default;
};

// The bundled templates plus the user's (templates.json in the config folder), which
// replace a bundled one of the same name and language or add new ones.
class TemplateLibrary
{
public:
    explicit TemplateLibrary(QString userPath = defaultUserPath());
    static QString defaultUserPath();

    Status load(); // bundled ones always load; an unreadable user file is an error
    const QList<ResponseTemplate>& templates() const { return m_templates; }
    QStringList names() const; // in order of first appearance
    const ResponseTemplate* find(const QString& name, const QString& language) const;
    // Whether a bundled template of that name and language exists (so removing the
    // user's one resets it rather than deleting it) and whether the user has one.
    bool hasBuiltIn(const QString& name, const QString& language) const;
    bool hasUserTemplate(const QString& name, const QString& language) const;
    const QString& userPath() const { return m_userPath; }

    // Adds or replaces the user's template and writes the user file.
    Status saveUserTemplate(const ResponseTemplate& t);
    // The user's template goes; a bundled one of that name shows again.
    Status removeUserTemplate(const QString& name, const QString& language);

    static QList<ResponseTemplate> builtIn();

private:
    Status writeUserFile() const;

    QString m_userPath;
    QList<ResponseTemplate> m_builtIn;
    QList<ResponseTemplate> m_user;
    QList<ResponseTemplate> m_templates;
};

} // namespace mixdesk
