<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountRepository</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No account named '%1'</source>
        <translation>Kein Konto namens „%1“</translation>
    </message>
    <message>
        <source>An account named '%1' already exists</source>
        <translation>Ein Konto namens „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>AddressValidation</name>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address (examples: 192.0.2.1, 2001:db8::1, 192.0.2.0/24).</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse (Beispiele: 192.0.2.1, 2001:db8::1, 192.0.2.0/24).</translation>
    </message>
    <message>
        <source>“%1” has an invalid prefix length: it must be a number from 0 to %2.</source>
        <translation>„%1“ hat eine ungültige Präfixlänge: Sie muss eine Zahl von 0 bis %2 sein.</translation>
    </message>
</context>
<context>
    <name>BlockRequest</name>
    <message>
        <source>'%1' is not a valid network.</source>
        <translation>„%1“ ist kein gültiges Netz.</translation>
    </message>
    <message>
        <source>'%1' is not a host name, an IP address or a network.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse noch ein Netz.</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Statement edited</source>
        <translation>Äußerung bearbeitet</translation>
    </message>
    <message>
        <source>Notice linked</source>
        <translation>Meldung verknüpft</translation>
    </message>
    <message>
        <source>Notice unlinked</source>
        <translation>Meldung entfernt</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Dokument beigefügt</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Dokument entfernt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Incident (per notice)</source>
        <translation>Tatzeit (laut Meldung)</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Meldung eingegangen</translation>
    </message>
    <message>
        <source>Notice imported</source>
        <translation>Meldung importiert</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Checkliste: %1</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polizei</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Staatsanwaltschaft</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Other authority</source>
        <translation>Sonstige Stelle</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>There is no notice %1.</source>
        <translation>Es gibt keine Meldung %1.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
</context>
<context>
    <name>CaseType</name>
    <message>
        <source>Police summons</source>
        <translation>Polizeiliche Vorladung</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Auskunftsersuchen</translation>
    </message>
    <message>
        <source>Fraud complaint</source>
        <translation>Betrugsanzeige</translation>
    </message>
    <message>
        <source>Data-retention or surveillance order</source>
        <translation>Speicher- oder Überwachungsanordnung</translation>
    </message>
    <message>
        <source>Search or seizure</source>
        <translation>Durchsuchung oder Beschlagnahme</translation>
    </message>
    <message>
        <source>Copyright claim</source>
        <translation>Urheberrechtliche Abmahnung</translation>
    </message>
    <message>
        <source>Harassment or blocking request</source>
        <translation>Belästigung oder Sperrersuchen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>as witness</source>
        <translation>als Zeuge</translation>
    </message>
    <message>
        <source>as suspect</source>
        <translation>als Beschuldigter</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Webmail spam</source>
        <translation>Webmail-Spam</translation>
    </message>
    <message>
        <source>SMTP spam</source>
        <translation>SMTP-Spam</translation>
    </message>
    <message>
        <source>Blocklist listing</source>
        <translation>Blocklisten-Eintrag</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Belästigung</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Urheberrecht</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Serious crime</source>
        <translation>Schwere Straftat</translation>
    </message>
    <message>
        <source>Network attack</source>
        <translation>Netzwerkangriff</translation>
    </message>
    <message>
        <source>Misdirected</source>
        <translation>Fehlgeleitet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>CheckStatus</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
</context>
<context>
    <name>DeskCheck</name>
    <message>
        <source>%1 %2 has no raw mail.</source>
        <translation>%1 %2 hat keine Rohdaten der Mail.</translation>
    </message>
    <message>
        <source>%1 %2: the raw mail is unreadable (%3).</source>
        <translation>%1 %2: Die Rohdaten der Mail sind nicht lesbar (%3).</translation>
    </message>
    <message>
        <source>%1 %2: the raw mail no longer matches its SHA-256.</source>
        <translation>%1 %2: Die Rohdaten der Mail passen nicht mehr zu ihrem SHA-256.</translation>
    </message>
