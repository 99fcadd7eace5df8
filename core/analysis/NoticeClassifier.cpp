#include "analysis/NoticeClassifier.h"

#include "analysis/classify/CaseReferenceExtractor.h"
#include "analysis/classify/CategoryClassifier.h"
#include "analysis/classify/LanguageDetector.h"
#include "analysis/classify/ReporterExtractor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

Evidence evidence(const QString& field, const char* sourceText, const QStringList& args)
{
    Evidence e;
    e.field = field;
    e.sourceText = QString::fromUtf8(sourceText);
    e.args = args;
    return e;
}

// The analyzer normally tells the report format; when it did not, read the
// ARF/X-ARF machine-readable part ourselves.
void completeReportFacts(const ParsedMail& notice, ClassificationFacts& facts)
{
    if (!facts.reportType.isEmpty())
        return;
    static const QRegularExpression feedbackType(uR"(^Feedback-Type:\s*(\S+))"_s,
                                                 QRegularExpression::CaseInsensitiveOption |
                                                     QRegularExpression::MultilineOption);
    static const QRegularExpression reportType(uR"(^Report-Type:\s*(\S+))"_s,
                                               QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::MultilineOption);
    for (const MailPart& part : notice.parts) {
        if (part.contentType == u"message/feedback-report") {
            const auto m = feedbackType.match(part.text);
            if (m.hasMatch()) {
                facts.reportFormat = u"arf"_s;
                facts.reportType = m.captured(1);
                return;
            }
        }
        // X-ARF: a machine-readable part with Report-Type (and usually a Schema-URL).
        if (part.text.contains(u"Schema-URL:", Qt::CaseInsensitive) ||
            part.contentType.contains(u"x-arf")) {
            const auto m = reportType.match(part.text);
            if (m.hasMatch()) {
                facts.reportFormat = u"x-arf"_s;
                facts.reportType = m.captured(1);
                return;
            }
        }
    }
}

// The notice's text including quoted and attached offending mails, so that a
// subject copied from the offending mail can be recognised as such.
QString quotedMailText(const ParsedMail& notice)
{
    QString text = notice.bodyText();
    for (const ParsedMail& attached : notice.attachedMessages)
        text += u"\nSubject: "_s + attached.header(u"Subject");
    for (const MailPart& part : notice.parts) {
        if (part.contentType == u"text/rfc822-headers")
            text += u'\n' + part.text;
    }
    return text;
}

} // namespace

Classification NoticeClassifier::classify(const ParsedMail& notice, const QString& ownText,
                                          const ClassificationFacts& givenFacts)
{
    ClassificationFacts facts = givenFacts;
    completeReportFacts(notice, facts);
    const QString subject = notice.header(u"Subject");

    Classification result;

    const LanguageDetector::Result language = LanguageDetector::detect(ownText, subject);
    result.language = language.language;
    result.evidence.append(evidence(
        u"language"_s,
        QT_TRANSLATE_NOOP("Evidence",
                          "%1 English and %2 German function words in the reporter's own text"),
        {QString::number(language.englishHits), QString::number(language.germanHits)}));

    const CategoryClassifier::Result category =
        CategoryClassifier::classify(subject, ownText, facts, quotedMailText(notice));
    result.category = category.category;
    result.evidence += category.evidence;

    const ReporterExtractor::Result reporter =
        ReporterExtractor::extract(notice, ownText, facts.ownTextQuotedLines);
    result.reporter = reporter.reporter;
    if (!reporter.reporter.isEmpty()) {
        result.evidence.append(
            evidence(u"reporter"_s, Evidence::kSignedBy, {reporter.reporter, reporter.source}));
    }

    const CaseReferenceExtractor::Result reference =
        CaseReferenceExtractor::extract(notice, ownText);
    result.caseReference = reference.reference;
    if (!reference.reference.isEmpty()) {
        result.evidence.append(evidence(u"case_reference"_s, Evidence::kReferenceLabel,
                                        {reference.reference, reference.label}));
    }
    return result;
}

} // namespace mixdesk
