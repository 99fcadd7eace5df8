#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QSyntaxHighlighter>

namespace mixdesk {

// Colours a raw header block: header names, IP addresses, and the operator's
// exit addresses strongly (bold on a warm background) so they stand out.
class RawHeaderHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit RawHeaderHighlighter(QTextDocument* document);

    // Addresses to mark as exits, in any textual form (normalised before comparing).
    void setExitAddresses(const QStringList& addresses);

protected:
    void highlightBlock(const QString& text) override;

private:
    QSet<QString> m_exits; // normalised
    QRegularExpression m_headerName;
    QRegularExpression m_ipv4;
    QRegularExpression m_ipv6;
};

} // namespace mixdesk
