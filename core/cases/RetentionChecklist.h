#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mixdesk {

// The four rules for a data-retention or surveillance order (JonDonym's advice):
// each is answered with a note and a date; until all are, the case shows the
// checklist prominently.
enum class RetentionRule
{
    MinimumData,       // store only the minimum the order names ("minimum-data")
    NoAccess,          // make sure nobody else has access to it ("no-access")
    OnlyWhatCompelled, // hand over only what is compelled ("only-compelled")
    NoArbitrary, // allow no arbitrary collection; rather shut the server down ("no-arbitrary")
};
const QList<RetentionRule>& allRetentionRules();
QString retentionRuleId(RetentionRule rule);
std::optional<RetentionRule> retentionRuleFromId(QStringView id);
QString retentionRuleText(RetentionRule rule); // translated

struct ChecklistAnswer
{
    RetentionRule rule = RetentionRule::MinimumData;
    QString note;
    QDate answeredOn; // invalid: not answered
    bool isAnswered() const { return answeredOn.isValid(); }
    bool operator==(const ChecklistAnswer&) const = default;
};

// The whole checklist of a case: one answer per rule, in rule order, unanswered
// rules filled in from `stored`.
QList<ChecklistAnswer> completeChecklist(const QList<ChecklistAnswer>& stored);
bool checklistDone(const QList<ChecklistAnswer>& answers);

} // namespace mixdesk
