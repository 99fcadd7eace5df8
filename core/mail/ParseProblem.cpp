#include "mail/ParseProblem.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace mixdesk::ParseProblem {

namespace {

// Specific before general: "...unreadable: %1" before "...unreadable".
constexpr std::array kTemplates{
    kEmptyMessage,
    kNoHeaderFields,
    kMboxFromLine,
    kLineWithoutColon,
    kMoreMalformedLines,
    kTooManyBoundaries,
    kStructureUnreadableBecause,
    kStructureUnreadable,
    kInvalidInCharset,
    kMultipartWithoutParts,
    kNestedTooDeeply,
    kCannotDecodeBody,
    kAnalysisFailedBecause,
    kAnalysisFailed,
    kTextTooLarge,
};

struct Recogniser
{
    const char* problemTemplate;
    QRegularExpression pattern; // the template with each %N captured, in order
};

const QList<Recogniser>& recognisers()
{
    static const QList<Recogniser> list = [] {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        QList<Recogniser> out;
        for (const char* t : kTemplates) {
            const QString source = QString::fromUtf8(t);
            Recogniser r{t, {}};
            QString pattern;
            qsizetype from = 0;
            for (const auto& m : placeholder.globalMatch(source)) {
                pattern += QRegularExpression::escape(source.mid(from, m.capturedStart() - from));
                pattern += QStringLiteral("(.*)");
                from = m.capturedEnd();
            }
            pattern += QRegularExpression::escape(source.mid(from));
            r.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                           QRegularExpression::DotMatchesEverythingOption);
            out.append(std::move(r));
        }
        return out;
    }();
    return list;
}

QString filled(QString pattern, const QStringList& args)
{
    for (const QString& arg : args)
        pattern = pattern.arg(arg);
    return pattern;
}

} // namespace

QString text(const char* problemTemplate, const QStringList& args)
{
    return filled(QString::fromUtf8(problemTemplate), args);
}

QString translated(const QString& englishText)
{
    for (const Recogniser& r : recognisers()) {
        const QRegularExpressionMatch m = r.pattern.match(englishText);
        if (!m.hasMatch())
            continue;
        // Every template numbers its placeholders in order (%1 before %2), so the
        // captures are the arguments in order, as text() was given them.
        QStringList args;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            args.append(m.captured(i));
        return filled(QCoreApplication::translate("ParseProblem", r.problemTemplate), args);
    }
    return englishText;
}

} // namespace mixdesk::ParseProblem
