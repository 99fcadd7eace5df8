<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DnsblAlertMail</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::AnalysisPane</name>
    <message numerus="yes">
        <source>%1 of %2 (%3, %n hop(s))</source>
        <translation>
            <numerusform>%1 of %2 (%3, %n hop)</numerusform>
            <numerusform>%1 of %2 (%3, %n hops)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::CasePane</name>
    <message numerus="yes">
        <source>Retention order: %n of the four rules still open. Store only the minimum, let nobody access it, hand over only what is compelled, allow no arbitrary collection. Ask a lawyer.</source>
        <translation>
            <numerusform>Retention order: %n of the four rules still open. Store only the minimum, let nobody access it, hand over only what is compelled, allow no arbitrary collection. Ask a lawyer.</numerusform>
            <numerusform>Retention order: %n of the four rules still open. Store only the minimum, let nobody access it, hand over only what is compelled, allow no arbitrary collection. Ask a lawyer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::CasePickerDialog</name>
    <message numerus="yes">
        <source>Link %n selected notice(s) to an open case:</source>
        <translation>
            <numerusform>Link %n selected notice to an open case:</numerusform>
            <numerusform>Link %n selected notices to an open case:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::CasesView</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due – %n overdue</source>
        <translation>
            <numerusform>Due – %n overdue</numerusform>
            <numerusform>Due – %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::CasesWiring</name>
    <message numerus="yes">
        <source>Dossier written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Dossier written: %1 (%n page)</numerusform>
            <numerusform>Dossier written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) added to the case “%1”</source>
        <translation>
            <numerusform>%n notice added to the case “%1”</numerusform>
            <numerusform>%n notices added to the case “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) unlinked from the case “%1”</source>
        <translation>
            <numerusform>%n notice unlinked from the case “%1”</numerusform>
            <numerusform>%n notices unlinked from the case “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::ComposeDialog</name>
    <message numerus="yes">
        <source>Respond to %n notice(s)</source>
        <translation>
            <numerusform>Respond to %n notice</numerusform>
            <numerusform>Respond to %n notices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblView</name>
    <message numerus="yes">
        <source>%n zone(s) failed the RFC 5782 self-test (dead, or listing everything): their results are marked untrusted.</source>
        <translation>
            <numerusform>%n zone failed the RFC 5782 self-test (dead, or listing everything): its results are marked untrusted.</numerusform>
            <numerusform>%n zones failed the RFC 5782 self-test (dead, or listing everything): their results are marked untrusted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) refused to answer this resolver (Spamhaus refuses public resolvers: use your own resolver or a DQS key).</source>
        <translation>
            <numerusform>%n zone refused to answer this resolver (Spamhaus refuses public resolvers: use your own resolver or a DQS key).</numerusform>
            <numerusform>%n zones refused to answer this resolver (Spamhaus refuses public resolvers: use your own resolver or a DQS key).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::DueController</name>
    <message numerus="yes">
        <source>%n notice(s) due on %1</source>
        <translation>
            <numerusform>%n notice due on %1</numerusform>
            <numerusform>%n notices due on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due date of %n notice(s) cleared</source>
        <translation>
            <numerusform>Due date of %n notice cleared</numerusform>
            <numerusform>Due date of %n notices cleared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::DueDialog</name>
    <message numerus="yes">
        <source>For %n notice(s). What you set here stays when the notices are analysed again.</source>
        <translation>
            <numerusform>For %n notice. What you set here stays when it is analysed again.</numerusform>
            <numerusform>For %n notices. What you set here stays when they are analysed again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::FilterBar</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>due queue: within N days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::HideController</name>
    <message numerus="yes">
        <source>%n notice(s) hidden. They stay stored: the Hidden view shows them.</source>
        <translation>
            <numerusform>%n notice hidden. It stays stored: the Hidden view shows it.</numerusform>
            <numerusform>%n notices hidden. They stay stored: the Hidden view shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) restored to the inbox</source>
        <translation>
            <numerusform>%n notice restored to the inbox</numerusform>
            <numerusform>%n notices restored to the inbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::InboxModel</name>
    <message numerus="yes">
        <source>Due on %1: overdue by %n day(s)</source>
        <translation>
            <numerusform>Due on %1: overdue by %n day</numerusform>
            <numerusform>Due on %1: overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1: in %n day(s)</source>
        <translation>
            <numerusform>Due on %1: in %n day</numerusform>
            <numerusform>Due on %1: in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::MainWindow</name>
    <message numerus="yes">
        <source>Import finished: %n new notice(s)</source>
        <translation>
            <numerusform>Import finished: %n new notice</numerusform>
            <numerusform>Import finished: %n new notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n already stored</numerusform>
            <numerusform>%n already stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n new notice(s)</source>
        <translation>
            <numerusform>Sync finished: %n new notice</numerusform>
            <numerusform>Sync finished: %n new notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>notices</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New blocklist listing: %1</source>
        <translation>
            <numerusform>New blocklist listing: %1</numerusform>
            <numerusform>New blocklist listings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::ReadingPane</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::ReanalysisPanel</name>
    <message numerus="yes">
        <source>Re-analysed %n notice(s).</source>
        <translation>
            <numerusform>Re-analysed %n notice.</numerusform>
            <numerusform>Re-analysed %n notices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n now name(s) another exit</source>
        <translation>
            <numerusform>%n now names another exit</numerusform>
            <numerusform>%n now name another exit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed category</source>
        <translation>
            <numerusform>%n changed category</numerusform>
            <numerusform>%n changed category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer misdirected</source>
        <translation>
            <numerusform>%n no longer misdirected</numerusform>
            <numerusform>%n no longer misdirected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n now misdirected</source>
        <translation>
            <numerusform>%n now misdirected</numerusform>
            <numerusform>%n now misdirected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::StatusController</name>
    <message numerus="yes">
        <source>%n notice(s) marked as %1</source>
        <translation>
            <numerusform>%n notice marked as %1</numerusform>
            <numerusform>%n notices marked as %1</numerusform>
        </translation>
    </message>
</context>
</TS>
