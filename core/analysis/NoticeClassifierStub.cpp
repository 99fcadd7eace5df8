#include "analysis/NoticeClassifier.h"

// Temporary stand-in until the classifier lands on main; removed on merge.
namespace mixdesk {

Classification NoticeClassifier::classify(const ParsedMail& notice, const QString& ownText,
                                          const ClassificationFacts& facts)
{
    Q_UNUSED(notice);
    Q_UNUSED(ownText);
    Q_UNUSED(facts);
    return {};
}

} // namespace mixdesk
