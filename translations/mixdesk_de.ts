<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>ProfileStore</name>
    <message>
        <source>Cannot write profile %1: %2</source>
        <translation>Profil %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mixdesk::AnalysisPane</name>
    <message>
        <source>Other web interface</source>
        <translation>Andere Weboberfläche</translation>
    </message>
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
        <translation><numerusform>%1 von %2 (%3, %n Station)</numerusform><numerusform>%1 von %2 (%3, %n Stationen)</numerusform></translation>
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
        <translation>keine (nicht einer unserer Exits)</translation>
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
        <source>Analysis</source>
        <translation>Analyse</translation>
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
</context>
</TS>