</context>
<context>
    <name>DeskCopy</name>
    <message>
        <source>The target already holds other data than row %1 of %2 (another desk, or the same %3 under another number). db copy --append only adds to a copy of the same desk; nothing of this batch was written.</source>
        <translation>Das Ziel enthält andere Daten als Zeile %1 von %2 (ein anderer Arbeitsplatz, oder derselbe Wert %3 unter einer anderen Nummer). db copy --append ergänzt nur eine Kopie desselben Arbeitsplatzes; von diesem Stapel wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>DnsReply</name>
    <message>
        <source>The name exists but has no %1 record.</source>
        <translation>Der Name existiert, hat aber keinen %1-Eintrag.</translation>
    </message>
    <message>
        <source>The name does not exist (NXDOMAIN).</source>
        <translation>Der Name existiert nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>The name server %1 refused the query (REFUSED).</source>
        <translation>Der Nameserver %1 hat die Anfrage abgelehnt (REFUSED).</translation>
    </message>
    <message>
        <source>The name server %1 failed to answer (SERVFAIL).</source>
        <translation>Der Nameserver %1 konnte nicht antworten (SERVFAIL).</translation>
    </message>
    <message>
        <source>The name server %1 could not handle the query (%2).</source>
        <translation>Der Nameserver %1 konnte die Anfrage nicht bearbeiten (%2).</translation>
    </message>
    <message>
        <source>No answer from %1 (tries: %2, first wait %3 ms).</source>
        <translation>Keine Antwort von %1 (Versuche: %2, erste Wartezeit %3 ms).</translation>
    </message>
    <message>
        <source>No name server is listening at %1 (connection refused).</source>
        <translation>Unter %1 lauscht kein Nameserver (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>the system's name server</source>
        <translation>der Nameserver des Systems</translation>
    </message>
</context>
<context>
    <name>DnsServer</name>
    <message>
        <source>“%1” is not a name server address (examples: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353).</source>
        <translation>„%1“ ist keine Nameserver-Adresse (Beispiele: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353).</translation>
    </message>
</context>
<context>
    <name>DnsblAlertMail</name>
    <message>
        <source>A blocklist that blocks mail now lists a premium exit of yours. Premium exits carry mail, so this listing needs action: find the cause, then ask for removal.</source>
        <translation>Eine Sperrliste, die Mail blockiert, führt jetzt einen Ihrer Premium-Exits. Premium-Exits übertragen Mail, daher müssen Sie handeln: die Ursache finden und dann die Austragung beantragen.</translation>
    </message>
    <message>
        <source>Exit:      %1</source>
        <translation>Exit:          %1</translation>
    </message>
    <message>
        <source>Listed on: %1 (%2)</source>
        <translation>Eingetragen in: %1 (%2)</translation>
    </message>
    <message>
        <source>Codes:     %1</source>
        <translation>Codes:         %1</translation>
    </message>
    <message>
        <source>Meaning:   %1</source>
        <translation>Bedeutung:     %1</translation>
    </message>
    <message>
        <source>Reason:    %1</source>
        <translation>Grund:         %1</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>Austragung:    %1</translation>
    </message>
    <message>
        <source>Checked at %1 UTC by MixDesk's blocklist monitor.</source>
        <translation>Geprüft am %1 UTC von der Sperrlisten-Überwachung von MixDesk.</translation>
    </message>
    <message>
        <source>New blocklist listing: %1 on %2</source>
        <translation>Neuer Sperrlisten-Eintrag: %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsblAnswerReader</name>
    <message>
        <source>%1 does not list %2 addresses.</source>
        <translation>%1 führt keine %2-Adressen.</translation>
    </message>
    <message>
        <source>The answer %1 lies outside 127.0.0.0/8, where every blocklist answers: the resolver rewrites answers (often NXDOMAIN into an advertising server). Use a resolver that does not.</source>
        <translation>Die Antwort %1 liegt außerhalb von 127.0.0.0/8, wo jede Blockliste antwortet: Der Resolver verfälscht Antworten (oft NXDOMAIN in einen Werbeserver). Verwenden Sie einen Resolver, der das nicht tut.</translation>
    </message>
    <message>
        <source>The self-test got answers outside 127.0.0.0/8: the resolver rewrites answers, so no answer of this zone can be trusted.</source>
        <translation>Der Selbsttest bekam Antworten außerhalb von 127.0.0.0/8: Der Resolver verfälscht Antworten, daher ist keiner Antwort dieser Zone zu trauen.</translation>
    </message>
    <message>
        <source>The RFC 5782 self-test could not run: %1</source>
        <translation>Der Selbsttest nach RFC 5782 konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>%1 lists %2, which no blocklist may list (RFC 5782): it answers every query as listed, so it is dead or broken. Its listings mean nothing.</source>
        <translation>%1 führt %2, was keine Blockliste führen darf (RFC 5782): Sie meldet jede Anfrage als gelistet, ist also tot oder defekt. Ihre Einträge bedeuten nichts.</translation>
    </message>
    <message>
        <source>%1 does not list its test entry %2 (RFC 5782): the zone is dead, or does not work as a blocklist here. Its answers cannot be trusted.</source>
        <translation>%1 führt ihren Testeintrag %2 nicht (RFC 5782): Die Zone ist tot oder arbeitet hier nicht als Blockliste. Ihren Antworten ist nicht zu trauen.</translation>
    </message>
</context>
<context>
    <name>DnsblCatalogue</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: no “zones” array</source>
        <translation>%1: kein „zones“-Array</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DnsblCellStyle</name>
    <message>
        <source>listed</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>DNSBL: address family not listed</comment>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>unzuverlässig</translation>
    </message>
    <message>
        <source>Listed, actionable</source>
        <translation>Gelistet, Handlungsbedarf</translation>
    </message>
    <message>
        <source>Listed, expected for an exit</source>
        <translation>Gelistet, für einen Exit zu erwarten</translation>
    </message>
    <message>
        <source>Listed, informational</source>
        <translation>Gelistet, zur Information</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Error, timeout or refused</source>
        <translation>Fehler, Zeitüberschreitung oder abgelehnt</translation>
    </message>
    <message>
        <source>List does not cover this address family</source>
        <translation>Liste deckt diese Adressfamilie nicht ab</translation>
    </message>
    <message>
        <source>Untrusted: zone failed its self-test</source>
        <translation>Unzuverlässig: Zone hat ihren Selbsttest nicht bestanden</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>DnsblKind</name>
    <message>
        <source>Actionable</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Expected for an exit</source>
        <translation>Für einen Exit zu erwarten</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Zur Information</translation>
    </message>
</context>
<context>
    <name>DnsblStatus</name>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Unzuverlässig</translation>
    </message>
</context>
<context>
    <name>DnsblTargets</name>
    <message>
        <source>a range: blocklists list single addresses, so only single addresses are checked; add the range's addresses in use one by one</source>
        <translation>ein Bereich: Blocklisten führen einzelne Adressen, daher werden nur einzelne Adressen geprüft; tragen Sie die genutzten Adressen des Bereichs einzeln ein</translation>
    </message>
    <message>
        <source>not an IPv4 or IPv6 address</source>
        <translation>keine IPv4- oder IPv6-Adresse</translation>
    </message>
</context>
<context>
    <name>DnsblZone</name>
    <message>
        <source>Listed with code %1 (not described by the catalogue)</source>
        <translation>Gelistet mit Code %1 (im Katalog nicht beschrieben)</translation>
    </message>
    <message>
        <source>DNSBL zone “%1”: %2</source>
        <translation>DNSBL-Zone „%1“: %2</translation>
    </message>
    <message>
        <source>no zone name</source>
        <translation>kein Zonenname</translation>
    </message>
    <message>
        <source>“dqs_only” needs a “dqs_zone” with {key}</source>
        <translation>„dqs_only“ braucht eine „dqs_zone“ mit {key}</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>return code “%1” is not an IPv4 address</source>
        <translation>Rückgabecode „%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>unknown kind of code “%1”</source>
        <translation>unbekannte Art bei Code „%1“</translation>
    </message>
    <message>
        <source>error code “%1” is not an IPv4 address</source>
        <translation>Fehlercode „%1“ ist keine IPv4-Adresse</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The exit %1 is the client of hop %2 of an offending message</source>
        <translation>Der Exit %1 ist der Client von Station %2 einer beanstandeten Nachricht</translation>
    </message>
    <message>
        <source>An X-Originating-IP header names the exit %1</source>
        <translation>Eine X-Originating-IP-Kopfzeile nennt den Exit %1</translation>
    </message>
    <message>
        <source>The %1 report names the exit %2 as its source</source>
        <translation>Der %1-Bericht nennt den Exit %2 als Quelle</translation>
    </message>
    <message>
        <source>The provider names the account %1 in the notice</source>
        <translation>Der Anbieter nennt in der Meldung das Konto %1</translation>
    </message>
    <message>
        <source>Earliest time of offending activity: %1 (from %2)</source>
        <translation>Früheste Zeit der beanstandeten Aktivität: %1 (aus %2)</translation>
    </message>
    <message>
        <source>The reported address %1 is not one of the exits</source>
        <translation>Die gemeldete Adresse %1 ist keiner der Exits</translation>
    </message>
    <message>
        <source>Hop %1 was written by a web interface (%2)</source>
        <translation>Station %1 stammt von einer Weboberfläche (%2)</translation>
    </message>
    <message>
        <source>Account %1 taken from %2</source>
        <translation>Konto %1 entnommen aus %2</translation>
    </message>
    <message>
        <source>The provider's server %1 accepted the message in hop %2</source>
        <translation>Der Server %1 des Anbieters hat die Nachricht in Station %2 angenommen</translation>
    </message>
    <message>
        <source>%1 English and %2 German function words in the reporter's own text</source>
        <translation>%1 englische und %2 deutsche Funktionswörter im eigenen Text der meldenden Stelle</translation>
    </message>
    <message>
        <source>The notice is signed "%1" (found in: %2)</source>
        <translation>Die Meldung ist mit „%1“ unterzeichnet (gefunden in: %2)</translation>
    </message>
    <message>
        <source>Reference "%1" found (label: %2)</source>
        <translation>Aktenzeichen „%1“ gefunden (Bezeichnung: %2)</translation>
    </message>
    <message>
        <source>The reported address is not one of the operator's exits</source>
        <translation>Die gemeldete Adresse ist keiner der Exits des Betreibers</translation>
    </message>
    <message>
        <source>The %1 report declares the type "%2"</source>
        <translation>Der %1-Bericht gibt den Typ „%2“ an</translation>
    </message>
    <message>
        <source>The notice mentions "%1" (score %2 for %3)</source>
        <translation>Die Meldung erwähnt „%1“ (Punktzahl %2 für %3)</translation>
    </message>
    <message>
        <source>The mail was sent through an account at a mail provider</source>
        <translation>Die E-Mail wurde über ein Konto bei einem Mailanbieter versandt</translation>
    </message>
    <message>
        <source>No mail provider account was involved: the exit delivered by SMTP</source>
        <translation>Kein Konto eines Mailanbieters beteiligt: der Exit hat per SMTP zugestellt</translation>
    </message>
    <message>
        <source>No keyword of a known category was found</source>
        <translation>Kein Schlüsselwort einer bekannten Kategorie gefunden</translation>
    </message>
    <message>
        <source>Received chain of the earliest of %1 offending message(s), found as %2, with %3 hop(s)</source>
        <translation>Received-Kette der frühesten von %1 beanstandeten Nachricht(en), gefunden als %2, mit %3 Station(en)</translation>
    </message>
    <message>
        <source>The exit %1 is the client of hop %2 of an offending message, named by its host name %3</source>
        <translation>Der Exit %1 ist der Client von Station %2 einer beanstandeten Nachricht, genannt mit seinem Hostnamen %3</translation>
    </message>
    <message>
        <source>not recognised</source>
        <comment>which web interface wrote a hop</comment>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>The notice names the exit %1 (line %2)</source>
        <translation>Die Meldung nennt den Exit %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>The notice names the exit %1 as the %2 (line %3, %4)</source>
        <translation>Die Meldung nennt den Exit %1 als %2 (Zeile %3, %4)</translation>
    </message>
    <message>
        <source>The notice names the exit %1 by its host name %2 (line %3)</source>
        <translation>Die Meldung nennt den Exit %1 mit seinem Hostnamen %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>Filed as misdirected, but the notice names the exit %1 (line %2, as the %3: %4)</source>
        <translation>Als fehlgeleitet eingeordnet, aber die Meldung nennt den Exit %1 (Zeile %2, als %3: %4)</translation>
    </message>
    <message>
        <source>The notice names the exit %1 as the source and also as the %2 (line %3, %4)</source>
        <translation>Die Meldung nennt den Exit %1 als Quelle und auch als %2 (Zeile %3, %4)</translation>
    </message>
    <message>
        <source>source</source>
        <comment>address role</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>suspect's connection</source>
        <comment>address role</comment>
        <translation>Anschluss des Beschuldigten</translation>
    </message>
    <message>
        <source>destination</source>
        <comment>address role</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>address said not to be the source</source>
        <comment>address role</comment>
        <translation>ausdrücklich nicht die Quelle genannte Adresse</translation>
    </message>
    <message>
        <source>reporter's own address</source>
        <comment>address role</comment>
        <translation>eigene Adresse der meldenden Stelle</translation>
    </message>
    <message>
        <source>address of unclear role</source>
        <comment>address role</comment>
        <translation>Adresse mit unklarer Rolle</translation>
    </message>
    <message>
        <source>column "%1"</source>
        <comment>where an address stands</comment>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>object of "%1"</source>
        <comment>where an address stands</comment>
        <translation>Objekt von „%1“</translation>
    </message>
    <message>
        <source>signature</source>
        <comment>where the reporter was found</comment>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>letterhead</source>
        <comment>where the reporter was found</comment>
        <translation>Briefkopf</translation>
    </message>
    <message>
        <source>sender (From)</source>
        <comment>where the reporter was found</comment>
        <translation>Absender (From)</translation>
    </message>
    <message>
        <source>sender's domain</source>
        <comment>where the reporter was found</comment>
        <translation>Domain des Absenders</translation>
    </message>
    <message>
        <source>subject</source>
        <comment>where a reference was found</comment>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>%1 report</source>
        <comment>where the incident time was found</comment>
        <translation>%1-Bericht</translation>
    </message>
    <message>
        <source>weaker: X-Originating-IP and similar headers are written by the sending software, not by a receiving server</source>
        <translation>schwächer: X-Originating-IP und ähnliche Kopfzeilen schreibt die sendende Software, nicht ein empfangender Server</translation>
    </message>
    <message>
        <source>weaker: the exit is named only by a host name</source>
        <translation>schwächer: der Exit ist nur über einen Hostnamen genannt</translation>
    </message>
    <message>
        <source>weaker: the From header is written by the sender and can be forged</source>
        <translation>schwächer: die From-Kopfzeile schreibt der Absender, sie kann gefälscht sein</translation>
    </message>
</context>
<context>
    <name>ExitKind</name>
    <message>
        <source>JonDonym exit mix</source>
        <translation>JonDonym-Exit-Mix</translation>
    </message>
    <message>
        <source>Tor exit relay</source>
        <translation>Tor-Exit-Relay</translation>
    </message>
    <message>
        <source>VPN exit</source>
        <translation>VPN-Exit</translation>
    </message>
    <message>
        <source>HTTP proxy exit</source>
        <translation>HTTP-Proxy-Exit</translation>
    </message>
    <message>
        <source>Other exit</source>
        <translation>Anderer Exit</translation>
    </message>
</context>
<context>
    <name>ImapAccount</name>
    <message>
        <source>Unknown after-sync action '%1' (use none, mark-seen or move:FOLDER)</source>
        <translation>Unbekannte Aktion nach dem Abruf „%1“ (möglich: none, mark-seen oder move:ORDNER)</translation>
    </message>
    <message>
        <source>The account needs a name</source>
        <translation>Das Konto braucht einen Namen</translation>
    </message>
    <message>
        <source>The account needs a host</source>
        <translation>Das Konto braucht einen Server</translation>
    </message>
    <message>
        <source>Invalid port %1</source>
        <translation>Ungültiger Port %1</translation>
    </message>
    <message>
        <source>The account needs a user name</source>
        <translation>Das Konto braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>The account needs at least one folder</source>
        <translation>Das Konto braucht mindestens einen Ordner</translation>
    </message>
    <message>
        <source>Refusing an unencrypted connection to %1: plain IMAP is only allowed to this computer (127.0.0.1, ::1, localhost); use imaps or starttls</source>
        <translation>Unverschlüsselte Verbindung zu %1 abgelehnt: IMAP ohne Verschlüsselung ist nur zu diesem Rechner erlaubt (127.0.0.1, ::1, localhost); verwenden Sie imaps oder starttls</translation>
    </message>
    <message>
        <source>The trusted fingerprint must be a SHA-256 hash (64 hex digits)</source>
        <translation>Der vertrauenswürdige Fingerabdruck muss ein SHA-256-Hash sein (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Moving after sync needs a target folder</source>
        <translation>Verschieben nach der Synchronisierung braucht einen Zielordner</translation>
    </message>
    <message>
        <source>The sync interval cannot be negative</source>
        <translation>Das Synchronisierungsintervall darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Account '%1': unknown security '%2'</source>
        <translation>Konto „%1“: unbekannte Verschlüsselung „%2“</translation>
    </message>
</context>
<context>
    <name>ImapSession</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Nicht mit dem Server verbunden</translation>
    </message>
    <message>
        <source>Fetch stopped</source>
        <translation>Abruf angehalten</translation>
    </message>
    <message>
        <source>The server refused the command: %1</source>
        <translation>Der Server hat den Befehl abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time: %1</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet: %1</translation>
    </message>
    <message>
        <source>Connection to the server lost: %1</source>
        <translation>Verbindung zum Server verloren: %1</translation>
    </message>
    <message>
        <source>Untrusted certificate for %1 (%2); its SHA-256 fingerprint is %3</source>
        <translation>Nicht vertrauenswürdiges Zertifikat für %1 (%2); sein SHA-256-Fingerabdruck ist %3</translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed: wrong user name or password</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen: falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1 Port %2: %3</translation>
    </message>
    <message>
        <source>Cannot open folder '%1': %2</source>
        <translation>Ordner „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The server sent a literal of %1 bytes, more than a mail can hold</source>
        <translation>Der Server schickte ein Literal von %1 Bytes, mehr als eine Mail enthalten kann</translation>
    </message>
    <message>
        <source>The server refused the message: %1</source>
        <translation>Der Server lehnte die Nachricht ab: %1</translation>
    </message>
</context>
<context>
    <name>ImapSync</name>
    <message>
        <source>Sync cancelled</source>
        <translation>Abruf abgebrochen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>NoticePageDeploy</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>NoticePageTemplate</name>
    <message>
        <source>Cannot read the notice page template %1: %2</source>
        <translation>Die Vorlage der Hinweisseite %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>NoticeStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>Wartet auf Antwort</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Misdirected</source>
        <translation>Fehlgeleitet</translation>
    </message>
</context>
<context>
    <name>OperatorProfile</name>
    <message>
        <source>The profile lists no exits (neither "exits" nor "exit_ips").</source>
        <translation>Das Profil enthält keine Exits (weder „exits“ noch „exit_ips“).</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at offset %2</source>
        <translation>Das Profil ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>Das Profil muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Cannot read profile %1: %2</source>
        <translation>Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ParseProblem</name>
    <message>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message>
        <source>no header fields</source>
        <translation>keine Kopfzeilen</translation>
    </message>
    <message>
        <source>mbox "From " line before the header</source>
        <translation>mbox-Zeile „From “ vor dem Kopf</translation>
    </message>
    <message>
        <source>header line without colon: %1</source>
        <translation>Kopfzeile ohne Doppelpunkt: %1</translation>
    </message>
    <message>
        <source>%1 more malformed header lines</source>
        <translation>%1 weitere fehlerhafte Kopfzeilen</translation>
    </message>
    <message>
        <source>too many MIME boundaries, structure not parsed</source>
        <translation>zu viele MIME-Grenzen, Struktur nicht ausgewertet</translation>
    </message>
    <message>
        <source>MIME structure unreadable: %1</source>
        <translation>MIME-Struktur unlesbar: %1</translation>
    </message>
    <message>
        <source>MIME structure unreadable</source>
        <translation>MIME-Struktur unlesbar</translation>
    </message>
    <message>
        <source>%1 without parts, read as text</source>
        <translation>%1 ohne Teile, als Text gelesen</translation>
    </message>
    <message>
        <source>part %1 is not valid in charset "%2"</source>
        <translation>Teil %1 ist im Zeichensatz „%2“ ungültig</translation>
    </message>
    <message>
        <source>attached messages nested too deeply</source>
        <translation>angehängte Nachrichten zu tief verschachtelt</translation>
    </message>
    <message>
        <source>cannot decode part body: %1</source>
        <translation>Inhalt eines Teils nicht dekodierbar: %1</translation>
    </message>
    <message>
        <source>analysis failed: %1</source>
        <translation>Analyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <source>text too large, analysed the first %1 kB</source>
        <translation>Text zu groß, die ersten %1 kB analysiert</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>Could not start the password command: %1</source>
        <translation>Der Passwortbefehl konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The password command did not finish within %1 s</source>
        <translation>Der Passwortbefehl wurde nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>The password command failed (exit code %1)</source>
        <translation>Der Passwortbefehl ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>The password command printed nothing</source>
        <translation>Der Passwortbefehl hat nichts ausgegeben</translation>
    </message>
</context>
<context>
    <name>PortRange</name>
    <message>
        <source>'%1' is not a port or a range of ports (1-65535).</source>
        <translation>„%1“ ist weder ein Port noch ein Portbereich (1–65535).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot write profile %1: %2</source>
        <translation>Profil %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RawCodec</name>
    <message>
        <source>The stored message has an unknown format (%1)</source>
        <translation>Die gespeicherte Nachricht hat ein unbekanntes Format (%1)</translation>
    </message>
    <message>
        <source>The stored message is damaged: its compressed frame is unreadable</source>
        <translation>Die gespeicherte Nachricht ist beschädigt: ihr komprimierter Block ist unlesbar</translation>
    </message>
    <message>
        <source>The stored message is damaged: %1</source>
        <translation>Die gespeicherte Nachricht ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>RdapBootstrap</name>
    <message>
        <source>The RDAP bootstrap file has no "services" list.</source>
        <translation>Die RDAP-Bootstrap-Datei enthält keine „services“-Liste.</translation>
    </message>
</context>
<context>
    <name>RdapCache</name>
    <message>
        <source>Cannot read the RDAP cache %1: %2</source>
        <translation>Der RDAP-Zwischenspeicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the RDAP cache %1: %2</source>
        <translation>Der RDAP-Zwischenspeicher %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RdapParser</name>
    <message>
        <source>The RDAP answer is not a JSON object: %1</source>
        <translation>Die RDAP-Antwort ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The RDAP answer has no objectClassName.</source>
        <translation>Der RDAP-Antwort fehlt der objectClassName.</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse-DNS</translation>
    </message>
    <message>
        <source>Whois (RDAP)</source>
        <translation>Whois (RDAP)</translation>
    </message>
    <message>
        <source>Notice page</source>
        <translation>Hinweisseite</translation>
    </message>
    <message>
        <source>Hosting country</source>
        <translation>Standortland</translation>
    </message>
    <message>
        <source>DNSBL</source>
        <translation>DNSBL</translation>
    </message>
</context>
<context>
    <name>ResponseDispatcher</name>
    <message>
        <source>Response #%1 was sent already.</source>
        <translation>Antwort #%1 wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>The mail was sent (%1) but could not be recorded: %2</source>
        <translation>Die Mail wurde gesendet (%1), konnte aber nicht vermerkt werden: %2</translation>
    </message>
</context>
<context>
    <name>RetentionChecklist</name>
    <message>
        <source>Store only the minimum data the order names.</source>
        <translation>Nur die im Beschluss genannten Mindestdaten speichern.</translation>
    </message>
    <message>
        <source>Make sure nobody has access to the retained data.</source>
        <translation>Sicherstellen, dass niemand Zugriff auf die gespeicherten Daten hat.</translation>
    </message>
    <message>
        <source>Hand over only what is compelled.</source>
        <translation>Nur herausgeben, was verpflichtend ist.</translation>
    </message>
    <message>
        <source>Allow no arbitrary collection (rather shut the server down).</source>
        <translation>Keine beliebige Erhebung zulassen (eher den Server abschalten).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password stored in the keychain</source>
        <translation>Kein Passwort im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Access to the keychain was denied</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>No keychain available (is a Secret Service such as gnome-keyring or KWallet running?)</source>
        <translation>Kein Schlüsselbund verfügbar (läuft ein Secret Service wie gnome-keyring oder KWallet?)</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Schlüsselbund-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>SentFolderWriter</name>
    <message>
        <source>There is no IMAP account to keep the sent copy in.</source>
        <translation>Es gibt kein IMAP-Konto für die Kopie der gesendeten Mail.</translation>
    </message>
    <message>
        <source>There is no IMAP account '%1'.</source>
        <translation>Es gibt kein IMAP-Konto „%1“.</translation>
    </message>
    <message>
        <source>The IMAP account '%1' has no Sent folder: name one in the SMTP settings.</source>
        <translation>Das IMAP-Konto „%1“ hat keinen Gesendet-Ordner: nennen Sie einen in den SMTP-Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot store the copy in '%1': %2</source>
        <translation>Die Kopie kann nicht in „%1“ abgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>SmtpAccount</name>
    <message>
        <source>The SMTP server is missing</source>
        <translation>Der SMTP-Server fehlt</translation>
    </message>
    <message>
        <source>Invalid SMTP port %1</source>
        <translation>Ungültiger SMTP-Port %1</translation>
    </message>
    <message>
        <source>The sender address '%1' is not an address</source>
        <translation>Die Absenderadresse „%1“ ist keine Adresse</translation>
    </message>
    <message>
        <source>Plain SMTP without TLS is only allowed to this computer (%1)</source>
        <translation>SMTP ohne TLS ist nur zu diesem Computer erlaubt (%1)</translation>
    </message>
    <message>
        <source>Unknown SMTP security '%1'</source>
        <translation>Unbekannte SMTP-Sicherheit „%1“</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SqlBlockStore</name>
    <message>
        <source>There is no block #%1.</source>
        <translation>Es gibt keine Sperre Nr. %1.</translation>
    </message>
</context>
<context>
    <name>SqlDnsblHistory</name>
    <message>
        <source>cannot record a DNSBL check</source>
        <translation>DNSBL-Prüfung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot record a DNSBL result</source>
        <translation>DNSBL-Ergebnis kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot record a DNSBL self-test</source>
        <translation>DNSBL-Selbsttest kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the DNSBL history</source>
        <translation>DNSBL-Verlauf kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SqlResponseStore</name>
    <message>
        <source>There is no response #%1.</source>
        <translation>Es gibt keine Antwort #%1.</translation>
    </message>
    <message>
        <source>Response #%1 is not in the outbox (sent or discarded).</source>
        <translation>Antwort #%1 ist nicht im Postausgang (gesendet oder verworfen).</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>%1: analysing notices</source>
        <translation>%1: Meldungen werden analysiert</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WebmailSoftware</name>
    <message>
        <source>Other web interface</source>
        <translation>Andere Weboberfläche</translation>
    </message>
</context>
<context>
    <name>mixdesk::AbuseContactLookup</name>
    <message>
        <source>There is no mail server to look up.</source>
        <translation>Es gibt keinen Mailserver zum Nachschlagen.</translation>
    </message>
    <message>
        <source>RDAP names no abuse contact for %1.</source>
        <translation>RDAP nennt keinen Abuse-Kontakt für %1.</translation>
    </message>
    <message>
        <source>No RDAP registry knows %1.</source>
        <translation>Keine RDAP-Registry kennt %1.</translation>
    </message>
    <message>
        <source>The RDAP lookup for %1 failed: %2</source>
        <translation>Die RDAP-Abfrage für %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::AccountsEditor</name>
    <message>
        <source>Account “%1”: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <source>There are two accounts named “%1”.</source>
        <translation>Es gibt zwei Konten namens „%1“.</translation>
    </message>
    <message>
        <source>account%1</source>
        <comment>default name of a new IMAP account</comment>
        <translation>konto%1</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>account name</comment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>IMAP-Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Folders:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Synchronisieren alle:</translation>
    </message>
    <message>
        <source>Pinned certificate (SHA-256):</source>
        <translation>Festgelegtes Zertifikat (SHA-256):</translation>
    </message>
    <message>
        <source>TLS (IMAPS)</source>
        <translation>TLS (IMAPS)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (only for a local server)</source>
        <translation>Keine (nur für einen lokalen Server)</translation>
    </message>
    <message>
        <source> min</source>
        <comment>sync interval unit</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>nur bei Bedarf</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>INBOX, Abuse</source>
        <translation>INBOX, Abuse</translation>
    </message>
    <message>
        <source>The password is stored in the system keychain, never in MixDesk's files.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in den Dateien von MixDesk.</translation>
    </message>
</context>
<context>
    <name>mixdesk::AnalysisPane</name>
    <message>
        <source>English</source>
        <comment>language of a notice</comment>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <comment>language of a notice</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Offending message %1 (%2)</source>
        <translation>Beanstandete Nachricht %1 (%2)</translation>
    </message>
    <message>
        <source>Select a notice in the list, or open a notice file (File → Open notice…), to see its analysis.</source>
        <translation>Wählen Sie eine Meldung in der Liste aus oder öffnen Sie eine Meldungsdatei (Datei → Meldung öffnen…), um ihre Analyse zu sehen.</translation>
    </message>
    <message>
        <source>Received hops</source>
        <translation>Received-Stationen</translation>
    </message>
    <message>
        <source>Raw headers</source>
        <translation>Rohe Kopfzeilen</translation>
    </message>
    <message>
        <source>Offending message:</source>
        <translation>Beanstandete Nachricht:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%3, %n hop(s))</source>
        <translation>
            <numerusform>%1 von %2 (%3, %n Station)</numerusform>
            <numerusform>%1 von %2 (%3, %n Stationen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Category:</source>
        <comment>notice category</comment>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Exit IP:</source>
        <translation>Exit-IP:</translation>
    </message>
    <message>
        <source>All exit IPs:</source>
        <translation>Alle Exit-IPs:</translation>
    </message>
    <message>
        <source>Reported IP:</source>
        <translation>Gemeldete IP:</translation>
    </message>
    <message>
        <source>Incident time (UTC):</source>
        <translation>Vorfallszeit (UTC):</translation>
    </message>
    <message>
        <source>Webmail software:</source>
        <translation>Webmail-Software:</translation>
    </message>
    <message>
        <source>Webmail account:</source>
        <translation>Webmail-Konto:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Mailserver:</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>Meldende Stelle:</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>Language:</source>
        <comment>language of the notice</comment>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>none (not one of our exits)</source>
        <translation>keine (keiner unserer Exits)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Problems while parsing: %1</source>
        <translation>Probleme beim Einlesen: %1</translation>
    </message>
    <message>
        <source>Analysis pending: this notice was just fetched and is analysed in the background.</source>
        <translation>Analyse ausstehend: Diese Meldung wurde gerade abgerufen und wird im Hintergrund analysiert.</translation>
    </message>
    <message>
        <source>Misdirected: this notice is not about one of our exits. Nothing to forward; tell the sender it reached the wrong operator.</source>
        <translation>Fehlgeleitet: Diese Meldung betrifft keinen unserer Exits. Nichts weiterzuleiten; teilen Sie dem Absender mit, dass sie beim falschen Betreiber angekommen ist.</translation>
    </message>
    <message>
        <source>Misdirected: %1 is not one of our exits. Nothing to forward; tell the sender it reached the wrong operator.</source>
        <translation>Fehlgeleitet: %1 ist keiner unserer Exits. Nichts weiterzuleiten; teilen Sie dem Absender mit, dass sie beim falschen Betreiber angekommen ist.</translation>
    </message>
    <message>
        <source>Exit: hop %1, client %2</source>
        <translation>Exit: Station %1, Client %2</translation>
    </message>
    <message>
        <source>Webmail: hop %1, server %2</source>
        <translation>Webmail: Station %1, Server %2</translation>
    </message>
    <message>
        <source>Webmail: hop %1, server %2, account %3</source>
        <translation>Webmail: Station %1, Server %2, Konto %3</translation>
    </message>
    <message>
        <source>No hop comes from one of our exits.</source>
        <translation>Keine Station kommt von einem unserer Exits.</translation>
    </message>
    <message>
        <source>signed</source>
        <comment>a DKIM signature is present</comment>
        <translation>signiert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>auth method and result, e.g. SPF fail</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>header field written by a server</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Sender authentication: no Authentication-Results, Received-SPF or DKIM-Signature recorded.</source>
        <translation>Absenderauthentifizierung: keine Authentication-Results, Received-SPF oder DKIM-Signature verzeichnet.</translation>
    </message>
    <message>
        <source>Sender authentication:</source>
        <translation>Absenderauthentifizierung:</translation>
    </message>
    <message>
        <source>(hop %1)</source>
        <comment>evidence: the Received hop it rests on</comment>
        <translation>(Station %1)</translation>
    </message>
</context>
<context>
    <name>mixdesk::BlockHostResolver</name>
    <message>
        <source>no resolver</source>
        <translation>kein Resolver</translation>
    </message>
</context>
<context>
    <name>mixdesk::BlockListModel</name>
    <message>
        <source>Expired: no longer exported</source>
        <translation>Abgelaufen: wird nicht mehr exportiert</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Erbeten von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Notice / case</source>
        <translation>Meldung / Fall</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>mixdesk::BlocksPane</name>
    <message>
        <source>Folder for the export</source>
        <translation>Ordner für den Export</translation>
    </message>
    <message>
        <source>Exported the active blocks to %1.</source>
        <translation>Die aktiven Sperren wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Please give the reason for the block.</source>
        <translation>Bitte geben Sie den Grund der Sperre an.</translation>
    </message>
    <message>
        <source>Block of %1 recorded.</source>
        <translation>Sperre von %1 eingetragen.</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>host name, IP address or network (CIDR)</source>
        <translation>Hostname, IP-Adresse oder Netz (CIDR)</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>all; or e.g. 80,443</source>
        <translation>alle; oder z. B. 80,443</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>Erbeten &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Notice or case:</source>
        <translation>&amp;Meldung oder Fall:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>Läuft &amp;ab am</translation>
    </message>
    <message>
        <source>&amp;Add block</source>
        <translation>Sperre &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>torrc (ExitPolicy)</source>
        <translation>torrc (ExitPolicy)</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>Squid ACL</source>
        <translation>Squid-ACL</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
</context>
<context>
    <name>mixdesk::CaseForm</name>
    <message>
        <source>Enter a title for the case, e.g. "Summons as witness, shop fraud".</source>
        <translation>Geben Sie dem Fall einen Titel, z. B. „Vorladung als Zeuge, Warenbetrug“.</translation>
    </message>
    <message>
        <source>The exit IP "%1" is not an IP address.</source>
        <translation>Die Ausgangsadresse „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Write the incident time in UTC as 2026-03-01 14:02:00, or leave it empty.</source>
        <translation>Schreiben Sie die Tatzeit in UTC als 2026-03-01 14:02:00, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Beschuldigter</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Summoned as:</source>
        <translation>Vorgeladen als:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Authority kind:</source>
        <translation>Art der Stelle:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Behörde:</translation>
    </message>
    <message>
        <source>File reference:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Eröffnet am:</translation>
    </message>
    <message>
        <source>Exit IP:</source>
        <translation>Ausgangsadresse:</translation>
    </message>
    <message>
        <source>Incident (UTC):</source>
        <translation>Tatzeit (UTC):</translation>
    </message>
    <message>
        <source>e.g. Az. 123 Js 4567/26</source>
        <translation>z. B. Az. 123 Js 4567/26</translation>
    </message>
</context>
<context>
    <name>mixdesk::CasePane</name>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Sprache des Dossiers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Äußerung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>Retention order: the four rules</source>
        <translation>Speicheranordnung: die vier Regeln</translation>
    </message>
    <message>
        <source>How it is done</source>
        <translation>Wie es umgesetzt ist</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Beifügen …</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Add a note to the case</source>
        <translation>Notiz zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation>Fällig (Ortszeit)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>e.g. written statement to the police</source>
        <translation>z. B. schriftliche Äußerung an die Polizei</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Back to the template</source>
        <translation>Zurück zur Vorlage</translation>
    </message>
    <message>
        <source>Save texts</source>
        <translation>Texte speichern</translation>
    </message>
    <message>
        <source>Written statement of the operator:</source>
        <translation>Schriftliche Äußerung des Betreibers:</translation>
    </message>
    <message>
        <source>Fact sheet on the anonymization service:</source>
        <translation>Merkblatt zum Anonymisierungsdienst:</translation>
    </message>
    <message>
        <source>No case chosen. Create one, or open one from a notice (Notice menu).</source>
        <translation>Kein Fall gewählt. Legen Sie einen an oder eröffnen Sie einen aus einer Meldung (Menü Meldung).</translation>
    </message>
    <message>
        <source>notice %1</source>
        <translation>Meldung %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt %1</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message numerus="yes">
        <source>Retention order: %n of the four rules still open. Store only the minimum, let nobody access it, hand over only what is compelled, allow no arbitrary collection. Ask a lawyer.</source>
        <translation>
            <numerusform>Speicheranordnung: %n der vier Regeln noch offen. Nur das Minimum speichern, niemandem Zugriff geben, nur Verpflichtendes herausgeben, keine beliebige Erhebung zulassen. Anwaltlichen Rat einholen.</numerusform>
            <numerusform>Speicheranordnung: %n der vier Regeln noch offen. Nur das Minimum speichern, niemandem Zugriff geben, nur Verpflichtendes herausgeben, keine beliebige Erhebung zulassen. Anwaltlichen Rat einholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the case as PDF</source>
        <translation>Fall als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Dokumente beifügen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt *.eml);;All files (*)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg *.txt *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opened %1 in the system's viewer.</source>
        <translation>%1 im Betrachter des Systems geöffnet.</translation>
    </message>
    <message>
        <source>Unlink from the case</source>
        <translation>Aus dem Fall entfernen</translation>
    </message>
    <message>
        <source>Add notices in the inbox: select them and choose "Add to case…" in the Notice menu or the context menu.</source>
        <translation>Meldungen fügen Sie im Posteingang hinzu: auswählen und „Zum Fall hinzufügen …“ im Menü Meldung oder im Kontextmenü wählen.</translation>
    </message>
</context>
<context>
    <name>mixdesk::CasePickerDialog</name>
    <message>
        <source>There is no open case yet. Create one in the Cases view (New case…) or open one from a notice.</source>
        <translation>Es gibt noch keinen offenen Fall. Legen Sie einen in der Ansicht Fälle an (Neuer Fall …) oder eröffnen Sie einen aus einer Meldung.</translation>
    </message>
    <message>
        <source>No open case matches "%1".</source>
        <translation>Kein offener Fall passt zu „%1“.</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Zum Fall hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Link %n selected notice(s) to an open case:</source>
        <translation>
            <numerusform>%n ausgewählte Meldung mit einem offenen Fall verknüpfen:</numerusform>
            <numerusform>%n ausgewählte Meldungen mit einem offenen Fall verknüpfen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by type, title, file reference or authority</source>
        <translation>Nach Art, Titel, Aktenzeichen oder Behörde filtern</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>File reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>mixdesk::CasesController</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::CasesModel</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>File reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>mixdesk::CasesView</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message numerus="yes">
        <source>Due – %n overdue</source>
        <translation>
            <numerusform>Fällig – %n überfällig</numerusform>
            <numerusform>Fällig – %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation>Fällig (Ortszeit)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
</context>
<context>
    <name>mixdesk::CasesWiring</name>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message numerus="yes">
        <source>Dossier written: %1 (%n page(s))</source>
        <translation>
            <numerusform>Dossier geschrieben: %1 (%n Seite)</numerusform>
            <numerusform>Dossier geschrieben: %1 (%n Seiten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) added to the case “%1”</source>
        <translation>
            <numerusform>%n Meldung zum Fall „%1“ hinzugefügt</numerusform>
            <numerusform>%n Meldungen zum Fall „%1“ hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) unlinked from the case “%1”</source>
        <translation>
            <numerusform>%n Meldung aus dem Fall „%1“ entfernt</numerusform>
            <numerusform>%n Meldungen aus dem Fall „%1“ entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>Neuer &amp;Fall …</translation>
    </message>
    <message>
        <source>Opens a new case folder for a summons, a request, an order or a claim</source>
        <translation>Legt eine neue Fallakte für eine Vorladung, ein Ersuchen, eine Anordnung oder eine Forderung an</translation>
    </message>
    <message>
        <source>Open a &amp;case from this notice…</source>
        <translation>&amp;Fall aus dieser Meldung eröffnen …</translation>
    </message>
    <message>
        <source>Opens a new case pre-filled from the notice's analysis, to check before it is created with the notice linked</source>
        <translation>Öffnet einen neuen Fall, vorausgefüllt aus der Analyse der Meldung, zum Prüfen, bevor er mit der verknüpften Meldung angelegt wird</translation>
    </message>
    <message>
        <source>A&amp;dd to case…</source>
        <translation>Zum Fall &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Links the selected notices to an existing case</source>
        <translation>Verknüpft die ausgewählten Meldungen mit einem bestehenden Fall</translation>
    </message>
