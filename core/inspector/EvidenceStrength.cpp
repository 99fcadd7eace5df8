#include "inspector/EvidenceStrength.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mixdesk {

const char* EvidenceStrength::weakReason(const Evidence& e)
{
    // The analyzer's source texts are stable identifiers (translated by context).
    if (e.sourceText.contains(u"X-Originating-IP"))
        return QT_TRANSLATE_NOOP("Evidence",
                                 "weaker: X-Originating-IP and similar headers are written by "
                                 "the sending software, not by a receiving server");
    if (e.sourceText.contains(u"by its host name"))
        return QT_TRANSLATE_NOOP("Evidence", "weaker: the exit is named only by a host name");
    if (e.sourceText.startsWith(u"Account %1 taken from %2") && e.args.value(1) == u"From")
        return QT_TRANSLATE_NOOP("Evidence",
                                 "weaker: the From header is written by the sender and can be "
                                 "forged");
    return nullptr;
}

bool EvidenceStrength::isWeak(const Evidence& e)
{
    return weakReason(e) != nullptr;
}

} // namespace mixdesk
