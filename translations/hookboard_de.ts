<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiExplorer</name>
    <message>
        <source>List receivers</source>
        <translation>Empfänger auflisten</translation>
    </message>
    <message>
        <source>List subscriptions</source>
        <translation>Abonnements auflisten</translation>
    </message>
    <message>
        <source>Create a receiver</source>
        <translation>Einen Empfänger erstellen</translation>
    </message>
    <message>
        <source>Subscribe to new runs</source>
        <translation>Neue Runs abonnieren</translation>
    </message>
    <message>
        <source>Disable a receiver</source>
        <translation>Einen Empfänger deaktivieren</translation>
    </message>
    <message>
        <source>Disable a subscription</source>
        <translation>Ein Abonnement deaktivieren</translation>
    </message>
    <message>
        <source>Send a test event</source>
        <translation>Ein Testereignis senden</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Fehlgeschlagene Zustellungen</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>method: this endpoint accepts %1 only</source>
        <translation>method: dieser Endpunkt akzeptiert nur %1</translation>
    </message>
    <message>
        <source>the disk is full: the change was not stored; free some space and publish it again</source>
        <translation>der Datenträger ist voll: Die Änderung wurde nicht gespeichert; geben Sie Speicherplatz frei und veröffentlichen Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: must be visible ASCII characters only, without spaces</source>
        <translation>%1: darf nur sichtbare ASCII-Zeichen ohne Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>cannot generate an API token: the system&apos;s random source failed</source>
        <translation>API-Token kann nicht erzeugt werden: die Zufallsquelle des Systems ist ausgefallen</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>cannot make the certificate: %1 failed (%2)</source>
        <translation>das Zertifikat kann nicht erstellt werden: %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>validDays: must be between 1 and %1</source>
        <translation>validDays: muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>hosts: &quot;%1&quot; is neither a DNS name nor an IP address</source>
        <translation>hosts: &quot;%1&quot; ist weder ein DNS-Name noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>cannot load the certificate or its key into Qt&apos;s TLS backend</source>
        <translation>das Zertifikat oder sein Schlüssel kann nicht in das TLS-Backend von Qt geladen werden</translation>
    </message>
    <message>
        <source>certificate: not a PEM X.509 certificate</source>
        <translation>certificate: kein X.509-Zertifikat im PEM-Format</translation>
    </message>
    <message>
        <source>key: not an unencrypted PEM private key</source>
        <translation>key: kein unverschlüsselter privater Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>key: does not belong to the certificate</source>
        <translation>key: gehört nicht zum Zertifikat</translation>
    </message>
    <message>
        <source>commonName: must be 1 to 64 characters</source>
        <translation>commonName: muss 1 bis 64 Zeichen lang sein</translation>
    </message>
    <message>
        <source>certificate: not signed by the given certificate authority</source>
        <translation>certificate: nicht von der angegebenen Zertifizierungsstelle signiert</translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <source>Hookboard: register webhook receivers, subscribe them to changes and deliver every change as a signed HTTP POST.</source>
        <translation>Hookboard: Webhook-Empfänger registrieren, Änderungen für sie abonnieren und jede Änderung als signierten HTTP-POST zustellen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Print the GraphQL API&apos;s schema as SDL and exit.</source>
        <translation>Das Schema der GraphQL-API als SDL ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Run without the console until SIGTERM or SIGINT.</source>
        <translation>Ohne die Konsole laufen, bis SIGTERM oder SIGINT eintrifft.</translation>
    </message>
    <message>
        <source>Folder that holds the store and settings (default: %1).</source>
        <translation>Ordner, der den Speicher und die Einstellungen enthält (Standard: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Address of the local API (default 127.0.0.1:8765; port 0 picks a free one). An address other than loopback needs --api-tls-cert and --api-tls-key.</source>
        <translation>Adresse der lokalen API (Standard: 127.0.0.1:8765; Port 0 wählt einen freien Port). Eine Adresse, die nicht Loopback ist, erfordert --api-tls-cert und --api-tls-key.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Bearer token for the API (or set HOOKBOARD_API_TOKEN). Without one, a token is generated once and kept in the store.</source>
        <translation>Bearer-Token für die API (oder HOOKBOARD_API_TOKEN setzen). Ohne Angabe wird einmalig ein Token erzeugt und im Speicher aufbewahrt.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>PEM certificate for serving the API over HTTPS.</source>
        <translation>PEM-Zertifikat, um die API über HTTPS bereitzustellen.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>PEM private key for serving the API over HTTPS.</source>
        <translation>Privater PEM-Schlüssel, um die API über HTTPS bereitzustellen.</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) trusted for receivers, besides the system&apos;s; repeatable.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen bei Empfängern neben denen des Systems vertraut wird; wiederholbar.</translation>
    </message>
    <message>
        <source>Address of the built-in HTTPS sandbox receiver (default: a free loopback port).</source>
        <translation>Adresse des eingebauten HTTPS-Sandbox-Empfängers (Standard: ein freier Loopback-Port).</translation>
    </message>
    <message>
        <source>Seconds between attempts, for receivers that set none (default 5,300,1800,7200,18000,36000,36000).</source>
        <translation>Sekunden zwischen den Versuchen, für Empfänger ohne eigene Angabe (Standard: 5,300,1800,7200,18000,36000,36000).</translation>
    </message>
    <message>
        <source>s,s,...</source>
        <translation>s,s,...</translation>
    </message>
    <message>
        <source>Seconds an attempt may take, for receivers that set none (default 15).</source>
        <translation>Sekunden, die ein Versuch dauern darf, für Empfänger ohne eigene Angabe (Standard: 15).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Days finished events are kept before they are removed (default 30; 0 keeps every event).</source>
        <translation>Tage, die abgeschlossene Ereignisse aufbewahrt werden, bevor sie entfernt werden (Standard: 30; 0 bewahrt jedes Ereignis auf).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Refuse deliveries to this range, besides link-local, cloud-metadata and multicast; repeatable.</source>
        <translation>Zustellungen an diesen Adressbereich verweigern, zusätzlich zu Link-Local-, Cloud-Metadaten- und Multicast-Adressen; wiederholbar.</translation>
    </message>
    <message>
        <source>cidr</source>
        <translation>cidr</translation>
    </message>
    <message>
        <source>Allow deliveries to this range inside a refused one; repeatable.</source>
        <translation>Zustellungen an diesen Adressbereich innerhalb eines verweigerten Bereichs erlauben; wiederholbar.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: Hookboard takes options only.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;: Hookboard akzeptiert nur Optionen.</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; given more than once.</source>
        <translation>Option &apos;%1&apos; wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>Option &apos;data-dir&apos; needs a folder, not an empty value.</source>
        <translation>Option &apos;data-dir&apos; erfordert einen Ordner, keinen leeren Wert.</translation>
    </message>
    <message>
        <source>Option &apos;api-token&apos; needs a token, not an empty value.</source>
        <translation>Option &apos;api-token&apos; erfordert ein Token, keinen leeren Wert.</translation>
    </message>
    <message>
        <source>Options &apos;api-tls-cert&apos; and &apos;api-tls-key&apos; go together: give both or neither.</source>
        <translation>Die Optionen &apos;api-tls-cert&apos; und &apos;api-tls-key&apos; gehören zusammen: Geben Sie beide oder keine an.</translation>
    </message>
    <message>
        <source>--retention-days: must be a whole number of days from 0 (keep every event) to %1 (got &quot;%2&quot;)</source>
        <translation>--retention-days: muss eine ganze Zahl von Tagen von 0 (jedes Ereignis aufbewahren) bis %1 sein (erhalten: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--retry-schedule: &quot;%1&quot; is not a whole number of seconds</source>
        <translation>--retry-schedule: &quot;%1&quot; ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>--attempt-timeout: must be a whole number of seconds from 1 to 120 (got &quot;%1&quot;)</source>
        <translation>--attempt-timeout: muss eine ganze Zahl von Sekunden von 1 bis 120 sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; needs a value, not an empty one.</source>
        <translation>Option &apos;%1&apos; erfordert einen Wert, keinen leeren.</translation>
    </message>
    <message>
        <source>Keep the store in PostgreSQL instead of the data folder, shared by every Hookboard pointed at it (the password from PGPASSWORD or --database-password-file).</source>
        <translation>Den Speicher in PostgreSQL statt im Datenordner halten, geteilt von jedem Hookboard, das darauf zeigt (das Passwort aus PGPASSWORD oder --database-password-file).</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/dbname</source>
        <translation>postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>With --database: seconds after which the attempts of an instance that stopped (killed, cut off) are taken over by the others (default 60).</source>
        <translation>Mit --database: Sekunden, nach denen die Versuche einer angehaltenen Instanz (beendet, abgeschnitten) von den anderen übernommen werden (Standard 60).</translation>
    </message>
    <message>
        <source>--lease-seconds: must be a whole number of seconds from %1 to %2 (got &quot;%3&quot;)</source>
        <translation>--lease-seconds: muss eine ganze Zahl von Sekunden zwischen %1 und %2 sein (erhalten: „%3“)</translation>
    </message>
    <message>
        <source>Option &apos;lease-seconds&apos; goes with --database: on one machine nothing takes over another instance&apos;s work.</source>
        <translation>Die Option „lease-seconds“ gehört zu --database: Auf einem Rechner übernimmt niemand die Arbeit einer anderen Instanz.</translation>
    </message>
    <message>
        <source>--database-password-file: cannot read %1: %2</source>
        <translation>--database-password-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--database-password-file: %1 holds no password on its first line</source>
        <translation>--database-password-file: %1 enthält in der ersten Zeile kein Passwort</translation>
    </message>
    <message>
        <source>File whose first line is the PostgreSQL password for --database or --migrate-to.</source>
        <translation>Datei, deren erste Zeile das PostgreSQL-Passwort für --database oder --migrate-to ist.</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s store into an empty PostgreSQL database, keeping every id, and exit (the password from PGPASSWORD or --database-password-file).</source>
        <translation>Den Speicher des Datenordners in eine leere PostgreSQL-Datenbank kopieren, jede ID beibehalten, und beenden (das Passwort aus PGPASSWORD oder --database-password-file).</translation>
    </message>
    <message>
        <source>Options &apos;migrate-to&apos; and &apos;database&apos; do not go together: --migrate-to copies the data folder&apos;s store into the database it names.</source>
        <translation>Die Optionen „migrate-to“ und „database“ passen nicht zusammen: --migrate-to kopiert den Speicher des Datenordners in die Datenbank, die es nennt.</translation>
    </message>
    <message>
        <source>Option &apos;database-password-file&apos; goes with --database or --migrate-to.</source>
        <translation>Die Option „database-password-file“ gehört zu --database oder --migrate-to.</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <source>is not a field of a Hookboard configuration file (known here: %1)</source>
        <translation>ist kein Feld einer Hookboard-Konfigurationsdatei (hier bekannt: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a whole number of seconds</source>
        <translation>muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>%1 is listed twice for this receiver</source>
        <translation>%1 ist für diesen Empfänger doppelt aufgeführt</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>is not JSON: %1 at byte %2</source>
        <translation>ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a Hookboard configuration file</source>
        <translation>muss &quot;%1&quot; sein: Dies ist keine Hookboard-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>is %1: the file comes from a newer Hookboard, which this one (format %2) cannot read</source>
        <translation>ist %1: Die Datei stammt von einem neueren Hookboard, das dieses (Format %2) nicht lesen kann</translation>
    </message>
    <message>
        <source>secretsIncluded: must be true or false</source>
        <translation>secretsIncluded: muss true oder false sein</translation>
    </message>
    <message>
        <source>holds %1 receivers; at most %2 are imported at once</source>
        <translation>enthält %1 Empfänger; höchstens %2 werden auf einmal importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of an earlier receiver in the file; an import knows receivers by name</source>
        <translation>&quot;%1&quot; ist der Name eines früheren Empfängers in der Datei; ein Import erkennt Empfänger an ihrem Namen</translation>
    </message>
    <message>
        <source>file: %1 cannot be written: %2</source>
        <translation>file: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfigImport</name>
    <message>
        <source>%1: receiver &quot;%2&quot; changed after the import was planned; nothing was imported. Plan the import again to see the changes.</source>
        <translation>%1: Empfänger &quot;%2&quot; wurde geändert, nachdem der Import geplant wurde; es wurde nichts importiert. Planen Sie den Import erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>%1.name: %2 receivers here are called &quot;%3&quot;; rename all but one so that the import knows which to update</source>
        <translation>%1.name: %2 Empfänger hier heißen &quot;%3&quot;; benennen Sie alle bis auf einen um, damit der Import weiß, welcher aktualisiert werden soll</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Do not ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>DeliveryStore</name>
    <message>
        <source>disabled automatically: every attempt failed since %1 (%2 failures in a row, the last: %3)</source>
        <translation>automatisch deaktiviert: seit %1 ist jeder Versuch fehlgeschlagen (%2 Fehlschläge in Folge, zuletzt: %3)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: kein %2 mit der ID %3 vorhanden</translation>
    </message>
</context>
<context>
    <name>EventStatusStyle</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>GraphQL</name>
    <message>
        <source>Variables must be provided as an object.</source>
        <translation>Variables must be provided as an object.</translation>
    </message>
    <message>
        <source>Syntax Error: %1</source>
        <translation>Syntax Error: %1</translation>
    </message>
    <message>
        <source>More than %1 errors; the rest are not shown.</source>
        <translation>More than %1 errors; the rest are not shown.</translation>
    </message>
    <message>
        <source>Must provide operation name if query contains multiple operations.</source>
        <translation>Must provide operation name if query contains multiple operations.</translation>
    </message>
    <message>
        <source>Unknown operation named &quot;%1&quot;.</source>
        <translation>Unknown operation named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; of required type &quot;%2&quot; was not provided.</source>
        <translation>Variable &quot;$%1&quot; of required type &quot;%2&quot; was not provided.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; of non-null type &quot;%2&quot; must not be null.</source>
        <translation>Variable &quot;$%1&quot; of non-null type &quot;%2&quot; must not be null.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; got invalid value %2</source>
        <translation>Variable &quot;$%1&quot; got invalid value %2</translation>
    </message>
    <message>
        <source> at &quot;%1&quot;</source>
        <translation> at &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Schema is not configured to execute %1 operation.</source>
        <translation>Schema is not configured to execute %1 operation.</translation>
    </message>
    <message>
        <source>The operation could return more than %1 objects (the budget); ask for fewer with &quot;first&quot;, select fewer nested lists, or split it into several requests.</source>
        <translation>The operation could return more than %1 objects (the budget); ask for fewer with &quot;first&quot;, select fewer nested lists, or split it into several requests.</translation>
    </message>
    <message>
        <source>The operation ran longer than %1 s and was stopped; ask for less, or split it into several requests.</source>
        <translation>The operation ran longer than %1 s and was stopped; ask for less, or split it into several requests.</translation>
    </message>
    <message>
        <source>The response would be larger than %1 MiB; it was stopped. Ask for less, or split it into several requests.</source>
        <translation>The response would be larger than %1 MiB; it was stopped. Ask for less, or split it into several requests.</translation>
    </message>
    <message>
        <source>Argument &quot;%1&quot; of required type &quot;%2&quot; was not provided.</source>
        <translation>Argument &quot;%1&quot; of required type &quot;%2&quot; was not provided.</translation>
    </message>
    <message>
        <source>Internal error: the disk is full, so the store cannot take writes.</source>
        <translation>Internal error: the disk is full, so the store cannot take writes.</translation>
    </message>
    <message>
        <source>Internal error: Hookboard could not complete this field; the details are in its log.</source>
        <translation>Internal error: Hookboard could not complete this field; the details are in its log.</translation>
    </message>
    <message>
        <source>Cannot return null for non-nullable field %1.</source>
        <translation>Cannot return null for non-nullable field %1.</translation>
    </message>
    <message>
        <source>Expected Iterable, but did not find one for field &quot;%1&quot;.</source>
        <translation>Expected Iterable, but did not find one for field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;.</source>
        <translation>Unknown type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enum &quot;%1&quot; cannot represent value: %2</source>
        <translation>Enum &quot;%1&quot; cannot represent value: %2</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is not an output type.</source>
        <translation>Type &quot;%1&quot; is not an output type.</translation>
    </message>
    <message>
        <source>Expected non-nullable type &quot;%1&quot; not to be null.</source>
        <translation>Expected non-nullable type &quot;%1&quot; not to be null.</translation>
    </message>
    <message>
        <source>Enum &quot;%1&quot; cannot represent non-string value: %2.</source>
        <translation>Enum &quot;%1&quot; cannot represent non-string value: %2.</translation>
    </message>
    <message>
        <source>Value &quot;%1&quot; does not exist in &quot;%2&quot; enum.</source>
        <translation>Value &quot;%1&quot; does not exist in &quot;%2&quot; enum.</translation>
    </message>
    <message>
        <source>Expected type &quot;%1&quot; to be an object.</source>
        <translation>Expected type &quot;%1&quot; to be an object.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of required type &quot;%2&quot; was not provided.</source>
        <translation>Field &quot;%1&quot; of required type &quot;%2&quot; was not provided.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not defined by type &quot;%2&quot;.</source>
        <translation>Field &quot;%1&quot; is not defined by type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is not an input type.</source>
        <translation>Type &quot;%1&quot; is not an input type.</translation>
    </message>
    <message>
        <source>Expected value of type &quot;%1&quot;, found %2</source>
        <translation>Expected value of type &quot;%1&quot;, found %2</translation>
    </message>
    <message>
        <source>Expected value of type &quot;%1&quot;,</source>
        <translation>Expected value of type &quot;%1&quot;,</translation>
    </message>
    <message>
        <source>Enum &quot;%1&quot; cannot represent non-enum value: %2.</source>
        <translation>Enum &quot;%1&quot; cannot represent non-enum value: %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1.%2&quot; of required type &quot;%3&quot; was not provided.</source>
        <translation>Field &quot;%1.%2&quot; of required type &quot;%3&quot; was not provided.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected %1.</source>
        <translation>Syntax Error: Unexpected %1.</translation>
    </message>
    <message>
        <source>Syntax Error: Expected %1, found %2.</source>
        <translation>Syntax Error: Expected %1, found %2.</translation>
    </message>
    <message>
        <source>Syntax Error: The document is larger than %1 bytes.</source>
        <translation>Syntax Error: The document is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected &lt;EOF&gt;.</source>
        <translation>Syntax Error: Unexpected &lt;EOF&gt;.</translation>
    </message>
    <message>
        <source>Syntax Error: Expected &quot;on&quot;, found %1.</source>
        <translation>Syntax Error: Expected &quot;on&quot;, found %1.</translation>
    </message>
    <message>
        <source>Syntax Error: List types nest deeper than %1 levels.</source>
        <translation>Syntax Error: List types nest deeper than %1 levels.</translation>
    </message>
    <message>
        <source>The operation nests selection sets deeper than %1 levels.</source>
        <translation>The operation nests selection sets deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Syntax Error: Values nest deeper than %1 levels.</source>
        <translation>Syntax Error: Values nest deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected variable &quot;$%1&quot; in constant value.</source>
        <translation>Syntax Error: Unexpected variable &quot;$%1&quot; in constant value.</translation>
    </message>
    <message>
        <source>Int cannot represent non 32-bit signed integer value: %1</source>
        <translation>Int cannot represent non 32-bit signed integer value: %1</translation>
    </message>
    <message>
        <source>Int cannot represent non-integer value: %1</source>
        <translation>Int cannot represent non-integer value: %1</translation>
    </message>
    <message>
        <source>Float cannot represent non numeric value: %1</source>
        <translation>Float cannot represent non numeric value: %1</translation>
    </message>
    <message>
        <source>String cannot represent value: %1</source>
        <translation>String cannot represent value: %1</translation>
    </message>
    <message>
        <source>String cannot represent a non string value: %1</source>
        <translation>String cannot represent a non string value: %1</translation>
    </message>
    <message>
        <source>Boolean cannot represent a non boolean value: %1</source>
        <translation>Boolean cannot represent a non boolean value: %1</translation>
    </message>
    <message>
        <source>ID cannot represent value: %1</source>
        <translation>ID cannot represent value: %1</translation>
    </message>
    <message>
        <source>Fragment &quot;%1&quot; is never used.</source>
        <translation>Fragment &quot;%1&quot; is never used.</translation>
    </message>
    <message>
        <source>The operation selects more than %1 fields.</source>
        <translation>The operation selects more than %1 fields.</translation>
    </message>
    <message>
        <source>Fragment cannot condition on non composite type &quot;%1&quot;.</source>
        <translation>Fragment cannot condition on non composite type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fragment &quot;%1&quot; cannot condition on non composite type &quot;%2&quot;.</source>
        <translation>Fragment &quot;%1&quot; cannot condition on non composite type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There can be only one fragment named &quot;%1&quot;.</source>
        <translation>There can be only one fragment named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This anonymous operation must be the only defined operation.</source>
        <translation>This anonymous operation must be the only defined operation.</translation>
    </message>
    <message>
        <source>There can be only one operation named &quot;%1&quot;.</source>
        <translation>There can be only one operation named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Schema is not configured for mutations.</source>
        <translation>Schema is not configured for mutations.</translation>
    </message>
    <message>
        <source>Schema is not configured for subscriptions.</source>
        <translation>Schema is not configured for subscriptions.</translation>
    </message>
    <message>
        <source>There can be only one variable named &quot;$%1&quot;.</source>
        <translation>There can be only one variable named &quot;$%1&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; cannot be non-input type &quot;%2&quot;.</source>
        <translation>Variable &quot;$%1&quot; cannot be non-input type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is not defined.</source>
        <translation>Variable &quot;$%1&quot; is not defined.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is not defined by operation &quot;%2&quot;.</source>
        <translation>Variable &quot;$%1&quot; is not defined by operation &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; of type &quot;%2&quot; used in position expecting type &quot;%3&quot;.</source>
        <translation>Variable &quot;$%1&quot; of type &quot;%2&quot; used in position expecting type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is never used.</source>
        <translation>Variable &quot;$%1&quot; is never used.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is never used in operation &quot;%2&quot;.</source>
        <translation>Variable &quot;$%1&quot; is never used in operation &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown fragment &quot;%1&quot;.</source>
        <translation>Unknown fragment &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fragment &quot;%1&quot; cannot be spread here as objects of type &quot;%2&quot; can never be of type &quot;%3&quot;.</source>
        <translation>Fragment &quot;%1&quot; cannot be spread here as objects of type &quot;%2&quot; can never be of type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Fragment cannot be spread here as objects of type &quot;%1&quot; can never be of type &quot;%2&quot;.</source>
        <translation>Fragment cannot be spread here as objects of type &quot;%1&quot; can never be of type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot query field &quot;%1&quot; on type &quot;%2&quot;.</source>
        <translation>Cannot query field &quot;%1&quot; on type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not have a selection since type &quot;%2&quot; has no subfields.</source>
        <translation>Field &quot;%1&quot; must not have a selection since type &quot;%2&quot; has no subfields.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of type &quot;%2&quot; must have a selection of subfields. Did you mean &quot;%1 { ... }&quot;?</source>
        <translation>Field &quot;%1&quot; of type &quot;%2&quot; must have a selection of subfields. Did you mean &quot;%1 { ... }&quot;?</translation>
    </message>
    <message>
        <source>There can be only one argument named &quot;%1&quot;.</source>
        <translation>There can be only one argument named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot; on directive &quot;@%2&quot;.</source>
        <translation>Unknown argument &quot;%1&quot; on directive &quot;@%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot; on field &quot;%2&quot;.</source>
        <translation>Unknown argument &quot;%1&quot; on field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Directive &quot;@%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</source>
        <translation>Directive &quot;@%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</source>
        <translation>Field &quot;%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</translation>
    </message>
    <message>
        <source>Unknown directive &quot;@%1&quot;.</source>
        <translation>Unknown directive &quot;@%1&quot;.</translation>
    </message>
    <message>
        <source>Directive &quot;@%1&quot; may not be used on %2.</source>
        <translation>Directive &quot;@%1&quot; may not be used on %2.</translation>
    </message>
    <message>
        <source>The directive &quot;@%1&quot; can only be used once at this location.</source>
        <translation>The directive &quot;@%1&quot; can only be used once at this location.</translation>
    </message>
    <message>
        <source>Fragment spreads nest deeper than %1 levels.</source>
        <translation>Fragment spreads nest deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Cannot spread fragment &quot;%1&quot; within itself.</source>
        <translation>Cannot spread fragment &quot;%1&quot; within itself.</translation>
    </message>
    <message>
        <source>Cannot spread fragment &quot;%1&quot; within itself via %2.</source>
        <translation>Cannot spread fragment &quot;%1&quot; within itself via %2.</translation>
    </message>
</context>
<context>
    <name>GraphQLHttp</name>
    <message>
        <source>method: /graphql accepts GET and POST only</source>
        <translation>method: /graphql akzeptiert nur GET und POST</translation>
    </message>
    <message>
        <source>query: the query parameter is required</source>
        <translation>query: Der Parameter query ist erforderlich</translation>
    </message>
    <message>
        <source>%1: must be given only once</source>
        <translation>%1: darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>variables: must be a JSON object</source>
        <translation>variables: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>method: mutations must be sent with POST</source>
        <translation>method: Mutationen müssen mit POST gesendet werden</translation>
    </message>
    <message>
        <source>body: must be at most 1 MiB (got %1 bytes)</source>
        <translation>body: darf höchstens 1 MiB groß sein (erhalten: %1 Bytes)</translation>
    </message>
    <message>
        <source>Content-Type: must be application/json (got &quot;%1&quot;)</source>
        <translation>Content-Type: muss application/json sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: must appear only once</source>
        <translation>%1: darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>query: must be a string</source>
        <translation>query: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>operationName: must be a string</source>
        <translation>operationName: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>extensions: must be a JSON object</source>
        <translation>extensions: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>query: is required (a GraphQL document as a string)</source>
        <translation>query: ist erforderlich (ein GraphQL-Dokument als Zeichenkette)</translation>
    </message>
</context>
<context>
    <name>GraphQLSchema</name>
    <message>
        <source>the webhook schema was executed without its GraphQLContext</source>
        <translation>das Webhook-Schema wurde ohne seinen GraphQLContext ausgeführt</translation>
    </message>
    <message>
        <source>%1: the parent is not the object this field reads</source>
        <translation>%1: das übergeordnete Objekt ist nicht das Objekt, das dieses Feld liest</translation>
    </message>
    <message>
        <source>%1: must be the numeric id of an object (got %2)</source>
        <translation>%1: muss die numerische ID eines Objekts sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
    <message>
        <source>DateTime cannot represent value: %1</source>
        <translation>DateTime kann den Wert nicht darstellen: %1</translation>
    </message>
    <message>
        <source>DateTime cannot represent value: %1 (expected ISO 8601 such as &quot;2026-11-23T12:00:00.000Z&quot;)</source>
        <translation>DateTime kann den Wert nicht darstellen: %1 (erwartet: ISO 8601 wie &quot;2026-11-23T12:00:00.000Z&quot;)</translation>
    </message>
    <message>
        <source>gracePeriodSeconds: must be between 0 and %1 (7 days)</source>
        <translation>gracePeriodSeconds: muss zwischen 0 und %1 liegen (7 Tage)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a cursor of this list; pass a cursor it returned</source>
        <translation>%1: &quot;%2&quot; ist kein Cursor dieser Liste; übergeben Sie einen Cursor, den sie zurückgegeben hat</translation>
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>FAILING</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>DISABLED</translation>
    </message>
    <message>
        <source>Disabled automatically: %1
Its pending events are held until it is enabled again.</source>
        <translation>Automatisch deaktiviert: %1
Seine ausstehenden Ereignisse werden zurückgehalten, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Disabled by a person. Its pending events are held until it is enabled again.</source>
        <translation>Von einer Person deaktiviert. Seine ausstehenden Ereignisse werden zurückgehalten, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln attempt(s) failed, since %1.</source>
        <translation>
            <numerusform>Der letzte Versuch ist fehlgeschlagen (seit %1).</numerusform>
            <numerusform>Die letzten %Ln Versuche sind fehlgeschlagen (seit %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last success: %1.</source>
        <translation>Letzter Erfolg: %1.</translation>
    </message>
    <message>
        <source>No attempt has succeeded yet.</source>
        <translation>Bisher war kein Versuch erfolgreich.</translation>
    </message>
    <message>
        <source>Deliveries are going through. Last success: %1.</source>
        <translation>Zustellungen kommen an. Letzter Erfolg: %1.</translation>
    </message>
    <message>
        <source>Active. No delivery has been attempted yet.</source>
        <translation>Aktiv. Bisher wurde noch keine Zustellung versucht.</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>the request body is larger than %1 bytes</source>
        <translation>der Inhalt der Anfrage ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>die Anfragezeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the request head is larger than %1 bytes</source>
        <translation>der Kopf der Anfrage ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>lines must end with CRLF</source>
        <translation>Zeilen müssen mit CRLF enden</translation>
    </message>
    <message>
        <source>the request has more than %1 header lines</source>
        <translation>die Anfrage hat mehr als %1 Header-Zeilen</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>hier werden nur HTTP/1.0 und HTTP/1.1 unterstützt</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>widersprüchliche Content-Length-Header</translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation>mehr als ein Host-Header</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request needs a Host header</source>
        <translation>eine HTTP/1.1-Anfrage erfordert einen Host-Header</translation>
    </message>
    <message>
        <source>Transfer-Encoding and Content-Length together</source>
        <translation>Transfer-Encoding und Content-Length zusammen</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not supported; send a Content-Length</source>
        <translation>Transfer-Encoding wird nicht unterstützt; senden Sie eine Content-Length</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>fehlerhafte Content-Length</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>no certificate set before listen</source>
        <translation>vor listen wurde kein Zertifikat gesetzt</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2 port %3: %4</source>
        <translation>%1: kann nicht auf %2 Port %3 lauschen: %4</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>expected a JSON value, found only whitespace</source>
        <translation>JSON-Wert erwartet, aber nur Leerraum gefunden</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>%1: malformed JSON at byte %2: %3</source>
        <translation>%1: fehlerhaftes JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON value, found the end of the text</source>
        <translation>JSON-Wert erwartet, aber das Ende des Textes erreicht</translation>
    </message>
    <message>
        <source>expected a JSON value (object, array, string, number, true, false or null)</source>
        <translation>JSON-Wert erwartet (Objekt, Array, Zeichenkette, Zahl, true, false oder null)</translation>
    </message>
    <message>
        <source>%1: JSON nested deeper than %2 levels at byte %3</source>
        <translation>%1: JSON bei Byte %3 tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to begin an object member name</source>
        <translation>&apos;&quot;&apos; am Anfang des Namens eines Objektelements erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object member name</source>
        <translation>&apos;:&apos; nach dem Namen eines Objektelements erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found the end of the text</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objektelement erwartet, aber das Ende des Textes erreicht</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objektelement erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found the end of the text</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet, aber das Ende des Textes erreicht</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element erwartet</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a digit in a number</source>
        <translation>Ziffer in einer Zahl erwartet</translation>
    </message>
    <message>
        <source>a number must not have leading zeros</source>
        <translation>eine Zahl darf keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>Ziffer nach dem Dezimalpunkt erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the string, found the end of the text</source>
        <translation>&apos;&quot;&apos; am Ende der Zeichenkette erwartet, aber das Ende des Textes erreicht</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped in a string</source>
        <translation>Steuerzeichen U+%1 muss in einer Zeichenkette maskiert werden</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>expected an escape character after &apos;\&apos;, found the end of the text</source>
        <translation>Escape-Zeichen nach &apos;\&apos; erwartet, aber das Ende des Textes erreicht</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after &apos;\u&apos;</source>
        <translation>vier Hexadezimalziffern nach &apos;\u&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid escape sequence; expected one of \&quot; \\ \/ \b \f \n \r \t \u</source>
        <translation>ungültige Escape-Sequenz; erwartet wird eine von \&quot; \\ \/ \b \f \n \r \t \u</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: must be a JSON array</source>
        <translation>%1: muss ein JSON-Array sein</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>%1: must be HOST:PORT, e.g. 127.0.0.1:8765 or [::1]:0 (%2)</source>
        <translation>%1: muss HOST:PORT sein, z. B. 127.0.0.1:8765 oder [::1]:0 (%2)</translation>
    </message>
    <message>
        <source>no port in &quot;%1&quot;</source>
        <translation>kein Port in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not 0 to 65535</source>
        <translation>Port &quot;%1&quot; liegt nicht zwischen 0 und 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or localhost</source>
        <translation>&quot;%1&quot; ist weder eine IP-Adresse noch localhost</translation>
    </message>
</context>
<context>
    <name>OperatorSettings</name>
    <message>
        <source>%1: must be a whole number of %2 from %3 to %4 (got &quot;%5&quot;)</source>
        <translation>%1: muss eine ganze Zahl von %2 von %3 bis %4 sein (erhalten: &quot;%5&quot;)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuchen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an absolute path</source>
        <translation>%1: &quot;%2&quot; muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>%1: must be a loopback address (127.0.0.1, [::1], localhost) unless Hookboard is started with --api-tls-cert and --api-tls-key</source>
        <translation>%1: muss eine Loopback-Adresse sein (127.0.0.1, [::1], localhost), es sei denn, Hookboard wird mit --api-tls-cert und --api-tls-key gestartet</translation>
    </message>
    <message>
        <source>api.token: set by --api-token or HOOKBOARD_API_TOKEN for this run; change it there</source>
        <translation>api.token: für diesen Lauf durch --api-token oder HOOKBOARD_API_TOKEN festgelegt; ändern Sie es dort</translation>
    </message>
</context>
<context>
    <name>OutboundPolicy</name>
    <message>
        <source>%1: &quot;%2&quot; is not a CIDR range such as 10.20.0.0/16 or fd12::/48</source>
        <translation>%1: &quot;%2&quot; ist kein CIDR-Bereich wie 10.20.0.0/16 oder fd12::/48</translation>
    </message>
</context>
<context>
    <name>PublishWriter</name>
    <message>
        <source>the store is closing</source>
        <translation>der Speicher wird geschlossen</translation>
    </message>
</context>
<context>
    <name>ResourceCatalog</name>
    <message>
        <source>%1: is required and must be a string</source>
        <translation>%1: ist erforderlich und muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter</source>
        <translation>%1: &quot;%2&quot; darf nur aus Großbuchstaben, Ziffern und Unterstrichen bestehen und muss mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <source>%1: must not be blank</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: is required and must be a JSON object</source>
        <translation>%1: ist erforderlich und muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: is required and must be an array of resources</source>
        <translation>%1: ist erforderlich und muss ein Array von Ressourcen sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed more than once</source>
        <translation>%1: &quot;%2&quot; ist mehrfach aufgeführt</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>HTTP %1 (redirects are not followed)</source>
        <translation>HTTP %1 (Weiterleitungen werden nicht verfolgt)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP 410 Gone: the receiver asked for no more deliveries</source>
        <translation>HTTP 410 Gone: Der Empfänger möchte keine weiteren Zustellungen erhalten</translation>
    </message>
    <message>
        <source>%1; Retry-After capped at 24 h</source>
        <translation>%1; Retry-After auf 24 h begrenzt</translation>
    </message>
    <message>
        <source>%1; Retry-After %2 s honoured</source>
        <translation>%1; Retry-After von %2 s berücksichtigt</translation>
    </message>
    <message>
        <source>%1; no attempts left after attempt %2</source>
        <translation>%1; nach Versuch %2 sind keine Versuche mehr übrig</translation>
    </message>
</context>
<context>
    <name>SandboxBin</name>
    <message>
        <source>%1: must be between 100 and 599</source>
        <translation>%1: muss zwischen 100 und 599 liegen</translation>
    </message>
    <message>
        <source>delayMs: must be between 0 and %1</source>
        <translation>delayMs: muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>keep: must be between 1 and %1</source>
        <translation>keep: muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>failNext: must not be negative</source>
        <translation>failNext: darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>SandboxIdentity</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the sandbox certificates are expired or about to expire</source>
        <translation>die Sandbox-Zertifikate sind abgelaufen oder laufen bald ab</translation>
    </message>
</context>
<context>
    <name>ScheduleSyntax</name>
    <message>
        <source>%1: step %2 (&quot;%3&quot;) is not a delay; write seconds as 30s, minutes as 5m, hours as 2h (or 1h30m), and separate steps with commas</source>
        <translation>%1: Schritt %2 („%3“) ist keine Wartezeit; schreiben Sie Sekunden als 30s, Minuten als 5m, Stunden als 2h (oder 1h30m) und trennen Sie die Schritte mit Kommas</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>%1: must start with &quot;whsec_&quot; followed by base64 of %2 to %3 bytes</source>
        <translation>%1: muss mit &quot;whsec_&quot; beginnen, gefolgt von Base64 für %2 bis %3 Bytes</translation>
    </message>
    <message>
        <source>%1: the part after &quot;whsec_&quot; must be standard base64 (A-Z, a-z, 0-9, + and /) with correct = padding</source>
        <translation>%1: der Teil nach &quot;whsec_&quot; muss Standard-Base64 sein (A-Z, a-z, 0-9, + und /) mit korrektem =-Padding</translation>
    </message>
    <message>
        <source>%1: must be &quot;whsec_&quot; followed by base64 of %2 to %3 bytes (got %4 bytes)</source>
        <translation>%1: muss &quot;whsec_&quot; gefolgt von Base64 für %2 bis %3 Bytes sein (erhalten: %4 Bytes)</translation>
    </message>
</context>
<context>
    <name>StatsText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>dataDir: must not be empty</source>
        <translation>dataDir: darf nicht leer sein</translation>
    </message>
    <message>
        <source>data folder %1 exists but is not a folder</source>
        <translation>der Datenordner %1 existiert, ist aber kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make the data folder %1 private (0700)</source>
        <translation>der Datenordner %1 kann nicht privat gemacht werden (0700)</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by another Hookboard (process %2); stop it or choose another data folder with --data-dir</source>
        <translation>der Datenordner %1 wird von einem anderen Hookboard verwendet (Prozess %2); beenden Sie es oder wählen Sie mit --data-dir einen anderen Datenordner</translation>
    </message>
    <message>
        <source>cannot lock the data folder %1 (hookboard.lock)</source>
        <translation>der Datenordner %1 kann nicht gesperrt werden (hookboard.lock)</translation>
    </message>
    <message>
        <source>store: migrating to schema version %1 (%2) failed and was rolled back: %3</source>
        <translation>Speicher: Die Migration auf Schemaversion %1 (%2) ist fehlgeschlagen und wurde zurückgerollt: %3</translation>
    </message>
    <message>
        <source>store: %1 failed: %2</source>
        <translation>Speicher: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot create the store %1: %2</source>
        <translation>der Speicher %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make the store %1 private (0600)</source>
        <translation>der Speicher %1 kann nicht privat gemacht werden (0600)</translation>
    </message>
    <message>
        <source>%1 is not a Hookboard store: it is not a file</source>
        <translation>%1 ist kein Hookboard-Speicher: Es ist keine Datei</translation>
    </message>
    <message>
        <source>the store %1 is read-only; make it writable (chmod u+w) or choose another data folder</source>
        <translation>der Speicher %1 ist schreibgeschützt; machen Sie ihn beschreibbar (chmod u+w) oder wählen Sie einen anderen Datenordner</translation>
    </message>
    <message>
        <source>the store %1 is an empty file (0 bytes); if it should hold your receivers and events, restore it from a backup; delete it to start with a new store</source>
        <translation>der Speicher %1 ist eine leere Datei (0 Bytes); wenn er Ihre Empfänger und Ereignisse enthalten sollte, stellen Sie ihn aus einer Sicherung wieder her; löschen Sie ihn, um mit einem neuen Speicher zu beginnen</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hookboard store (it is not an SQLite database); move it away or choose another data folder</source>
        <translation>%1 ist kein Hookboard-Speicher (es ist keine SQLite-Datenbank); verschieben Sie die Datei oder wählen Sie einen anderen Datenordner</translation>
    </message>
    <message>
        <source>%1 is not a Hookboard store (%2)</source>
        <translation>%1 ist kein Hookboard-Speicher (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Hookboard store; move it away or choose another data folder</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein Hookboard-Speicher; verschieben Sie die Datei oder wählen Sie einen anderen Datenordner</translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, newer than this Hookboard %3 understands (%4); use a newer Hookboard</source>
        <translation>der Speicher %1 hat die Schemaversion %2, neuer als dieses Hookboard %3 versteht (%4); verwenden Sie ein neueres Hookboard</translation>
    </message>
    <message>
        <source>cannot write to the store %1: %2</source>
        <translation>in den Speicher %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the store %1 cannot use write-ahead logging (journal mode stays %2)</source>
        <translation>der Speicher %1 kann kein Write-Ahead-Logging verwenden (der Journalmodus bleibt %2)</translation>
    </message>
    <message>
        <source>store: SQLite refused to turn foreign keys on</source>
        <translation>Speicher: SQLite hat das Einschalten der Fremdschlüssel verweigert</translation>
    </message>
    <message>
        <source>the store %1 is damaged (SQLite&apos;s quick_check found: %2); Hookboard will not write into it. Restore it from a backup, or move it away to start with an empty store</source>
        <translation>der Speicher %1 ist beschädigt (quick_check von SQLite fand: %2); Hookboard schreibt nicht hinein. Stellen Sie ihn aus einer Sicherung wieder her oder verschieben Sie ihn, um mit einem leeren Speicher zu beginnen</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>%1 kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the database %1 holds tables of another program, not a Hookboard store; give Hookboard an empty database of its own</source>
        <translation>die Datenbank %1 enthält Tabellen eines anderen Programms, keinen Hookboard-Speicher; geben Sie Hookboard eine eigene, leere Datenbank</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>cannot copy the table %1: its columns differ between %2 (%3) and %4 (%5); nothing was copied</source>
        <translation>die Tabelle %1 kann nicht kopiert werden: Ihre Spalten unterscheiden sich zwischen %2 (%3) und %4 (%5); nichts wurde kopiert</translation>
    </message>
    <message>
        <source>cannot copy the table %1: it has no column %2</source>
        <translation>die Tabelle %1 kann nicht kopiert werden: Sie hat keine Spalte %2</translation>
    </message>
    <message>
        <source>the database %1 is not empty (it holds rows in %2); --migrate-to copies only into an empty database, and nothing was copied</source>
        <translation>die Datenbank %1 ist nicht leer (sie enthält Zeilen in %2); --migrate-to kopiert nur in eine leere Datenbank, und nichts wurde kopiert</translation>
    </message>
    <message>
        <source>cannot copy into %1: this Hookboard does not know how to copy the tables %2; nothing was copied</source>
        <translation>in %1 kann nicht kopiert werden: Dieses Hookboard weiß nicht, wie die Tabellen %2 zu kopieren sind; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>the copy of the table %1 does not match: %2 rows in %3, %4 copied, %5 in %6; nothing was copied</source>
        <translation>die Kopie der Tabelle %1 stimmt nicht: %2 Zeilen in %3, %4 kopiert, %5 in %6; nichts wurde kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver header(s)</source>
        <translation>
            <numerusform>%n Empfänger-Header</numerusform>
            <numerusform>%n Empfänger-Header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver health record(s)</source>
        <translation>
            <numerusform>%n Zustandseintrag eines Empfängers</numerusform>
            <numerusform>%n Zustandseinträge von Empfängern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>copied %1; counts verified</source>
        <translation>kopiert: %1; Anzahlen geprüft</translation>
    </message>
    <message>
        <source>a store is copied from SQLite into PostgreSQL only (from %1 into %2)</source>
        <translation>ein Speicher wird nur von SQLite nach PostgreSQL kopiert (von %1 nach %2)</translation>
    </message>
    <message>
        <source>--migrate-to needs a PostgreSQL database to copy into</source>
        <translation>--migrate-to braucht eine PostgreSQL-Datenbank, in die kopiert wird</translation>
    </message>
    <message>
        <source>there is no Hookboard store to copy in %1 (%2 is missing); name the data folder with --data-dir</source>
        <translation>in %1 gibt es keinen Hookboard-Speicher zum Kopieren (%2 fehlt); nennen Sie den Datenordner mit --data-dir</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 must be a URL of the form postgresql://user@host:port/dbname; got &quot;%2&quot;</source>
        <translation>%1 muss eine URL der Form postgresql://benutzer@host:port/datenbank sein; erhalten: „%2“</translation>
    </message>
    <message>
        <source>%1 must not carry a password (it would show in the process list); set PGPASSWORD or use --database-password-file</source>
        <translation>%1 darf kein Passwort enthalten (es wäre in der Prozessliste sichtbar); setzen Sie PGPASSWORD oder verwenden Sie --database-password-file</translation>
    </message>
    <message>
        <source>%1 must name the server&apos;s host: postgresql://user@HOST/dbname</source>
        <translation>%1 muss den Host des Servers nennen: postgresql://benutzer@HOST/datenbank</translation>
    </message>
    <message>
        <source>%1 must name the user: postgresql://USER@host/dbname</source>
        <translation>%1 muss den Benutzer nennen: postgresql://BENUTZER@host/datenbank</translation>
    </message>
    <message>
        <source>%1 must name one database: postgresql://user@host/DBNAME</source>
        <translation>%1 muss genau eine Datenbank nennen: postgresql://benutzer@host/DATENBANK</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is not one of %3</source>
        <translation>%1: Die Option „%2“ ist keine von %3</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; needs a plain value</source>
        <translation>%1: Die Option „%2“ braucht einen einfachen Wert</translation>
    </message>
</context>
<context>
    <name>TransferEndpoint</name>
    <message>
        <source>must be an id (a positive whole number)</source>
        <translation>muss eine ID sein (eine positive ganze Zahl)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time such as 2026-11-23T12:00:00Z</source>
        <translation>muss eine Zeitangabe nach ISO 8601 sein, z. B. 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event status (PENDING, SENDING, SUCCEEDED, RETRYING, FAILED, CANCELLED)</source>
        <translation>&quot;%1&quot; ist kein Ereignisstatus (PENDING, SENDING, SUCCEEDED, RETRYING, FAILED, CANCELLED)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>format: must be csv, jsonl or har (got &quot;%1&quot;)</source>
        <translation>format: muss csv, jsonl oder har sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>secrets: must be include or omit (got &quot;%1&quot;)</source>
        <translation>secrets: muss include oder omit sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>internal error: the configuration could not be read; see the Hookboard log</source>
        <translation>interner Fehler: Die Konfiguration konnte nicht gelesen werden; siehe das Hookboard-Protokoll</translation>
    </message>
    <message>
        <source>dryRun: must be true or false (got &quot;%1&quot;)</source>
        <translation>dryRun: muss true oder false sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>internal error: nothing was imported; see the Hookboard log</source>
        <translation>interner Fehler: Es wurde nichts importiert; siehe das Hookboard-Protokoll</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: must be at most %2 characters (got %3)</source>
        <translation>%1: darf höchstens %2 Zeichen lang sein (erhalten: %3)</translation>
    </message>
    <message>
        <source>%1: must be between %2 and %3 (got %4)</source>
        <translation>%1: muss zwischen %2 und %3 liegen (erhalten: %4)</translation>
    </message>
    <message>
        <source>%1: is required and must not be blank</source>
        <translation>%1: ist erforderlich und darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: must not contain control characters such as tabs or line breaks</source>
        <translation>%1: darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>%1: is required (an https:// URL)</source>
        <translation>%1: ist erforderlich (eine https://-URL)</translation>
    </message>
    <message>
        <source>%1: must be a well-formed absolute URL without spaces or control characters</source>
        <translation>%1: muss eine wohlgeformte absolute URL ohne Leerzeichen oder Steuerzeichen sein</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message>
        <source>%1: must use the https scheme (got %2)</source>
        <translation>%1: muss das Schema https verwenden (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: must name a host, as in https://example.com/hooks</source>
        <translation>%1: muss einen Host angeben, wie in https://example.com/hooks</translation>
    </message>
    <message>
        <source>%1: must not point at %2: deliveries to %3 are refused (link-local, cloud-metadata and multicast by default, and what --deny-cidr adds)</source>
        <translation>%1: darf nicht auf %2 zeigen: Zustellungen an %3 werden verweigert (standardmäßig Link-Local-, Cloud-Metadaten- und Multicast-Adressen sowie alles, was --deny-cidr hinzufügt)</translation>
    </message>
    <message>
        <source>%1: must use a port from 1 to 65535 (got 0)</source>
        <translation>%1: muss einen Port von 1 bis 65535 verwenden (erhalten: 0)</translation>
    </message>
    <message>
        <source>%1: must not contain a user name or password; send credentials in a custom header instead</source>
        <translation>%1: darf keinen Benutzernamen und kein Passwort enthalten; senden Sie Zugangsdaten stattdessen in einem eigenen Header</translation>
    </message>
    <message>
        <source>%1: must not contain a #fragment</source>
        <translation>%1: darf kein #fragment enthalten</translation>
    </message>
    <message>
        <source>%1: must be one of %2 (got &quot;%3&quot;)</source>
        <translation>%1: muss einer dieser Werte sein: %2 (erhalten: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: at most %2 custom headers are allowed (got %3)</source>
        <translation>%1: höchstens %2 eigene Header sind erlaubt (erhalten: %3)</translation>
    </message>
    <message>
        <source>%1: must be a non-empty HTTP token (letters, digits and !#$%&amp;&apos;*+-.^_`|~, no spaces)</source>
        <translation>%1: muss ein nicht leeres HTTP-Token sein (Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is reserved; Hookboard sets it itself</source>
        <translation>%1: &quot;%2&quot; ist reserviert; Hookboard setzt diesen Header selbst</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is given more than once (header names are case-insensitive)</source>
        <translation>%1: &quot;%2&quot; ist mehrfach angegeben (bei Header-Namen wird Groß-/Kleinschreibung nicht unterschieden)</translation>
    </message>
    <message>
        <source>%1: must not contain line breaks (CR, LF) or NUL characters</source>
        <translation>%1: darf keine Zeilenumbrüche (CR, LF) oder NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>%1: must not contain control characters (only visible characters, spaces and tabs, RFC 9110)</source>
        <translation>%1: darf keine Steuerzeichen enthalten (nur sichtbare Zeichen, Leerzeichen und Tabulatoren, RFC 9110)</translation>
    </message>
    <message>
        <source>%1: must have between 1 and 20 steps (got %2)</source>
        <translation>%1: muss zwischen 1 und 20 Schritte haben (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a ResourceEnum value (expected one of %3)</source>
        <translation>%1: &quot;%2&quot; ist kein ResourceEnum-Wert (erwartet: einer von %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a WebhookSubscriptionActions value (expected one of %3)</source>
        <translation>%1: &quot;%2&quot; ist kein WebhookSubscriptionActions-Wert (erwartet: einer von %3)</translation>
    </message>
</context>
<context>
    <name>WebhookService</name>
    <message>
        <source>etag: is required to change %1 %2; read it and send its current _etag</source>
        <translation>etag: ist erforderlich, um %1 %2 zu ändern; lesen Sie das Objekt und senden Sie sein aktuelles _etag</translation>
    </message>
    <message>
        <source>etag: &quot;%1&quot; is stale: %2 %3 has changed since it was read; read it again and retry with its current _etag</source>
        <translation>etag: &quot;%1&quot; ist veraltet: %2 %3 wurde seit dem Lesen geändert; lesen Sie das Objekt erneut und versuchen Sie es mit seinem aktuellen _etag noch einmal</translation>
    </message>
    <message>
        <source>etag: %1 %2 was changed by another writer at the same moment; read it again and retry</source>
        <translation>etag: %1 %2 wurde im selben Moment von einem anderen Schreiber geändert; lesen Sie das Objekt erneut und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>first: must be between 0 and %1 (got %2)</source>
        <translation>first: muss zwischen 0 und %1 liegen (erhalten: %2)</translation>
    </message>
    <message>
        <source>createdBy: the name of who makes the change is required</source>
        <translation>createdBy: der Name dessen, der die Änderung vornimmt, ist erforderlich</translation>
    </message>
    <message>
        <source>resource: receiver %1 already subscribes to %2 %3 (subscription %4); a receiver subscribes to each resource and action once</source>
        <translation>resource: Empfänger %1 hat %2 %3 bereits abonniert (Abonnement %4); ein Empfänger abonniert jede Kombination aus Ressource und Aktion nur einmal</translation>
    </message>
    <message>
        <source>data: must be at most 1 MiB (got %1 bytes)</source>
        <translation>data: darf höchstens 1 MiB groß sein (erhalten: %1 Bytes)</translation>
    </message>
    <message>
        <source>data: must be a JSON object</source>
        <translation>data: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>gracePeriod: must be between 0 and 7 days</source>
        <translation>gracePeriod: muss zwischen 0 und 7 Tagen liegen</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>receiverId: is required</source>
        <translation>receiverId: ist erforderlich</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>receiverId: a subscription cannot move to another receiver; subscribe the other receiver instead</source>
        <translation>receiverId: ein Abonnement kann nicht zu einem anderen Empfänger wechseln; legen Sie stattdessen ein Abonnement für den anderen Empfänger an</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>id: event %1 is %2; only SUCCEEDED, FAILED or CANCELLED events can be resent</source>
        <translation>id: Ereignis %1 ist %2; nur Ereignisse mit dem Status SUCCEEDED, FAILED oder CANCELLED können erneut gesendet werden</translation>
    </message>
    <message>
        <source>id: the receiver of event %1 was deleted, so it cannot be resent</source>
        <translation>id: der Empfänger von Ereignis %1 wurde gelöscht, daher kann es nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>status: replay resends finished events (SUCCEEDED, FAILED or CANCELLED), not %1</source>
        <translation>status: die erneute Zustellung sendet abgeschlossene Ereignisse erneut (SUCCEEDED, FAILED oder CANCELLED), nicht %1</translation>
    </message>
    <message>
        <source>id: event %1 is %2; only PENDING, SENDING or RETRYING events can be cancelled</source>
        <translation>id: Ereignis %1 ist %2; nur Ereignisse mit dem Status PENDING, SENDING oder RETRYING können abgebrochen werden</translation>
    </message>
</context>
<context>
    <name>hookboard::ApiExplorerPage</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>API-Explorer</translation>
    </message>
    <message>
        <source>Run GraphQL against this Hookboard&apos;s local API, with the URL and token your scripts use.</source>
        <translation>Führen Sie GraphQL gegen die lokale API dieses Hookboards aus, mit derselben URL und demselben Token, die Ihre Skripte verwenden.</translation>
    </message>
    <message>
        <source>The local API is off in this window, so there is nothing to run queries against. Start Hookboard with its API (the default, or --api-listen HOST:PORT) to use the explorer.</source>
        <translation>Die lokale API ist in diesem Fenster ausgeschaltet, daher gibt es nichts, wogegen Abfragen laufen könnten. Starten Sie Hookboard mit seiner API (Standard, oder --api-listen HOST:PORT), um den Explorer zu verwenden.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the API URL</source>
        <translation>Kopiert die API-URL</translation>
    </message>
    <message>
        <source>API URL copied.</source>
        <translation>API-URL kopiert.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Shows or hides the bearer token</source>
        <translation>Zeigt das Bearer-Token an oder blendet es aus</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Copies the bearer token that scripts send as &quot;Authorization: Bearer …&quot;</source>
        <translation>Kopiert das Bearer-Token, das Skripte als &quot;Authorization: Bearer …&quot; senden</translation>
    </message>
    <message>
        <source>API token copied.</source>
        <translation>API-Token kopiert.</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Bearer-Token:</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Enums</source>
        <translation>Enums</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>{ webhookReceivers { edges { node { id name } } } }</source>
        <translation>{ webhookReceivers { edges { node { id name } } } }</translation>
    </message>
    <message>
        <source>Variables (JSON)</source>
        <translation>Variablen (JSON)</translation>
    </message>
    <message>
        <source>{ &quot;input&quot;: { … } }</source>
        <translation>{ &quot;input&quot;: { … } }</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copies this request as a curl command, token included</source>
        <translation>Kopiert diese Anfrage als curl-Befehl, einschließlich Token</translation>
    </message>
    <message>
        <source>Copied as a curl command.</source>
        <translation>Als curl-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pick an example or write a document, then Run.</source>
        <translation>Wählen Sie ein Beispiel oder schreiben Sie ein Dokument und klicken Sie dann auf Ausführen.</translation>
    </message>
    <message>
        <source>Click an error to go to where it is in the document</source>
        <translation>Klicken Sie auf einen Fehler, um zu seiner Stelle im Dokument zu springen</translation>
    </message>
    <message>
        <source>The API&apos;s answer appears here, laid out and coloured.</source>
        <translation>Die Antwort der API erscheint hier, formatiert und farbig hervorgehoben.</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter) to see what the API answers.</source>
        <translation>Führen Sie das Dokument aus (Strg+Eingabe), um zu sehen, was die API antwortet.</translation>
    </message>
    <message>
        <source>variables: must be a JSON object</source>
        <translation>variables: muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>The variables are not valid JSON; fix them first.</source>
        <translation>Die Variablen sind kein gültiges JSON; korrigieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Not sent: the variables are not valid JSON (see below the variables).</source>
        <translation>Nicht gesendet: Die Variablen sind kein gültiges JSON (siehe unter den Variablen).</translation>
    </message>
    <message>
        <source>Nothing to run: the document is empty.</source>
        <translation>Nichts auszuführen: Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · %4</source>
        <translation>HTTP %1 %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>GraphQL errors: %1</source>
        <translation>GraphQL-Fehler: %1</translation>
    </message>
    <message>
        <source>the API refused the token</source>
        <translation>die API hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>(line %1, column %2)</source>
        <translation>(Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Run a mutation?</source>
        <translation>Mutation ausführen?</translation>
    </message>
    <message>
        <source>This document is a mutation: it changes this Hookboard&apos;s live receivers, subscriptions or events, as an API client would (the examples create, disable and send real things). Run it?</source>
        <translation>Dieses Dokument ist eine Mutation: Es ändert die echten Empfänger, Abonnements oder Ereignisse dieses Hookboard, wie es ein API-Client täte (die Beispiele legen echte Dinge an, deaktivieren und senden sie). Ausführen?</translation>
    </message>
    <message>
        <source>Run mutation</source>
        <translation>Mutation ausführen</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Nicht ausführen</translation>
    </message>
    <message>
        <source>Not run: nothing was changed.</source>
        <translation>Nicht ausgeführt: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Doku</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Sends the document to the API</source>
        <translation>Sendet das Dokument an die API</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>Ausführen mit %1</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>hookboard::ApiServer</name>
    <message>
        <source>the disk is full: the store cannot take writes</source>
        <translation>der Datenträger ist voll: Der Speicher kann keine Schreibvorgänge annehmen</translation>
    </message>
    <message>
        <source>the store refuses writes; see the Hookboard log</source>
        <translation>der Speicher verweigert Schreibvorgänge; siehe das Hookboard-Protokoll</translation>
    </message>
    <message>
        <source>internal error: the change was not published; see the Hookboard log</source>
        <translation>interner Fehler: Die Änderung wurde nicht veröffentlicht; siehe das Hookboard-Protokoll</translation>
    </message>
    <message>
        <source>Authorization: required, as &quot;Bearer &lt;token&gt;&quot;</source>
        <translation>Authorization: erforderlich, als &quot;Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <source>Authorization: must be given once (got it more than once)</source>
        <translation>Authorization: darf nur einmal angegeben werden (mehrfach erhalten)</translation>
    </message>
    <message>
        <source>Authorization: must be &quot;Bearer &lt;token&gt;&quot;</source>
        <translation>Authorization: muss &quot;Bearer &lt;token&gt;&quot; lauten</translation>
    </message>
    <message>
        <source>Authorization: the bearer token is not valid</source>
        <translation>Authorization: das Bearer-Token ist ungültig</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM X.509 certificate</source>
        <translation>%1: %2 enthält kein PEM-X.509-Zertifikat</translation>
    </message>
    <message>
        <source>%1: %2 holds no unencrypted PEM private key</source>
        <translation>%1: %2 enthält keinen unverschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>%1: the key in %2 does not belong to the certificate in %3</source>
        <translation>%1: der Schlüssel in %2 gehört nicht zum Zertifikat in %3</translation>
    </message>
    <message>
        <source>%1: the key in %2 must be an EC or RSA key</source>
        <translation>%1: der Schlüssel in %2 muss ein EC- oder RSA-Schlüssel sein</translation>
    </message>
    <message>
        <source>%1: cannot re-encode the key in %2</source>
        <translation>%1: der Schlüssel in %2 kann nicht neu kodiert werden</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s TLS backend cannot load %2 and %3</source>
        <translation>%1: das TLS-Backend von Qt kann %2 und %3 nicht laden</translation>
    </message>
    <message>
        <source>data: must appear only once</source>
        <translation>data: darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>%1: must appear only once</source>
        <translation>%1: darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: is not a field of a published change (expected resource, action and data)</source>
        <translation>%1: ist kein Feld einer veröffentlichten Änderung (erwartet: resource, action und data)</translation>
    </message>
    <message>
        <source>resource: is required (a ResourceEnum value such as &quot;RUNS&quot;)</source>
        <translation>resource: ist erforderlich (ein ResourceEnum-Wert wie &quot;RUNS&quot;)</translation>
    </message>
    <message>
        <source>action: is required (a WebhookSubscriptionActions value such as &quot;CREATE&quot;)</source>
        <translation>action: ist erforderlich (ein WebhookSubscriptionActions-Wert wie &quot;CREATE&quot;)</translation>
    </message>
    <message>
        <source>data: is required and must be a JSON object</source>
        <translation>data: ist erforderlich und muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: the API is already listening</source>
        <translation>%1: die API lauscht bereits</translation>
    </message>
    <message>
        <source>--api-tls-cert and --api-tls-key go together: give both or neither</source>
        <translation>--api-tls-cert und --api-tls-key gehören zusammen: Geben Sie beide oder keine an</translation>
    </message>
    <message>
        <source>%1: %2 is not a loopback address; listening beyond this machine needs --api-tls-cert and --api-tls-key</source>
        <translation>%1: %2 ist keine Loopback-Adresse; um über diesen Rechner hinaus zu lauschen, sind --api-tls-cert und --api-tls-key erforderlich</translation>
    </message>
    <message>
        <source>body: must be at most 1 MiB (got %1 bytes)</source>
        <translation>body: darf höchstens 1 MiB groß sein (erhalten: %1 Bytes)</translation>
    </message>
    <message>
        <source>path: no endpoint %1</source>
        <translation>path: kein Endpunkt %1</translation>
    </message>
    <message>
        <source>Content-Type: must be application/json (got &quot;%1&quot;)</source>
        <translation>Content-Type: muss application/json sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>store: cannot be read now; the log has the details</source>
        <translation>Speicher: kann gerade nicht gelesen werden; Einzelheiten stehen im Protokoll</translation>
    </message>
    <message>
        <source>body: a configuration sent to the API must be at most %1 MiB (got %2 bytes); import a larger file from the console</source>
        <translation>body: eine an die API gesendete Konfiguration darf höchstens %1 MiB groß sein (erhalten: %2 Bytes); importieren Sie eine größere Datei in der Konsole</translation>
    </message>
</context>
<context>
    <name>hookboard::BinAnswerForm</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The HTTP status the bin answers with</source>
        <translation>Der HTTP-Status, mit dem der Bin antwortet</translation>
    </message>
    <message>
        <source>How long the bin waits before it answers: try it against the attempt timeout</source>
        <translation>Wie lange der Bin wartet, bevor er antwortet: Testen Sie damit das Zeitlimit pro Versuch</translation>
    </message>
    <message>
        <source>How many of the next requests get the failure status instead</source>
        <translation>Wie viele der nächsten Anfragen stattdessen den Fehlerstatus erhalten</translation>
    </message>
    <message>
        <source>The status of those failures: 500, 503 or 429 are retried; 410 disables the receiver</source>
        <translation>Der Status dieser Fehlschläge: Bei 500, 503 oder 429 wird wiederholt; 410 deaktiviert den Empfänger</translation>
    </message>
    <message>
        <source>How many of its last requests the bin keeps; older ones are dropped, and the list of bins says how many</source>
        <translation>Wie viele seiner letzten Anfragen der Bin behält; ältere werden verworfen, und die Liste der Bins zeigt, wie viele</translation>
    </message>
    <message>
        <source>Answer with</source>
        <translation>Antworten mit</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>but fail the next</source>
        <translation>aber die nächsten</translation>
    </message>
    <message>
        <source>with</source>
        <translation>scheitern mit</translation>
    </message>
    <message>
        <source>keep the last</source>
        <translation>die letzten</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen behalten</translation>
    </message>
    <message>
        <source>The bin answers so from the next request on</source>
        <translation>Der Bin antwortet ab der nächsten Anfrage so</translation>
    </message>
    <message numerus="yes">
        <source>The next %n request(s) get %1, then every request gets %2</source>
        <translation>
            <numerusform>Die nächste Anfrage erhält %1, danach erhält jede Anfrage %2</numerusform>
            <numerusform>Die nächsten %n Anfragen erhalten %1, danach erhält jede Anfrage %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every request gets %1</source>
        <translation>Jede Anfrage erhält %1</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>nach %1 ms</translation>
    </message>
    <message>
        <source>(not applied yet)</source>
        <translation>(noch nicht übernommen)</translation>
    </message>
    <message>
        <source>Answer with status</source>
        <translation>Antworten mit Status</translation>
    </message>
    <message>
        <source>Answer after</source>
        <translation>Antworten nach</translation>
    </message>
    <message>
        <source>Fail the next requests</source>
        <translation>Die nächsten Anfragen scheitern lassen</translation>
    </message>
    <message>
        <source>Failure status</source>
        <translation>Fehlerstatus</translation>
    </message>
    <message>
        <source>Requests kept</source>
        <translation>Behaltene Anfragen</translation>
    </message>
</context>
<context>
    <name>hookboard::CaughtRequestDetails</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub signature</source>
        <translation>GitHub-Signatur</translation>
    </message>
    <message>
        <source>#%1  %2 %3  →  answered %4, %5</source>
        <translation>#%1  %2 %3  →  beantwortet mit %4, %5</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>Wählen Sie eine Anfrage aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Caught request</source>
        <translation>Empfangene Anfrage</translation>
    </message>
</context>
<context>
    <name>hookboard::CaughtRequestModel</name>
    <message>
        <source>webhook-signature, checked as the Standard Webhooks libraries do</source>
        <translation>webhook-signature, geprüft wie von den Bibliotheken für Standard Webhooks</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256, checked as GitHub-style receivers do</source>
        <translation>X-Hub-Signature-256, geprüft wie von Empfängern im GitHub-Stil</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub signature</source>
        <translation>GitHub-Signatur</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Not checked: no receiver points at this bin, so there is no secret to check with.</source>
        <translation>Nicht geprüft: Kein Empfänger zeigt auf diesen Bin, daher gibt es kein Geheimnis, mit dem geprüft werden kann.</translation>
    </message>
    <message>
        <source>Missing: webhook-id, webhook-timestamp or webhook-signature is not in the request.</source>
        <translation>Fehlt: webhook-id, webhook-timestamp oder webhook-signature ist nicht in der Anfrage enthalten.</translation>
    </message>
    <message>
        <source>Missing: the request has no X-Hub-Signature-256 header.</source>
        <translation>Fehlt: Die Anfrage hat keinen Header X-Hub-Signature-256.</translation>
    </message>
    <message>
        <source>Valid: webhook-signature is the HMAC-SHA256 of &quot;id.timestamp.body&quot; with the receiver&apos;s secret, and the timestamp is recent. A receiver would accept it.</source>
        <translation>Gültig: webhook-signature ist der HMAC-SHA256 von &quot;id.timestamp.body&quot; mit dem Geheimnis des Empfängers, und der Zeitstempel ist aktuell. Ein Empfänger würde die Anfrage annehmen.</translation>
    </message>
    <message>
        <source>Valid: X-Hub-Signature-256 is the HMAC-SHA256 of the body with the receiver&apos;s secret. A receiver would accept it.</source>
        <translation>Gültig: X-Hub-Signature-256 ist der HMAC-SHA256 des Bodys mit dem Geheimnis des Empfängers. Ein Empfänger würde die Anfrage annehmen.</translation>
    </message>
    <message>
        <source>Invalid: a signature is there but none matches the receiver&apos;s secret (another secret, or the body was changed on the way). A receiver would refuse it.</source>
        <translation>Ungültig: Eine Signatur ist vorhanden, aber keine passt zum Geheimnis des Empfängers (ein anderes Geheimnis, oder der Body wurde unterwegs verändert). Ein Empfänger würde die Anfrage ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>Expired: the signature matches, but webhook-timestamp is more than %n minute(s) away from now. A receiver would refuse it as a possible replay.</source>
        <translation>
            <numerusform>Abgelaufen: Die Signatur passt, aber webhook-timestamp liegt mehr als eine Minute von jetzt entfernt. Ein Empfänger würde die Anfrage als möglichen Replay-Angriff ablehnen.</numerusform>
            <numerusform>Abgelaufen: Die Signatur passt, aber webhook-timestamp liegt mehr als %n Minuten von jetzt entfernt. Ein Empfänger würde die Anfrage als möglichen Replay-Angriff ablehnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>no receiver points here, so there is no secret to check with</source>
        <translation>kein Empfänger zeigt hierher, daher gibt es kein Geheimnis, mit dem geprüft werden kann</translation>
    </message>
    <message>
        <source>not signed: a receiver would refuse it</source>
        <translation>nicht signiert: Ein Empfänger würde die Anfrage ablehnen</translation>
    </message>
    <message>
        <source>a receiver would accept it</source>
        <translation>ein Empfänger würde die Anfrage annehmen</translation>
    </message>
    <message>
        <source>no secret matches: a receiver would refuse it</source>
        <translation>kein Geheimnis passt: Ein Empfänger würde die Anfrage ablehnen</translation>
    </message>
    <message>
        <source>the timestamp is too far off: a receiver would refuse it as a replay</source>
        <translation>der Zeitstempel weicht zu stark ab: Ein Empfänger würde die Anfrage als Replay-Angriff ablehnen</translation>
    </message>
</context>
<context>
    <name>hookboard::CodeEditor</name>
    <message>
        <source>Tab indents while you type; press Escape, then Tab, to move on.</source>
        <translation>Tab rückt beim Schreiben ein; drücken Sie Esc und dann Tab, um weiterzugehen.</translation>
    </message>
</context>
<context>
    <name>hookboard::ConfigTransfer</name>
    <message>
        <source>Export configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <source>The file holds every receiver with its URL, headers and delivery settings, and its subscriptions. Header values may be credentials, so only you can read the file.</source>
        <translation>Die Datei enthält jeden Empfänger mit seiner URL, seinen Headern und Zustelleinstellungen sowie seine Abonnements. Header-Werte können Zugangsdaten sein, daher können nur Sie die Datei lesen.</translation>
    </message>
    <message>
        <source>Include the shared secrets</source>
        <translation>Gemeinsame Geheimnisse einschließen</translation>
    </message>
    <message>
        <source>Without them, an import makes new secrets, which each receiver must then be given. With them, anyone with the file can sign as Hookboard.</source>
        <translation>Ohne sie erzeugt ein Import neue Geheimnisse, die dann jedem Empfänger mitgeteilt werden müssen. Mit ihnen kann jeder, der die Datei hat, als Hookboard signieren.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export configuration…</source>
        <translation>Konfiguration exportieren…</translation>
    </message>
    <message>
        <source>Import configuration…</source>
        <translation>Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Save the receivers and their subscriptions to a file, to set up another Hookboard the same way</source>
        <translation>Die Empfänger und ihre Abonnements in einer Datei speichern, um ein anderes Hookboard genauso einzurichten</translation>
    </message>
    <message>
        <source>Create and update receivers and subscriptions from an exported file, after a preview</source>
        <translation>Empfänger und Abonnements nach einer Vorschau aus einer exportierten Datei anlegen und aktualisieren</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Konfigurationsdateien</translation>
    </message>
    <message>
        <source>The configuration was not exported: %1</source>
        <translation>Die Konfiguration wurde nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n receiver(s) to %1.</source>
        <translation>
            <numerusform>%n Empfänger nach %1 exportiert.</numerusform>
            <numerusform>%n Empfänger nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported. Receivers: %1 created, %2 updated. Subscriptions: %3 created, %4 updated.</source>
        <translation>Importiert. Empfänger: %1 angelegt, %2 aktualisiert. Abonnements: %3 angelegt, %4 aktualisiert.</translation>
    </message>
    <message>
        <source>New shared secrets were made for %1: give each receiver its secret (Receivers → Secret) before it verifies deliveries.</source>
        <translation>Für %1 wurden neue gemeinsame Geheimnisse erzeugt: Geben Sie jedem Empfänger sein Geheimnis (Empfänger → Gemeinsames Geheimnis), bevor er Zustellungen prüft.</translation>
    </message>
</context>
<context>
    <name>hookboard::ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Expected response code</source>
        <translation>Erwarteter Antwortcode</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>Receiver changed elsewhere</source>
        <translation>Empfänger wurde anderswo geändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>Reload stored version</source>
        <translation>Gespeicherte Version neu laden</translation>
    </message>
    <message>
        <source>Discard your changes and show the receiver as it is stored now</source>
        <translation>Ihre Änderungen verwerfen und den Empfänger so anzeigen, wie er jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>one at a time, in order</source>
        <translation>einzeln, in Reihenfolge</translation>
    </message>
    <message>
        <source>at most %1 in flight</source>
        <translation>höchstens %1 unterwegs</translation>
    </message>
    <message>
        <source>%1 s per attempt</source>
        <translation>%1 s pro Versuch</translation>
    </message>
    <message>
        <source>retries after %1</source>
        <translation>Wiederholungen nach %1</translation>
    </message>
    <message>
        <source>this Hookboard&apos;s defaults</source>
        <translation>Standardwerte dieses Hookboard</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>“%1” was changed at %2 (through the API, another window or the dispatcher) after you began editing it. Saving yours writes only the fields you edited (marked); what was changed elsewhere in the other fields stays.</source>
        <translation>„%1“ wurde um %2 geändert (über die API, ein anderes Fenster oder den Zusteller), nachdem Sie mit der Bearbeitung begonnen haben. Beim Speichern werden nur die Felder geschrieben, die Sie bearbeitet haben (markiert); was anderswo in den übrigen Feldern geändert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Jetzt gespeichert</translation>
    </message>
    <message>
        <source>not edited</source>
        <translation>nicht bearbeitet</translation>
    </message>
    <message>
        <source>Changed elsewhere; saving your edits keeps this change</source>
        <translation>Anderswo geändert; beim Speichern Ihrer Änderungen bleibt diese Änderung erhalten</translation>
    </message>
    <message>
        <source>Changed here and elsewhere: saving your edits replaces the other change</source>
        <translation>Hier und anderswo geändert: Beim Speichern ersetzen Ihre Änderungen die andere</translation>
    </message>
    <message>
        <source>Your edit; saving writes it</source>
        <translation>Ihre Änderung; Speichern schreibt sie</translation>
    </message>
    <message>
        <source>Save my edits over it</source>
        <translation>Meine Änderungen speichern</translation>
    </message>
    <message>
        <source>Write the fields you edited; the other fields keep what is stored now</source>
        <translation>Die bearbeiteten Felder schreiben; die übrigen behalten, was jetzt gespeichert ist</translation>
    </message>
</context>
<context>
    <name>hookboard::DeliveryChart</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 – %2
%3 delivered, %4 failed</source>
        <translation>%1 – %2
%3 zugestellt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation>Zustellungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Hourly bars over the last day: %1 delivered, %2 failed.</source>
        <translation>Stundenbalken über den letzten Tag: %1 zugestellt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Minute bars over the last hour: %1 delivered, %2 failed.</source>
        <translation>Minutenbalken über die letzte Stunde: %1 zugestellt, %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hookboard::DeliverySettingsEditor</name>
    <message>
        <source>One at a time, in publish order</source>
        <translation>Einzeln, in Veröffentlichungsreihenfolge</translation>
    </message>
    <message>
        <source>The next event waits until this one succeeded or failed for good. Slower, but a receiver that needs order gets it.</source>
        <translation>Das nächste Ereignis wartet, bis dieses zugestellt oder endgültig fehlgeschlagen ist. Langsamer, aber ein Empfänger, der die Reihenfolge braucht, bekommt sie.</translation>
    </message>
    <message>
        <source>Deliver in order</source>
        <translation>In Reihenfolge zustellen</translation>
    </message>
    <message>
        <source>Deliver in parallel</source>
        <translation>Parallel zustellen</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Attempts to this receiver at once, 1 to 64</source>
        <translation>Gleichzeitige Versuche an diesen Empfänger, 1 bis 64</translation>
    </message>
    <message>
        <source>Change attempts in flight</source>
        <translation>Gleichzeitige Versuche ändern</translation>
    </message>
    <message>
        <source>In &amp;flight</source>
        <translation>&amp;Gleichzeitig</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Standard (%1 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one attempt may take, 1 to 120 seconds</source>
        <translation>Wie lange ein Versuch dauern darf, 1 bis 120 Sekunden</translation>
    </message>
    <message>
        <source>Change attempt timeout</source>
        <translation>Zeitlimit pro Versuch ändern</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The delays between attempts, e.g. 10s, 1m, 10m, 1h: up to 20 steps of 1 s to 24 h. Empty: this Hookboard&apos;s schedule.</source>
        <translation>Die Wartezeiten zwischen den Versuchen, z. B. 10s, 1m, 10m, 1h: bis zu 20 Schritte von 1 s bis 24 h. Leer: der Wiederholungsplan dieses Hookboard.</translation>
    </message>
    <message>
        <source>&amp;Retries after</source>
        <translation>&amp;Wiederholungen nach</translation>
    </message>
    <message>
        <source>Change retry schedule</source>
        <translation>Wiederholungsplan ändern</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
</context>
<context>
    <name>hookboard::DeliveryStatusWidget</name>
    <message>
        <source>Attempts per minute, averaged over the last five minutes</source>
        <translation>Versuche pro Minute, gemittelt über die letzten fünf Minuten</translation>
    </message>
    <message>
        <source>Failed attempts in the last hour: no answer, or not the expected response code</source>
        <translation>Fehlgeschlagene Versuche in der letzten Stunde: keine Antwort oder nicht der erwartete Antwortcode</translation>
    </message>
    <message>
        <source>Deliveries: unknown</source>
        <translation>Zustellungen: unbekannt</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Die Statistik konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s) in 1 min</source>
        <translation>
            <numerusform>%Ln Versuch in 1 min</numerusform>
            <numerusform>%Ln Versuche in 1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery attempts started in the last minute (%1 in the last five minutes)</source>
        <translation>In der letzten Minute gestartete Zustellversuche (%1 in den letzten fünf Minuten)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 1 h</source>
        <translation>
            <numerusform>%Ln Fehlschlag in 1 h</numerusform>
            <numerusform>%Ln Fehlschläge in 1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatcher off</source>
        <translation>Zusteller aus</translation>
    </message>
    <message>
        <source>This console runs without a dispatcher: nothing is delivered from it.</source>
        <translation>Diese Konsole läuft ohne Zusteller: Von ihr aus wird nichts zugestellt.</translation>
    </message>
    <message>
        <source>Dispatcher stopped</source>
        <translation>Zusteller angehalten</translation>
    </message>
    <message>
        <source>The dispatcher is not running: events wait in the store.</source>
        <translation>Der Zusteller läuft nicht: Ereignisse warten im Speicher.</translation>
    </message>
    <message>
        <source>Dispatcher running</source>
        <translation>Zusteller läuft</translation>
    </message>
    <message>
        <source>Delivering events as they become due.</source>
        <translation>Stellt Ereignisse zu, sobald sie fällig werden.</translation>
    </message>
    <message>
        <source>Dispatcher: store failure</source>
        <translation>Zusteller: Speicherfehler</translation>
    </message>
    <message>
        <source>The dispatcher cannot write to the store and holds its work until it can: %1</source>
        <translation>Der Zusteller kann nicht in den Speicher schreiben und hält seine Arbeit an, bis er es wieder kann: %1</translation>
    </message>
</context>
<context>
    <name>hookboard::DisabledBanner</name>
    <message>
        <source>Hookboard disabled this receiver automatically</source>
        <translation>Hookboard hat diesen Empfänger automatisch deaktiviert</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>Turn deliveries back on; held events go out again</source>
        <translation>Zustellungen wieder einschalten; zurückgehaltene Ereignisse werden wieder versendet</translation>
    </message>
    <message>
        <source>%1
Nothing is delivered to it; its pending events are held and go out when it is enabled again.</source>
        <translation>%1
An ihn wird nichts zugestellt; seine ausstehenden Ereignisse werden zurückgehalten und versendet, sobald er wieder aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>hookboard::Dispatcher</name>
    <message>
        <source>interrupted by shutdown; the event was returned to the queue</source>
        <translation>durch das Herunterfahren unterbrochen; das Ereignis wurde wieder in die Warteschlange gestellt</translation>
    </message>
    <message>
        <source>disabled automatically: the receiver answered 410 Gone at %1, asking for no more deliveries</source>
        <translation>automatisch deaktiviert: Der Empfänger hat am %1 mit 410 Gone geantwortet und damit um keine weiteren Zustellungen gebeten</translation>
    </message>
</context>
<context>
    <name>hookboard::DocsBrowser</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The type shown before this one</source>
        <translation>Der zuvor gezeigte Typ</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reads the schema from the running API again</source>
        <translation>Liest das Schema erneut von der laufenden API</translation>
    </message>
    <message>
        <source>Click a type to read its fields</source>
        <translation>Klicken Sie auf einen Typ, um seine Felder zu lesen</translation>
    </message>
    <message>
        <source>Reading the schema from the API…</source>
        <translation>Das Schema wird von der API gelesen …</translation>
    </message>
    <message>
        <source>The API did not describe its schema: %1</source>
        <translation>Die API hat ihr Schema nicht beschrieben: %1</translation>
    </message>
    <message>
        <source>As the running API describes it.</source>
        <translation>So, wie die laufende API es beschreibt.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Queries: %1</source>
        <translation>Abfragen: %1</translation>
    </message>
    <message>
        <source>Mutations: %1</source>
        <translation>Mutationen: %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>(deprecated)</source>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <source>API documentation</source>
        <translation>API-Dokumentation</translation>
    </message>
</context>
<context>
    <name>hookboard::EditResendDialog</name>
    <message>
        <source>Edit and send as a test event</source>
        <translation>Bearbeiten und als Testereignis senden</translation>
    </message>
    <message>
        <source>Sends this payload, as you edit it, to “%1” as a new test event of %2.%3, signed with the receiver&apos;s current secret. Event evt_%4 and its attempts stay as they are.</source>
        <translation>Sendet diese Nutzdaten mit Ihren Änderungen an „%1“ als neues Testereignis %2.%3, signiert mit dem aktuellen Geheimnis des Empfängers. Ereignis evt_%4 und seine Versuche bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
</context>
<context>
    <name>hookboard::EnumBrowser</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reads the enums from the running API again</source>
        <translation>Liest die Enums erneut aus der laufenden API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Double-click a value to insert it into the document</source>
        <translation>Doppelklicken Sie auf einen Wert, um ihn in das Dokument einzufügen</translation>
    </message>
    <message>
        <source>Reading the enums from the API…</source>
        <translation>Enums werden aus der API gelesen…</translation>
    </message>
    <message>
        <source>The API did not list its enums: %1</source>
        <translation>Die API hat ihre Enums nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>Deprecated: %1 %2</source>
        <translation>Veraltet: %1 %2</translation>
    </message>
    <message>
        <source>Double-click to insert %1</source>
        <translation>Doppelklicken, um %1 einzufügen</translation>
    </message>
    <message>
        <source>As the running API lists them.</source>
        <translation>So, wie die laufende API sie auflistet.</translation>
    </message>
    <message>
        <source>Enums and their values</source>
        <translation>Enums und ihre Werte</translation>
    </message>
</context>
<context>
    <name>hookboard::EventActions</name>
    <message numerus="yes">
        <source>; and %Ln more</source>
        <translation>
            <numerusform>; und ein weiteres</numerusform>
            <numerusform>; und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend events</source>
        <translation>Ereignisse erneut senden</translation>
    </message>
    <message>
        <source>Resend %1 events? Each goes back to Pending and is delivered again, keeping its webhook-id, so receivers that deduplicate stay safe.</source>
        <translation>%1 Ereignisse erneut senden? Jedes wird wieder auf „Ausstehend“ gesetzt und erneut zugestellt und behält dabei seine webhook-id, sodass Empfänger mit Duplikaterkennung sicher bleiben.</translation>
    </message>
    <message>
        <source>Resend %1 events</source>
        <translation>%1 Ereignisse erneut senden</translation>
    </message>
    <message>
        <source>Do not resend</source>
        <translation>Nicht erneut senden</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be resent:</source>
        <translation>
            <numerusform>%Ln Ereignis konnte nicht erneut gesendet werden:</numerusform>
            <numerusform>%Ln Ereignisse konnten nicht erneut gesendet werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) sent again: back to Pending, each keeping its webhook-id</source>
        <translation>
            <numerusform>%Ln Ereignis erneut gesendet: wieder „Ausstehend“, mit unveränderter webhook-id</numerusform>
            <numerusform>%Ln Ereignisse erneut gesendet: wieder „Ausstehend“, jedes mit unveränderter webhook-id</numerusform>
        </translation>
    </message>
    <message>
        <source>Only succeeded, failed or cancelled events can be resent</source>
        <translation>Nur Ereignisse mit dem Status „Zugestellt“, „Fehlgeschlagen“ oder „Abgebrochen“ können erneut gesendet werden</translation>
    </message>
    <message>
        <source>Only pending, sending or retrying events can be cancelled</source>
        <translation>Nur Ereignisse mit dem Status „Ausstehend“, „Wird gesendet“ oder „Wird wiederholt“ können abgebrochen werden</translation>
    </message>
    <message>
        <source>Cancel events</source>
        <translation>Ereignisse abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln event(s)? Cancelled events are not delivered, unless someone resends them.</source>
        <translation>
            <numerusform>Das Ereignis abbrechen? Abgebrochene Ereignisse werden nicht zugestellt, es sei denn, jemand sendet sie erneut.</numerusform>
            <numerusform>%Ln Ereignisse abbrechen? Abgebrochene Ereignisse werden nicht zugestellt, es sei denn, jemand sendet sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln event(s)</source>
        <translation>
            <numerusform>Ereignis abbrechen</numerusform>
            <numerusform>%Ln Ereignisse abbrechen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Nicht abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be cancelled:</source>
        <translation>
            <numerusform>%Ln Ereignis konnte nicht abgebrochen werden:</numerusform>
            <numerusform>%Ln Ereignisse konnten nicht abgebrochen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) cancelled</source>
        <translation>
            <numerusform>%Ln Ereignis abgebrochen</numerusform>
            <numerusform>%Ln Ereignisse abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only retrying events can be retried now</source>
        <translation>Nur Ereignisse mit dem Status „Wird wiederholt“ können jetzt wiederholt werden</translation>
    </message>
    <message>
        <source>The selected events are no longer waiting for a retry</source>
        <translation>Die ausgewählten Ereignisse warten nicht mehr auf eine Wiederholung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) are being retried now</source>
        <translation>
            <numerusform>%Ln Ereignis wird jetzt wiederholt</numerusform>
            <numerusform>%Ln Ereignisse werden jetzt wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed events %1 to replay</source>
        <translation>Keine fehlgeschlagenen Ereignisse %1 zum erneuten Zustellen</translation>
    </message>
    <message>
        <source>Replay failed events</source>
        <translation>Fehlgeschlagene Ereignisse erneut zustellen</translation>
    </message>
    <message numerus="yes">
        <source>Replay %Ln failed event(s) %1? Each goes back to Pending and is delivered again, keeping its webhook-id, so receivers that deduplicate stay safe.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenes Ereignis %1 erneut zustellen? Es wird wieder auf „Ausstehend“ gesetzt und erneut zugestellt und behält dabei seine webhook-id, sodass Empfänger mit Duplikaterkennung sicher bleiben.</numerusform>
            <numerusform>%Ln fehlgeschlagene Ereignisse %1 erneut zustellen? Jedes wird wieder auf „Ausstehend“ gesetzt und erneut zugestellt und behält dabei seine webhook-id, sodass Empfänger mit Duplikaterkennung sicher bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>%1 erneut zustellen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed event(s) sent again</source>
        <translation>
            <numerusform>%Ln fehlgeschlagenes Ereignis erneut gesendet</numerusform>
            <numerusform>%Ln fehlgeschlagene Ereignisse erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters show only events with the status %1, so no failed event matches them</source>
        <translation>Die Filter zeigen nur Ereignisse mit dem Status „%1“, daher passt kein fehlgeschlagenes Ereignis dazu</translation>
    </message>
</context>
<context>
    <name>hookboard::EventExportJob</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>hookboard::EventFilterBar</name>
    <message>
        <source>Only the events of one receiver</source>
        <translation>Nur die Ereignisse eines Empfängers</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Only changes of one resource</source>
        <translation>Nur Änderungen einer Ressource</translation>
    </message>
    <message>
        <source>Any resource</source>
        <translation>Jede Ressource</translation>
    </message>
    <message>
        <source>Only one action</source>
        <translation>Nur eine Aktion</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Only events published in a time range</source>
        <translation>Nur Ereignisse, die in einem Zeitraum veröffentlicht wurden</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jeder Zeitraum</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Published at or after (local time)</source>
        <translation>Veröffentlicht ab (Ortszeit)</translation>
    </message>
    <message>
        <source>Published before (local time)</source>
        <translation>Veröffentlicht vor (Ortszeit)</translation>
    </message>
    <message>
        <source>Text in the payload, e.g. an order number (%1)</source>
        <translation>Text in den Nutzdaten, z. B. eine Auftragsnummer (%1)</translation>
    </message>
    <message>
        <source>Events whose published data contains this text (letters A–Z match either case). %1 comes here from anywhere on the page.</source>
        <translation>Ereignisse, deren veröffentlichte Daten diesen Text enthalten (bei den Buchstaben A–Z wird Groß-/Kleinschreibung nicht unterschieden). Mit %1 gelangen Sie von überall auf der Seite hierher.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All receivers</source>
        <translation>Alle Empfänger</translation>
    </message>
    <message>
        <source>Only events in the statuses ticked (any of them)</source>
        <translation>Nur Ereignisse in den angehakten Status (einem davon)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statuses</source>
        <translation>
            <numerusform>%Ln Status</numerusform>
            <numerusform>%Ln Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Events that are %1</source>
        <translation>Ereignisse im Status %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Published at or after</source>
        <translation>Veröffentlicht ab</translation>
    </message>
    <message>
        <source>Published before</source>
        <translation>Veröffentlicht vor</translation>
    </message>
    <message>
        <source>Text in the payload</source>
        <translation>Text in den Nutzdaten</translation>
    </message>
</context>
<context>
    <name>hookboard::EventInspector</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copies a curl command (for sh, bash or zsh) that sends the chosen attempt&apos;s request again: the same body and headers, signatures included, to the receiver&apos;s current URL.</source>
        <translation>Kopiert einen curl-Befehl (für sh, bash oder zsh), der die Anfrage des gewählten Versuchs erneut sendet: derselbe Body und dieselben Header, einschließlich Signaturen, an die aktuelle URL des Empfängers.</translation>
    </message>
    <message>
        <source>Every attempt of this event, oldest first</source>
        <translation>Alle Versuche dieses Ereignisses, der älteste zuerst</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Signaturprüfung</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source> · resent</source>
        <translation> · erneut gesendet</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <source>No attempt yet</source>
        <translation>Noch kein Versuch</translation>
    </message>
    <message>
        <source>Select an event to see its payload, its attempts and how its signatures are checked.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Nutzdaten, seine Versuche und die Prüfung seiner Signaturen zu sehen.</translation>
    </message>
    <message>
        <source>%1 after 1 attempt</source>
        <translation>%1 nach 1 Versuch</translation>
    </message>
    <message>
        <source>%1 after %2 attempts</source>
        <translation>%1 nach %2 Versuchen</translation>
    </message>
    <message>
        <source>%1, next at %2</source>
        <translation>%1, nächster Versuch: %2</translation>
    </message>
    <message>
        <source>Event %1 · %2.%3%4 → %5 · %6</source>
        <translation>Ereignis %1 · %2.%3%4 → %5 · %6</translation>
    </message>
    <message>
        <source> (test)</source>
        <translation> (Test)</translation>
    </message>
    <message>
        <source>No attempt yet: requests, responses and signatures are recorded per attempt (each retry has a fresh timestamp).</source>
        <translation>Noch kein Versuch: Anfragen, Antworten und Signaturen werden pro Versuch aufgezeichnet (jede Wiederholung hat einen neuen Zeitstempel).</translation>
    </message>
    <message>
        <source>(the receiver was deleted)</source>
        <translation>(der Empfänger wurde gelöscht)</translation>
    </message>
    <message>
        <source>POST %1 · attempt %2 · started %3</source>
        <translation>POST %1 · Versuch %2 · gestartet %3</translation>
    </message>
    <message>
        <source> · resent by a person</source>
        <translation> · von einer Person erneut gesendet</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 nach %2 ms</translation>
    </message>
    <message>
        <source>(truncated: only the first 64 KiB were kept)</source>
        <translation>(gekürzt: nur die ersten 64 KiB wurden behalten)</translation>
    </message>
    <message>
        <source>No response after %1 ms: %2</source>
        <translation>Keine Antwort nach %1 ms: %2</translation>
    </message>
    <message>
        <source>the attempt ended without an answer</source>
        <translation>der Versuch endete ohne Antwort</translation>
    </message>
    <message>
        <source>Copied a curl command that sends attempt %1 of event %2 again</source>
        <translation>curl-Befehl kopiert, der Versuch %1 von Ereignis %2 erneut sendet</translation>
    </message>
    <message>
        <source>Edit and send…</source>
        <translation>Bearbeiten und senden…</translation>
    </message>
    <message>
        <source>Opens this payload in an editor and sends what you make of it to the same receiver as a new test event; this event stays as it is.</source>
        <translation>Öffnet diese Nutzdaten in einem Editor und sendet Ihre Fassung als neues Testereignis an denselben Empfänger; dieses Ereignis bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Sent your edit to %1 as test event evt_%2; evt_%3 is unchanged</source>
        <translation>Ihre Fassung ging als Testereignis evt_%2 an %1; evt_%3 ist unverändert</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation>&amp;Bearbeiten und senden…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>hookboard::EventLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1.%2 (test)</source>
        <translation>%1.%2 (Test)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Published %1 (event %2)</source>
        <translation>Veröffentlicht %1 (Ereignis %2)</translation>
    </message>
    <message>
        <source>Sent as webhook-id: evt_%1</source>
        <translation>Gesendet als webhook-id: evt_%1</translation>
    </message>
    <message>
        <source>Next attempt at %1 (Retry now sends it at once)</source>
        <translation>Nächster Versuch um %1 („Jetzt wiederholen“ sendet es sofort)</translation>
    </message>
    <message>
        <source>No attempt is scheduled</source>
        <translation>Kein Versuch geplant</translation>
    </message>
    <message>
        <source>The last attempt was answered with HTTP %1</source>
        <translation>Der letzte Versuch wurde mit HTTP %1 beantwortet</translation>
    </message>
    <message>
        <source>No HTTP answer yet (not tried, or a network error)</source>
        <translation>Noch keine HTTP-Antwort (nicht versucht oder ein Netzwerkfehler)</translation>
    </message>
    <message>
        <source>How long the last attempt took</source>
        <translation>Wie lange der letzte Versuch gedauert hat</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Of the last attempt. Not sortable: the store keeps no index for it.</source>
        <translation>Des letzten Versuchs. Nicht sortierbar: Der Speicher führt dafür keinen Index.</translation>
    </message>
    <message>
        <source>When a retrying event is tried again. Not sortable.</source>
        <translation>Wann ein Ereignis im Status „Wird wiederholt“ erneut versucht wird. Nicht sortierbar.</translation>
    </message>
    <message>
        <source>Sorting groups the events by receiver, in the order the receivers were made</source>
        <translation>Die Sortierung gruppiert die Ereignisse nach Empfänger, in der Reihenfolge, in der die Empfänger angelegt wurden</translation>
    </message>
    <message>
        <source>Click to sort; events with the same value stay in time order</source>
        <translation>Zum Sortieren klicken; Ereignisse mit gleichem Wert bleiben in zeitlicher Reihenfolge</translation>
    </message>
</context>
<context>
    <name>hookboard::EventLogPage</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Every delivery, newest first, as it happens. Select one to see its payload, its attempts and how its signatures are checked.</source>
        <translation>Jede Zustellung, die neueste zuerst, in Echtzeit. Wählen Sie eine aus, um ihre Nutzdaten, ihre Versuche und die Prüfung ihrer Signaturen zu sehen.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected succeeded, failed or cancelled events again, with the same webhook-id</source>
        <translation>Die ausgewählten Ereignisse im Status „Zugestellt“, „Fehlgeschlagen“ oder „Abgebrochen“ mit derselben webhook-id erneut senden</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Try the selected retrying events now instead of at their next attempt time</source>
        <translation>Die ausgewählten Ereignisse im Status „Wird wiederholt“ jetzt versuchen statt erst zum Zeitpunkt ihres nächsten Versuchs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected pending or retrying events</source>
        <translation>Die ausgewählten Ereignisse im Status „Ausstehend“ oder „Wird wiederholt“ abbrechen</translation>
    </message>
    <message>
        <source>Replay failed events matching the filters</source>
        <translation>Fehlgeschlagene Ereignisse, die den Filtern entsprechen, erneut zustellen</translation>
    </message>
    <message>
        <source>Replay failed events of a receiver</source>
        <translation>Fehlgeschlagene Ereignisse eines Empfängers erneut zustellen</translation>
    </message>
    <message>
        <source>Replay failed…</source>
        <translation>Erneut zustellen…</translation>
    </message>
    <message>
        <source>Send failed events again: those matching the filters, or all of one receiver&apos;s. You are told how many first.</source>
        <translation>Fehlgeschlagene Ereignisse erneut zustellen: die, die den Filtern entsprechen, oder alle eines Empfängers. Vorher erfahren Sie, wie viele es sind.</translation>
    </message>
    <message>
        <source>Scroll to the newest events</source>
        <translation>Zu den neuesten Ereignissen blättern</translation>
    </message>
    <message>
        <source>Events that match the filters (counted up to %1)</source>
        <translation>Ereignisse, die den Filtern entsprechen (gezählt bis %1)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Reading the events that match the filters. Text in the payload is searched in every stored event, which takes a moment in a large store.</source>
        <translation>Die Ereignisse, die den Filtern entsprechen, werden gelesen. Text in den Nutzdaten wird in jedem gespeicherten Ereignis gesucht; in einem großen Speicher dauert das einen Moment.</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>Die Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>▲ %Ln newer event(s)</source>
        <translation>
            <numerusform>▲ %Ln neueres Ereignis</numerusform>
            <numerusform>▲ %Ln neuere Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>matching the filters</source>
        <translation>passend zu den Filtern</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>More than %1 events</source>
        <translation>Mehr als %1 Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay failed events of %1</source>
        <translation>Fehlgeschlagene Ereignisse von %1 erneut zustellen</translation>
    </message>
    <message>
        <source>Replay failed events of a receiver (select one of its events)</source>
        <translation>Fehlgeschlagene Ereignisse eines Empfängers erneut zustellen (wählen Sie eines seiner Ereignisse aus)</translation>
    </message>
    <message>
        <source>Reading the events…</source>
        <translation>Die Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Keine Ereignisse entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No events yet.
Every change published to a subscribed receiver shows up here the moment it is stored, and changes as it is delivered.</source>
        <translation>Noch keine Ereignisse.
Jede Änderung, die für einen abonnierten Empfänger veröffentlicht wird, erscheint hier, sobald sie gespeichert ist, und wird während der Zustellung aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Find in payloads</source>
        <translation>In Nutzdaten &amp;suchen</translation>
    </message>
    <message>
        <source>Go to the search for text in the payloads</source>
        <translation>Zur Textsuche in den Nutzdaten wechseln</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Jetzt &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel events</source>
        <translation>Ereignisse &amp;abbrechen</translation>
    </message>
    <message>
        <source>You are told how many first.</source>
        <translation>Vorher erfahren Sie, wie viele es sind.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the events that match the filters, with their attempts, to a file</source>
        <translation>Die Ereignisse, die den Filtern entsprechen, mit ihren Versuchen in einer Datei speichern</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets…</source>
        <translation>CSV, für Tabellenkalkulationen…</translation>
    </message>
    <message>
        <source>JSON lines, with every attempt…</source>
        <translation>JSON Lines, mit allen Versuchen…</translation>
    </message>
    <message>
        <source>HAR, for browser and proxy tools…</source>
        <translation>HAR, für Browser- und Proxy-Werkzeuge…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Go to the ne&amp;west events</source>
        <translation>Zu den &amp;neuesten Ereignissen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Export files</source>
        <translation>Exportdateien</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n event(s) so far</source>
        <translation>
            <numerusform>Wird exportiert… bisher %n Ereignis</numerusform>
            <numerusform>Wird exportiert… bisher %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The events were not exported: %1</source>
        <translation>Die Ereignisse wurden nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Stop export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Stop the export under way; no file is written</source>
        <translation>Den laufenden Export abbrechen; es wird keine Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>hookboard::FieldErrorLabel</name>
    <message>
        <source>Header %1, name: %2</source>
        <translation>Header %1, Name: %2</translation>
    </message>
    <message>
        <source>Header %1, value: %2</source>
        <translation>Header %1, Wert: %2</translation>
    </message>
    <message>
        <source>%1 — rule: %2</source>
        <translation>%1 — Regel: %2</translation>
    </message>
</context>
<context>
    <name>hookboard::GraphQlClient</name>
    <message>
        <source>Could not reach the API: %1</source>
        <translation>Die API ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>hookboard::HeaderEditor</name>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sent with every delivery, e.g. Authorization</source>
        <translation>Wird mit jeder Zustellung gesendet, z. B. Authorization</translation>
    </message>
</context>
<context>
    <name>hookboard::HeaderTableModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Edit header name</source>
        <translation>Header-Namen bearbeiten</translation>
    </message>
    <message>
        <source>Edit header value</source>
        <translation>Header-Wert bearbeiten</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
</context>
<context>
    <name>hookboard::HeadlessApp</name>
    <message>
        <source>cannot catch signal %1; it will stop Hookboard without a clean shutdown</source>
        <translation>Signal %1 kann nicht abgefangen werden; es beendet Hookboard ohne sauberes Herunterfahren</translation>
    </message>
    <message>
        <source>headless; store %1 (schema version %2)</source>
        <translation>headless; Speicher %1 (Schemaversion %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) interrupted by the last stop went back to the queue</source>
        <translation>
            <numerusform>%n Ereignis, das beim letzten Beenden unterbrochen wurde, ist wieder in der Warteschlange</numerusform>
            <numerusform>%n Ereignisse, die beim letzten Beenden unterbrochen wurden, sind wieder in der Warteschlange</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::HttpMessageView</name>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 Bytes Binärdaten)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>%1 – Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 body</source>
        <translation>%1 – Inhalt</translation>
    </message>
</context>
<context>
    <name>hookboard::HttpSender</name>
    <message>
        <source>refused: &quot;%1&quot; is not an https URL</source>
        <translation>abgelehnt: &quot;%1&quot; ist keine https-URL</translation>
    </message>
    <message>
        <source>refused: %1 is a link-local, cloud-metadata or multicast address (%2); no connection was made</source>
        <translation>abgelehnt: %1 ist eine Link-Local-, Cloud-Metadaten- oder Multicast-Adresse (%2); es wurde keine Verbindung aufgebaut</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>refused: %1 resolves to %2, a link-local, cloud-metadata or multicast address (%3); no connection was made</source>
        <translation>abgelehnt: %1 wird zu %2 aufgelöst, einer Link-Local-, Cloud-Metadaten- oder Multicast-Adresse (%3); es wurde keine Verbindung aufgebaut</translation>
    </message>
    <message>
        <source>aborted: Hookboard stopped the attempt</source>
        <translation>abgebrochen: Hookboard hat den Versuch gestoppt</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>%1 (while reading an HTTP %2 response)</source>
        <translation>%1 (beim Lesen einer HTTP-%2-Antwort)</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file &quot;%2&quot;: %3</source>
        <translation>%1: die CA-Datei &quot;%2&quot; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: the CA file &quot;%2&quot; holds no PEM certificate</source>
        <translation>%1: die CA-Datei &quot;%2&quot; enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>hookboard::ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>a new shared secret is made: give it to the receiver</source>
        <translation>ein neues gemeinsames Geheimnis wird erzeugt: Geben Sie es dem Empfänger</translation>
    </message>
    <message>
        <source>Nothing to import: this Hookboard already has every receiver and subscription of the file as it is.</source>
        <translation>Nichts zu importieren: Dieses Hookboard hat bereits jeden Empfänger und jedes Abonnement der Datei genau so, wie sie dort stehen.</translation>
    </message>
    <message>
        <source>Receivers: %1 new, %2 changed, %3 unchanged. Subscriptions: %4 new, %5 changed.</source>
        <translation>Empfänger: %1 neu, %2 geändert, %3 unverändert. Abonnements: %4 neu, %5 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s) here that the file does not name stay as they are.</source>
        <translation>
            <numerusform>%n vorhandener Empfänger, den die Datei nicht nennt, bleibt unverändert.</numerusform>
            <numerusform>%n vorhandene Empfänger, die die Datei nicht nennt, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <source>Importing %1 will do this. Nothing is written until you choose Import; then all of it is written, or none of it.</source>
        <translation>Der Import von %1 bewirkt Folgendes. Es wird nichts geschrieben, bis Sie „Importieren“ wählen; dann wird alles geschrieben oder gar nichts.</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Was der Import ändert</translation>
    </message>
    <message>
        <source>Receiver or subscription</source>
        <translation>Empfänger oder Abonnement</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
</context>
<context>
    <name>hookboard::MainWindow</name>
    <message>
        <source>Hookboard</source>
        <translation>Hookboard</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>API-Explorer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Bediener: %1</translation>
    </message>
    <message>
        <source>Copy API token</source>
        <translation>API-Token kopieren</translation>
    </message>
    <message>
        <source>Copies the bearer token that scripts send as &quot;Authorization: Bearer …&quot;</source>
        <translation>Kopiert das Bearer-Token, das Skripte als &quot;Authorization: Bearer …&quot; senden</translation>
    </message>
    <message>
        <source>API token copied</source>
        <translation>API-Token kopiert</translation>
    </message>
    <message>
        <source>API: off</source>
        <translation>API: aus</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Close Hookboard? Deliveries stop until it runs again: pending and retrying events wait, and the API and the sandbox stop answering.

To keep delivering with the window closed, choose &quot;Keep running in the tray&quot; in Settings.</source>
        <translation>Hookboard schließen? Die Zustellungen stoppen, bis Hookboard wieder läuft: Ereignisse, die ausstehen oder wiederholt werden, warten; die API und die Sandbox antworten nicht mehr.

Um bei geschlossenem Fenster weiter zuzustellen, wählen Sie in den Einstellungen &quot;Im Infobereich weiterlaufen&quot;.</translation>
    </message>
    <message>
        <source>Close Hookboard? Deliveries stop until it runs again: pending and retrying events wait, and the API and the sandbox stop answering.</source>
        <translation>Hookboard schließen? Die Zustellungen stoppen, bis Hookboard wieder läuft: Ereignisse, die ausstehen oder wiederholt werden, warten; die API und die Sandbox antworten nicht mehr.</translation>
    </message>
    <message>
        <source>Close Hookboard</source>
        <translation>Hookboard schließen</translation>
    </message>
    <message>
        <source>Close and stop deliveries</source>
        <translation>Schließen und Zustellungen stoppen</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Geöffnet lassen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window and stop delivering</source>
        <translation>Das Fenster schließen und die Zustellung beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys; %1 to %2 go straight to one from anywhere.</source>
        <translation>Wählen Sie eine Seite mit den Pfeiltasten; mit %1 bis %2 gelangen Sie von überall direkt zu einer Seite.</translation>
    </message>
    <message>
        <source>&amp;Navigation list</source>
        <translation>&amp;Navigationsliste</translation>
    </message>
    <message>
        <source>Move the focus to the list of pages on the left</source>
        <translation>Den Fokus auf die Liste der Seiten links setzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters auflisten</translation>
    </message>
</context>
<context>
    <name>hookboard::OperatorSettingsEditor</name>
    <message>
        <source>This window runs without the settings service, so nothing can be changed here.</source>
        <translation>Dieses Fenster läuft ohne den Einstellungsdienst, daher kann hier nichts geändert werden.</translation>
    </message>
    <message>
        <source>e.g. 5s, 5m, 30m, 2h, 5h, 10h, 10h</source>
        <translation>z. B. 5s, 5m, 30m, 2h, 5h, 10h, 10h</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Wiederholungsplan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attempt timeout in seconds</source>
        <translation>Zeitlimit pro Versuch in Sekunden</translation>
    </message>
    <message>
        <source>Per receiver:</source>
        <translation>Pro Empfänger:</translation>
    </message>
    <message>
        <source> in flight</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>Attempts in flight per receiver</source>
        <translation>Gleichzeitige Versuche pro Empfänger</translation>
    </message>
    <message>
        <source>In all:</source>
        <translation>Insgesamt:</translation>
    </message>
    <message>
        <source>Attempts in flight in all</source>
        <translation>Gleichzeitige Versuche insgesamt</translation>
    </message>
    <message>
        <source>Disable after:</source>
        <translation>Deaktivieren nach:</translation>
    </message>
    <message>
        <source> h of failures</source>
        <translation> h mit Fehlschlägen</translation>
    </message>
    <message>
        <source>Hours of failures in a row before a receiver is disabled</source>
        <translation>Stunden mit Fehlschlägen in Folge, bevor ein Empfänger deaktiviert wird</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>keep every event</source>
        <translation>jedes Ereignis aufbewahren</translation>
    </message>
    <message>
        <source>Keep finished events:</source>
        <translation>Abgeschlossene Ereignisse aufbewahren:</translation>
    </message>
    <message>
        <source>Days finished events are kept</source>
        <translation>Tage, die abgeschlossene Ereignisse aufbewahrt werden</translation>
    </message>
    <message>
        <source>Each retry waits its step ±20 %; after the last step the event fails. A receiver can have its own schedule, timeout and cap. Changes apply to the next attempts without a restart; 410 Gone still disables a receiver at once.</source>
        <translation>Jede Wiederholung wartet die Dauer ihres Schritts ±20 %; nach dem letzten Schritt schlägt das Ereignis fehl. Ein Empfänger kann einen eigenen Wiederholungsplan, ein eigenes Zeitlimit und eine eigene Obergrenze haben. Änderungen gelten ohne Neustart für die nächsten Versuche; 410 Gone deaktiviert einen Empfänger weiterhin sofort.</translation>
    </message>
    <message>
        <source>/etc/ssl/certs/our-ca.pem (one file a line)</source>
        <translation>/etc/ssl/certs/our-ca.pem (eine Datei pro Zeile)</translation>
    </message>
    <message>
        <source>Trusted CA files:</source>
        <translation>Vertrauenswürdige CA-Dateien:</translation>
    </message>
    <message>
        <source>Trusted CA files</source>
        <translation>Vertrauenswürdige CA-Dateien</translation>
    </message>
    <message>
        <source>Also trusted: %1.</source>
        <translation>Ebenfalls vertrauenswürdig: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>10.0.0.0/8 (one range a line)</source>
        <translation>10.0.0.0/8 (ein Bereich pro Zeile)</translation>
    </message>
    <message>
        <source>Refuse destinations:</source>
        <translation>Ziele verweigern:</translation>
    </message>
    <message>
        <source>Refused destination ranges</source>
        <translation>Verweigerte Zieladressbereiche</translation>
    </message>
    <message>
        <source>Besides link-local, cloud-metadata, 0.0.0.0/8 and multicast, which are always refused.</source>
        <translation>Zusätzlich zu Link-Local-, Cloud-Metadaten-, 0.0.0.0/8- und Multicast-Adressen, die immer verweigert werden.</translation>
    </message>
    <message>
        <source>169.254.10.0/24 (one range a line)</source>
        <translation>169.254.10.0/24 (ein Bereich pro Zeile)</translation>
    </message>
    <message>
        <source>Allow inside them:</source>
        <translation>Darin erlauben:</translation>
    </message>
    <message>
        <source>Allowed destination ranges</source>
        <translation>Erlaubte Zieladressbereiche</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API token</source>
        <translation>API-Token anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the API token</source>
        <translation>API-Token kopieren</translation>
    </message>
    <message>
        <source>Copies the bearer token that scripts send as &quot;Authorization: Bearer …&quot;</source>
        <translation>Kopiert das Bearer-Token, das Skripte als &quot;Authorization: Bearer …&quot; senden</translation>
    </message>
    <message>
        <source>API token copied.</source>
        <translation>API-Token kopiert.</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Neu erzeugen…</translation>
    </message>
    <message>
        <source>Regenerate the API token</source>
        <translation>API-Token neu erzeugen</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>--api-tls-cert/--api-tls-key, --sandbox-listen and --data-dir change the rest at start.</source>
        <translation>--api-tls-cert/--api-tls-key, --sandbox-listen und --data-dir ändern den Rest beim Start.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Die Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert the settings to what is saved</source>
        <translation>Die Einstellungen auf den gespeicherten Stand zurücksetzen</translation>
    </message>
    <message>
        <source>Set by %1 on the command line for this run.</source>
        <translation>Für diesen Lauf durch %1 auf der Kommandozeile festgelegt.</translation>
    </message>
    <message>
        <source>Needs a restart: the API is bound to its address while it runs.</source>
        <translation>Erfordert einen Neustart: Die API ist an ihre Adresse gebunden, solange sie läuft.</translation>
    </message>
    <message>
        <source>Needs a restart: the API listens on %1 until then.</source>
        <translation>Erfordert einen Neustart: Bis dahin lauscht die API auf %1.</translation>
    </message>
    <message>
        <source>Set by --api-token or HOOKBOARD_API_TOKEN for this run.</source>
        <translation>Für diesen Lauf durch --api-token oder HOOKBOARD_API_TOKEN festgelegt.</translation>
    </message>
    <message>
        <source>Regenerating takes effect at once: clients holding the old token are refused.</source>
        <translation>Das Neuerzeugen wirkt sofort: Clients mit dem alten Token werden abgelehnt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) break a rule.</source>
        <translation>
            <numerusform>Es wurde nichts gespeichert: %n Wert verstößt gegen eine Regel.</numerusform>
            <numerusform>Es wurde nichts gespeichert: %n Werte verstoßen gegen eine Regel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The API address takes effect at the next start; the rest applies to the next attempts.</source>
        <translation>Gespeichert. Die API-Adresse gilt ab dem nächsten Start; der Rest gilt für die nächsten Versuche.</translation>
    </message>
    <message>
        <source>Saved. Deliveries use the new values from the next attempt on.</source>
        <translation>Gespeichert. Zustellungen verwenden die neuen Werte ab dem nächsten Versuch.</translation>
    </message>
    <message>
        <source>Every API client (scripts, integrations, the curl commands you copied) needs the new token: the current one is refused from the moment it is replaced.</source>
        <translation>Jeder API-Client (Skripte, Integrationen, die curl-Befehle, die Sie kopiert haben) braucht das neue Token: Das aktuelle wird ab dem Moment abgelehnt, in dem es ersetzt wird.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Keep the current token</source>
        <translation>Aktuelles Token behalten</translation>
    </message>
    <message>
        <source>A new API token is in use; give it to every API client.</source>
        <translation>Ein neues API-Token ist in Gebrauch; geben Sie es jedem API-Client.</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverDirectory</name>
    <message>
        <source>receiver #%1 (deleted)</source>
        <translation>Empfänger #%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverForm</name>
    <message>
        <source>This receiver was changed elsewhere since you began editing it. Saving shows both versions so you can choose which to keep.</source>
        <translation>Dieser Empfänger wurde an anderer Stelle geändert, seit Sie mit der Bearbeitung begonnen haben. Beim Speichern werden beide Fassungen angezeigt, damit Sie wählen können, welche erhalten bleibt.</translation>
    </message>
    <message>
        <source>e.g. Billing service</source>
        <translation>z. B. Abrechnungsdienst</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Name bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>What this endpoint is for, and who looks after it</source>
        <translation>Wofür dieser Endpunkt da ist und wer ihn betreut</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Edit URL</source>
        <translation>URL bearbeiten</translation>
    </message>
    <message>
        <source>HTTPS &amp;URL</source>
        <translation>HTTPS-&amp;URL</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded, payload=…)</source>
        <translation>Formular (application/x-www-form-urlencoded, payload=…)</translation>
    </message>
    <message>
        <source>Change content type</source>
        <translation>Inhaltstyp ändern</translation>
    </message>
    <message>
        <source>&amp;Content type</source>
        <translation>&amp;Inhaltstyp</translation>
    </message>
    <message>
        <source>The HTTP status that counts as a successful delivery</source>
        <translation>Der HTTP-Status, der als erfolgreiche Zustellung gilt</translation>
    </message>
    <message>
        <source>Change expected response code</source>
        <translation>Erwarteten Antwortcode ändern</translation>
    </message>
    <message>
        <source>E&amp;xpected response</source>
        <translation>Er&amp;wartete Antwort</translation>
    </message>
    <message>
        <source>Deliver events to this receiver</source>
        <translation>Ereignisse an diesen Empfänger zustellen</translation>
    </message>
    <message>
        <source>Enable receiver</source>
        <translation>Empfänger aktivieren</translation>
    </message>
    <message>
        <source>Disable receiver</source>
        <translation>Empfänger deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Custom &amp;headers</source>
        <translation>Eigene &amp;Header</translation>
    </message>
    <message>
        <source>Edit secret</source>
        <translation>Geheimnis bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>Geheimnis neu erzeugen</translation>
    </message>
    <message>
        <source>A new secret is in the field.</source>
        <translation>Im Feld steht ein neues Geheimnis.</translation>
    </message>
    <message>
        <source>A new secret is in the field. Save to replace the old one at once, or rotate to keep the old one signing for a while.</source>
        <translation>Im Feld steht ein neues Geheimnis. Speichern Sie, um das alte sofort zu ersetzen, oder wechseln Sie das Geheimnis, damit das alte noch eine Zeit lang weiter signiert.</translation>
    </message>
    <message>
        <source>Shared &amp;secret</source>
        <translation>Gemeinsames &amp;Geheimnis</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <translation>Zum Speichern korrigieren: %1</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Keine ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The secret in the field is not valid: fix or undo it first</source>
        <translation>Das Geheimnis im Feld ist ungültig: Korrigieren Sie es zuerst oder machen Sie die Änderung rückgängig</translation>
    </message>
    <message>
        <source>This receiver no longer exists: it was deleted elsewhere.</source>
        <translation>Diesen Empfänger gibt es nicht mehr: Er wurde an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>Rotated. Deliveries are signed with both secrets until the grace period ends.</source>
        <translation>Gewechselt. Zustellungen werden bis zum Ende der Übergangsfrist mit beiden Geheimnissen signiert.</translation>
    </message>
    <message>
        <source>Rotated. The old secret no longer signs.</source>
        <translation>Gewechselt. Das alte Geheimnis signiert nicht mehr.</translation>
    </message>
    <message>
        <source>No stored receiver is being edited</source>
        <translation>Es wird kein gespeicherter Empfänger bearbeitet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>expected response</source>
        <translation>Erwartete Antwort</translation>
    </message>
    <message>
        <source>custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>shared secret</source>
        <translation>Gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>delivery settings</source>
        <translation>Zustellungseinstellungen</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Save receiver</source>
        <translation>Empfänger speichern</translation>
    </message>
    <message>
        <source>Save the receiver&apos;s settings</source>
        <translation>Die Einstellungen des Empfängers speichern</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverHealthPanel</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Hourly bars over the last day, or minute bars over the last hour</source>
        <translation>Stundenbalken über den letzten Tag oder Minutenbalken über die letzte Stunde</translation>
    </message>
    <message>
        <source>Events delivered</source>
        <translation>Zugestellte Ereignisse</translation>
    </message>
    <message>
        <source>Of the events published in the period that have finished, those delivered (on any attempt)</source>
        <translation>Von den im Zeitraum veröffentlichten und abgeschlossenen Ereignissen die zugestellten (bei beliebigem Versuch)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>HTTP attempts in the period, retries and resends included</source>
        <translation>HTTP-Versuche im Zeitraum, einschließlich Wiederholungen und erneuter Sendungen</translation>
    </message>
    <message>
        <source>Attempt success</source>
        <translation>Erfolgreiche Versuche</translation>
    </message>
    <message>
        <source>Attempts in the period answered with the receiver&apos;s expected response code: a retry that succeeds still leaves its failed attempts here</source>
        <translation>Versuche im Zeitraum, die mit dem erwarteten Antwortcode des Empfängers beantwortet wurden: Auch wenn eine Wiederholung gelingt, bleiben die vorher fehlgeschlagenen Versuche hier erfasst</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Half the attempts took at most this long</source>
        <translation>Die Hälfte der Versuche dauerte höchstens so lange</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>9 in 10 attempts took at most this long</source>
        <translation>9 von 10 Versuchen dauerten höchstens so lange</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>99 in 100 attempts took at most this long</source>
        <translation>99 von 100 Versuchen dauerten höchstens so lange</translation>
    </message>
    <message>
        <source>Select a receiver to see how its deliveries are going.</source>
        <translation>Wählen Sie einen Empfänger aus, um zu sehen, wie seine Zustellungen verlaufen.</translation>
    </message>
    <message>
        <source>This receiver could not be read: %1</source>
        <translation>Dieser Empfänger konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Die Statistik konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Could not enable the receiver: %1</source>
        <translation>Der Empfänger konnte nicht aktiviert werden: %1</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Could not switch this receiver: %1</source>
        <translation>Dieser Empfänger konnte nicht umgeschaltet werden: %1</translation>
    </message>
    <message>
        <source>Active: gets new events. Click to disable.</source>
        <translation>Aktiv: erhält neue Ereignisse. Zum Deaktivieren klicken.</translation>
    </message>
    <message>
        <source>Disabled: gets no new events. Click to enable.</source>
        <translation>Deaktiviert: erhält keine neuen Ereignisse. Zum Aktivieren klicken.</translation>
    </message>
    <message>
        <source>Statistics are not available without the store.</source>
        <translation>Ohne den Speicher ist keine Statistik verfügbar.</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Die Statistik konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No attempt in the last 24 hours.</source>
        <translation>Kein Versuch in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts succeeded in the last 24 hours.</source>
        <translation>%1 von %2 Versuchen waren in den letzten 24 Stunden erfolgreich.</translation>
    </message>
    <message>
        <source>Attempt durations over the last 24 hours (%1 attempts): median %2, p90 %3, p99 %4.</source>
        <translation>Dauer der Versuche in den letzten 24 Stunden (%1 Versuche): Median %2, p90 %3, p99 %4.</translation>
    </message>
    <message>
        <source>Attempts that got the expected response code, over the last 24 hours</source>
        <translation>Versuche mit dem erwarteten Antwortcode in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Median attempt duration over the last 24 hours</source>
        <translation>Median der Versuchsdauer in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>ACTIVE, FAILING (the last attempt failed) or DISABLED</source>
        <translation>ACTIVE, FAILING (der letzte Versuch ist fehlgeschlagen) oder DISABLED</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Success (24 h)</source>
        <translation>Erfolg (24 h)</translation>
    </message>
    <message>
        <source>Median (24 h)</source>
        <translation>Median (24 h)</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiversPage</name>
    <message>
        <source>Receivers</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Endpoints that get a signed HTTP POST for every change they subscribe to.</source>
        <translation>Endpunkte, die für jede abonnierte Änderung einen signierten HTTP-POST erhalten.</translation>
    </message>
    <message>
        <source>The receivers could not be read: %1</source>
        <translation>Die Empfänger konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The receiver was deleted.</source>
        <translation>Der Empfänger wurde gelöscht.</translation>
    </message>
    <message>
        <source>Select a receiver to edit it, or create one with New receiver.</source>
        <translation>Wählen Sie einen Empfänger zum Bearbeiten aus, oder legen Sie mit „Neuer Empfänger“ einen an.</translation>
    </message>
    <message>
        <source>New receiver</source>
        <translation>Neuer Empfänger</translation>
    </message>
    <message>
        <source>Delete receiver</source>
        <translation>Empfänger löschen</translation>
    </message>
    <message>
        <source>Use a sandbox bin</source>
        <translation>Sandbox-Bin verwenden</translation>
    </message>
    <message>
        <source>Starts a new receiver whose URL is a bin of the built-in sandbox, which records every delivery and checks its signatures</source>
        <translation>Legt einen neuen Empfänger an, dessen URL ein Bin der eingebauten Sandbox ist; diese zeichnet jede Zustellung auf und prüft ihre Signaturen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>Testereignis</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>the new receiver</source>
        <translation>dem neuen Empfänger</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to %1?</source>
        <translation>Ihre ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The receiver could not be read: %1</source>
        <translation>Der Empfänger konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Receiver %1 · created by %2 on %3</source>
        <translation>Empfänger %1 · erstellt von %2 am %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Fill in the settings and save; then subscribe it and send it a test event.</source>
        <translation>Füllen Sie die Einstellungen aus und speichern Sie; richten Sie dann seine Abonnements ein und senden Sie ihm ein Testereignis.</translation>
    </message>
    <message>
        <source>Save the receiver first</source>
        <translation>Speichern Sie zuerst den Empfänger</translation>
    </message>
    <message>
        <source>Its subscription goes with it</source>
        <translation>Sein Abonnement wird mitgelöscht</translation>
    </message>
    <message>
        <source>Its %1 subscriptions go with it</source>
        <translation>Seine %1 Abonnements werden mitgelöscht</translation>
    </message>
    <message>
        <source>It has no subscriptions</source>
        <translation>Er hat keine Abonnements</translation>
    </message>
    <message>
        <source>Delete “%1”?

%2, and its unfinished deliveries are cancelled. The events delivered so far stay in the event log.</source>
        <translation>„%1“ löschen?

%2, und seine nicht abgeschlossenen Zustellungen werden abgebrochen. Die bisher zugestellten Ereignisse bleiben im Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>No receivers yet.
Click New receiver to add an endpoint that gets signed events:
one of yours, or a sandbox bin to try things out.</source>
        <translation>Noch keine Empfänger.
Klicken Sie auf „Neuer Empfänger“, um einen Endpunkt hinzuzufügen, der signierte Ereignisse erhält:
einen eigenen oder einen Sandbox-Bin zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Settings *</source>
        <translation>Einstellungen *</translation>
    </message>
    <message>
        <source>&amp;New receiver</source>
        <translation>&amp;Neuer Empfänger</translation>
    </message>
    <message>
        <source>Add an endpoint that Hookboard delivers to</source>
        <translation>Einen Endpunkt hinzufügen, an den Hookboard zustellt</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Export the receivers and subscriptions to a file, or import such a file</source>
        <translation>Die Empfänger und Abonnements in eine Datei exportieren oder eine solche Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Delete receiver…</source>
        <translation>Empfänger &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected receiver and its subscriptions; its events stay in the log</source>
        <translation>Den ausgewählten Empfänger und seine Abonnements löschen; seine Ereignisse bleiben im Protokoll</translation>
    </message>
    <message>
        <source>Receiver details</source>
        <translation>Empfängerdetails</translation>
    </message>
</context>
<context>
    <name>hookboard::SandboxBinListModel</name>
    <message>
        <source>%1 (+%2 dropped)</source>
        <translation>%1 (+%2 verworfen)</translation>
    </message>
    <message>
        <source>The bin keeps its last %1 requests; %2 older ones were dropped. Choose how many it keeps next to its answer.</source>
        <translation>Der Bin behält seine letzten %1 Anfragen; %2 ältere wurden verworfen. Wie viele er behält, legen Sie neben seiner Antwort fest.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>hookboard::SandboxPage</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>A receiver inside Hookboard: it records what it is sent, checks the signatures and answers as you set it, so you can rehearse failures, retries and replays.</source>
        <translation>Ein Empfänger innerhalb von Hookboard: Er zeichnet auf, was ihm gesendet wird, prüft die Signaturen und antwortet so, wie Sie es einstellen, damit Sie Fehlschläge, Wiederholungen und erneute Zustellungen proben können.</translation>
    </message>
    <message>
        <source>Listening at %1 with its own certificate, which other tools (curl --cacert, a receiver&apos;s test client) trust with this CA file:</source>
        <translation>Lauscht auf %1 mit einem eigenen Zertifikat, dem andere Werkzeuge (curl --cacert, der Testclient eines Empfängers) mit dieser CA-Datei vertrauen:</translation>
    </message>
    <message>
        <source>Hookboard trusts the sandbox for its own deliveries.</source>
        <translation>Hookboard vertraut der Sandbox bei seinen eigenen Zustellungen.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copies the CA file&apos;s full path</source>
        <translation>Kopiert den vollständigen Pfad der CA-Datei</translation>
    </message>
    <message>
        <source>The sandbox is not running in this window, so there are no bins to show. It starts with Hookboard (see --sandbox-listen).</source>
        <translation>Die Sandbox läuft in diesem Fenster nicht, daher gibt es keine Bins anzuzeigen. Sie startet mit Hookboard (siehe --sandbox-listen).</translation>
    </message>
    <message>
        <source>new bin name</source>
        <translation>Name des neuen Bins</translation>
    </message>
    <message>
        <source>Create bin</source>
        <translation>Bin erstellen</translation>
    </message>
    <message>
        <source>Create a bin on the left, or point any receiver at %1&lt;name&gt;: a bin appears with its first request.</source>
        <translation>Erstellen Sie links einen Bin oder richten Sie einen beliebigen Empfänger auf %1&lt;name&gt;: Der Bin entsteht mit seiner ersten Anfrage.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forgets the requests this bin caught; its settings stay</source>
        <translation>Verwirft die Anfragen, die dieser Bin empfangen hat; seine Einstellungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Remove bin</source>
        <translation>Bin entfernen</translation>
    </message>
    <message>
        <source>Removes the bin with its requests and settings; a new request to its URL makes it again</source>
        <translation>Entfernt den Bin mit seinen Anfragen und Einstellungen; eine neue Anfrage an seine URL legt ihn wieder an</translation>
    </message>
    <message>
        <source>Create receiver for this bin</source>
        <translation>Empfänger für diesen Bin erstellen</translation>
    </message>
    <message>
        <source>A new receiver whose URL is this bin; subscribe it or send it a test event</source>
        <translation>Ein neuer Empfänger, dessen URL dieser Bin ist; abonnieren Sie damit Änderungen oder senden Sie ihm ein Testereignis</translation>
    </message>
    <message>
        <source>Open in Receivers</source>
        <translation>Unter „Empfänger“ öffnen</translation>
    </message>
    <message>
        <source>A bin name is 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Ein Bin-Name besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is a bin named %1 already.</source>
        <translation>Es gibt bereits einen Bin namens %1.</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
    <message>
        <source>Delivers to the sandbox bin %1, created on the Sandbox page.</source>
        <translation>Stellt an den Sandbox-Bin %1 zu; erstellt auf der Seite „Sandbox“.</translation>
    </message>
    <message>
        <source>Created “%1”; signatures here are checked with its secret.</source>
        <translation>„%1“ erstellt; Signaturen werden hier mit seinem Geheimnis geprüft.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ erstellt.</translation>
    </message>
    <message>
        <source>Signatures are checked with the secret of the receiver that points here.</source>
        <translation>Signaturen werden mit dem Geheimnis des Empfängers geprüft, der hierher zeigt.</translation>
    </message>
    <message>
        <source>No receiver points here yet: signatures are not checked.</source>
        <translation>Noch zeigt kein Empfänger hierher: Signaturen werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Sandbox CA file</source>
        <translation>CA-Datei der Sandbox</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Bins</translation>
    </message>
    <message>
        <source>New bin name</source>
        <translation>Name des neuen Bins</translation>
    </message>
    <message>
        <source>Bin URL</source>
        <translation>Bin-URL</translation>
    </message>
    <message>
        <source>Caught requests</source>
        <translation>Empfangene Anfragen</translation>
    </message>
</context>
<context>
    <name>hookboard::SandboxServer</name>
    <message>
        <source>sandboxListen: the sandbox listens on loopback addresses only, not %1</source>
        <translation>sandboxListen: die Sandbox lauscht nur auf Loopback-Adressen, nicht auf %1</translation>
    </message>
    <message>
        <source>bin: must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>bin: muss aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>bin: the sandbox holds at most %1 bins</source>
        <translation>bin: die Sandbox fasst höchstens %1 Bins</translation>
    </message>
    <message>
        <source>Hookboard sandbox: send requests to /&lt;bin&gt;, where a bin name is 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.
</source>
        <translation>Hookboard-Sandbox: Senden Sie Anfragen an /&lt;bin&gt;, wobei ein Bin-Name aus 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; besteht.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bin name: use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.
</source>
        <translation>&quot;%1&quot; ist kein Bin-Name: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;.
</translation>
    </message>
    <message>
        <source>the sandbox holds at most %1 bins; remove one first.
</source>
        <translation>die Sandbox fasst höchstens %1 Bins; entfernen Sie zuerst einen.
</translation>
    </message>
</context>
<context>
    <name>hookboard::SecretEditor</name>
    <message>
        <source>Store a new secret now (the one in the field if you changed it, a generated one otherwise) and keep signing with the old one too until the grace period ends</source>
        <translation>Jetzt ein neues Geheimnis speichern (das im Feld, wenn Sie es geändert haben, sonst ein erzeugtes) und bis zum Ende der Übergangsfrist zusätzlich mit dem alten signieren</translation>
    </message>
    <message>
        <source>whsec_ followed by base64 of 24 to 64 bytes</source>
        <translation>whsec_ gefolgt von Base64 aus 24 bis 64 Bytes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Geheimnis anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard, for your receiver&apos;s configuration</source>
        <translation>Das Geheimnis in die Zwischenablage kopieren, für die Konfiguration Ihres Empfängers</translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation>Geheimnis in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Put a new random secret in the field. Saving replaces the old one at once; to let your receiver switch over, rotate instead.</source>
        <translation>Setzt ein neues zufälliges Geheimnis in das Feld. Beim Speichern wird das alte sofort ersetzt; damit Ihr Empfänger umstellen kann, wechseln Sie das Geheimnis stattdessen.</translation>
    </message>
    <message>
        <source>Old secret keeps signing for</source>
        <translation>Altes Geheimnis signiert weiter für</translation>
    </message>
    <message>
        <source>no time (stops at once)</source>
        <translation>0 Minuten (endet sofort)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Jetzt wechseln</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The previous secret also signs every delivery until %1, so receivers that still check against it keep working.</source>
        <translation>Das vorherige Geheimnis signiert bis %1 zusätzlich jede Zustellung, sodass Empfänger, die noch damit prüfen, weiter funktionieren.</translation>
    </message>
    <message>
        <source>Regenerate only fills the field: saving then replaces the old secret at once. Rotate now switches at once but keeps the old secret signing too for the time chosen, so the receiver can change over without failures.</source>
        <translation>„Neu erzeugen“ füllt nur das Feld: Beim Speichern ersetzt es das alte Geheimnis sofort. „Jetzt wechseln“ wechselt sofort, lässt das alte Geheimnis aber für die gewählte Zeit weiter mitsignieren, damit der Empfänger ohne Fehlschläge umstellen kann.</translation>
    </message>
</context>
<context>
    <name>hookboard::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How the console looks, and how this Hookboard delivers, trusts and listens.</source>
        <translation>Wie die Konsole aussieht und wie dieses Hookboard zustellt, wem es vertraut und wo es lauscht.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation>Desktop-Standard</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Hookboard.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher beendet das Schließen des Fensters Hookboard.</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Beim Schließen:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>The dispatcher is not running in this window, so nothing is delivered.</source>
        <translation>Der Zusteller läuft in diesem Fenster nicht, daher wird nichts zugestellt.</translation>
    </message>
    <message>
        <source>Retry schedule:</source>
        <translation>Wiederholungsplan:</translation>
    </message>
    <message>
        <source>Attempt timeout:</source>
        <translation>Zeitlimit pro Versuch:</translation>
    </message>
    <message>
        <source>Trust, API and data</source>
        <translation>Vertrauen, API und Daten</translation>
    </message>
    <message>
        <source>the system&apos;s certificate store</source>
        <translation>der Zertifikatspeicher des Systems</translation>
    </message>
    <message>
        <source>the sandbox&apos;s own CA (%1)</source>
        <translation>die eigene CA der Sandbox (%1)</translation>
    </message>
    <message>
        <source>Local API:</source>
        <translation>Lokale API:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Sandbox:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Hookboard speaks %1 from its next start.</source>
        <translation>Hookboard spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>hookboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys that work in the window, grouped by the menu or page they belong to. Tab and Shift+Tab move between the controls of a page; in a code editor, where Tab indents, press Escape first.</source>
        <translation>Tasten, die im Fenster funktionieren, gruppiert nach dem Menü oder der Seite, zu denen sie gehören. Tab und Umschalt+Tab wechseln zwischen den Bedienelementen einer Seite; in einem Code-Editor, in dem Tab einrückt, drücken Sie zuerst Esc.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>hookboard::SignatureView</name>
    <message>
        <source>✓ The receiver&apos;s current secret gives exactly the signature that was sent.</source>
        <translation>✓ Das aktuelle Geheimnis des Empfängers ergibt genau die gesendete Signatur.</translation>
    </message>
    <message>
        <source>✓ The receiver&apos;s previous secret (rotated out) gives the signature that was sent: the receiver must still accept it until the grace period ends.</source>
        <translation>✓ Das vorherige (gewechselte) Geheimnis des Empfängers ergibt die gesendete Signatur: Der Empfänger muss sie bis zum Ende der Übergangsfrist weiterhin annehmen.</translation>
    </message>
    <message>
        <source>✗ Neither secret the receiver has now gives this signature: the secret was changed after this attempt.</source>
        <translation>✗ Keines der Geheimnisse, die der Empfänger jetzt hat, ergibt diese Signatur: Das Geheimnis wurde nach diesem Versuch geändert.</translation>
    </message>
    <message>
        <source>The receiver was deleted, and its secret with it: the signature cannot be recomputed here.</source>
        <translation>Der Empfänger wurde gelöscht und mit ihm sein Geheimnis: Die Signatur kann hier nicht neu berechnet werden.</translation>
    </message>
    <message>
        <source>This attempt carries no such header.</source>
        <translation>Dieser Versuch enthält keinen solchen Header.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Standard Webhooks: &lt;code&gt;webhook-signature&lt;/code&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Standard Webhooks: &lt;code&gt;webhook-signature&lt;/code&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your receiver recomputes the signature from the request it got and compares:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihr Empfänger berechnet die Signatur aus der erhaltenen Anfrage neu und vergleicht:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Take the secret (&lt;code&gt;whsec_…&lt;/code&gt;), drop the &lt;code&gt;whsec_&lt;/code&gt; prefix and base64-decode the rest: that is the HMAC key%1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Nehmen Sie das Geheimnis (&lt;code&gt;whsec_…&lt;/code&gt;), entfernen Sie das Präfix &lt;code&gt;whsec_&lt;/code&gt; und dekodieren Sie den Rest mit Base64: Das ist der HMAC-Schlüssel%1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source> (%1 bytes for this receiver)</source>
        <translation> (%1 Bytes für diesen Empfänger)</translation>
    </message>
    <message>
        <source>&lt;li&gt;Join &lt;code&gt;webhook-id&lt;/code&gt;, &lt;code&gt;webhook-timestamp&lt;/code&gt; and the raw body, exactly as received, with dots. For this attempt: id %1, timestamp %2 (unix seconds of the attempt, new on every retry), so the signed content is:%3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Verbinden Sie &lt;code&gt;webhook-id&lt;/code&gt;, &lt;code&gt;webhook-timestamp&lt;/code&gt; und den rohen Body, genau wie empfangen, mit Punkten. Für diesen Versuch: id %1, timestamp %2 (Unix-Sekunden des Versuchs, bei jeder Wiederholung neu), der signierte Inhalt lautet also:%3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Compute HMAC-SHA256 of that content with the key, base64-encode it and put &lt;code&gt;v1,&lt;/code&gt; in front:%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Berechnen Sie den HMAC-SHA256 dieses Inhalts mit dem Schlüssel, kodieren Sie ihn mit Base64 und stellen Sie &lt;code&gt;v1,&lt;/code&gt; voran:%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Compare it, in constant time, with each space-separated entry of the &lt;code&gt;webhook-signature&lt;/code&gt; header (two entries while a rotated secret is in its grace period). This attempt sent:%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Vergleichen Sie das Ergebnis in konstanter Zeit mit jedem durch Leerzeichen getrennten Eintrag des Headers &lt;code&gt;webhook-signature&lt;/code&gt; (zwei Einträge, solange ein gewechseltes Geheimnis in seiner Übergangsfrist ist). Dieser Versuch hat gesendet:%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Refuse a timestamp more than a few minutes from your clock, so a captured request cannot be replayed later.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Lehnen Sie einen Zeitstempel ab, der mehr als einige Minuten von Ihrer Uhr abweicht, damit eine abgefangene Anfrage nicht später erneut eingespielt werden kann.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the previous secret, the signature would be %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit dem vorherigen Geheimnis wäre die Signatur %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GitHub style: &lt;code&gt;X-Hub-Signature-256&lt;/code&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;GitHub-Stil: &lt;code&gt;X-Hub-Signature-256&lt;/code&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;HMAC-SHA256 of the raw body alone, keyed with the UTF-8 bytes of the whole secret (&lt;code&gt;whsec_&lt;/code&gt; included), hex-encoded after &lt;code&gt;sha256=&lt;/code&gt;. This attempt sent %1; the current secret gives %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;HMAC-SHA256 nur über den rohen Body, mit den UTF-8-Bytes des gesamten Geheimnisses (einschließlich &lt;code&gt;whsec_&lt;/code&gt;) als Schlüssel, hexadezimal kodiert nach &lt;code&gt;sha256=&lt;/code&gt;. Dieser Versuch hat %1 gesendet; das aktuelle Geheimnis ergibt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nothing (no secret)</source>
        <translation>nichts (kein Geheimnis)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Most mismatches come from checking a parsed and re-serialised body instead of the raw bytes, or from using the secret text itself as the Standard Webhooks key instead of its base64-decoded bytes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die meisten Abweichungen entstehen, wenn ein geparster und neu serialisierter Body statt der rohen Bytes geprüft wird oder wenn der Text des Geheimnisses selbst statt seiner Base64-dekodierten Bytes als Schlüssel für Standard Webhooks verwendet wird.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hookboard::SubscriptionGridModel</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Nicht abonniert</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Subscribed · %1</source>
        <translation>Abonniert · %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>Pausiert · %1</translation>
    </message>
    <message>
        <source>%1: not subscribed. Click to subscribe.</source>
        <translation>%1: nicht abonniert. Klicken zum Abonnieren.</translation>
    </message>
    <message>
        <source>%1: subscribed (subscription %2), every matching change is delivered. Click to pause.</source>
        <translation>%1: abonniert (Abonnement %2), jede passende Änderung wird zugestellt. Klicken zum Pausieren.</translation>
    </message>
    <message>
        <source>%1: paused (subscription %2), no new events until it is resumed. Click to unsubscribe; right-click to resume.</source>
        <translation>%1: pausiert (Abonnement %2), keine neuen Ereignisse, bis es fortgesetzt wird. Klicken, um das Abonnement zu beenden; Rechtsklick zum Fortsetzen.</translation>
    </message>
    <message>
        <source>No such cell</source>
        <translation>Keine solche Zelle</translation>
    </message>
    <message>
        <source>Save the receiver before subscribing it</source>
        <translation>Speichern Sie den Empfänger, bevor Sie Abonnements für ihn einrichten</translation>
    </message>
</context>
<context>
    <name>hookboard::SubscriptionPanel</name>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>Die Abonnements konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <source>Paused: no new events</source>
        <translation>Pausiert: keine neuen Ereignisse</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Nicht abonniert</translation>
    </message>
    <message>
        <source>Subscribed cells get every matching change; the number is how many events the subscription has had.</source>
        <translation>Abonnierte Zellen erhalten jede passende Änderung; die Zahl gibt an, wie viele Ereignisse das Abonnement bisher hatte.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) subscribed</source>
        <translation>
            <numerusform>%Ln Änderung abonniert</numerusform>
            <numerusform>%Ln Änderungen abonniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s) paused</source>
        <translation>
            <numerusform>%Ln Abonnement pausiert</numerusform>
            <numerusform>%Ln Abonnements pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) unsubscribed</source>
        <translation>
            <numerusform>%Ln Änderung abbestellt</numerusform>
            <numerusform>%Ln Änderungen abbestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribe to every action of %1</source>
        <translation>Alle Aktionen von %1 abonnieren</translation>
    </message>
    <message>
        <source>Subscribe to %1 of every resource</source>
        <translation>%1 aller Ressourcen abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe from every action of %1</source>
        <translation>Alle Aktionen von %1 abbestellen</translation>
    </message>
    <message>
        <source>Unsubscribe from %1 of every resource</source>
        <translation>%1 aller Ressourcen abbestellen</translation>
    </message>
    <message>
        <source>Subscribe to every change</source>
        <translation>Alle Änderungen abonnieren</translation>
    </message>
    <message>
        <source>Unsubscribe from every change</source>
        <translation>Alle Änderungen abbestellen</translation>
    </message>
    <message>
        <source>Click a cell (or press Space on it) to subscribe this receiver to that change. Again to pause it, a third time to unsubscribe; right-click (or the Menu key) for every choice.</source>
        <translation>Klicken Sie auf eine Zelle (oder drücken Sie dort die Leertaste), um diese Änderung für diesen Empfänger zu abonnieren. Ein zweites Mal, um das Abonnement zu pausieren, ein drittes Mal, um es abzubestellen; Rechtsklick (oder die Menütaste) für alle Möglichkeiten.</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Undo subscription change</source>
        <translation>Abonnementänderung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>hookboard::TestEventPanel</name>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aktion</translation>
    </message>
    <message>
        <source>&amp;Payload (the event&apos;s data, a JSON object)</source>
        <translation>&amp;Nutzdaten (die Daten des Ereignisses, ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>Reset to sample</source>
        <translation>Auf Beispiel zurücksetzen</translation>
    </message>
    <message>
        <source>Put the catalog&apos;s sample payload for this resource back</source>
        <translation>Die Beispiel-Nutzdaten des Katalogs für diese Ressource wieder einsetzen</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Send a test event to see what the receiver answers: the status, the response and how long it took.</source>
        <translation>Senden Sie ein Testereignis, um zu sehen, was der Empfänger antwortet: den Status, die Antwort und wie lange es gedauert hat.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>data: must be a JSON object, as in {&quot;id&quot;: 1}</source>
        <translation>data: muss ein JSON-Objekt sein, etwa {&quot;id&quot;: 1}</translation>
    </message>
    <message>
        <source>Send this payload to “%1” as a test event</source>
        <translation>Diese Nutzdaten als Testereignis an „%1“ senden</translation>
    </message>
    <message>
        <source>Save the receiver first</source>
        <translation>Speichern Sie zuerst den Empfänger</translation>
    </message>
    <message>
        <source>Pending: waiting for the dispatcher</source>
        <translation>Ausstehend: wartet auf den Zusteller</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Retrying: the attempt failed; the next one is at %1</source>
        <translation>Wird wiederholt: Der Versuch ist fehlgeschlagen; der nächste erfolgt um %1</translation>
    </message>
    <message>
        <source>Retrying: the attempt failed</source>
        <translation>Wird wiederholt: Der Versuch ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded: the receiver answered as expected (%1)</source>
        <translation>Zugestellt: Der Empfänger hat wie erwartet geantwortet (%1)</translation>
    </message>
    <message>
        <source>Failed: the attempts are used up</source>
        <translation>Fehlgeschlagen: Die Versuche sind aufgebraucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · created at %4</source>
        <translation>#%1 · %2 · %3 · erstellt um %4</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>… (%1 bytes in all; the event log shows the rest)</source>
        <translation>… (insgesamt %1 Bytes; den Rest zeigt das Ereignisprotokoll)</translation>
    </message>
    <message>
        <source>The dispatcher is not running, so the event is stored and waits. It is delivered once Hookboard runs with its dispatcher.</source>
        <translation>Der Zusteller läuft nicht, daher wird das Ereignis gespeichert und wartet. Es wird zugestellt, sobald Hookboard mit seinem Zusteller läuft.</translation>
    </message>
    <message>
        <source>“%1” is disabled: the event is held until the receiver is enabled again.</source>
        <translation>„%1“ ist deaktiviert: Das Ereignis wird zurückgehalten, bis der Empfänger wieder aktiviert wird.</translation>
    </message>
</context>
<context>
    <name>hookboard::TrayIcon</name>
    <message>
        <source>Hookboard</source>
        <translation>Hookboard</translation>
    </message>
    <message>
        <source>Open Hookboard</source>
        <translation>Hookboard öffnen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Quit Hookboard</source>
        <translation>Hookboard beenden</translation>
    </message>
    <message>
        <source>Hookboard is still running</source>
        <translation>Hookboard läuft weiter</translation>
    </message>
    <message>
        <source>Deliveries go on in the background. Click the tray icon to open the window, or choose Quit from its menu to stop.</source>
        <translation>Die Zustellungen laufen im Hintergrund weiter. Klicken Sie auf das Symbol im Infobereich, um das Fenster zu öffnen, oder wählen Sie in seinem Menü „Hookboard beenden“, um das Programm zu beenden.</translation>
    </message>
    <message>
        <source>Receiver disabled: %1</source>
        <translation>Empfänger deaktiviert: %1</translation>
    </message>
    <message>
        <source>%1
Its pending events are held until it is enabled again on the Receivers page.</source>
        <translation>%1
Seine ausstehenden Ereignisse werden zurückgehalten, bis er auf der Seite „Empfänger“ wieder aktiviert wird.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more failed delivery attempt(s) since the last message</source>
        <translation>
            <numerusform>%Ln weiterer fehlgeschlagener Zustellversuch seit der letzten Meldung</numerusform>
            <numerusform>%Ln weitere fehlgeschlagene Zustellversuche seit der letzten Meldung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery attempt(s) failed</source>
        <translation>
            <numerusform>%Ln Zustellversuch fehlgeschlagen</numerusform>
            <numerusform>%Ln Zustellversuche fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries to %1 are failing</source>
        <translation>Zustellungen an %1 schlagen fehl</translation>
    </message>
    <message>
        <source>%1, the last with %2.</source>
        <translation>%1, zuletzt mit %2.</translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <translation>%1: %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>and 1 more receiver</source>
        <translation>und 1 weiterer Empfänger</translation>
    </message>
    <message>
        <source>and %1 more receivers</source>
        <translation>und %1 weitere Empfänger</translation>
    </message>
    <message>
        <source>%1 delivery attempts failed to %2 receivers</source>
        <translation>%1 Zustellversuche an %2 Empfänger fehlgeschlagen</translation>
    </message>
    <message>
        <source>receiver #%1</source>
        <translation>Empfänger #%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;hookboard --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;hookboard --help&apos;.</translation>
    </message>
    <message>
        <source>no display found, running headless</source>
        <translation>keine Anzeige gefunden, Hookboard läuft ohne Oberfläche</translation>
    </message>
    <message>
        <source>built without the console, running headless</source>
        <translation>ohne die Konsole gebaut, Hookboard läuft ohne Oberfläche</translation>
    </message>
</context>
</TS>