</context>
<context>
    <name>mixdesk::CertificateTrustDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server %1 of account “%2” presented a certificate that no trusted authority vouches for. Compare its SHA-256 fingerprint with the one your provider publishes. Trust it only if they match; MixDesk will then accept exactly this certificate for this account.</source>
        <translation>Der Server %1 des Kontos „%2“ hat ein Zertifikat vorgelegt, für das keine vertrauenswürdige Stelle bürgt. Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem, den Ihr Anbieter veröffentlicht. Vertrauen Sie ihm nur, wenn beide übereinstimmen; MixDesk akzeptiert dann für dieses Konto genau dieses Zertifikat.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <comment>trust the certificate</comment>
        <translation>&amp;Vertrauen</translation>
    </message>
</context>
<context>
    <name>mixdesk::CheckHistoryModel</name>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>mixdesk::ComposeDialog</name>
    <message>
        <source>Webmail spam: forward to the provider</source>
        <translation>Webmail-Spam: an den Anbieter weiterleiten</translation>
    </message>
    <message>
        <source>Misdirected: not our address</source>
        <translation>Fehlgeleitet: nicht unsere Adresse</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Urheberrecht</translation>
    </message>
    <message>
        <source>Harassment: offer to block the destination</source>
        <translation>Belästigung: Sperre des Ziels anbieten</translation>
    </message>
    <message>
        <source>Fraud: how the service works</source>
        <translation>Betrug: wie der Dienst funktioniert</translation>
    </message>
    <message>
        <source>Short reply to the ISP</source>
        <translation>Kurze Antwort an den Provider</translation>
    </message>
    <message>
        <source>There is no template '%1' in this language.</source>
        <translation>Die Vorlage „%1“ gibt es in dieser Sprache nicht.</translation>
    </message>
    <message>
        <source>No abuse contact for %1 in the provider table: enter the provider's abuse address.</source>
        <translation>Kein Abuse-Kontakt für %1 in der Anbietertabelle: Geben Sie die Abuse-Adresse des Anbieters ein.</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>(none: a reply does not forward the notice)</source>
        <translation>(keine: eine Antwort leitet die Meldung nicht weiter)</translation>
    </message>
    <message>
        <source>notice-%1.eml – message/rfc822, %2 bytes, unchanged</source>
        <translation>notice-%1.eml – message/rfc822, %2 Bytes, unverändert</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message numerus="yes">
        <source>Respond to %n notice(s)</source>
        <translation>
            <numerusform>Auf %n Meldung antworten</numerusform>
            <numerusform>Auf %n Meldungen antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Respond to notice</source>
        <translation>Auf Meldung antworten</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopie:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Preview (exact message)</source>
        <translation>Vorschau (genaue Nachricht)</translation>
    </message>
    <message>
        <source>abuse address of the provider</source>
        <translation>Abuse-Adresse des Anbieters</translation>
    </message>
    <message>
        <source>security team of the ISP</source>
        <translation>Sicherheitsteam des Providers</translation>
    </message>
    <message>
        <source>&amp;Keep in outbox</source>
        <translation>&amp;Später senden</translation>
    </message>
    <message>
        <source>Looking up the abuse contact of %1 in RDAP…</source>
        <translation>Abuse-Kontakt von %1 wird in RDAP gesucht…</translation>
    </message>
    <message>
        <source>from RDAP: abuse contact of the registrar of %1 (%2)</source>
        <translation>aus RDAP: Abuse-Kontakt des Registrars von %1 (%2)</translation>
    </message>
    <message>
        <source>from RDAP: abuse contact of %1</source>
        <translation>aus RDAP: Abuse-Kontakt von %1</translation>
    </message>
