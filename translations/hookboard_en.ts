<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HealthBadge</name>
    <message numerus="yes">
        <source>The last %Ln attempt(s) failed, since %1.</source>
        <translation>
            <numerusform>The last attempt failed, at %1.</numerusform>
            <numerusform>The last %Ln attempts failed, since %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s)</source>
        <translation>
            <numerusform>%n receiver</numerusform>
            <numerusform>%n receivers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver header(s)</source>
        <translation>
            <numerusform>%n receiver header</numerusform>
            <numerusform>%n receiver headers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver health record(s)</source>
        <translation>
            <numerusform>%n receiver health record</numerusform>
            <numerusform>%n receiver health records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::BinAnswerForm</name>
    <message numerus="yes">
        <source>The next %n request(s) get %1, then every request gets %2</source>
        <translation>
            <numerusform>The next request gets %1, then every request gets %2</numerusform>
            <numerusform>The next %n requests get %1, then every request gets %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::CaughtRequestModel</name>
    <message numerus="yes">
        <source>Expired: the signature matches, but webhook-timestamp is more than %n minute(s) away from now. A receiver would refuse it as a possible replay.</source>
        <translation>
            <numerusform>Expired: the signature matches, but webhook-timestamp is more than %n minute away from now. A receiver would refuse it as a possible replay.</numerusform>
            <numerusform>Expired: the signature matches, but webhook-timestamp is more than %n minutes away from now. A receiver would refuse it as a possible replay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::ConfigTransfer</name>
    <message numerus="yes">
        <source>Exported %n receiver(s) to %1.</source>
        <translation>
            <numerusform>Exported %n receiver to %1.</numerusform>
            <numerusform>Exported %n receivers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::DeliveryStatusWidget</name>
    <message numerus="yes">
        <source>%Ln attempt(s) in 1 min</source>
        <translation>
            <numerusform>%Ln attempt in 1 min</numerusform>
            <numerusform>%Ln attempts in 1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 1 h</source>
        <translation>
            <numerusform>%Ln failure in 1 h</numerusform>
            <numerusform>%Ln failures in 1 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::EventActions</name>
    <message numerus="yes">
        <source>; and %Ln more</source>
        <translation>
            <numerusform>; and %Ln more</numerusform>
            <numerusform>; and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) sent again: back to Pending, each keeping its webhook-id</source>
        <translation>
            <numerusform>%Ln event sent again: back to Pending, with the same webhook-id</numerusform>
            <numerusform>%Ln events sent again: back to Pending, each keeping its webhook-id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln event(s)? Cancelled events are not delivered, unless someone resends them.</source>
        <translation>
            <numerusform>Cancel %Ln event? It will not be delivered, unless someone resends it.</numerusform>
            <numerusform>Cancel %Ln events? They will not be delivered, unless someone resends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln event(s)</source>
        <translation>
            <numerusform>Cancel %Ln event</numerusform>
            <numerusform>Cancel %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) cancelled</source>
        <translation>
            <numerusform>%Ln event cancelled</numerusform>
            <numerusform>%Ln events cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) are being retried now</source>
        <translation>
            <numerusform>%Ln event is being retried now</numerusform>
            <numerusform>%Ln events are being retried now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay %Ln failed event(s) %1? Each goes back to Pending and is delivered again, keeping its webhook-id, so receivers that deduplicate stay safe.</source>
        <translation>
            <numerusform>Replay %Ln failed event %1? It goes back to Pending and is delivered again with its webhook-id, so receivers that deduplicate stay safe.</numerusform>
            <numerusform>Replay %Ln failed events %1? Each goes back to Pending and is delivered again, keeping its webhook-id, so receivers that deduplicate stay safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed event(s) sent again</source>
        <translation>
            <numerusform>%Ln failed event sent again</numerusform>
            <numerusform>%Ln failed events sent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be resent:</source>
        <translation>
            <numerusform>%Ln event could not be resent:</numerusform>
            <numerusform>%Ln events could not be resent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be cancelled:</source>
        <translation>
            <numerusform>%Ln event could not be cancelled:</numerusform>
            <numerusform>%Ln events could not be cancelled:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::EventFilterBar</name>
    <message numerus="yes">
        <source>%Ln statuses</source>
        <translation>
            <numerusform>%Ln status</numerusform>
            <numerusform>%Ln statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::EventLogPage</name>
    <message numerus="yes">
        <source>▲ %Ln newer event(s)</source>
        <translation>
            <numerusform>▲ %Ln newer event</numerusform>
            <numerusform>▲ %Ln newer events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n event(s) so far</source>
        <translation>
            <numerusform>Exporting… %n event so far</numerusform>
            <numerusform>Exporting… %n events so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::HeadlessApp</name>
    <message numerus="yes">
        <source>%n event(s) interrupted by the last stop went back to the queue</source>
        <translation>
            <numerusform>%n event interrupted by the last stop went back to the queue</numerusform>
            <numerusform>%n events interrupted by the last stop went back to the queue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n receiver(s) here that the file does not name stay as they are.</source>
        <translation>
            <numerusform>%n receiver here that the file does not name stays as it is.</numerusform>
            <numerusform>%n receivers here that the file does not name stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::OperatorSettingsEditor</name>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) break a rule.</source>
        <translation>
            <numerusform>Nothing was saved: %n value breaks a rule.</numerusform>
            <numerusform>Nothing was saved: %n values break a rule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::SubscriptionGridModel</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::SubscriptionPanel</name>
    <message numerus="yes">
        <source>%Ln change(s) subscribed</source>
        <translation>
            <numerusform>%Ln change subscribed</numerusform>
            <numerusform>%Ln changes subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s) paused</source>
        <translation>
            <numerusform>%Ln subscription paused</numerusform>
            <numerusform>%Ln subscriptions paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) unsubscribed</source>
        <translation>
            <numerusform>%Ln change unsubscribed</numerusform>
            <numerusform>%Ln changes unsubscribed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::TrayIcon</name>
    <message numerus="yes">
        <source>%Ln more failed delivery attempt(s) since the last message</source>
        <translation>
            <numerusform>%Ln more failed delivery attempt since the last message</numerusform>
            <numerusform>%Ln more failed delivery attempts since the last message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery attempt(s) failed</source>
        <translation>
            <numerusform>%Ln delivery attempt failed</numerusform>
            <numerusform>%Ln delivery attempts failed</numerusform>
        </translation>
    </message>
</context>
</TS>
