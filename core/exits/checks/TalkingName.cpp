#include "exits/checks/TalkingName.h"

#include <QRegularExpression>
#include <QStringList>

namespace mixdesk {

const QStringList& TalkingName::builtInWords()
{
    // Words that say "relay of an anonymity service" in host names seen in the wild:
    // tor-exit.example, anon-relay.example, mix3.jondonym.example, privacy-exit...
    static const QStringList words{
        QStringLiteral("exit"),       QStringLiteral("tor"),         QStringLiteral("torexit"),
        QStringLiteral("anon"),       QStringLiteral("anonymous"),   QStringLiteral("anonymizer"),
        QStringLiteral("anonymiser"), QStringLiteral("anonymizing"), QStringLiteral("mix"),
        QStringLiteral("privacy"),    QStringLiteral("jondonym"),    QStringLiteral("jondo"),
        QStringLiteral("relay"),      QStringLiteral("proxy"),       QStringLiteral("vpn")};
    return words;
}

QString TalkingName::why(const QString& name, const QString& operatorPattern)
{
    const QString lower = name.toLower();
    if (!operatorPattern.isEmpty()) {
        const QRegularExpression own(operatorPattern, QRegularExpression::CaseInsensitiveOption);
        if (own.isValid() && own.match(lower).hasMatch())
            return operatorPattern;
    }
    // Split into words at dots, dashes, underscores and digits ("tor-exit3" -> tor, exit).
    static const QRegularExpression separators(QStringLiteral("[^a-z]+"));
    const QStringList words = lower.split(separators, Qt::SkipEmptyParts);
    for (const QString& word : words)
        if (builtInWords().contains(word))
            return word;
    return {};
}

} // namespace mixdesk