</context>
<context>
    <name>mixdesk::DatabasePage</name>
    <message>
        <source>Enter the team database's address.</source>
        <translation>Geben Sie die Adresse der Team-Datenbank ein.</translation>
    </message>
    <message>
        <source>A team database's address starts with postgresql://.</source>
        <translation>Die Adresse einer Team-Datenbank beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>MixDesk databases (*.sqlite)</source>
        <translation>MixDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Where this desk keeps its notices. A change takes effect when you save: MixDesk then opens the chosen database (and creates it when it is new). To move the notices you have, use mixdesk-cli db copy.</source>
        <translation>Wo dieser Arbeitsplatz seine Meldungen ablegt. Eine Änderung gilt beim Speichern: MixDesk öffnet dann die gewählte Datenbank (und legt sie an, wenn sie neu ist). Vorhandene Meldungen ziehen Sie mit mixdesk-cli db copy um.</translation>
    </message>
    <message>
        <source>&amp;On this computer (SQLite file)</source>
        <translation>Auf &amp;diesem Computer (SQLite-Datei)</translation>
    </message>
    <message>
        <source>Empty: the default file in your data folder.</source>
        <translation>Leer: die Standarddatei in Ihrem Datenordner.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Team database on PostgreSQL, shared with other operators</source>
        <translation>&amp;Team-Datenbank auf PostgreSQL, mit anderen Betreibern geteilt</translation>
    </message>
    <message>
        <source>&lt;small&gt;postgresql://USER@HOST:PORT/DBNAME, optionally with ?sslmode=&amp;hellip;. The password is never saved here: MixDesk asks for it when it first connects and keeps it in the system keychain (PGPASSWORD and ~/.pgpass work too). The server's TLS certificate is verified for every host that is not this computer.&lt;/small&gt;</source>
        <translation>&lt;small&gt;postgresql://BENUTZER@HOST:PORT/DATENBANK, wahlweise mit ?sslmode=&amp;hellip;. Das Passwort wird hier nie gespeichert: MixDesk fragt beim ersten Verbinden danach und legt es im Schlüsselbund des Systems ab (PGPASSWORD und ~/.pgpass gehen auch). Das TLS-Zertifikat des Servers wird für jeden Host geprüft, der nicht dieser Computer ist.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>mixdesk::DeskCopier</name>
    <message>
        <source>The two databases are at different versions of the %1 tables (%2 and %3); open both with this MixDesk first.</source>
        <translation>Die beiden Datenbanken haben verschiedene Versionen der %1-Tabellen (%2 und %3); öffnen Sie zuerst beide mit diesem MixDesk.</translation>
    </message>
    <message>
        <source>The target is not empty: %1 holds %2 rows. Copy into an empty database, or add --append to add to this one.</source>
        <translation>Das Ziel ist nicht leer: %1 enthält %2 Zeilen. Kopieren Sie in eine leere Datenbank, oder fügen Sie mit --append zu dieser hinzu.</translation>
    </message>
    <message>
        <source>Copy cancelled; run it again with --append to finish.</source>
        <translation>Kopieren abgebrochen; mit --append erneut starten, um es abzuschließen.</translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblChartView</name>
    <message>
        <source>Actionable</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Expected for an exit</source>
        <translation>Für einen Exit zu erwarten</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Zur Information</translation>
    </message>
    <message>
        <source>Zones listing</source>
        <translation>Listende Zonen</translation>
    </message>
    <message>
        <source>Listings over time</source>
        <translation>Einträge im Zeitverlauf</translation>
    </message>
    <message>
        <source>Listings of %1 over time</source>
        <translation>Einträge von %1 im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblCheck</name>
    <message>
        <source>Not a premium exit: it sends no mail, so blocklist listings do not hinder it.</source>
        <translation>Kein Premium-Exit: Er versendet keine E-Mails, Einträge in Sperrlisten behindern ihn also nicht.</translation>
    </message>
    <message>
        <source>No DNSBL results yet for %1.</source>
        <translation>Für %1 liegen noch keine DNSBL-Ergebnisse vor.</translation>
    </message>
    <message>
        <source>Premium exit on no actionable blocklist.</source>
        <translation>Premium-Exit auf keiner maßgeblichen Sperrliste.</translation>
    </message>
    <message>
        <source>Premium exit listed on actionable blocklists: %1</source>
        <translation>Premium-Exit steht auf maßgeblichen Sperrlisten: %1</translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblChecker</name>
    <message>
        <source>The DNS resolver was shut down.</source>
        <translation>Der DNS-Resolver wurde beendet.</translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblController</name>
    <message>
        <source>The operator profile has no exit address to check.</source>
        <translation>Das Betreiberprofil enthält keine Exit-Adresse zum Prüfen.</translation>
    </message>
    <message>
        <source>The zone catalogue has no zone to check.</source>
        <translation>Der Zonenkatalog enthält keine Zone zum Prüfen.</translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblMatrixModel</name>
    <message>
        <source>(premium)</source>
        <translation>(Premium)</translation>
    </message>
    <message>
        <source>%1 carries mail (premium): an actionable listing blocks its mail.</source>
        <translation>%1 überträgt E-Mail (Premium): Ein Eintrag mit Handlungsbedarf blockiert seine Mails.</translation>
    </message>
    <message>
        <source>%1: listings are information; this exit does not carry mail.</source>
        <translation>%1: Einträge dienen der Information; dieser Exit überträgt keine E-Mail.</translation>
    </message>
    <message>
        <source>%1 (%2)
Kind: %3
Lists: %4</source>
        <translation>%1 (%2)
Art: %3
Führt: %4</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>TXT: %1</source>
        <translation>TXT: %1</translation>
    </message>
    <message>
        <source>Delisting: %1</source>
        <translation>Austragung: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblView</name>
    <message>
        <source>Select a cell to see what the list says about the address, and how to get off it.</source>
        <translation>Wählen Sie eine Zelle, um zu sehen, was die Liste über die Adresse sagt und wie sie wieder herauskommt.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>TXT:</source>
        <translation>TXT:</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <source>Delisting:</source>
        <translation>Austragung:</translation>
    </message>
    <message>
        <source>About the list:</source>
        <translation>Über die Liste:</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>The resolver rewrites DNS answers (answers outside 127.0.0.0/8): the results cannot be trusted. Set a name server that answers truthfully.</source>
        <translation>Der Resolver verfälscht DNS-Antworten (Antworten außerhalb von 127.0.0.0/8): Den Ergebnissen ist nicht zu trauen. Stellen Sie einen Nameserver ein, der unverfälscht antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) failed the RFC 5782 self-test (dead, or listing everything): their results are marked untrusted.</source>
        <translation>
            <numerusform>%n Zone hat den Selbsttest nach RFC 5782 nicht bestanden (tot oder listet alles): Ihre Ergebnisse sind als unzuverlässig markiert.</numerusform>
            <numerusform>%n Zonen haben den Selbsttest nach RFC 5782 nicht bestanden (tot oder listen alles): Ihre Ergebnisse sind als unzuverlässig markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) refused to answer this resolver (Spamhaus refuses public resolvers: use your own resolver or a DQS key).</source>
        <translation>
            <numerusform>%n Zone hat diesem Resolver die Antwort verweigert (Spamhaus lehnt öffentliche Resolver ab: Verwenden Sie einen eigenen Resolver oder einen DQS-Schlüssel).</numerusform>
            <numerusform>%n Zonen haben diesem Resolver die Antwort verweigert (Spamhaus lehnt öffentliche Resolver ab: Verwenden Sie einen eigenen Resolver oder einen DQS-Schlüssel).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is not checked: %3</source>
        <translation>%1 (%2) wird nicht geprüft: %3</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Ask every blocklist about every exit address</source>
        <translation>Jede Blockliste zu jeder Exit-Adresse befragen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Actionable lists only</source>
        <translation>Nur Listen mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Show only the lists whose listings block mail and need action for premium exits</source>
        <translation>Nur die Listen zeigen, deren Einträge Mails blockieren und bei Premium-Exits Handeln erfordern</translation>
    </message>
