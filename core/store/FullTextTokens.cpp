#include "store/FullTextTokens.h"

#include <QHash>
#include <QRegularExpression>

namespace mixdesk {
namespace {

// Longer words are not worth indexing (PostgreSQL refuses lexemes past 2 KB;
// nobody types a 200-letter word into a search box).
constexpr qsizetype kMaxTokenLength = 200;
constexpr int kMaxPosition = 16383;
constexpr int kMaxPositionsPerToken = 256;

bool isTokenChar(QChar c)
{
    switch (c.category()) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing: // diacritics stay inside the word they modify
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

QString folded(QStringView word)
{
    // Plain ASCII (most tokens of a notice: IPs, hosts, English) needs neither
    // decomposition nor mark removal.
    bool ascii = true;
    for (QChar c : word)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return word.toString().toLower();
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing &&
            c.category() != QChar::Mark_SpacingCombining && c.category() != QChar::Mark_Enclosing)
            out.append(c);
    return out.toLower();
}

// A lexeme quoted for a tsvector or tsquery literal.
QString quoted(const QString& token)
{
    QString q = token;
    q.replace(u'\\', QStringLiteral("\\\\"));
    q.replace(u'\'', QStringLiteral("''"));
    return u'\'' + q + u'\'';
}

} // namespace

QStringList FullTextTokens::tokens(QStringView text)
{
    QStringList list;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inside = i < text.size() && isTokenChar(text[i]);
        if (inside && start < 0)
            start = i;
        else if (!inside && start >= 0) {
            const QString token = folded(text.mid(start, i - start));
            if (!token.isEmpty())
                list.append(token);
            start = -1;
        }
    }
    return list;
}

QString FullTextTokens::tsvector(const QList<QByteArray>& columns)
{
    QHash<QString, QList<int>> positions;
    QStringList order;
    int position = 0;
    for (const QByteArray& column : columns) {
        for (const QString& token : tokens(QString::fromUtf8(column))) {
            position = qMin(position + 1, kMaxPosition);
            if (token.size() > kMaxTokenLength)
                continue;
            auto it = positions.find(token);
            if (it == positions.end()) {
                order.append(token);
                it = positions.insert(token, {});
            }
            if (it->size() < kMaxPositionsPerToken && (it->isEmpty() || it->last() != position))
                it->append(position);
        }
        position = qMin(position + 1, kMaxPosition); // the gap between two columns
    }
    QStringList entries;
    entries.reserve(order.size());
    for (const QString& token : order) {
        QStringList at;
        for (int p : positions.value(token))
            at.append(QString::number(p));
        entries.append(quoted(token) + u':' + at.join(u','));
    }
    return entries.join(u' ');
}

QString FullTextTokens::tsquery(const QString& userText)
{
    const QStringList words =
        userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QStringList phrase;
        for (const QString& token : tokens(words[i]))
            phrase.append(quoted(token.left(kMaxTokenLength)));
        if (phrase.isEmpty())
            continue; // punctuation only: nothing to find, as in FTS5
        if (i == words.size() - 1)
            phrase.last() += QStringLiteral(":*");
        terms.append(phrase.size() == 1 ? phrase.first()
                                        : u'(' + phrase.join(QStringLiteral(" <-> ")) + u')');
    }
    return terms.join(QStringLiteral(" & "));
}

} // namespace mixdesk
