#pragma once

#include "analysis/Analysis.h"

namespace mixdesk::test {

// A hand-built analysis (stands in for the analyzer in UI tests): three hops,
// the exit hop first, the webmail server's hop second.
inline Analysis sampleAnalysis()
{
    using namespace Qt::StringLiterals;
    Analysis a;
    a.category = Category::SpamWebmail;
    a.language = u"en"_s;
    a.exitIp = u"198.51.100.23"_s;
    a.exitIps = {u"198.51.100.23"_s};
    a.reportedIp = u"198.51.100.23"_s;
    a.incidentTimeUtc = QDateTime(QDate(2026, 1, 12), QTime(8, 15, 2), Qt::UTC);
    a.webmailAccount = u"sender@mail.example"_s;
    a.mailServer = u"webmail.mail.example"_s;
    a.webmailSoftware = u"squirrelmail"_s;
    a.reporter = u"Larkspur Abuse Desk"_s;
    a.caseReference = u"LH-SRT-448213"_s;
    OffendingMessage m;
    m.whereFound = u"inline"_s;
    m.rawHeaders = u"Received: from webmail.mail.example (webmail.mail.example [203.0.113.5])\n"
                   "\tby mx.victim.example with ESMTP; Mon, 12 Jan 2026 08:15:40 +0000\n"
                   "Received: from 198.51.100.23 by webmail.mail.example with HTTP;\n"
                   "\tMon, 12 Jan 2026 09:15:02 +0100\n"_s;
    ReceivedHop h1;
    h1.fromIp = u"198.51.100.23"_s;
    h1.byHost = u"webmail.mail.example"_s;
    h1.with = u"HTTP"_s;
    h1.dateUtc = QDateTime(QDate(2026, 1, 12), QTime(8, 15, 2), Qt::UTC);
    ReceivedHop h2;
    h2.fromHost = u"webmail.mail.example"_s;
    h2.fromIp = u"203.0.113.5"_s;
    h2.byHost = u"mx.victim.example"_s;
    h2.with = u"ESMTP"_s;
    h2.dateUtc = QDateTime(QDate(2026, 1, 12), QTime(8, 15, 40), Qt::UTC);
    ReceivedHop h3;
    h3.fromHost = u"mx.victim.example"_s;
    h3.byHost = u"store.victim.example"_s;
    h3.with = u"LMTP"_s;
    h3.dateUtc = QDateTime(QDate(2026, 1, 12), QTime(8, 18, 45), Qt::UTC);
    m.hops = {h1, h2, h3};
    m.exitHopIndex = 0;
    m.webmailHopIndex = 1;
    a.offendingMessages = {m};
    a.evidence = {Evidence{u"exit_ip"_s,
                           u"Client %1 of hop %2 is a configured exit"_s,
                           {u"198.51.100.23"_s, u"1"_s},
                           0}};
    return a;
}

} // namespace mixdesk::test
