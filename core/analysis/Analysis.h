#pragma once

#include "analysis/Category.h"
#include "analysis/Evidence.h"
#include "analysis/ReceivedHop.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mixdesk {

// The Received chain of one offending message found inside a notice.
struct OffendingMessage
{
    QString rawHeaders;       // the header block as found (for the raw-header view)
    QList<ReceivedHop> hops;  // oldest first
    int exitHopIndex = -1;    // hop whose client is an operator exit
    int webmailHopIndex = -1; // hop that proves the webmail/submission server
    QString whereFound;       // "inline", "message/rfc822", "arf", "x-arf"...
    bool operator==(const OffendingMessage&) const = default;
};

// Everything the analyzer concluded about one notice. Derived data: it can be
// recomputed from the raw bytes at any time (see analyzerVersion).
struct Analysis
{
    // Bump whenever analysis results may change, so stored analyses get recomputed.
    // 2: the real analyzer replaced the stub; 3: exits named only by their host name,
    // dates read only near a clock time; 4: the role of every address from its structure
    // (source, victim, not the source...), confidence and "needs a human look", incident
    // times only inside the plausible window; 5: denials ("not about X", "did NOT
    // originate from X") outweigh a quoted report, police emergencies and threats as
    // serious crime, Snort/Suricata/CSV times and yearless logs across New Year, the
    // signing organisation below a quoted reply, references repeated in the subject.
    static constexpr int kCurrentVersion = 5;

    int analyzerVersion = kCurrentVersion;
    Category category = Category::Other;
    QString language; // "en" or "de"
    QString exitIp;   // as configured in the profile; null when misdirected
    QStringList exitIps;
    QDateTime incidentTimeUtc; // invalid when the notice gives no usable time
    QString webmailAccount;
    QString mailServer;
    QString webmailSoftware; // "squirrelmail", "roundcube", "horde", "other", or null
    QString reporter;
    QString caseReference;
    QString reportedIp; // the address the notice complains about (also when misdirected)
    // How sure the analysis is of the exit and the category, 0-100, and whether a human
    // should look (the reasons are the evidence entries of field "needs_review").
    int confidence = 100;
    bool needsReview = false;

    // Offending messages found, earliest first; received_hops are those of the first.
    QList<OffendingMessage> offendingMessages;
    QList<Evidence> evidence;
    QStringList problems; // parse problems; the analysis still holds what could be recovered

    const QList<ReceivedHop>& hops() const;

    // The fields of ../shared/corpus/README.md (file excluded) plus evidence,
    // problems, analyzer_version and the offending messages: compact UTF-8 JSON,
    // as stored, and the same as an object.
    QByteArray toJsonBytes() const;
    QJsonObject toJson() const;
    static Analysis fromJson(const QJsonObject& json);
    bool operator==(const Analysis&) const = default;
};

// Shared JSON helpers: null for empty strings / invalid dates, ISO 8601 "Z" times.
QJsonValue jsonString(const QString& value);
QJsonValue jsonUtc(const QDateTime& value);
QString utcIso(const QDateTime& value);

} // namespace mixdesk
