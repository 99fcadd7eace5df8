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
};

struct Recogniser
{
    const char* problemTemplate;
    QRegularExpression pattern; // the template with each %N captured
    QList<int> argNumbers;      // N of each capture, in order
};

const QList<Recogniser>& recognisers()
{
    static const QList<Recogniser> list = [] {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
        QList<Recogniser> out;
        for (const char* t : kTemplates) {
            const QString source = QString::fromUtf8(t);
            Recogniser r{t, {}, {}};
            QString pattern;
            qsizetype from = 0;
            for (const auto& m : placeholder.globalMatch(source)) {
                pattern += QRegularExpression::escape(source.mid(from, m.capturedStart() - from));
                pattern += QStringLiteral("(.*)");
                r.argNumbers.append(m.captured(1).toInt());
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

} // namespace

QString text(const char* problemTemplate, const QStringList& args)
{
    QString result = QString::fromUtf8(problemTemplate);
    for (const QString& arg : args)
        result = result.arg(arg);
    return result;
}

QString translated(const QString& englishText)
{
    for (const Recogniser& r : recognisers()) {
        const QRegularExpressionMatch m = r.pattern.match(englishText);
        if (!m.hasMatch())
            continue;
        QString result = QCoreApplication::translate("ParseProblem", r.problemTemplate);
        // Placeholders are filled lowest number first (QString::arg).
        QList<std::pair<int, QString>> args;
        for (qsizetype i = 0; i < r.argNumbers.size(); ++i)
            args.append({r.argNumbers[i], m.captured(int(i) + 1)});
        std::sort(args.begin(), args.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [number, value] : args)
            result = result.arg(value);
        return result;
    }
    return englishText;
}

} // namespace mixdesk::ParseProblem