</context>
<context>
    <name>mixdesk::DnsblWorker</name>
    <message>
        <source>The DNS resolver is not available.</source>
        <translation>Der DNS-Resolver ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The new blocklist listing could not be put in the inbox: %1</source>
        <translation>Der neue Sperrlisten-Eintrag konnte nicht in den Posteingang gelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>mixdesk::DueController</name>
    <message>
        <source>D&amp;ue date and urgency…</source>
        <translation>&amp;Fälligkeit und Dringlichkeit …</translation>
    </message>
    <message>
        <source>Set or clear the deadline and the urgent mark of the selected notices</source>
        <translation>Frist und Dringlichkeit der ausgewählten Meldungen setzen oder entfernen</translation>
    </message>
    <message>
        <source>The due date could not be set: %1</source>
        <translation>Die Frist konnte nicht gesetzt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) due on %1</source>
        <translation>
            <numerusform>%n Meldung fällig am %1</numerusform>
            <numerusform>%n Meldungen fällig am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due date of %n notice(s) cleared</source>
        <translation>
            <numerusform>Frist von %n Meldung entfernt</numerusform>
            <numerusform>Frist von %n Meldungen entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::DueDialog</name>
    <message>
        <source>Due date and urgency</source>
        <translation>Fälligkeit und Dringlichkeit</translation>
    </message>
    <message numerus="yes">
        <source>For %n notice(s). What you set here stays when the notices are analysed again.</source>
        <translation>
            <numerusform>Für %n Meldung. Was Sie hier setzen, bleibt auch bei einer neuen Analyse erhalten.</numerusform>
            <numerusform>Für %n Meldungen. Was Sie hier setzen, bleibt auch bei einer neuen Analyse erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <comment>deadline</comment>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Dringend</translation>
    </message>
</context>
<context>
    <name>mixdesk::DueReminders</name>
    <message>
        <source>Case deadlines: %1 overdue, %2 due today, %3 due this week</source>
        <translation>Fristen der Fälle: %1 überfällig, %2 heute fällig, %3 diese Woche fällig</translation>
    </message>
    <message>
        <source>Appointment now</source>
        <translation>Termin jetzt</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>Appointment coming up</source>
        <translation>Termin steht bevor</translation>
    </message>
    <message>
        <source>Deadline coming up</source>
        <translation>Frist steht bevor</translation>
    </message>
</context>
<context>
    <name>mixdesk::ExitTableModel</name>
    <message>
        <source>Exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>%1: no address given.</source>
        <translation>%1: keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>exit name: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Premium exits also carry mail (SMTP).</source>
        <translation>Premium-Exits leiten auch E-Mail (SMTP) weiter.</translation>
    </message>
    <message>
        <source>IPv4/IPv6 addresses or CIDR ranges, comma separated</source>
        <translation>IPv4-/IPv6-Adressen oder CIDR-Bereiche, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>exit name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Premium</source>
        <comment>exit that also carries mail</comment>
        <translation>Premium</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>ISP abuse contact</source>
        <translation>Abuse-Kontakt des Providers</translation>
    </message>
</context>
<context>
    <name>mixdesk::ExitsController</name>
    <message>
        <source>The block list is not available.</source>
        <translation>Die Sperrliste ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>mixdesk::ExitsTableModel</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>ISP informed, abuse handling agreed (and when)</source>
        <translation>Provider informiert, Umgang mit Missbrauch vereinbart (und wann)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Exit / cascade</source>
        <translation>Exit / Kaskade</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>ISP stance</source>
        <translation>Provider-Haltung</translation>
    </message>
    <message>
        <source>ISP agreed</source>
        <translation>Absprache</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
</context>
<context>
    <name>mixdesk::ExitsView</name>
    <message>
        <source>Checking the exits…</source>
        <translation>Exits werden geprüft …</translation>
    </message>
    <message>
        <source>Readiness: not checked yet</source>
        <translation>Bereitschaft: noch nicht geprüft</translation>
    </message>
    <message>
        <source>Readiness of all exits: %1/100</source>
        <translation>Bereitschaft aller Exits: %1/100</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check reverse DNS, whois, the notice page, the hosting country and blocklists of every exit</source>
        <translation>Reverse-DNS, Whois, Hinweisseite, Standortland und Sperrlisten aller Exits prüfen</translation>
    </message>
    <message>
        <source>Check every hour</source>
        <translation>Stündlich prüfen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Notice page</source>
        <translation>Hinweisseite</translation>
    </message>
    <message>
        <source>Blocked destinations</source>
        <translation>Gesperrte Ziele</translation>
    </message>
</context>
<context>
    <name>mixdesk::FilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <comment>filter</comment>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>E&amp;xit:</source>
        <comment>filter by exit IP</comment>
        <translation>E&amp;xit:</translation>
    </message>
    <message>
        <source>Search subject, reporter, text… (Ctrl+F)</source>
        <translation>Betreff, Absender, Text durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Alle Status (%1)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All exits</source>
        <translation>Alle Exits</translation>
    </message>
    <message>
        <source>All open (%1)</source>
        <translation>Alle offenen (%1)</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>New, in progress, forwarded or waiting for a reply: everything not closed or misdirected</source>
        <translation>Neu, in Bearbeitung, weitergeleitet oder wartet auf Antwort: alles, was nicht abgeschlossen oder fehlgeleitet ist</translation>
    </message>
    <message>
        <source>Campaign: the notices about the webmail account %1</source>
        <translation>Kampagne: die Meldungen zum Webmail-Konto %1</translation>
    </message>
    <message>
        <source>Campaign: the notices about the mail server %1</source>
        <translation>Kampagne: die Meldungen zum Mailserver %1</translation>
    </message>
    <message>
        <source>Show all</source>
        <comment>ends the campaign filter</comment>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Back to the inbox without the campaign filter</source>
        <translation>Zurück zum Posteingang ohne den Kampagnenfilter</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <comment>date filter</comment>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Show only notices received (or whose incident happened) between these days</source>
        <translation>Nur Meldungen zeigen, die zwischen diesen Tagen eingegangen sind (oder deren Vorfall in diese Tage fällt)</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>date filter on the received time</comment>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Incident (UTC)</source>
        <comment>date filter on the incident time</comment>
        <translation>Vorfall (UTC)</translation>
    </message>
    <message>
        <source>within </source>
        <comment>due queue: within N days</comment>
        <translation>binnen </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>due queue: within N days</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The due queue shows open notices due within this many days, and every overdue one</source>
        <translation>Die Fällig-Ansicht zeigt offene Meldungen, die binnen so vieler Tage fällig sind, und alle überfälligen</translation>
    </message>
    <message>
        <source>Due or overdue (%1)</source>
        <translation>Fällig oder überfällig (%1)</translation>
    </message>
    <message>
        <source>Due or overdue</source>
        <translation>Fällig oder überfällig</translation>
    </message>
    <message>
        <source>Open notices whose deadline is within the chosen days or past; set a deadline with Notice &gt; Due date</source>
        <translation>Offene Meldungen, deren Frist in den gewählten Tagen liegt oder verstrichen ist; eine Frist setzen Sie unter Meldung &gt; Fälligkeit</translation>
    </message>
    <message>
        <source>Hidden (%1)</source>
        <translation>Ausgeblendet (%1)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Notices hidden with Delete; select them and restore them with Notice &gt; Restore to inbox</source>
        <translation>Mit Entf ausgeblendete Meldungen; auswählen und mit Meldung &gt; Wieder im Posteingang zeigen zurückholen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>exit filter: name – address</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Related: the notices about the exit address %1</source>
        <translation>Verwandte: die Meldungen zur Exit-Adresse %1</translation>
    </message>
    <message>
        <source>Related: the notices from %1</source>
        <translation>Verwandte: die Meldungen von %1</translation>
    </message>
    <message>
        <source>Related: the notices with the case reference %1</source>
        <translation>Verwandte: die Meldungen mit dem Aktenzeichen %1</translation>
    </message>
    <message>
        <source>Back to the inbox without this filter</source>
        <translation>Zurück zum Posteingang ohne diesen Filter</translation>
    </message>
</context>
<context>
    <name>mixdesk::FirstRunDialog</name>
    <message>
        <source>Please correct the exit addresses before saving.</source>
        <translation>Bitte korrigieren Sie vor dem Speichern die Exit-Adressen.</translation>
    </message>
    <message>
        <source>Add at least one exit (its IP addresses), or import a profile file. Without exits every notice is filed as misdirected.</source>
        <translation>Tragen Sie mindestens einen Exit (seine IP-Adressen) ein oder importieren Sie eine Profildatei. Ohne Exits gilt jede Meldung als fehlgeleitet.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Set up MixDesk</source>
        <translation>MixDesk einrichten</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to MixDesk.&lt;/b&gt; What you see now are demo notices.&lt;/p&gt;&lt;p&gt;Tell MixDesk who you are, which exits you run (their IP addresses and host names) and your ISP's abuse contact. Every notice is checked against these exits; responses are signed with your name. If you kept a profile file from another machine, import it. You can change everything later in Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Willkommen bei MixDesk.&lt;/b&gt; Was Sie jetzt sehen, sind Beispielmeldungen.&lt;/p&gt;&lt;p&gt;Geben Sie an, wer Sie sind, welche Exits Sie betreiben (ihre IP-Adressen und Hostnamen) und wie der Abuse-Kontakt Ihres Providers lautet. Jede Meldung wird mit diesen Exits abgeglichen; Antworten tragen Ihren Namen. Haben Sie eine Profildatei von einem anderen Rechner, importieren Sie sie. Alles lässt sich später in den Einstellungen ändern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save and open my database</source>
        <translation>&amp;Speichern und eigene Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>S&amp;päter</translation>
    </message>
</context>
<context>
    <name>mixdesk::HelpDialog</name>
    <message>
        <source>Arrived and not looked at yet.</source>
        <translation>Eingegangen und noch nicht angesehen.</translation>
    </message>
    <message>
        <source>Someone is working on it: checking the exit, the logs you keep (none, usually), the reply.</source>
        <translation>Jemand bearbeitet sie: prüft den Exit, die Protokolle, die Sie führen (meist keine), die Antwort.</translation>
    </message>
    <message>
        <source>Passed on (to the ISP, to a colleague, to a lawyer).</source>
        <translation>Weitergegeben (an den Provider, an eine Kollegin, an eine Anwältin).</translation>
    </message>
    <message>
        <source>You answered or asked something and wait for the other side.</source>
        <translation>Sie haben geantwortet oder nachgefragt und warten auf die Gegenseite.</translation>
    </message>
    <message>
        <source>Done: answered, or nothing more to do.</source>
        <translation>Erledigt: beantwortet, oder es ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Not about one of your exits: it reached you by mistake.</source>
        <translation>Betrifft keinen Ihrer Exits: Sie hat Sie irrtümlich erreicht.</translation>
    </message>
    <message>
        <source>A day with MixDesk</source>
        <translation>Ein Tag mit MixDesk</translation>
    </message>
    <message>
        <source>Fetch the new notices: File → Sync now (F5), or import files, mbox files or a Maildir (File → Import).</source>
        <translation>Neue Meldungen abholen: Datei → Jetzt synchronisieren (F5), oder Dateien, mbox-Dateien oder ein Maildir importieren (Datei → Importieren).</translation>
    </message>
    <message>
        <source>Work through the open notices: press N for the next new notice. A deadline or urgency found in a notice is shown at the top of its Message tab.</source>
        <translation>Die offenen Meldungen abarbeiten: N springt zur nächsten neuen Meldung. Eine in der Meldung gefundene Frist oder Eilbedürftigkeit steht oben im Reiter „Nachricht“.</translation>
    </message>
    <message>
        <source>Read the notice (tab Message): its text, the attachments (opened from a private copy) and the offending mail as a message of its own.</source>
        <translation>Die Meldung lesen (Reiter „Nachricht“): ihren Text, die Anhänge (aus einer privaten Kopie geöffnet) und die beanstandete Mail als eigene Nachricht.</translation>
    </message>
    <message>
        <source>Check the analysis (tab Analysis): which exit was used, when, the category, and the evidence each conclusion rests on.</source>
        <translation>Die Analyse prüfen (Reiter „Analyse“): welcher Exit wann benutzt wurde, die Kategorie und die Belege, auf denen jede Schlussfolgerung beruht.</translation>
    </message>
    <message>
        <source>Set the status (Ctrl+1 … Ctrl+6) and write down what you did in a note (Ctrl+Enter adds it). The history keeps every step.</source>
        <translation>Den Status setzen (Strg+1 … Strg+6) und in einer Notiz festhalten, was Sie getan haben (Strg+Eingabe fügt sie hinzu). Der Verlauf bewahrt jeden Schritt.</translation>
    </message>
    <message>
        <source>When your exits change, re-analyse the stored notices (Notice → Re-analyse all notices) so each is filed under the right exit.</source>
        <translation>Wenn sich Ihre Exits ändern, die gespeicherten Meldungen neu analysieren (Meldung → Alle Meldungen neu analysieren), damit jede dem richtigen Exit zugeordnet wird.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Search the notices</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the search field: clear the search (a second Esc returns to the list)</source>
        <translation>Im Suchfeld: die Suche leeren (ein zweites Esc kehrt zur Liste zurück)</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>key</comment>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>From the search field into the list</source>
        <translation>Vom Suchfeld in die Liste</translation>
    </message>
    <message>
        <source>Next new notice</source>
        <translation>Nächste neue Meldung</translation>
    </message>
    <message>
        <source>Set the status of the selected notices (in the order below)</source>
        <translation>Den Status der ausgewählten Meldungen setzen (in der Reihenfolge unten)</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Eine Notiz schreiben</translation>
    </message>
    <message>
        <source>In the note field: add the note</source>
        <translation>Im Notizfeld: die Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Switch between Inbox, Blocklists, Exits and Cases</source>
        <translation>Zwischen Posteingang, Sperrlisten, Exits und Fällen wechseln</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Open another notice database</source>
        <translation>Eine andere Meldungsdatenbank öffnen</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The notice itself is never changed or deleted: statuses, notes and analyses are kept beside the notice exactly as it was received.</source>
        <translation>Die Meldung selbst wird nie verändert oder gelöscht: Status, Notizen und Analysen werden neben der Meldung gespeichert, genau so, wie sie eingegangen ist.</translation>
    </message>
    <message>
        <source>MixDesk help</source>
        <translation>MixDesk-Hilfe</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Keep the deadlines: the Due column shows them (red when overdue, “!” when urgent), the view “Due or overdue” lists what needs an answer soon, and Notice → Due date and urgency sets or corrects them.</source>
        <translation>Fristen einhalten: Die Spalte „Fällig“ zeigt sie (rot, wenn überfällig, „!“, wenn dringend), die Ansicht „Fällig oder überfällig“ listet, was bald eine Antwort braucht, und Meldung → Fälligkeit und Dringlichkeit setzt oder korrigiert sie.</translation>
    </message>
    <message>
        <source>Hide the selected notices from the inbox (the Hidden view brings them back)</source>
        <translation>Die ausgewählten Meldungen im Posteingang ausblenden (die Ansicht „Ausgeblendet“ holt sie zurück)</translation>
    </message>
    <message>
        <source>Undo the last hiding</source>
        <translation>Das letzte Ausblenden rückgängig machen</translation>
    </message>
    <message>
        <source>Respond to the selected notices (several at once for a campaign)</source>
        <translation>Auf die gewählten Meldungen antworten (bei einer Kampagne mehrere auf einmal)</translation>
    </message>
    <message>
        <source>Outbox: responses saved but not yet sent</source>
        <translation>Postausgang: gespeicherte, noch nicht gesendete Antworten</translation>
    </message>
    <message>
        <source>Source of the notice</source>
        <translation>Quelltext der Meldung</translation>
    </message>
    <message>
        <source>See what belongs together: Notice → Related notices lists the notices about the same exit, from the same reporter or with the same case reference; the same webmail account or mail server selects a campaign, answered with one response.</source>
        <translation>Zusammengehöriges finden: Meldung → Verwandte Meldungen listet die Meldungen zum selben Exit, von derselben meldenden Stelle oder mit demselben Aktenzeichen auf; dasselbe Webmail-Konto oder derselbe Mailserver wählt eine Kampagne aus, die mit einer Antwort beantwortet wird.</translation>
    </message>
