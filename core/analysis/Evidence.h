#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mixdesk {

class JsonWriter;

// Why the analyzer concluded something. Kept untranslated (source text plus
// arguments) so the header inspector can show it in whatever language the UI
// has now, and so it can be stored and reloaded.
struct Evidence
{
    QString field;      // the conclusion it supports: "exit_ip", "category", "webmail_account"...
    QString sourceText; // English source text with %1, %2... marked with
                        // QT_TRANSLATE_NOOP("Evidence", ...)
    QStringList args;
    int hopIndex = -1; // the Received hop it rests on, when any

    // The category classifier's keyword evidence; its %3 is a category id, which
    // display() shows by the category's name in the user's language.
    static constexpr const char* kCategoryScore =
        QT_TRANSLATE_NOOP("Evidence", "The notice mentions \"%1\" (score %2 for %3)");
    // The webmail detector's; its %2 is a web interface id, shown by its name.
    static constexpr const char* kWebInterface =
        QT_TRANSLATE_NOOP("Evidence", "Hop %1 was written by a web interface (%2)");

    // sourceText translated in context "Evidence" with args substituted.
    QString display() const;
    // args[index] as display() shows it: ids by their names.
    QString displayArg(qsizetype index) const;

    void writeJson(JsonWriter& json) const;
    static Evidence fromJson(const QJsonObject& json);
    bool operator==(const Evidence&) const = default;
};

} // namespace mixdesk
