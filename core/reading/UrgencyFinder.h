#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

struct MailHeader;

// How urgent a notice says it is, with the evidence for it, as every other finding:
// an Importance/Priority header, "EILT" or "urgent" in the subject or text, and a
// deadline ("Rückmeldung bis 09.03.2026", "within 48 hours", "no later than
// 9 March 2026") that lies after the notice was sent (an earlier date in a "bis" is
// the time of the incident, not a deadline).
struct Urgency
{
    bool urgent = false;
    QStringList urgencyEvidence; // header fields ("Importance: high"), words in the text
    QString subjectWord;         // "EILT", "urgent"... when the subject says so
    QDate due;
    QString dueEvidence; // the words the deadline was read from

    bool isEmpty() const { return !urgent && !due.isValid(); }
};

class UrgencyFinder
{
public:
    // `sent` is when the notice was sent or received (relative deadlines count from it).
    static Urgency find(const QList<MailHeader>& headers, const QString& subject,
                        const QString& text, const QDateTime& sent);
};

} // namespace mixdesk