</context>
<context>
    <name>mixdesk::HideController</name>
    <message>
        <source>&amp;Hide from the inbox</source>
        <translation>Im Posteingang &amp;ausblenden</translation>
    </message>
    <message>
        <source>Hide the selected notices (Delete); they stay stored and can be restored from the Hidden view</source>
        <translation>Die ausgewählten Meldungen ausblenden (Entf); sie bleiben gespeichert und lassen sich in der Ansicht „Ausgeblendet“ zurückholen</translation>
    </message>
    <message>
        <source>&amp;Restore to inbox</source>
        <translation>&amp;Wieder im Posteingang zeigen</translation>
    </message>
    <message>
        <source>Show the selected hidden notices in the inbox again</source>
        <translation>Die ausgewählten ausgeblendeten Meldungen wieder im Posteingang zeigen</translation>
    </message>
    <message>
        <source>&amp;Undo hiding</source>
        <translation>Ausblenden &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) hidden. They stay stored: the Hidden view shows them.</source>
        <translation>
            <numerusform>%n Meldung ausgeblendet. Sie bleibt gespeichert: Die Ansicht „Ausgeblendet“ zeigt sie.</numerusform>
            <numerusform>%n Meldungen ausgeblendet. Sie bleiben gespeichert: Die Ansicht „Ausgeblendet“ zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notices could not be hidden: %1</source>
        <translation>Die Meldungen konnten nicht ausgeblendet werden: %1</translation>
    </message>
    <message>
        <source>The notices could not be restored: %1</source>
        <translation>Die Meldungen konnten nicht zurückgeholt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) restored to the inbox</source>
        <translation>
            <numerusform>%n Meldung wieder im Posteingang</numerusform>
            <numerusform>%n Meldungen wieder im Posteingang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mixdesk::HopModel</name>
    <message>
        <source>%1 s</source>
        <comment>delay in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>delay</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>delay</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>delay</comment>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>▶ Exit</source>
        <comment>hop marker: the hop whose client is our exit</comment>
        <translation>▶ Exit</translation>
    </message>
    <message>
        <source>✉ Webmail</source>
        <comment>hop marker: the webmail/submission server</comment>
        <translation>✉ Webmail</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>hop table column: exit/webmail marker</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From host</source>
        <translation>Von Host</translation>
    </message>
    <message>
        <source>From IP</source>
        <translation>Von IP</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>Durch Host</translation>
    </message>
    <message>
        <source>With</source>
        <comment>Received header protocol</comment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <comment>time since the previous hop</comment>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>✉ Webmail: %1</source>
        <comment>hop marker with the webmail account</comment>
        <translation>✉ Webmail: %1</translation>
    </message>
    <message>
        <source>%1 clock skew</source>
        <comment>negative delay: the hop's clock is behind</comment>
        <translation>%1 Uhrenabweichung</translation>
    </message>
    <message>
        <source>clock skew</source>
        <comment>negative delay, second line of a narrow cell</comment>
        <translation>Uhrenabweichung</translation>
    </message>
    <message>
        <source>This hop is dated before the previous one: the clocks of the two servers disagree (clock skew), the mail did not travel back in time.</source>
        <translation>Diese Station ist früher datiert als die vorige: Die Uhren der beiden Server gehen unterschiedlich (Uhrenabweichung), die Mail ist nicht in der Zeit zurückgereist.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Im Original: %1</translation>
    </message>
    <message>
        <source>Reverse name: %1</source>
        <translation>Reverse-Name: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Evidence for: %1</source>
        <comment>the conclusions that rest on this hop</comment>
        <translation>Beleg für: %1</translation>
    </message>
</context>
<context>
    <name>mixdesk::HopTableView</name>
    <message>
        <source>Copy hop</source>
        <comment>copies the Received header of the hop</comment>
        <translation>Station kopieren</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>IP-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>copies the text of the table cell</comment>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>mixdesk::HostingCountryCheck</name>
    <message>
        <source>The hosting country of %1 is not recorded in the profile.</source>
        <translation>Das Standortland von %1 ist im Profil nicht eingetragen.</translation>
    </message>
    <message>
        <source>Hosted in %1; the operator's home country is not recorded, so it cannot be compared.</source>
        <translation>Standort %1; das Heimatland des Betreibers ist nicht eingetragen, ein Vergleich ist daher nicht möglich.</translation>
    </message>
    <message>
        <source>Hosted in %1, the operator's home country. An exit abroad is safer: minor abuse is seldom prosecuted when finding the offender needs international coordination.</source>
        <translation>Standort %1, das Heimatland des Betreibers. Ein Exit im Ausland ist sicherer: Kleinere Missbrauchsfälle werden selten verfolgt, wenn die Suche nach dem Täter internationale Zusammenarbeit erfordert.</translation>
    </message>
    <message>
        <source>Hosted in %1, not in the operator's home country (%2).</source>
        <translation>Standort %1, nicht im Heimatland des Betreibers (%2).</translation>
    </message>
</context>
<context>
    <name>mixdesk::InboxModel</name>
    <message>
        <source>The notice could not be parsed completely: %1</source>
        <translation>Die Meldung konnte nicht vollständig eingelesen werden: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>inbox column: when the notice arrived</comment>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Meldende Stelle</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>inbox column</comment>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Exit IP</source>
        <translation>Exit-IP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Incident (UTC)</source>
        <translation>Vorfall (UTC)</translation>
    </message>
    <message>
        <source>Lang.</source>
        <comment>inbox column: language of the notice</comment>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>urgent</source>
        <comment>due column</comment>
        <translation>dringend</translation>
    </message>
    <message numerus="yes">
        <source>Due on %1: overdue by %n day(s)</source>
        <translation>
            <numerusform>Fällig am %1: seit %n Tag überfällig</numerusform>
            <numerusform>Fällig am %1: seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1: in %n day(s)</source>
        <translation>
            <numerusform>Fällig am %1: in %n Tag</numerusform>
            <numerusform>Fällig am %1: in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Set by the operator.</source>
        <translation>Vom Betreiber gesetzt.</translation>
    </message>
    <message>
        <source>As the notice states it (see the reading pane for where).</source>
        <translation>So steht es in der Meldung (wo genau, zeigt der Reiter „Nachricht“).</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>inbox column: the deadline the notice sets</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>exit name (address)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>inbox column: the exit by its name</comment>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Webmail account</source>
        <comment>inbox column</comment>
        <translation>Webmail-Konto</translation>
    </message>
    <message>
        <source>Mail server</source>
        <comment>inbox column</comment>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Case reference</source>
        <comment>inbox column: the authority's file number</comment>
        <translation>Aktenzeichen</translation>
    </message>
</context>
<context>
    <name>mixdesk::InboxWorkspace</name>
    <message>
        <source>The notice could not be read: %1</source>
        <translation>Die Meldung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>the notice as read</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The analysis of this notice names no webmail account.</source>
        <translation>Die Analyse dieser Meldung nennt kein Webmail-Konto.</translation>
    </message>
    <message>
        <source>The analysis of this notice names no mail server.</source>
        <translation>Die Analyse dieser Meldung nennt keinen Mailserver.</translation>
    </message>
    <message>
        <source>Select notices with the same &amp;account</source>
        <translation>Meldungen mit demselben &amp;Konto auswählen</translation>
    </message>
    <message>
        <source>Lists and selects every notice whose analysis names this notice's webmail account: a campaign, answered with one Respond</source>
        <translation>Zeigt und wählt alle Meldungen, deren Analyse das Webmail-Konto dieser Meldung nennt: eine Kampagne, mit einem Antworten erledigt</translation>
    </message>
    <message>
        <source>Select notices with the same &amp;mail server</source>
        <translation>Meldungen mit demselben &amp;Mailserver auswählen</translation>
    </message>
    <message>
        <source>Lists and selects every notice whose analysis names this notice's mail server: a campaign, answered with one Respond</source>
        <translation>Zeigt und wählt alle Meldungen, deren Analyse den Mailserver dieser Meldung nennt: eine Kampagne, mit einem Antworten erledigt</translation>
    </message>
</context>
<context>
    <name>mixdesk::JobProgress</name>
    <message>
        <source>%1 of %2</source>
        <comment>progress</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the running import or sync</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current batch; what is stored stays stored</source>
        <translation>Nach dem aktuellen Stapel anhalten; bereits Gespeichertes bleibt gespeichert</translation>
    </message>
</context>
<context>
    <name>mixdesk::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>&amp;Meldung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <comment>menu</comment>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open notice…</source>
        <translation>Meldung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Show the analysis of a notice file (.eml)</source>
        <translation>Die Analyse einer Meldungsdatei (.eml) anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Add .eml files or mbox files to the notice store</source>
        <translation>.eml- oder mbox-Dateien in den Meldungsspeicher aufnehmen</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Add a Maildir or a folder of .eml files to the notice store</source>
        <translation>Ein Maildir oder einen Ordner mit .eml-Dateien in den Meldungsspeicher aufnehmen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Fetch new notices from the IMAP accounts</source>
        <translation>Neue Meldungen von den IMAP-Konten abrufen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Mark as &amp;new</source>
        <translation>Als &amp;neu markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;in progress</source>
        <translation>Als &amp;in Bearbeitung markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;forwarded</source>
        <translation>Als &amp;weitergeleitet markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;waiting for reply</source>
        <translation>Als &amp;wartet auf Antwort markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;closed</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;misdirected</source>
        <translation>Als &amp;fehlgeleitet markieren</translation>
    </message>
    <message>
        <source>Add n&amp;ote…</source>
        <translation>N&amp;otiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Filter bar</source>
        <translation>&amp;Filterleiste</translation>
    </message>
    <message>
        <source>&amp;Analysis pane</source>
        <translation>&amp;Analysebereich</translation>
    </message>
    <message>
        <source>&amp;Search notices</source>
        <translation>Meldungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Operator profile and accounts…</source>
        <translation>&amp;Betreiberprofil und Konten…</translation>
    </message>
    <message>
        <source>&amp;About MixDesk</source>
        <translation>Ü&amp;ber MixDesk</translation>
    </message>
    <message>
        <source>&amp;Set up MixDesk…</source>
        <translation>MixDesk &amp;einrichten…</translation>
    </message>
    <message>
        <source>The first-run setup: operator, exits, ISP contact, or an existing profile file</source>
        <translation>Die Ersteinrichtung: Betreiber, Exits, Provider-Kontakt oder eine vorhandene Profildatei</translation>
    </message>
