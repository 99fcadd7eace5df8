#pragma once

#include "analysis/TextAddressFinder.h"

#include <QList>
#include <QString>

namespace mixdesk {

// What an address written in a notice's text stands for, decided from the structure
// it stands in (sentence, log line fields, table column), not from a keyword anywhere
// on its line.
enum class AddressRole
{
    Unknown,   // named without a telling structure (counts as the reported address)
    Source,    // the source of the abuse ("from X", SRC=X, the "Source IP" column)
    Suspect,   // the suspect's connection ("Anschluss", "gegen Sie", "suspect")
    Victim,    // the destination / attacked host (DST=X, "-> X", "against X")
    NotSource, // named to say it is not the source ("not from X", "nicht von X")
    Own        // the reporter's own infrastructure ("our server X")
};

// True for the roles that put offending activity on the address.
inline bool isOffendingRole(AddressRole role)
{
    return role == AddressRole::Unknown || role == AddressRole::Source ||
           role == AddressRole::Suspect;
}

const char* addressRoleId(AddressRole role);

struct RoledAddress
{
    AddressMention mention;
    AddressRole role = AddressRole::Unknown;
    int line = 0;                // 0-based line of the mention in the text
    QString structure;           // where the role came from: "field DST", "column \"Source IP\"",
                                 // "\"not from\"", empty for Unknown
    qsizetype sentenceStart = 0; // the sentence (or log line) it stands in
    qsizetype sentenceEnd = 0;
};

// Decides the role of every mention (as found by TextAddressFinder) in `text`. Linear in
// the text's size: every window it reads is bounded.
class AddressRoleFinder
{
public:
    // `lineStarts`, when given, are the offsets where the text's lines begin (0 first).
    static QList<RoledAddress> find(const QString& text, const QList<AddressMention>& mentions,
                                    const QList<qsizetype>* lineStarts = nullptr);

    // The sentence or structured line around `pos`: [start, end).
    static std::pair<qsizetype, qsizetype> sentenceAround(const QString& text, qsizetype pos);
};

} // namespace mixdesk
