#pragma once

#include <QString>
#include <QStringList>

namespace mixdesk::ParseProblem {

// What parsing found malformed, as the English templates the problems are made from
// (translation context "ParseProblem"; %1, %2 are filled in). Problems are kept and
// stored as English text: the CLI prints it, and databases hold it. The display
// recognises a text by its template and shows it translated (translated()).
inline constexpr const char* kEmptyMessage = QT_TRANSLATE_NOOP("ParseProblem", "empty message");
inline constexpr const char* kNoHeaderFields =
    QT_TRANSLATE_NOOP("ParseProblem", "no header fields");
inline constexpr const char* kMboxFromLine =
    QT_TRANSLATE_NOOP("ParseProblem", "mbox \"From \" line before the header");
inline constexpr const char* kLineWithoutColon =
    QT_TRANSLATE_NOOP("ParseProblem", "header line without colon: %1");
inline constexpr const char* kMoreMalformedLines =
    QT_TRANSLATE_NOOP("ParseProblem", "%1 more malformed header lines");
inline constexpr const char* kTooManyBoundaries =
    QT_TRANSLATE_NOOP("ParseProblem", "too many MIME boundaries, structure not parsed");
inline constexpr const char* kStructureUnreadableBecause =
    QT_TRANSLATE_NOOP("ParseProblem", "MIME structure unreadable: %1");
inline constexpr const char* kStructureUnreadable =
    QT_TRANSLATE_NOOP("ParseProblem", "MIME structure unreadable");
inline constexpr const char* kMultipartWithoutParts =
    QT_TRANSLATE_NOOP("ParseProblem", "%1 without parts, read as text");
inline constexpr const char* kInvalidInCharset =
    QT_TRANSLATE_NOOP("ParseProblem", "part %1 is not valid in charset \"%2\"");
inline constexpr const char* kNestedTooDeeply =
    QT_TRANSLATE_NOOP("ParseProblem", "attached messages nested too deeply");
inline constexpr const char* kCannotDecodeBody =
    QT_TRANSLATE_NOOP("ParseProblem", "cannot decode part body: %1");
inline constexpr const char* kAnalysisFailedBecause =
    QT_TRANSLATE_NOOP("ParseProblem", "analysis failed: %1");
inline constexpr const char* kAnalysisFailed = QT_TRANSLATE_NOOP("ParseProblem", "analysis failed");
inline constexpr const char* kTextTooLarge =
    QT_TRANSLATE_NOOP("ParseProblem", "text too large, analysed the first %1 kB");

// The English text of a problem: `problemTemplate` (one of the above) with `args`.
QString text(const char* problemTemplate, const QStringList& args = {});
// `englishText` in the user's language when it was made from one of the templates
// (also when stored by an older MixDesk); otherwise unchanged.
QString translated(const QString& englishText);

} // namespace mixdesk::ParseProblem
