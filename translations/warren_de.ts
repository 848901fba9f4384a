<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BindingDialog</name>
    <message>
        <location filename="../ui/views/binding_dialog.cpp" line="+22"/>
        <source>Add binding</source>
        <translation>Bindung hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. orders.*.created</source>
        <translation>z. B. orders.*.created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x-match: all
format: pdf</source>
        <translation>x-match: all
format: pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From exchange:</source>
        <translation>&amp;Quell-Exchange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>&amp;Routing-Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bind</source>
        <translation>&amp;Binden</translation>
    </message>
</context>
<context>
    <name>BindingTableModel</name>
    <message>
        <location filename="../ui/models/binding_table_model.cpp" line="+38"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing key</source>
        <translation>Routing-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exchange</source>
        <translation>Exchange</translation>
    </message>
</context>
<context>
    <name>BodyFormat</name>
    <message>
        <location filename="../ui/models/body_format.cpp" line="+51"/>
        <source>Not JSON (%1 at byte %2).</source>
        <translation>Kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Binary body of %n byte(s): choose Hex to see it.</source>
        <translation>
            <numerusform>Binärer Inhalt von %n Byte: zum Ansehen Hex wählen.</numerusform>
            <numerusform>Binärer Inhalt von %n Bytes: zum Ansehen Hex wählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrokerBackend</name>
    <message>
        <location filename="../ui/backends/broker_backend.cpp" line="+21"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This broker cannot check permissions from the console.</source>
        <translation>Dieser Broker kann keine Berechtigungen über die Konsole prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This broker cannot test routes from the console.</source>
        <translation>Dieser Broker kann keine Routen über die Konsole testen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>Dieser Broker lässt die Konsole nicht in Queues schauen.</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <location filename="../ui/models/channel_table_model.cpp" line="+37"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefetch</source>
        <translation>Prefetch</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/views/command_palette.cpp" line="+15"/>
        <source>Go to a view, queue or exchange…</source>
        <translation>Zu Ansicht, Warteschlange oder Exchange wechseln…</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <location filename="../ui/models/connection_table_model.cpp" line="+45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recv B/s</source>
        <translation>Empfang B/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send B/s</source>
        <translation>Versand B/s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connected %1</source>
        <translation>Verbunden seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received %1, sent %2</source>
        <translation>Empfangen: %1, gesendet: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../ui/views/console_window.cpp" line="+73"/>
        <source>%1 — Warren</source>
        <translation>%1 — Warren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter queues by name</source>
        <translation>Warteschlangen nach Namen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter exchanges by name</source>
        <translation>Exchanges nach Namen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter bindings by exchange</source>
        <translation>Bindungen nach Exchange filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter connections by name</source>
        <translation>Verbindungen nach Namen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter channels by connection</source>
        <translation>Kanäle nach Verbindung filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter consumers by queue</source>
        <translation>Consumer nach Warteschlange filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed via the Warren console</source>
        <translation>Über die Warren-Konsole geschlossen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show Warren</source>
        <translation>Warren anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close connection…</source>
        <translation>Verbindung &amp;schließen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Broker</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Warren</source>
        <translation>Ü&amp;ber Warren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queues (%1)</source>
        <translation>Warteschlangen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges (%1)</source>
        <translation>Exchanges (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bindings (%1)</source>
        <translation>Bindungen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections (%1)</source>
        <translation>Verbindungen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels (%1)</source>
        <translation>Kanäle (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers (%1)</source>
        <translation>Consumer (%1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory alarm: publishers blocked</source>
        <translation>Speicheralarm: Publisher blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk alarm: publishers blocked</source>
        <translation>Plattenalarm: Publisher blockiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Warren</source>
        <translation>Über Warren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;A desktop console for message brokers, with an embedded AMQP 0-9-1 broker.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Message-Broker, mit eingebettetem AMQP-0-9-1-Broker.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, ausgeführt mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;New queue…</source>
        <translation>&amp;Neue Warteschlange…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purge…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Purge %n queue(s)? Their ready messages are deleted for good: %1</source>
        <translation>
            <numerusform>%n Warteschlange leeren? Ihre bereiten Nachrichten werden endgültig gelöscht: %1</numerusform>
            <numerusform>%n Warteschlangen leeren? Ihre bereiten Nachrichten werden endgültig gelöscht: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete %n queue(s) with their messages and bindings? %1</source>
        <translation>
            <numerusform>%n Warteschlange samt Nachrichten und Bindungen löschen? %1</numerusform>
            <numerusform>%n Warteschlangen samt Nachrichten und Bindungen löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warren — %1</source>
        <translation>Warren — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View  %1</source>
        <translation>Ansicht  %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue  %1 (%2)</source>
        <translation>Warteschlange  %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange  %1 (%2)</source>
        <translation>Exchange  %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Close %n connection(s)? Clients are told CONNECTION_FORCED with this reason:</source>
        <translation>
            <numerusform>%n Verbindung schließen? Clients erhalten CONNECTION_FORCED mit dieser Begründung:</numerusform>
            <numerusform>%n Verbindungen schließen? Clients erhalten CONNECTION_FORCED mit dieser Begründung:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queue &apos;%1&apos; created</source>
        <translation>Warteschlange „%1“ angelegt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Queue &apos;%1&apos; purged: %n message(s) deleted</source>
        <translation>
            <numerusform>Warteschlange „%1“ geleert: %n Nachricht gelöscht</numerusform>
            <numerusform>Warteschlange „%1“ geleert: %n Nachrichten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue &apos;%1&apos; deleted</source>
        <translation>Warteschlange „%1“ gelöscht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection %1 closed</source>
        <translation>Verbindung %1 geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange &apos;%1&apos; created</source>
        <translation>Exchange „%1“ angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange &apos;%1&apos; deleted</source>
        <translation>Exchange „%1“ gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binding from &apos;%1&apos; added</source>
        <translation>Bindung von „%1“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binding from &apos;%1&apos; removed</source>
        <translation>Bindung von „%1“ entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &apos;%1&apos; saved</source>
        <translation>Benutzer „%1“ gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &apos;%1&apos; deleted</source>
        <translation>Benutzer „%1“ gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions of &apos;%1&apos; in &apos;%2&apos; set</source>
        <translation>Berechtigungen von „%1“ in „%2“ festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions of &apos;%1&apos; in &apos;%2&apos; cleared</source>
        <translation>Berechtigungen von „%1“ in „%2“ entzogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual host &apos;%1&apos; created</source>
        <translation>Virtueller Host „%1“ angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual host &apos;%1&apos; deleted</source>
        <translation>Virtueller Host „%1“ gelöscht</translation>
    </message>
</context>
<context>
    <name>ConsumerTableModel</name>
    <message>
        <location filename="../ui/models/consumer_table_model.cpp" line="+29"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer tag</source>
        <translation>Consumer-Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefetch</source>
        <translation>Prefetch</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../ui/views/create_dialog_buttons.cpp" line="+15"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <location filename="../ui/backends/embedded_backend.cpp" line="+41"/>
        <source>Embedded broker</source>
        <translation>Eingebetteter Broker</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>The embedded broker is not running.</source>
        <translation>Der eingebettete Broker läuft nicht.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../ui/views/exchange_actions.cpp" line="+24"/>
        <source>&amp;New exchange…</source>
        <translation>&amp;Neuer Exchange…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bind…</source>
        <translation>&amp;Binden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add binding…</source>
        <translation>Bindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n exchange(s) with their bindings? %1</source>
        <translation>
            <numerusform>%n Exchange samt Bindungen löschen? %1</numerusform>
            <numerusform>%n Exchanges samt Bindungen löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n binding(s)? %1</source>
        <translation>
            <numerusform>%n Bindung entfernen? %1</numerusform>
            <numerusform>%n Bindungen entfernen? %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../ui/views/exchange_dialog.cpp" line="+16"/>
        <source>Survives a broker restart</source>
        <translation>Übersteht einen Neustart des Brokers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted when its last binding goes</source>
        <translation>Wird gelöscht, wenn die letzte Bindung entfernt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only other exchanges publish to it</source>
        <translation>Empfängt Nachrichten nur von anderen Exchanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New exchange</source>
        <translation>Neuer Exchange</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages this exchange cannot route go there instead</source>
        <translation>Nachrichten, die dieser Exchange nicht routen kann, gehen stattdessen dorthin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durable:</source>
        <translation>Dauerhaft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete:</source>
        <translation>Automatisch löschen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal:</source>
        <translation>Intern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alternate exchange:</source>
        <translation>Alternativer &amp;Exchange:</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <location filename="../ui/models/exchange_table_model.cpp" line="+44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In/s</source>
        <translation>Ein/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out/s</source>
        <translation>Aus/s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(AMQP default)</source>
        <translation>(AMQP-Standard)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Durable</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transient</source>
        <translation>Flüchtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-delete</source>
        <translation>Automatisch löschend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../ui/models/log_model.cpp" line="+67"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../ui/views/log_page.cpp" line="+27"/>
        <location line="+99"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter messages</source>
        <translation>Meldungen filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to time</source>
        <translation>&amp;Zu Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: new records are kept and shown on resume</source>
        <translation>Angehalten: neue Einträge werden gesammelt und beim Fortsetzen gezeigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No record at or after %1</source>
        <translation>Kein Eintrag um oder nach %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exporting %n record(s)…</source>
        <translation>
            <numerusform>Exportiere %n Eintrag…</numerusform>
            <numerusform>Exportiere %n Einträge…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBrowserPage</name>
    <message>
        <location filename="../ui/views/message_browser_page.cpp" line="+51"/>
        <source>&amp;Peek</source>
        <translation>&amp;Ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>first </source>
        <translation>erste </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy messages from the head of the queue without consuming them</source>
        <translation>Nachrichten vom Anfang der Warteschlange kopieren, ohne sie zu entnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the broker&apos;s answer</source>
        <translation>Nicht länger auf die Antwort des Brokers warten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search in bodies</source>
        <translation>In Inhalten suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Body as:</source>
        <translation>Inhalt als:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>Dieser Broker lässt die Konsole nicht in Queues schauen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Peeking at %1…</source>
        <translation>Sehe %1 an…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped waiting for %1.</source>
        <translation>Warten auf %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not peek at %1: %2</source>
        <translation>Konnte %1 nicht ansehen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 ready message(s) in %3, left in place</source>
        <translation>%1 von %2 bereiten Nachrichten in %3, unverändert belassen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing key</source>
        <translation>Routing-Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redelivered</source>
        <translation>erneut zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON-Zeilen (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Exportiere %n Nachricht…</numerusform>
            <numerusform>Exportiere %n Nachrichten…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/views/overview_page.cpp" line="+27"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+64"/>
        <source>Unacked</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 minutes</source>
        <translation>Letzte 10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts show:</source>
        <translation>Diagramme zeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message rates (per second)</source>
        <translation>Nachrichtenraten (pro Sekunde)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queued messages</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Publish</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver</source>
        <translation>Erneut zustellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — publishers blocked</source>
        <translation>%1 — Publisher blockiert</translation>
    </message>
</context>
<context>
    <name>PeekedMessageModel</name>
    <message>
        <location filename="../ui/models/peeked_message_model.cpp" line="+29"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing key</source>
        <translation>Routing-Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redelivered</source>
        <translation>Erneut zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <location filename="../ui/views/permission_dialog.cpp" line="+18"/>
        <source>Set permission</source>
        <translation>Berechtigung festlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular expressions searched for in exchange and queue names, as RabbitMQ does: &quot;^orders\.&quot; allows names starting with &quot;orders.&quot;, an empty field allows nothing.</source>
        <translation>Reguläre Ausdrücke, nach denen in Exchange- und Warteschlangennamen gesucht wird, wie bei RabbitMQ: „^orders\.“ erlaubt Namen, die mit „orders.“ beginnen; ein leeres Feld erlaubt nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Configure:</source>
        <translation>&amp;Konfigurieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write:</source>
        <translation>&amp;Schreiben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read:</source>
        <translation>&amp;Lesen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set</source>
        <translation>&amp;Festlegen</translation>
    </message>
</context>
<context>
    <name>PermissionTableModel</name>
    <message>
        <location filename="../ui/models/permission_table_model.cpp" line="+21"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configure</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../ui/views/publish_page.cpp" line="+31"/>
        <source>Persistent (delivery mode 2)</source>
        <translation>Persistent (Zustellmodus 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One header per line: name: value</source>
        <translation>Ein Header pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Load body from file…</source>
        <translation>Inhalt aus &amp;Datei laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>&amp;Exchange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>&amp;Routing-Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Content type:</source>
        <translation>&amp;Inhaltstyp:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Body:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent this session:</source>
        <translation>In dieser Sitzung gesendet:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow publishing from the console.</source>
        <translation>Dieser Broker erlaubt kein Senden über die Konsole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load message body</source>
        <translation>Nachrichteninhalt laden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not load %1: %2</source>
        <translation>Konnte %1 nicht laden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1 (%2)</source>
        <translation>%1 geladen (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent, but no queue was bound to receive it.</source>
        <translation>Gesendet, aber keine Warteschlange war gebunden, um sie zu empfangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent to %n queue(s).</source>
        <translation>
            <numerusform>An %n Warteschlange gesendet.</numerusform>
            <numerusform>An %n Warteschlangen gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../ui/views/queue_dialog.cpp" line="+16"/>
        <source>Survives a broker restart</source>
        <translation>Übersteht einen Neustart des Brokers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted when its last consumer goes</source>
        <translation>Wird gelöscht, wenn sich der letzte Consumer abmeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only one consumer at a time</source>
        <translation>Nur ein Consumer gleichzeitig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New queue</source>
        <translation>Neue Warteschlange</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop the oldest (default)</source>
        <translation>Älteste verwerfen (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse new messages</source>
        <translation>Neue Nachrichten ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse and dead-letter new messages</source>
        <translation>Neue Nachrichten ablehnen und als Dead Letter weiterleiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a priority queue</source>
        <translation>keine Prioritätswarteschlange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durable:</source>
        <translation>Dauerhaft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete:</source>
        <translation>Automatisch löschen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;TTL:</source>
        <translation>Nachrichten-&amp;TTL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue &amp;expires after idle:</source>
        <translation>Ablauf nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;length:</source>
        <translation>Max. &amp;Länge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max length in &amp;bytes:</source>
        <translation>Max. Länge in &amp;Bytes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When &amp;full:</source>
        <translation>&amp;Wenn voll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead-letter exchange:</source>
        <translation>&amp;Dead-Letter-Exchange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead-letter &amp;routing key:</source>
        <translation>Dead-Letter-&amp;Routing-Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;priority:</source>
        <translation>Max. &amp;Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single active consumer:</source>
        <translation>Einzelner aktiver Consumer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../ui/models/queue_table_model.cpp" line="+45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent</source>
        <translation>Persistent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish/s</source>
        <translation>Publiziert/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver/s</source>
        <translation>Zugestellt/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>durable</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transient</source>
        <translation>flüchtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-delete</source>
        <translation>automatisch löschend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exclusive</source>
        <translation>exklusiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments: %1</source>
        <translation>Argumente: %1</translation>
    </message>
</context>
<context>
    <name>RouteTesterPage</name>
    <message>
        <location filename="../ui/views/route_tester_page.cpp" line="+31"/>
        <source>For headers exchanges and CC/BCC: one per line, name: value</source>
        <translation>Für Headers-Exchanges und CC/BCC: einer pro Zeile, Name: Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where would it go?</source>
        <translation>&amp;Wohin ginge sie?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>&amp;Exchange:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>&amp;Routing-Key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking the broker…</source>
        <translation>Frage den Broker…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell: %1</source>
        <translation>Nicht feststellbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unroutable: no queue would get this message (a mandatory publish would come back).</source>
        <translation>Nicht routbar: Keine Warteschlange würde diese Nachricht erhalten (ein Mandatory-Publish käme zurück).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It would reach %n queue(s):</source>
        <translation>
            <numerusform>Sie würde %n Warteschlange erreichen:</numerusform>
            <numerusform>Sie würde %n Warteschlangen erreichen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../ui/views/table_page.cpp" line="+32"/>
        <source>Filter with a regular expression</source>
        <translation>Mit einem regulären Ausdruck filtern</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../ui/views/topology_page.cpp" line="+39"/>
        <source>Virtual host</source>
        <translation>Virtueller Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topology graph</source>
        <translation>Topologiegraph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual host:</source>
        <translation>Virtueller Host:</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Exchange</numerusform>
            <numerusform>%n Exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n queue(s)</source>
        <translation>
            <numerusform>%n Warteschlange</numerusform>
            <numerusform>%n Warteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n Bindung</numerusform>
            <numerusform>%n Bindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Queue %1 (%2)</source>
        <translation>Warteschlange %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange %1 (%2)</source>
        <translation>Exchange %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>queue, %1</source>
        <translation>Warteschlange, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing declared in this virtual host yet.</source>
        <translation>In diesem virtuellen Host ist noch nichts deklariert.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/views/user_dialog.cpp" line="+15"/>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. administrator, monitoring</source>
        <translation>z. B. administrator, monitoring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../ui/models/user_table_model.cpp" line="+18"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/views/users_page.cpp" line="+32"/>
        <source>Filter users by name</source>
        <translation>Benutzer nach Namen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter permissions by user</source>
        <translation>Berechtigungen nach Benutzer filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter virtual hosts by name</source>
        <translation>Virtuelle Hosts nach Namen filtern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set permission…</source>
        <translation>Berechtigung &amp;festlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear…</source>
        <translation>&amp;Entziehen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;vhost…</source>
        <translation>Neuer &amp;virtueller Host…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete v&amp;host…</source>
        <translation>Virtuellen &amp;Host löschen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User to check</source>
        <translation>Zu prüfender Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual host to check</source>
        <translation>Zu prüfender virtueller Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange or queue to check</source>
        <translation>Exchange oder Warteschlange zum Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange or queue name</source>
        <translation>Name von Exchange oder Warteschlange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May</source>
        <translation>Darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use</source>
        <translation>verwenden:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New virtual host</source>
        <translation>Neuer virtueller Host</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Delete %n user(s) with their permissions? %1</source>
        <translation>
            <numerusform>%n Benutzer samt Berechtigungen löschen? %1</numerusform>
            <numerusform>%n Benutzer samt Berechtigungen löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take away %n permission(s)? %1</source>
        <translation>
            <numerusform>%n Berechtigung entziehen? %1</numerusform>
            <numerusform>%n Berechtigungen entziehen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the new virtual host:</source>
        <translation>Name des neuen virtuellen Hosts:</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n virtual host(s) with all their queues, messages, exchanges and permissions? %1</source>
        <translation>
            <numerusform>%n virtuellen Host samt allen Warteschlangen, Nachrichten, Exchanges und Berechtigungen löschen? %1</numerusform>
            <numerusform>%n virtuelle Hosts samt allen Warteschlangen, Nachrichten, Exchanges und Berechtigungen löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>configure</source>
        <translation>konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>lesen</translation>
    </message>
</context>
<context>
    <name>VhostTableModel</name>
    <message>
        <location filename="../ui/models/vhost_table_model.cpp" line="+24"/>
        <source>Virtual host</source>
        <translation>Virtueller Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>Unbestätigt</translation>
    </message>
</context>
</TS>