</context>
<context>
    <name>mixdesk::MainWindow</name>
    <message>
        <source>The operator profile could not be read: %1</source>
        <translation>Das Betreiberprofil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open notice</source>
        <translation>Meldung öffnen</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>E-Mail-Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>About MixDesk</source>
        <translation>Über MixDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MixDesk %1&lt;/h3&gt;&lt;p&gt;Triage of abuse notices for operators of anonymization exit servers.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MixDesk %1&lt;/h3&gt;&lt;p&gt;Sichtung von Missbrauchsmeldungen für Betreiber von Anonymisierungs-Exit-Servern.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MixDesk – abuse notices</source>
        <translation>MixDesk – Missbrauchsmeldungen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisiere %1…</translation>
    </message>
    <message>
        <source>Import notices</source>
        <translation>Meldungen importieren</translation>
    </message>
    <message>
        <source>E-mail messages and mbox files (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>E-Mail-Nachrichten und mbox-Dateien (*.eml *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Maildir or a folder of notices</source>
        <translation>Ein Maildir oder einen Ordner mit Meldungen importieren</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n new notice(s)</source>
        <translation>
            <numerusform>Import abgeschlossen: %n neue Meldung</numerusform>
            <numerusform>Import abgeschlossen: %n neue Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored</source>
        <translation>
            <numerusform>%n bereits gespeichert</numerusform>
            <numerusform>%n bereits gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgebrochen)</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n new notice(s)</source>
        <translation>
            <numerusform>Synchronisierung abgeschlossen: %n neue Meldung</numerusform>
            <numerusform>Synchronisierung abgeschlossen: %n neue Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No notice database open</source>
        <translation>Keine Meldungsdatenbank geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>notices</comment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample notices and a sample operator profile. Configure your operator profile (Settings) to start with your own database.</source>
        <translation>Beispielmeldungen und ein Beispiel-Betreiberprofil. Richten Sie Ihr Betreiberprofil ein (Einstellungen), um mit Ihrer eigenen Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message numerus="yes">
        <source>New blocklist listing: %1</source>
        <translation>
            <numerusform>Neuer Sperrlisten-Eintrag: %1</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <comment>notices</comment>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>MixDesk: a premium exit is blocklisted</source>
        <translation>MixDesk: ein Premium-Exit steht auf einer Sperrliste</translation>
    </message>
    <message>
        <source>This is the demo database. Set up your profile to open your own notice database, then import.</source>
        <translation>Dies ist die Demo-Datenbank. Richten Sie Ihr Profil ein, um Ihre eigene Meldungsdatenbank zu öffnen, und importieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>mixdesk::MessageWriter</name>
    <message>
        <source>The sender '%1' is not a valid address</source>
        <translation>Der Absender „%1“ ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>'%1' is not a valid address</source>
        <translation>„%1“ ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>The response has no recipient</source>
        <translation>Die Antwort hat keinen Empfänger</translation>
    </message>
</context>
<context>
    <name>mixdesk::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>New case from a notice</source>
        <translation>Neuer Fall aus einer Meldung</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A case folder for a legal matter: a summons, a request, an order or a claim. Deadlines, documents and notices follow in the folder.</source>
        <translation>Eine Fallakte für eine rechtliche Angelegenheit: eine Vorladung, ein Ersuchen, eine Anordnung oder eine Forderung. Fristen, Dokumente und Meldungen kommen danach in die Akte.</translation>
    </message>
    <message>
        <source>Filled in from the analysis of notice %1, which will be linked to the case. Check the fields before you create it.</source>
        <translation>Ausgefüllt aus der Analyse der Meldung %1, die mit dem Fall verknüpft wird. Prüfen Sie die Angaben, bevor Sie ihn anlegen.</translation>
    </message>
</context>
<context>
    <name>mixdesk::NotesPane</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Fetched by IMAP sync</source>
        <translation>Per IMAP-Synchronisierung abgerufen</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Noch kein Verlauf.</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;Neue Notiz:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>Notizen und Verlauf</translation>
    </message>
    <message>
        <source>What was done, whom you wrote to, what to do next… (Ctrl+Enter adds it)</source>
        <translation>Was getan wurde, an wen, was folgt … (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Add the note to the history (Ctrl+Enter)</source>
        <translation>Die Notiz dem Verlauf hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No copy in the Sent folder</source>
        <translation>Keine Kopie im Gesendet-Ordner</translation>
    </message>
    <message>
        <source>Due date set</source>
        <translation>Frist gesetzt</translation>
    </message>
    <message>
        <source>Hidden from the inbox</source>
        <translation>Im Posteingang ausgeblendet</translation>
    </message>
    <message>
        <source>Restored to the inbox</source>
        <translation>Wieder im Posteingang</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
</context>
<context>
    <name>mixdesk::NoticePageCheck</name>
    <message>
        <source>Port %1 of %2 gave no answer within %3 s.</source>
        <translation>Port %1 von %2 hat binnen %3 s nicht geantwortet.</translation>
    </message>
    <message>
        <source>No web server answers on port %1 of %2: %3</source>
        <translation>Auf Port %1 von %2 antwortet kein Webserver: %3</translation>
    </message>
    <message>
        <source>Port %1 of %2 answers with HTTP status %3 instead of a page.</source>
        <translation>Port %1 von %2 antwortet mit HTTP-Status %3 statt mit einer Seite.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections, but HTTPS fails: %2</source>
        <translation>Port %1 nimmt Verbindungen an, aber HTTPS scheitert: %2</translation>
    </message>
    <message>
        <source>HTTPS serves it too.</source>
        <translation>Auch per HTTPS erreichbar.</translation>
    </message>
    <message>
        <source>HTTPS (port %1) does not serve the notice page.</source>
        <translation>HTTPS (Port %1) liefert die Hinweisseite nicht aus.</translation>
    </message>
</context>
<context>
    <name>mixdesk::NoticePagePane</name>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Folder for the notice page</source>
        <translation>Ordner für die Hinweisseite</translation>
    </message>
    <message>
        <source>Folder for the page and the web server configuration</source>
        <translation>Ordner für die Seite und die Webserver-Konfiguration</translation>
    </message>
    <message>
        <source>Page language shown first:</source>
        <translation>Zuerst gezeigte Sprache der Seite:</translation>
    </message>
    <message>
        <source>Show HTML source</source>
        <translation>HTML-Quelltext zeigen</translation>
    </message>
    <message>
        <source>Save page…</source>
        <translation>Seite speichern …</translation>
    </message>
    <message>
        <source>Write index.html into a folder</source>
        <translation>index.html in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Deploy files…</source>
        <translation>Dateien zum Einrichten …</translation>
    </message>
    <message>
        <source>Write index.html with configuration for lighttpd, nginx and Apache into a folder</source>
        <translation>index.html samt Konfiguration für lighttpd, nginx und Apache in einen Ordner schreiben</translation>
    </message>
</context>
<context>
    <name>mixdesk::NoticePageRecognizer</name>
    <message>
        <source>The exit notice page made by MixDesk is served ("%1").</source>
        <translation>Die von MixDesk erzeugte Hinweisseite wird ausgeliefert („%1“).</translation>
    </message>
    <message>
        <source>A page titled "%1" explains the exit.</source>
        <translation>Eine Seite mit dem Titel „%1“ erklärt den Exit.</translation>
    </message>
    <message>
        <source>The page contains the operator's keyword "%1".</source>
        <translation>Die Seite enthält das Stichwort „%1“ des Betreibers.</translation>
    </message>
    <message>
        <source>A web server's default page is served (%1), not the exit notice.</source>
        <translation>Ausgeliefert wird die Standardseite eines Webservers (%1), nicht die Hinweisseite.</translation>
    </message>
    <message>
        <source>The page speaks of anonymity, but has neither the notice page's title nor one of the operator's keywords.</source>
        <translation>Die Seite spricht von Anonymität, hat aber weder den Titel der Hinweisseite noch eines der Stichwörter des Betreibers.</translation>
    </message>
    <message>
        <source>The page ("%1") does not explain that this is the exit of an anonymization service.</source>
        <translation>Die Seite („%1“) erklärt nicht, dass dies der Exit eines Anonymisierungsdienstes ist.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
</context>
<context>
    <name>mixdesk::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Responses that were not sent yet. Open one to check it and send it again, or discard it. Nothing here was recorded as sent.</source>
        <translation>Antworten, die noch nicht gesendet wurden. Öffnen Sie eine, um sie zu prüfen und erneut zu senden, oder verwerfen Sie sie. Nichts hiervon wurde als gesendet vermerkt.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>mixdesk::ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <comment>operator's name</comment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Default &amp;ISP:</source>
        <translation>Standard-&amp;Provider:</translation>
    </message>
    <message>
        <source>ISP &amp;abuse contact:</source>
        <translation>&amp;Abuse-Kontakt des Providers:</translation>
    </message>
    <message>
        <source>E&amp;xit servers:</source>
        <translation>E&amp;xit-Server:</translation>
    </message>
    <message>
        <source>Add exit</source>
        <translation>Exit hinzufügen</translation>
    </message>
    <message>
        <source>Remove exit</source>
        <translation>Exit entfernen</translation>
    </message>
    <message>
        <source>The profile file could not be read: %1</source>
        <translation>Die Profildatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Import an operator profile</source>
        <translation>Betreiberprofil importieren</translation>
    </message>
    <message>
        <source>Operator profiles (*.json);;All files (*)</source>
        <translation>Betreiberprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import profile file…</source>
        <translation>Profildatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Fills in the operator and the exits from a profile file (JSON), for example one kept from another machine.</source>
        <translation>Übernimmt Betreiber und Exits aus einer Profildatei (JSON), etwa einer von einem anderen Rechner.</translation>
    </message>
</context>
<context>
    <name>mixdesk::RawSourceDialog</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Source of the notice</source>
        <translation>Quelltext der Meldung</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>text, address, header name…</source>
        <translation>Text, Adresse, Kopfzeilenname…</translation>
    </message>
</context>
<context>
    <name>mixdesk::RdapClient</name>
    <message>
        <source>'%1' is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>No RDAP server is registered for %1.</source>
        <translation>Für %1 ist kein RDAP-Server eingetragen.</translation>
    </message>
    <message>
        <source>'%1' is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>The RDAP server knows no such object (%1).</source>
        <translation>Der RDAP-Server kennt dieses Objekt nicht (%1).</translation>
    </message>
    <message>
        <source>The RDAP bootstrap file %1 gave HTTP status %2.</source>
        <translation>Die RDAP-Bootstrap-Datei %1 lieferte HTTP-Status %2.</translation>
    </message>
    <message>
        <source>The RDAP server %1 gave HTTP status %2.</source>
        <translation>Der RDAP-Server %1 lieferte HTTP-Status %2.</translation>
    </message>
    <message>
        <source>The RDAP lookup was cancelled.</source>
        <translation>Die RDAP-Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The RDAP server %1 did not answer within %2 s.</source>
        <translation>Der RDAP-Server %1 hat binnen %2 s nicht geantwortet.</translation>
    </message>
    <message>
        <source>The RDAP server %1 cannot be reached: %2</source>
        <translation>Der RDAP-Server %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::ReadingPane</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopie:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>%1 (top Received line)</source>
        <translation>%1 (oberste Received-Zeile)</translation>
    </message>
    <message>
        <source>%1 (Date header: the notice has no Received line)</source>
        <translation>%1 (Date-Kopfzeile: die Meldung hat keine Received-Zeile)</translation>
    </message>
    <message>
        <source>unknown: the notice carries no date; the list shows the time of the file or mailbox it came from</source>
        <translation>unbekannt: Die Meldung trägt kein Datum; die Liste zeigt die Zeit der Datei oder des Postfachs, aus dem sie stammt</translation>
    </message>
    <message>
        <source>Received:</source>
        <comment>when the notice reached us</comment>
        <translation>Eingegangen:</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Frist: %1 (%2)</translation>
    </message>
    <message>
        <source>found in: “%1”</source>
        <translation>gefunden in: „%1“</translation>
    </message>
    <message>
        <source>“%1” in the subject</source>
        <translation>„%1“ im Betreff</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Eilig</translation>
    </message>
    <message>
        <source>found in: %1</source>
        <translation>gefunden in: %1</translation>
    </message>
    <message>
        <source>(This message has no text.)</source>
        <translation>(Diese Nachricht enthält keinen Text.)</translation>
    </message>
    <message>
        <source>No temporary folder for the attachment could be made.</source>
        <translation>Für den Anhang konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The attachment could not be copied: %1</source>
        <translation>Der Anhang konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>No program to open %1 was found.</source>
        <translation>Es wurde kein Programm gefunden, das %1 öffnen kann.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>Der Anhang konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Select a notice in the list to read it.</source>
        <translation>Wählen Sie eine Meldung in der Liste aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>Die Meldung</translation>
    </message>
    <message>
        <source>Attached message %1</source>
        <translation>Angehängte Nachricht %1</translation>
    </message>
    <message>
        <source>This message was written in HTML and is shown as plain text: nothing in it is loaded or run.</source>
        <translation>Diese Nachricht ist in HTML geschrieben und wird als reiner Text gezeigt: Nichts darin wird geladen oder ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open a private copy with the desktop's viewer (an attached message is shown here)</source>
        <translation>Eine private Kopie mit dem Anzeigeprogramm des Desktops öffnen (eine angehängte Nachricht wird hier gezeigt)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected links, or all of them, to the clipboard</source>
        <translation>Die ausgewählten Links (oder alle) in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>mixdesk::ReanalysisPanel</name>
    <message>
        <source>Re-analysing notice %1 of %2…</source>
        <translation>Meldung %1 von %2 wird neu analysiert …</translation>
    </message>
    <message>
        <source>The re-analysis failed: %1</source>
        <translation>Die erneute Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-analysed %n notice(s).</source>
        <translation>
            <numerusform>%n Meldung neu analysiert.</numerusform>
            <numerusform>%n Meldungen neu analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>Vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>No notice changed its exit or category.</source>
        <translation>Bei keiner Meldung haben sich Exit oder Kategorie geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n now name(s) another exit</source>
        <translation>
            <numerusform>%n nennt jetzt einen anderen Exit</numerusform>
            <numerusform>%n nennen jetzt einen anderen Exit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed category</source>
        <translation>
            <numerusform>%n mit geänderter Kategorie</numerusform>
            <numerusform>%n mit geänderter Kategorie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer misdirected</source>
        <translation>
            <numerusform>%n nicht mehr fehlgeleitet</numerusform>
            <numerusform>%n nicht mehr fehlgeleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n now misdirected</source>
        <translation>
            <numerusform>%n jetzt fehlgeleitet</numerusform>
            <numerusform>%n jetzt fehlgeleitet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Re-analyse all notices</source>
        <translation>Alle Meldungen neu &amp;analysieren</translation>
    </message>
    <message>
        <source>Analyse every stored notice again with the current exits and operator profile</source>
        <translation>Jede gespeicherte Meldung mit den aktuellen Exits und dem aktuellen Betreiberprofil neu analysieren</translation>
    </message>
    <message>
        <source>No exits are set up yet: every notice is filed as misdirected until you name your exits. After that, re-analyse the notices.</source>
        <translation>Es sind noch keine Exits eingerichtet: Jede Meldung wird als fehlgeleitet eingeordnet, bis Sie Ihre Exits angeben. Analysieren Sie die Meldungen danach neu.</translation>
    </message>
    <message>
        <source>Set up exits…</source>
        <translation>Exits einrichten …</translation>
    </message>
    <message>
        <source>Your exits changed. Re-analyse the stored notices so that each is filed under the right exit?</source>
        <translation>Ihre Exits haben sich geändert. Die gespeicherten Meldungen neu analysieren, damit jede dem richtigen Exit zugeordnet wird?</translation>
    </message>
    <message>
        <source>Re-analyse now</source>
        <translation>Jetzt neu analysieren</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Re-analysis</source>
        <translation>Erneute Analyse</translation>
    </message>
    <message>
        <source>Re-analysing the stored notices…</source>
        <translation>Die gespeicherten Meldungen werden neu analysiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>mixdesk::RelatedNotices</name>
    <message>
        <source>Re&amp;lated notices</source>
        <translation>&amp;Verwandte Meldungen</translation>
    </message>
    <message>
        <source>Same e&amp;xit address</source>
        <translation>Gleiche E&amp;xit-Adresse</translation>
    </message>
    <message>
        <source>Lists the notices about this notice's exit address</source>
        <translation>Listet die Meldungen zur Exit-Adresse dieser Meldung auf</translation>
    </message>
    <message>
        <source>Same &amp;reporter</source>
        <translation>Gleiche meldende &amp;Stelle</translation>
    </message>
    <message>
        <source>Lists the notices from this notice's reporter</source>
        <translation>Listet die Meldungen der meldenden Stelle dieser Meldung auf</translation>
    </message>
    <message>
        <source>Same &amp;case reference</source>
        <translation>Gleiches &amp;Aktenzeichen</translation>
    </message>
    <message>
        <source>Lists the notices with this notice's case reference (the authority's file number)</source>
        <translation>Listet die Meldungen mit dem Aktenzeichen dieser Meldung auf (der Geschäftsnummer der Behörde)</translation>
    </message>
</context>
<context>
    <name>mixdesk::RespondController</name>
    <message>
        <source>No SMTP account is set up: set one in Settings (or with mixdesk-cli smtp set).</source>
        <translation>Kein SMTP-Konto eingerichtet: Richten Sie eines in den Einstellungen ein (oder mit mixdesk-cli smtp set).</translation>
    </message>
    <message>
        <source>No SMTP password: %1</source>
        <translation>Kein SMTP-Passwort: %1</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>The database was closed.</source>
        <translation>Die Datenbank wurde geschlossen.</translation>
    </message>
    <message>
        <source>No IMAP password for '%1': %2</source>
        <translation>Kein IMAP-Passwort für „%1“: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::RespondWiring</name>
    <message>
        <source>Response sent to %1 (%2)</source>
        <translation>Antwort an %1 gesendet (%2)</translation>
    </message>
    <message>
        <source>Not sent; the draft is kept in the outbox. %1</source>
        <translation>Nicht gesendet; der Entwurf bleibt im Postausgang. %1</translation>
    </message>
    <message>
        <source>Response kept in the outbox</source>
        <translation>Antwort im Postausgang behalten</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>Forward the selected notices to the provider, or reply to the ISP</source>
        <translation>Die ausgewählten Meldungen an den Anbieter weiterleiten oder dem Provider antworten</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>Post&amp;ausgang…</translation>
    </message>
    <message>
        <source>SMTP account for &amp;responses…</source>
        <translation>SMTP-Konto für &amp;Antworten…</translation>
    </message>
    <message>
        <source>Notice &amp;source…</source>
        <translation>&amp;Quelltext der Meldung…</translation>
    </message>
    <message>
        <source>Response &amp;templates…</source>
        <translation>Antwort&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Response sent (%1), but no copy was kept in the Sent folder: %2</source>
        <translation>Antwort gesendet (%1), aber keine Kopie im Gesendet-Ordner abgelegt: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::ResponseComposer</name>
    <message>
        <source>provider table: %1</source>
        <translation>Anbietertabelle: %1</translation>
    </message>
    <message>
        <source>Reply-To of the notice</source>
        <translation>Reply-To der Meldung</translation>
    </message>
    <message>
        <source>sender of the notice</source>
        <translation>Absender der Meldung</translation>
    </message>
    <message>
        <source>ISP of exit %1 (profile)</source>
        <translation>Provider von Exit %1 (Profil)</translation>
    </message>
    <message>
        <source>ISP (profile)</source>
        <translation>Provider (Profil)</translation>
    </message>
</context>
<context>
    <name>mixdesk::ReverseDnsCheck</name>
    <message>
        <source>%1 has no reverse DNS (PTR) name.</source>
        <translation>%1 hat keinen Reverse-DNS-Namen (PTR).</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be checked: %2</source>
        <translation>Das Reverse-DNS von %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The PTR name %1 has no address record of its own, so it is not forward-confirmed.</source>
        <translation>Der PTR-Name %1 hat keinen eigenen Adresseintrag und ist daher nicht vorwärts bestätigt.</translation>
    </message>
    <message>
        <source>The PTR name %1 could not be confirmed: %2</source>
        <translation>Der PTR-Name %1 konnte nicht bestätigt werden: %2</translation>
    </message>
    <message>
        <source>The PTR name %1 points to %2, not back to %3: not forward-confirmed.</source>
        <translation>Der PTR-Name %1 zeigt auf %2, nicht zurück auf %3: nicht vorwärts bestätigt.</translation>
    </message>
    <message>
        <source>%1 is forward-confirmed but does not say that the server is an exit (no word such as exit, tor, anon, mix, privacy).</source>
        <translation>%1 ist vorwärts bestätigt, sagt aber nicht, dass der Server ein Exit ist (kein Wort wie exit, tor, anon, mix, privacy).</translation>
    </message>
    <message>
        <source>%1 is forward-confirmed and names the exit's role ("%2").</source>
        <translation>%1 ist vorwärts bestätigt und nennt die Rolle des Exits („%2“).</translation>
    </message>
</context>
<context>
    <name>mixdesk::SettingsDialog</name>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Please correct the exit addresses before saving.</source>
        <translation>Bitte korrigieren Sie vor dem Speichern die Exit-Adressen.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Operator profile</source>
        <translation>Betreiberprofil</translation>
    </message>
    <message>
        <source>The accounts could not be saved: %1</source>
        <translation>Die Konten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>IMAP accounts</source>
        <translation>IMAP-Konten</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>mixdesk::SmtpSender</name>
    <message>
        <source>The message has no recipient</source>
        <translation>Die Nachricht hat keinen Empfänger</translation>
    </message>
    <message>
        <source>Untrusted certificate for %1 (%2); its SHA-256 fingerprint is %3</source>
        <translation>Nicht vertrauenswürdiges Zertifikat für %1 (%2); sein SHA-256-Fingerabdruck ist %3</translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed: wrong user name or password</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen: falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>%1 refused a recipient; nothing was sent: %2</source>
        <translation>%1 hat einen Empfänger abgelehnt; nichts wurde gesendet: %2</translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed: %3</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2 %3</source>
        <translation>%1 hat die Verbindung abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>%1 refused the message (%2): %3</source>
        <translation>%1 hat die Nachricht abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1 Port %2: %3</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the server took the message; it was not sent: %2</source>
        <translation>Die Verbindung zu %1 brach ab, bevor der Server die Nachricht angenommen hat; sie wurde nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::SmtpSettingsDialog</name>
    <message>
        <source>The fingerprint must be a SHA-256 fingerprint (64 hex digits).</source>
        <translation>Der Fingerabdruck muss ein SHA-256-Fingerabdruck sein (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>SMTP account for responses</source>
        <translation>SMTP-Konto für Antworten</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Password command:</source>
        <translation>Passwort-Befehl:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Absendername:</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256):</source>
        <translation>Vertrauenswürdiges Zertifikat (SHA-256):</translation>
    </message>
    <message>
        <source>None (this computer only)</source>
        <translation>Keine (nur dieser Computer)</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>kept in the keychain; empty: unchanged</source>
        <translation>im Schlüsselbund gespeichert; leer: unverändert</translation>
    </message>
    <message>
        <source>instead of the keychain, e.g. pass show smtp</source>
        <translation>statt des Schlüsselbunds, z. B. pass show smtp</translation>
    </message>
    <message>
        <source>only for a server with a self-signed certificate</source>
        <translation>nur für einen Server mit selbstsigniertem Zertifikat</translation>
    </message>
    <message>
        <source>Copy to the Sent folder of:</source>
        <translation>Kopie in den Gesendet-Ordner von:</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>Gesendet-Ordner:</translation>
    </message>
    <message>
        <source>No copy</source>
        <translation>Keine Kopie</translation>
    </message>
    <message>
        <source>The first IMAP account</source>
        <translation>Das erste IMAP-Konto</translation>
    </message>
    <message>
        <source>empty: the account's Sent folder</source>
        <translation>leer: der Gesendet-Ordner des Kontos</translation>
    </message>
</context>
<context>
    <name>mixdesk::StatusController</name>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>Der Status konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>notice %1 (was %2, by %3)</source>
        <translation>Meldung %1 (war %2, von %3)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand anderem</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) marked as %1</source>
        <translation>
            <numerusform>%n Meldung als „%1“ markiert</numerusform>
            <numerusform>%n Meldungen als „%1“ markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>changed meanwhile by another operator: %1</source>
        <translation>inzwischen von jemand anderem geändert: %1</translation>
    </message>
