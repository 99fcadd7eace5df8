#include "cases/RetentionChecklist.h"

#include <QCoreApplication>

#include <algorithm>

namespace mixdesk {
namespace {

struct RuleEntry
{
    RetentionRule rule;
    const char* id;
    const char* text;
};

const RuleEntry kRules[] = {
    {RetentionRule::MinimumData, "minimum-data",
     QT_TRANSLATE_NOOP("RetentionChecklist", "Store only the minimum data the order names.")},
    {RetentionRule::NoAccess, "no-access",
     QT_TRANSLATE_NOOP("RetentionChecklist", "Make sure nobody has access to the retained data.")},
    {RetentionRule::OnlyWhatCompelled, "only-compelled",
     QT_TRANSLATE_NOOP("RetentionChecklist", "Hand over only what is compelled.")},
    {RetentionRule::NoArbitrary, "no-arbitrary",
     QT_TRANSLATE_NOOP("RetentionChecklist",
                       "Allow no arbitrary collection (rather shut the server down).")},
};

} // namespace

const QList<RetentionRule>& allRetentionRules()
{
    static const QList<RetentionRule> all{RetentionRule::MinimumData, RetentionRule::NoAccess,
                                          RetentionRule::OnlyWhatCompelled,
                                          RetentionRule::NoArbitrary};
    return all;
}

QString retentionRuleId(RetentionRule rule)
{
    for (const RuleEntry& e : kRules) {
        if (e.rule == rule)
            return QLatin1String(e.id);
    }
    return {};
}

std::optional<RetentionRule> retentionRuleFromId(QStringView id)
{
    for (const RuleEntry& e : kRules) {
        if (id == QLatin1String(e.id))
            return e.rule;
    }
    return std::nullopt;
}

QString retentionRuleText(RetentionRule rule)
{
    for (const RuleEntry& e : kRules) {
        if (e.rule == rule)
            return QCoreApplication::translate("RetentionChecklist", e.text);
    }
    return {};
}

QList<ChecklistAnswer> completeChecklist(const QList<ChecklistAnswer>& stored)
{
    QList<ChecklistAnswer> all;
    for (RetentionRule rule : allRetentionRules()) {
        ChecklistAnswer answer;
        answer.rule = rule;
        for (const ChecklistAnswer& s : stored) {
            if (s.rule == rule)
                answer = s;
        }
        all.append(answer);
    }
    return all;
}

bool checklistDone(const QList<ChecklistAnswer>& answers)
{
    const QList<ChecklistAnswer> all = completeChecklist(answers);
    return std::all_of(all.begin(), all.end(),
                       [](const ChecklistAnswer& a) { return a.isAnswered(); });
}

} // namespace mixdesk
