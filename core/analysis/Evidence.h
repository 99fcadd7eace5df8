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

    // Texts whose arguments hold ids that display() shows by their names (address
    // roles, where an address stands, where a signature or a time was found).
    static constexpr const char* kExitWithRole =
        QT_TRANSLATE_NOOP("Evidence", "The notice names the exit %1 as the %2 (line %3, %4)");
    static constexpr const char* kMisdirectedButNamed =
        QT_TRANSLATE_NOOP("Evidence", "Filed as misdirected, but the notice names the exit %1 "
                                      "(line %2, as the %3: %4)");
    static constexpr const char* kSourceAndOtherRole =
        QT_TRANSLATE_NOOP("Evidence", "The notice names the exit %1 as the source and also as "
                                      "the %2 (line %3, %4)");
    static constexpr const char* kSignedBy =
        QT_TRANSLATE_NOOP("Evidence", "The notice is signed \"%1\" (found in: %2)");
    static constexpr const char* kReferenceLabel =
        QT_TRANSLATE_NOOP("Evidence", "Reference \"%1\" found (label: %2)");
    static constexpr const char* kIncidentFrom =
        QT_TRANSLATE_NOOP("Evidence", "Earliest time of offending activity: %1 (from %2)");
    static constexpr const char* kReportNamesExit =
        QT_TRANSLATE_NOOP("Evidence", "The %1 report names the exit %2 as its source");

    // sourceText translated in context "Evidence" with args substituted.
    QString display() const;
    // args[index] as display() shows it: ids by their names.
    QString displayArg(qsizetype index) const;

    void writeJson(JsonWriter& json) const;
    static Evidence fromJson(const QJsonObject& json);
    bool operator==(const Evidence&) const = default;
};

} // namespace mixdesk