</context>
<context>
    <name>mixdesk::StoreController</name>
    <message>
        <source>The database %1 needs a password.</source>
        <translation>Die Datenbank %1 braucht ein Passwort.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <source>Password of %1 for the team database %2 (kept in the system keychain once it works):</source>
        <translation>Passwort von %1 für die Team-Datenbank %2 (wird im Schlüsselbund des Systems gespeichert, sobald es funktioniert):</translation>
    </message>
</context>
<context>
    <name>mixdesk::SyncController</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>mixdesk::SyncJob</name>
    <message>
        <source>No password for account '%1': %2</source>
        <translation>Kein Passwort für Konto „%1“: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::TemplatesDialog</name>
    <message>
        <source>own</source>
        <comment>a template the user added</comment>
        <translation>eigene</translation>
    </message>
    <message>
        <source>bundled</source>
        <comment>a template as shipped</comment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>a bundled template the user changed</comment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>A template name is written in small letters, digits and '-', e.g. "webmail-short".</source>
        <translation>Ein Vorlagenname besteht aus Kleinbuchstaben, Ziffern und „-“, z. B. „webmail-kurz“.</translation>
    </message>
    <message>
        <source>There is already a template '%1' in this language.</source>
        <translation>Es gibt schon eine Vorlage „%1“ in dieser Sprache.</translation>
    </message>
    <message>
        <source>Response templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>of a template</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>bundled, edited or own</comment>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Name:</source>
        <comment>of a template</comment>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>What the template answers: it decides the recipients and whether the notices go along as attachments.</source>
        <translation>Worauf die Vorlage antwortet: Es bestimmt die Empfänger und ob die Meldungen als Anhang mitgehen.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Platzhalter:</translation>
    </message>
    <message>
        <source>the exit's IP address</source>
        <translation>die IP-Adresse des Exits</translation>
    </message>
    <message>
        <source>the time of the incident (UTC)</source>
        <translation>der Zeitpunkt des Vorfalls (UTC)</translation>
    </message>
    <message>
        <source>the webmail account</source>
        <translation>das Webmail-Konto</translation>
    </message>
    <message>
        <source>the mail server the spam went through</source>
        <translation>der Mailserver, über den der Spam ging</translation>
    </message>
    <message>
        <source>the ISP's ticket id</source>
        <translation>die Ticketnummer des Providers</translation>
    </message>
    <message>
        <source>your name (profile)</source>
        <translation>Ihr Name (Profil)</translation>
    </message>
    <message>
        <source>your organisation (profile)</source>
        <translation>Ihre Organisation (Profil)</translation>
    </message>
    <message>
        <source>your e-mail address (profile)</source>
        <translation>Ihre E-Mail-Adresse (Profil)</translation>
    </message>
    <message>
        <source>the IP address the notice names</source>
        <translation>die IP-Adresse, die die Meldung nennt</translation>
    </message>
    <message>
        <source>the subject of the notice</source>
        <translation>der Betreff der Meldung</translation>
    </message>
    <message>
        <source>who sent the notice</source>
        <translation>wer die Meldung geschickt hat</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <comment>a placeholder into the template</comment>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Inserts the selected placeholder where the cursor is, in the subject or the text</source>
        <translation>Fügt den gewählten Platzhalter an der Cursorposition ein, im Betreff oder im Text</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the text that comes with MixDesk</source>
        <translation>Zurück zum Text, der mit MixDesk kommt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>New template:</source>
        <translation>Neue Vorlage:</translation>
    </message>
    <message>
        <source>name, e.g. webmail-short</source>
        <translation>Name, z. B. webmail-kurz</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>mixdesk::WhoisCheck</name>
    <message>
        <source>No registry has a record of %1: %2</source>
        <translation>Keine Registry hat einen Eintrag zu %1: %2</translation>
    </message>
    <message>
        <source>The whois (RDAP) record of %1 could not be checked: %2</source>
        <translation>Der Whois-Eintrag (RDAP) von %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The record of network %1 names the operator ("%2").</source>
        <translation>Der Eintrag des Netzes %1 nennt den Betreiber („%2“).</translation>
    </message>
    <message>
        <source>The abuse contact of network %1 is %2, an address the operator reads.</source>
        <translation>Der Abuse-Kontakt des Netzes %1 ist %2, eine Adresse, die der Betreiber liest.</translation>
    </message>
    <message>
        <source>The record of network %1 names only %2 (abuse contact: %3), not the operator: complaints go to the ISP first.</source>
        <translation>Der Eintrag des Netzes %1 nennt nur %2 (Abuse-Kontakt: %3), nicht den Betreiber: Beschwerden gehen zuerst an den Provider.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>mixdesk::WorkSurface</name>
    <message>
        <source>No new notice in this view.</source>
        <translation>In dieser Ansicht gibt es keine neue Meldung.</translation>
    </message>
    <message>
        <source>&amp;New notice database…</source>
        <translation>&amp;Neue Meldungsdatenbank …</translation>
    </message>
    <message>
        <source>Start an empty notice database in a file of your choice</source>
        <translation>Eine leere Meldungsdatenbank in einer Datei Ihrer Wahl anlegen</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>&amp;Datenbank öffnen …</translation>
    </message>
    <message>
        <source>Open another notice database</source>
        <translation>Eine andere Meldungsdatenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <source>Ne&amp;xt new notice</source>
        <translation>Nächste ne&amp;ue Meldung</translation>
    </message>
    <message>
        <source>Select the next notice whose status is New</source>
        <translation>Die nächste Meldung mit dem Status „Neu“ auswählen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>MixDesk &amp;help</source>
        <translation>MixDesk-&amp;Hilfe</translation>
    </message>
    <message>
        <source>New notice database</source>
        <translation>Neue Meldungsdatenbank</translation>
    </message>
    <message>
        <source>Notice databases (*.sqlite)</source>
        <translation>Meldungsdatenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Open notice database</source>
        <translation>Meldungsdatenbank öffnen</translation>
    </message>
    <message>
        <source>Notice databases (*.sqlite *.db);;All files (*)</source>
        <translation>Meldungsdatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>