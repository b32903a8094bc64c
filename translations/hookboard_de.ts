<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>The live event log arrives with the delivery engine: every delivery with its attempts, the request as sent and the response as received, with resend and replay.</source>
        <translation>Das Live-Ereignisprotokoll kommt mit der Zustell-Engine: jede Zustellung mit ihren Versuchen, der Anfrage wie gesendet und der Antwort wie empfangen, mit erneutem Senden und Wiederholen.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox receiver arrives with the delivery engine: an HTTPS endpoint inside Hookboard that records what it is sent, checks the signatures and fails on request, so you can rehearse retries and replays.</source>
        <translation>Der Sandbox-Empfänger kommt mit der Zustell-Engine: ein HTTPS-Endpunkt in Hookboard, der aufzeichnet, was er erhält, die Signaturen prüft und auf Wunsch Fehler liefert, damit Sie Wiederholungen und erneutes Senden üben können.</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>API-Explorer</translation>
    </message>
    <message>
        <source>The API explorer arrives with the local GraphQL API: run queries and mutations against this store and copy them as curl commands.</source>
        <translation>Der API-Explorer kommt mit der lokalen GraphQL-API: Abfragen und Mutationen gegen diesen Speicher ausführen und als curl-Befehle kopieren.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings arrive with the delivery engine: the retry schedule, timeouts, concurrency limits and extra trusted CA certificates.</source>
        <translation>Die Einstellungen kommen mit der Zustell-Engine: Wiederholungsplan, Zeitlimits, Parallelitätsgrenzen und zusätzliche vertrauenswürdige CA-Zertifikate.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Bediener: %1</translation>
    </message>
</context>
<context>
    <name>hookboard::PlaceholderPage</name>
    <message>
        <source>Not in this release yet</source>
        <translation>Noch nicht in dieser Version</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Disabled automatically: %1</source>
        <translation>Automatisch deaktiviert: %1</translation>
    </message>
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
        <source>No receivers yet.
Adding and editing receivers arrives with the receiver editor in a later release.</source>
        <translation>Noch keine Empfänger.
Empfänger anlegen und bearbeiten kommt mit dem Empfänger-Editor in einer späteren Version.</translation>
    </message>
</context>
</TS>
