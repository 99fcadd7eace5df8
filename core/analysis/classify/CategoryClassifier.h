#pragma once

#include "analysis/Category.h"
#include "analysis/Evidence.h"
#include "analysis/NoticeClassifier.h"

#include <QList>
#include <QString>

#include <optional>

namespace mixdesk {

// Decides the category from keyword evidence in the subject and the reporter's
// own text (English and German), machine-readable report types and the facts
// the analyzer established. Evidence is weighed: the subject counts more than
// the body, every phrase counts once, and the best-supported category wins.
class CategoryClassifier
{
public:
    struct Result
    {
        Category category = Category::Other;
        QList<Evidence> evidence;
    };

    // `quotedText` is where the offending mail may be quoted (the notice's whole
    // text): a subject that only repeats the offending mail's Subject (SpamCop
    // style) says nothing about the notice and is then not weighed.
    static Result classify(const QString& subject, const QString& ownText,
                           const ClassificationFacts& facts, const QString& quotedText = QString());

    // True when `subject` repeats a "Subject:" line found in `text`.
    static bool subjectRepeatsQuotedMail(const QString& subject, const QString& text);

    // Category a machine-readable report type stands for (ARF Feedback-Type,
    // X-ARF Report-Type/Category); nullopt when it says nothing definite.
    // Spam types return SpamSmtp; the caller refines with the facts.
    static std::optional<Category> fromReportType(const QString& reportType);
};

} // namespace mixdesk
