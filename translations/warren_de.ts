<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackgroundFileWriter</name>
    <message>
        <location filename="../ui/views/background_file_writer.cpp" line="+31"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>the file is larger than %n MiB</source>
        <translation>
            <numerusform>die Datei ist größer als %n MiB</numerusform>
            <numerusform>die Datei ist größer als %n MiB</numerusform>
        </translation>
    </message>
</context>
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
        <location filename="../ui/models/body_format.cpp" line="+54"/>
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
        <location filename="../ui/backends/broker_backend.cpp" line="+16"/>
        <source>This broker has no exchanges.</source>
        <translation>Dieser Broker hat keine Exchanges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no bindings.</source>
        <translation>Dieser Broker hat keine Bindungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker does not list its connections.</source>
        <translation>Dieser Broker listet seine Verbindungen nicht auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no channels.</source>
        <translation>Dieser Broker hat keine Kanäle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker does not list its consumers.</source>
        <translation>Dieser Broker listet seine Consumer nicht auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker&apos;s users cannot be managed from here.</source>
        <translation>Die Benutzer dieses Brokers können nicht von hier aus verwaltet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot test routes.</source>
        <translation>Dieser Broker kann keine Routen testen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot be tapped.</source>
        <translation>Dieser Broker kann nicht mitgeschnitten werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker sends no log stream.</source>
        <translation>Dieser Broker sendet keinen Protokollstrom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no definitions to export or import.</source>
        <translation>Dieser Broker hat keine Definitionen zum Exportieren oder Importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has only classic queues.</source>
        <translation>Dieser Broker hat nur klassische Warteschlangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no policies.</source>
        <translation>Dieser Broker hat keine Richtlinien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no queues to list.</source>
        <translation>Dieser Broker hat keine Warteschlangen zum Auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker takes no messages for exchanges or queues.</source>
        <translation>Dieser Broker nimmt keine Nachrichten für Exchanges oder Warteschlangen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained messages are MQTT&apos;s: the console lists them for the embedded broker and for MQTT brokers.</source>
        <translation>Retained-Nachrichten gibt es nur bei MQTT: Die Konsole listet sie für den eingebetteten Broker und für MQTT-Broker auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console publishes to MQTT topics on the embedded broker and on MQTT brokers.</source>
        <translation>Die Konsole veröffentlicht an MQTT-Topics auf dem eingebetteten Broker und auf MQTT-Brokern.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <source>This broker cannot check permissions from the console.</source>
        <translation>Dieser Broker kann keine Berechtigungen über die Konsole prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot test routes from the console.</source>
        <translation>Dieser Broker kann keine Routen über die Konsole testen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>Dieser Broker lässt die Konsole nicht in Queues schauen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This broker cannot be reconfigured from the console.</source>
        <translation>Dieser Broker kann nicht über die Konsole umkonfiguriert werden.</translation>
    </message>
</context>
<context>
    <name>BrokerSettingsPage</name>
    <message>
        <location filename="../ui/views/broker_settings_page.cpp" line="+45"/>
        <source>&amp;Apply and restart</source>
        <translation>&amp;Anwenden und neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>One SCHEME=HOST:PORT per line, e.g. amqp=127.0.0.1:5672. Port 0 picks a free port. Empty: amqp and http on their default ports.</source>
        <translation>Ein SCHEMA=HOST:PORT pro Zeile, z. B. amqp=127.0.0.1:5672. Port 0 wählt einen freien Port. Leer: amqp und http auf ihren Standardports.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel max</source>
        <translation>Maximale Kanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels per connection:</source>
        <translation>&amp;Kanäle pro Verbindung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame max</source>
        <translation>Maximale Framegröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frame size:</source>
        <translation>&amp;Framegröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heartbeat:</source>
        <translation>&amp;Heartbeat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory high watermark</source>
        <translation>Speicher-Hochwassermarke</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>40% of physical memory</source>
        <translation>40 % des physischen Speichers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory high watermark:</source>
        <translation>&amp;Speicher-Hochwassermarke:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk free limit</source>
        <translation>Mindestens freier Plattenplatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disk free limit:</source>
        <translation>Mindestens freier &amp;Plattenplatz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set at start-up</source>
        <translation>Beim Start festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default virtual host</source>
        <translation>Standard-Vhost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply and restart the broker</source>
        <translation>Anwenden und den Broker neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the broker settings</source>
        <translation>Broker-Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applying restarts the broker: clients are disconnected. The settings are kept for the next launch unless --config, --listen or --data-dir is given.</source>
        <translation>Anwenden startet den Broker neu: Clients werden getrennt. Die Einstellungen bleiben für den nächsten Start erhalten, sofern nicht --config, --listen oder --data-dir angegeben wird.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>none: messages are kept in memory only</source>
        <translation>keines: Nachrichten werden nur im Speicher gehalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 listener is not available in this version.</source>
        <translation>der Listener %1 ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restart the broker with these settings? Its clients are disconnected.</source>
        <translation>Broker mit diesen Einstellungen neu starten? Seine Clients werden getrennt.</translation>
    </message>
</context>
<context>
    <name>BrokerWorkspace</name>
    <message>
        <location filename="../ui/views/broker_workspace.cpp" line="+67"/>
        <source>B&amp;rokers</source>
        <translation>&amp;Geöffnete Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open brokers</source>
        <translation>Geöffnete Broker</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+226"/>
        <source>&amp;Close broker</source>
        <translation>Broker &amp;schließen</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>&amp;Next broker</source>
        <translation>&amp;Nächster Broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous broker</source>
        <translation>&amp;Vorheriger Broker</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Broker list</source>
        <translation>&amp;Broker-Liste</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · read-only</source>
        <translation>%1 · schreibgeschützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The embedded broker stays open with the window.</source>
        <translation>Der eingebettete Broker bleibt geöffnet, solange das Fenster offen ist.</translation>
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
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
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
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
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
    <name>ConnectAppCard</name>
    <message>
        <location filename="../ui/views/connect_app_card.cpp" line="+37"/>
        <source>Connect your application</source>
        <translation>Anwendung verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Connect your application&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anwendung verbinden&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point any AMQP 0-9-1 client (pika, amqplib, the RabbitMQ Java client…) at:</source>
        <translation>Richten Sie einen beliebigen AMQP-0-9-1-Client (pika, amqplib, den RabbitMQ-Java-Client…) auf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMQP URL</source>
        <translation>AMQP-URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: &lt;a href=&quot;https://www.rabbitmq.com/tutorials&quot;&gt;tutorials&lt;/a&gt; · &lt;a href=&quot;https://www.rabbitmq.com/client-libraries&quot;&gt;client libraries&lt;/a&gt;</source>
        <translation>Weiter: &lt;a href=&quot;https://www.rabbitmq.com/tutorials&quot;&gt;Tutorials&lt;/a&gt; · &lt;a href=&quot;https://www.rabbitmq.com/client-libraries&quot;&gt;Client-Bibliotheken&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the connection tips</source>
        <translation>Verbindungshinweise ausblenden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>User %1, password %2 (the defaults; change them in Broker › Settings before others can reach this broker).</source>
        <translation>Benutzer %1, Passwort %2 (die Voreinstellungen; ändern Sie sie unter Broker › Einstellungen, bevor andere diesen Broker erreichen können).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1, with the password set in Broker › Settings.</source>
        <translation>Benutzer %1, mit dem unter Broker › Einstellungen festgelegten Passwort.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/views/connection_banner.cpp" line="+10"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection URL</source>
        <translation>Verbindungs-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ TLS certificates are not verified: development use only</source>
        <translation>⚠ TLS-Zertifikate werden nicht geprüft: nur für die Entwicklung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS warning</source>
        <translation>TLS-Warnung</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/views/connection_dialog.cpp" line="+31"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Read-only: refuse every change from the console</source>
        <translation>&amp;Schreibgeschützt: jede Änderung über die Konsole ablehnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;kip certificate verification</source>
        <translation>&amp;Zertifikatsprüfung überspringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker kind</source>
        <translation>Broker-Art</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Management URL</source>
        <translation>Management-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broker URL</source>
        <translation>Broker-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. mqtt://127.0.0.1:1883 (mqtts:// for TLS)</source>
        <translation>z. B. mqtt://127.0.0.1:1883 (mqtts:// für TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. https://broker.example.com:15672/</source>
        <translation>z. B. https://broker.example.com:15672/</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>MQTT broker</source>
        <translation>MQTT-Broker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip certificate verification</source>
        <translation>Zertifikatsprüfung überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Anyone between you and the broker can read and change this connection, password included. Only for development brokers with self-signed certificates.</source>
        <translation>⚠ Jeder zwischen Ihnen und dem Broker kann diese Verbindung mitlesen und verändern, einschließlich des Passworts. Nur für Entwicklungs-Broker mit selbstsignierten Zertifikaten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour tag</source>
        <translation>Farbmarkierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;olling every:</source>
        <translation>Abfrage &amp;alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour tag:</source>
        <translation>&amp;Farbmarkierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;A certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <location filename="../ui/models/connection_profile_store.cpp" line="+141"/>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not begin or end with blanks.</source>
        <translation>Der Name darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A connection named &apos;%1&apos; already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL of an MQTT broker must start with mqtt:// or mqtts://.</source>
        <translation>Die URL eines MQTT-Brokers muss mit mqtt:// oder mqtts:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL needs a host, e.g. mqtt://broker.example.com:1883.</source>
        <translation>Die URL braucht einen Host, z. B. mqtt://broker.example.com:1883.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL needs a host, e.g. https://broker.example.com:15672/.</source>
        <translation>Die URL braucht einen Host, z. B. https://broker.example.com:15672/.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The polling interval must be at least %1 ms.</source>
        <translation>Das Abfrageintervall muss mindestens %1 ms betragen.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>This is not a file of Warren connections.</source>
        <translation>Dies ist keine Datei mit Warren-Verbindungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <location filename="../ui/models/connection_table_model.cpp" line="+48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Anwendung</translation>
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
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected %1</source>
        <translation>Verbunden seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received %1, sent %2</source>
        <translation>Empfangen: %1, gesendet: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clean session</source>
        <translation>flüchtige Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persistent session</source>
        <translation>persistente Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>keep-alive %n s</source>
        <translation>
            <numerusform>Keep-Alive %n s</numerusform>
            <numerusform>Keep-Alive %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no keep-alive</source>
        <translation>kein Keep-Alive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>will to %1</source>
        <translation>Letzter Wille an %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no heart-beat</source>
        <translation>kein Heartbeat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heart-beat %1 s out, %2 s in</source>
        <translation>Heartbeat %1 s ausgehend, %2 s eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscriptions: %1</source>
        <translation>Abonnements: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The broker is pacing this publisher: it reads from it only as fast as it can write what it publishes (flow control).</source>
        <translation>Der Broker bremst diesen Publisher: Er liest von ihm nur so schnell, wie er das Veröffentlichte schreiben kann (Flusskontrolle).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource alarm (memory or disk) stops this publisher until it clears.</source>
        <translation>Ein Ressourcenalarm (Speicher oder Platte) hält diesen Publisher an, bis er aufgehoben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A resource alarm is in force: this connection will be stopped if it publishes.</source>
        <translation>Ein Ressourcenalarm ist aktiv: Diese Verbindung wird angehalten, wenn sie veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../ui/views/connections_dialog.cpp" line="+38"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Import connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Export connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to broker</source>
        <translation>Mit Broker verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warren connections (*.json);;All files (*)</source>
        <translation>Warren-Verbindungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connections.json</source>
        <translation>connections.json</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain could not store the password of &apos;%1&apos;: %2
You will be asked for it when connecting.</source>
        <translation>Der Schlüsselbund konnte das Passwort von „%1“ nicht speichern: %2
Es wird beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete the connection &apos;%1&apos; and its saved password?</source>
        <translation>Die Verbindung „%1“ und ihr gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a file of connections.</source>
        <translation>%1 ist zu groß für eine Verbindungsdatei.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n connection(s) imported, without passwords.</source>
        <translation>
            <numerusform>%n Verbindung ohne Passwort importiert.</numerusform>
            <numerusform>%n Verbindungen ohne Passwörter importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed, as the name was taken: %1</source>
        <translation>Umbenannt, da der Name vergeben war: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n connection(s) exported to %1, without passwords.</source>
        <translation>
            <numerusform>%n Verbindung ohne Passwort nach %1 exportiert.</numerusform>
            <numerusform>%n Verbindungen ohne Passwörter nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
</context>
<context>
    <name>ConsoleNavigator</name>
    <message>
        <location filename="../ui/views/console_navigator.cpp" line="+15"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Connections (10,000)</source>
        <translation>Verbindungen (10.000)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../ui/views/console_window.cpp" line="+105"/>
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
        <location line="+6"/>
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
        <location line="+9"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bindings</source>
        <translation>Bindungen</translation>
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
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live tap</source>
        <translation>Live-Mitschnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
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
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broker settings</source>
        <translation>Broker-Einstellungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the keychain could not store the password of &apos;%1&apos; (%2); it will be asked for when connecting</source>
        <translation>Der Schlüsselbund konnte das Passwort von „%1“ nicht speichern (%2); es wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+22"/>
        <source>Show Warren</source>
        <translation>Warren anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close connection…</source>
        <translation>Verbindung &amp;schließen…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n client(s) connected to the embedded broker will be disconnected. Quit anyway?</source>
        <translation>
            <numerusform>%n mit dem eingebetteten Broker verbundener Client wird getrennt. Trotzdem beenden?</numerusform>
            <numerusform>%n mit dem eingebetteten Broker verbundene Clients werden getrennt. Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open queues</source>
        <translation>Geöffnete Warteschlangen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onnect to broker…</source>
        <translation>Mit Broker &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent connections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;definitions…</source>
        <translation>&amp;Definitionen kopieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport definitions…</source>
        <translation>Definitionen e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import definitions…</source>
        <translation>Definitionen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Broker</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Warren</source>
        <translation>Ü&amp;ber Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No recent connections</source>
        <translation>Keine letzten Verbindungen</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+70"/>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+45"/>
        <source>&amp;New queue…</source>
        <translation>&amp;Neue Warteschlange…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purge…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected queues, each in a tab of its own</source>
        <translation>Die ausgewählten Warteschlangen öffnen, jede in einem eigenen Tab</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Purge %n queue(s)? Their ready messages are deleted for good: %1</source>
        <translation>
            <numerusform>%n Warteschlange leeren? Ihre bereiten Nachrichten werden endgültig gelöscht: %1</numerusform>
            <numerusform>%n Warteschlangen leeren? Ihre bereiten Nachrichten werden endgültig gelöscht: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete %n queue(s) with their messages and bindings? %1</source>
        <translation>
            <numerusform>%n Warteschlange samt Nachrichten und Bindungen löschen? %1</numerusform>
            <numerusform>%n Warteschlangen samt Nachrichten und Bindungen löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue %1 in virtual host %2</source>
        <translation>Warteschlange %1 im virtuellen Host %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Warren — %1</source>
        <translation>Warren — %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+22"/>
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
    <message>
        <location line="+4"/>
        <source>Topic permission of &apos;%1&apos; in &apos;%2&apos; set</source>
        <translation>Topic-Berechtigung von „%1“ in „%2“ festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic permission of &apos;%1&apos; in &apos;%2&apos; cleared</source>
        <translation>Topic-Berechtigung von „%1“ in „%2“ entzogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &apos;%1&apos; in &apos;%2&apos; saved</source>
        <translation>Richtlinie „%1“ in „%2“ gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &apos;%1&apos; in &apos;%2&apos; deleted</source>
        <translation>Richtlinie „%1“ in „%2“ gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Definitions imported: %n object(s)</source>
        <translation>
            <numerusform>Definitionen importiert: %n Objekt</numerusform>
            <numerusform>Definitionen importiert: %n Objekte</numerusform>
        </translation>
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
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
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
        <location line="+28"/>
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
    <name>CopyDefinitionsDialog</name>
    <message>
        <location filename="../ui/views/copy_definitions_dialog.cpp" line="+34"/>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+303"/>
        <source>&amp;Apply to target</source>
        <translation>Auf Ziel &amp;anwenden</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Copy definitions</source>
        <translation>Definitionen kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy from</source>
        <translation>Kopieren von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to</source>
        <translation>Kopieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the copy makes</source>
        <translation>Änderungen durch die Kopie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison status</source>
        <translation>Vergleichsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to target</source>
        <translation>Auf Ziel anwenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual host</source>
        <translation>Virtueller Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy &amp;from:</source>
        <translation>&amp;Kopieren von:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only creates and updates: nothing is deleted from the target. Queues and exchanges that exist there with other properties are left as they are.</source>
        <translation>Legt nur an und aktualisiert: Im Ziel wird nichts gelöscht. Warteschlangen und Exchanges, die dort mit anderen Eigenschaften existieren, bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What a copy does</source>
        <translation>Was eine Kopie bewirkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Press Compare to see what the copy would change.</source>
        <translation>Klicken Sie auf „Vergleichen“, um zu sehen, was die Kopie ändern würde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+42"/>
        <location line="+202"/>
        <source>That broker has been closed.</source>
        <translation>Dieser Broker wurde geschlossen.</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Choose two different brokers.</source>
        <translation>Wählen Sie zwei verschiedene Broker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the definitions of %1 and %2…</source>
        <translation>Lese die Definitionen von %1 und %2…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the definitions of %1: %2</source>
        <translation>Konnte die Definitionen von %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Tick to give the target this user&apos;s password from the source.</source>
        <translation>Ankreuzen, um das Passwort dieses Benutzers aus der Quelle ins Ziel zu übernehmen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing to copy: %1 already has these definitions.</source>
        <translation>Nichts zu kopieren: %1 hat diese Definitionen bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would get %2 new and %3 updated definition(s).</source>
        <translation>%1 würde %2 neue und %3 aktualisierte Definition(en) erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) would be left as they are.</source>
        <translation>
            <numerusform>%n Konflikt bliebe unverändert.</numerusform>
            <numerusform>%n Konflikte blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n definition(s) the target cannot hold are not copied.</source>
        <translation>
            <numerusform>%n Definition, die das Ziel nicht aufnehmen kann, wird nicht kopiert.</numerusform>
            <numerusform>%n Definitionen, die das Ziel nicht aufnehmen kann, werden nicht kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n definition(s) only in the target are kept.</source>
        <translation>
            <numerusform>%n Definition, die nur im Ziel existiert, bleibt erhalten.</numerusform>
            <numerusform>%n Definitionen, die nur im Ziel existieren, bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>&amp;Apply %n change(s) to target</source>
        <translation>
            <numerusform>%n Änderung auf Ziel &amp;anwenden</numerusform>
            <numerusform>%n Änderungen auf Ziel &amp;anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Importing %n change(s) into %1…</source>
        <translation>
            <numerusform>Importiere %n Änderung in %1…</numerusform>
            <numerusform>Importiere %n Änderungen in %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 refused the import: %2</source>
        <translation>%1 hat den Import abgelehnt: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n change(s) applied to %1.</source>
        <translation>
            <numerusform>%n Änderung auf %1 angewendet.</numerusform>
            <numerusform>%n Änderungen auf %1 angewendet.</numerusform>
        </translation>
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
    <name>DefinitionsFiles</name>
    <message>
        <location filename="../ui/views/definitions_files.cpp" line="+26"/>
        <source>Definitions (*.json);;All files (*)</source>
        <translation>Definitionen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export definitions</source>
        <translation>Definitionen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Import definitions</source>
        <translation>Definitionen importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the definitions of %1…</source>
        <translation>Lese die Definitionen von %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the definitions: %1</source>
        <translation>Die Definitionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Definitions exported to %1</source>
        <translation>Definitionen nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a definitions file: %2</source>
        <translation>%1 ist keine Definitionsdatei: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Import %n definition(s) from %1 into %2? What exists there is updated; nothing is deleted.</source>
        <translation>
            <numerusform>%n Definition aus %1 in %2 importieren? Was dort existiert, wird aktualisiert; nichts wird gelöscht.</numerusform>
            <numerusform>%n Definitionen aus %1 in %2 importieren? Was dort existiert, wird aktualisiert; nichts wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing definitions into %1…</source>
        <translation>Importiere Definitionen in %1…</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <location filename="../ui/backends/embedded_backend.cpp" line="+41"/>
        <source>Warren has only classic queues.</source>
        <translation>Warren hat nur klassische Warteschlangen.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+8"/>
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
        <location filename="../ui/views/exchange_dialog.cpp" line="+17"/>
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
        <translation>Nur andere Exchanges veröffentlichen an diesen Exchange</translation>
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
    <name>ExportedMessage</name>
    <message>
        <location filename="../ui/models/exported_message.cpp" line="+65"/>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;payload&quot; string</source>
        <translation>keine Zeichenkette „payload“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the base64 payload does not decode</source>
        <translation>der Base64-Inhalt lässt sich nicht dekodieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown payload_encoding &quot;%1&quot;</source>
        <translation>unbekanntes payload_encoding „%1“</translation>
    </message>
</context>
<context>
    <name>JolokiaBackend</name>
    <message>
        <location filename="../ui/backends/jolokia_backend.cpp" line="+62"/>
        <source>ActiveMQ has no exchanges or bindings: producers send to queues and topics directly.</source>
        <translation>ActiveMQ hat keine Exchanges oder Bindungen: Producer senden direkt an Queues und Topics.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActiveMQ has no channels: JMS sessions are not visible through Jolokia.</source>
        <translation>ActiveMQ hat keine Kanäle: JMS-Sitzungen sind über Jolokia nicht sichtbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ&apos;s consumers are not listed here; each queue shows how many it has.</source>
        <translation>Die Consumer von ActiveMQ werden hier nicht aufgelistet; jede Queue zeigt, wie viele sie hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ&apos;s users and permissions live in its configuration files.</source>
        <translation>Benutzer und Berechtigungen von ActiveMQ stehen in seinen Konfigurationsdateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ does not route: a message goes to the queue or topic it names.</source>
        <translation>ActiveMQ routet nicht: Eine Nachricht geht an die Queue oder das Topic, die sie nennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ cannot be tapped from here.</source>
        <translation>ActiveMQ kann von hier aus nicht mitgeschnitten werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ sends no log stream through Jolokia.</source>
        <translation>ActiveMQ sendet keinen Protokollstrom über Jolokia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ keeps its destinations and users in its configuration files, not in definitions that can be copied.</source>
        <translation>ActiveMQ verwaltet seine Ziele und Benutzer in seinen Konfigurationsdateien, nicht in Definitionen, die sich kopieren lassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActiveMQ has no quorum queues or streams.</source>
        <translation>ActiveMQ hat keine Quorum-Warteschlangen oder Streams.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ has no policies: its destination policies live in activemq.xml.</source>
        <translation>ActiveMQ hat keine Richtlinien: Seine Richtlinien für Ziele stehen in activemq.xml.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server answered HTTP %1 (is Jolokia at this URL?)</source>
        <translation>der Server antwortete mit HTTP %1 (ist Jolokia unter dieser URL?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not Jolokia&apos;s JSON</source>
        <translation>die Antwort ist nicht das JSON von Jolokia</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>ActiveMQ needs a queue (the routing key) or a topic (the exchange) to send to.</source>
        <translation>ActiveMQ braucht eine Queue (den Routing-Key) oder ein Topic (den Exchange) als Ziel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no such connection</source>
        <translation>keine solche Verbindung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ActiveMQ has only topics: declare an exchange of type topic.</source>
        <translation>ActiveMQ hat nur Topics: Deklarieren Sie einen Exchange vom Typ topic.</translation>
    </message>
</context>
<context>
    <name>LiveTapPage</name>
    <message>
        <location filename="../ui/views/live_tap_page.cpp" line="+91"/>
        <source>MQTT &amp;topics</source>
        <translation>MQTT-&amp;Topics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Virtual host to tap</source>
        <translation>Mitzuschneidender virtueller Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange to tap</source>
        <translation>Mitzuschneidender Exchange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show keys as MQTT topics, with &apos;/&apos; between levels, as MQTT clients name them.</source>
        <translation>Keys als MQTT-Topics anzeigen, mit „/“ zwischen den Ebenen, wie MQTT-Clients sie benennen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear what the tap has seen</source>
        <translation>Leeren, was der Mitschnitt gesehen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+516"/>
        <source>Export tapped messages</source>
        <translation>Mitgeschnittene Nachrichten exportieren</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>&amp;Vhost:</source>
        <translation>&amp;Vhost:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xchange:</source>
        <translation>E&amp;xchange:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+109"/>
        <source>Routing keys seen by the tap</source>
        <translation>Vom Mitschnitt gesehene Routing-Keys</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Rank top talkers by</source>
        <translation>Top-Talker ordnen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by messages</source>
        <translation>nach Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by bytes</source>
        <translation>nach Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Top talkers</source>
        <translation>Top-Talker</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Latest message on the selected key</source>
        <translation>Neueste Nachricht zum ausgewählten Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference to the previous message on the selected key</source>
        <translation>Unterschied zur vorherigen Nachricht zum ausgewählten Key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number to chart</source>
        <translation>Darzustellende Zahl</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics seen by the tap</source>
        <translation>Vom Mitschnitt gesehene Topics</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This broker cannot show the console a copy of its traffic.</source>
        <translation>Dieser Broker kann der Konsole keine Kopie seines Verkehrs zeigen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(all exchanges)</source>
        <translation>(alle Exchanges)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>(AMQP default)</source>
        <translation>(AMQP-Standard)</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>No message has carried exactly this key yet.</source>
        <translation>Noch keine Nachricht hatte genau diesen Key.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only one message on this key so far.</source>
        <translation>Bisher nur eine Nachricht zu diesem Key.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tapping every topic</source>
        <translation>Schneide alle Topics mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tapping every exchange of %1</source>
        <translation>Schneide alle Exchanges von %1 mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tapping %1 in %2</source>
        <translation>Schneide %1 in %2 mit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not tapping</source>
        <translation>Kein Mitschnitt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n message(s) seen</source>
        <translation>
            <numerusform>%1 · %n Nachricht gesehen</numerusform>
            <numerusform>%1 · %n Nachrichten gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n not shown (faster than the console takes them)</source>
        <translation>
            <numerusform> · %n nicht angezeigt (schneller, als die Konsole sie abnimmt)</numerusform>
            <numerusform> · %n nicht angezeigt (schneller, als die Konsole sie abnimmt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the tap</source>
        <translation>Mitschnitt anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the tap</source>
        <translation>Mitschnitt starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON-Zeilen (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Exportiere %n Nachricht…</numerusform>
            <numerusform>Exportiere %n Nachrichten…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
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
        <location line="+106"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Lowest level shown</source>
        <translation>Niedrigste angezeigte Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Category shown</source>
        <translation>Angezeigte Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter log records by text</source>
        <translation>Protokolleinträge nach Text filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter messages</source>
        <translation>Meldungen filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to jump to</source>
        <translation>Zeitpunkt, zu dem gesprungen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to time</source>
        <translation>&amp;Zu Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log records</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>ManagementApiBackend</name>
    <message>
        <location filename="../ui/backends/management_api_backend.cpp" line="+57"/>
        <source>Warren has only classic queues.</source>
        <translation>Warren hat nur klassische Warteschlangen.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>no such binding</source>
        <translation>keine solche Bindung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The broker&apos;s definitions are not a JSON object.</source>
        <translation>Die Definitionen des Brokers sind kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>MessageBrowserPage</name>
    <message>
        <location filename="../ui/views/message_browser_page.cpp" line="+49"/>
        <source>&amp;Peek</source>
        <translation>&amp;Ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;whole queue</source>
        <translation>&amp;Ganze Warteschlange durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy to…</source>
        <translation>&amp;Kopieren nach…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requeue dead-lettered</source>
        <translation>Dead Letters wieder &amp;einreihen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit and re-send…</source>
        <translation>&amp;Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to browse</source>
        <translation>Zu durchsuchende Warteschlange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many messages to peek at</source>
        <translation>Wie viele Nachrichten angesehen werden</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Search message bodies</source>
        <translation>Nachrichteninhalte durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in bodies</source>
        <translation>In Inhalten suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every ready message of the queue, not only those peeked at, and show the ones that match</source>
        <translation>Alle bereiten Nachrichten der Warteschlange durchsuchen, nicht nur die angesehenen, und die passenden anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Messages at the head of the queue</source>
        <translation>Nachrichten am Anfang der Warteschlange</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message properties and headers</source>
        <translation>Nachrichteneigenschaften und Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the body as</source>
        <translation>Inhalt anzeigen als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Message body</source>
        <translation>Nachrichteninhalt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body as:</source>
        <translation>Inhalt als:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message operations</source>
        <translation>Nachrichtenoperationen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publish the selected messages elsewhere, then remove them from this queue</source>
        <translation>Die ausgewählten Nachrichten anderswo veröffentlichen und dann aus dieser Warteschlange entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish copies of the selected messages elsewhere, leaving them here</source>
        <translation>Kopien der ausgewählten Nachrichten anderswo veröffentlichen und sie hier belassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected dead-lettered messages back to where they died (x-death)</source>
        <translation>Die ausgewählten Dead Letters dorthin zurückschicken, wo sie verworfen wurden (x-death)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the messages of an exported JSON-lines file</source>
        <translation>Die Nachrichten einer exportierten JSON-Zeilen-Datei veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of the current message in the Publish form, to change and send it</source>
        <translation>Eine Kopie der aktuellen Nachricht im Formular „Veröffentlichen“ öffnen, um sie zu ändern und zu senden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message browser status</source>
        <translation>Status des Nachrichtenbrowsers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export or import progress</source>
        <translation>Export- oder Importfortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the export or import</source>
        <translation>Export oder Import stoppen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>Dieser Broker lässt die Konsole nicht in Queues schauen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export stopped; %1 was not written.</source>
        <translation>Export gestoppt; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Peeking at %1…</source>
        <translation>Sehe %1 an…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type what to look for first.</source>
        <translation>Zuerst den Suchbegriff eingeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1 message(s) of %2…</source>
        <translation>Lese %1 Nachricht(en) aus %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for %1.</source>
        <translation>Warten auf %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not peek at %1: %2</source>
        <translation>Konnte %1 nicht ansehen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 ready message(s) in %3, left in place</source>
        <translation>%1 von %2 bereiten Nachrichten in %3, unverändert belassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching %1 message(s)…</source>
        <translation>Durchsuche %1 Nachricht(en)…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n match(es) in %1 messages of %2</source>
        <translation>
            <numerusform>%n Treffer in %1 Nachrichten aus %2</numerusform>
            <numerusform>%n Treffer in %1 Nachrichten aus %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the first %1 of %2 ready)</source>
        <translation>(die ersten %1 von %2 bereiten)</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Search stopped.</source>
        <translation>Suche gestoppt.</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON-Zeilen (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="-122"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Exportiere %n Nachricht…</numerusform>
            <numerusform>Exportiere %n Nachrichten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Sende %n Nachricht…</numerusform>
            <numerusform>Sende %n Nachrichten…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing sent: %1</source>
        <translation>Nichts gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copied %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht kopiert</numerusform>
            <numerusform>%n Nachrichten kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moved %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht verschoben</numerusform>
            <numerusform>%n Nachrichten verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Requeued %n dead-lettered message(s)</source>
        <translation>
            <numerusform>%n Dead Letter wieder eingereiht</numerusform>
            <numerusform>%n Dead Letters wieder eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n skipped (no longer ready, or not dead-lettered)</source>
        <translation>
            <numerusform>; %n übersprungen (nicht mehr bereit oder kein Dead Letter)</numerusform>
            <numerusform>; %n übersprungen (nicht mehr bereit oder keine Dead Letters)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import messages</source>
        <translation>Nachrichten importieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Import stopped: %n message(s) published</source>
        <translation>
            <numerusform>Import gestoppt: %n Nachricht veröffentlicht</numerusform>
            <numerusform>Import gestoppt: %n Nachrichten veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht importiert</numerusform>
            <numerusform>%n Nachrichten importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n reached no queue</source>
        <translation>
            <numerusform>; %n erreichte keine Warteschlange</numerusform>
            <numerusform>; %n erreichten keine Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n line(s) unreadable</source>
        <translation>
            <numerusform>; %n Zeile unlesbar</numerusform>
            <numerusform>; %n Zeilen unlesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetailsTree</name>
    <message numerus="yes">
        <location filename="../ui/views/message_details_tree.cpp" line="+31"/>
        <source>table, %n field(s)</source>
        <translation>
            <numerusform>Tabelle, %n Feld</numerusform>
            <numerusform>Tabelle, %n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>array, %n entry(s)</source>
        <translation>
            <numerusform>Array, %n Eintrag</numerusform>
            <numerusform>Array, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <message numerus="yes">
        <location line="+6"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n Header</numerusform>
            <numerusform>%n Header</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTargetDialog</name>
    <message>
        <location filename="../ui/views/message_target_dialog.cpp" line="+18"/>
        <source>Each message&apos;s recorded exchange</source>
        <translation>Der aufgezeichnete Exchange jeder Nachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target queue</source>
        <translation>Ziel-Warteschlange</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(through the exchange below)</source>
        <translation>(über den Exchange unten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish to each message&apos;s recorded exchange</source>
        <translation>Am aufgezeichneten Exchange jeder Nachricht veröffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target exchange</source>
        <translation>Ziel-Exchange</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default exchange)</source>
        <translation>(Standard-Exchange)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target routing key</source>
        <translation>Ziel-Routing-Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank: each message&apos;s own</source>
        <translation>leer: der eigene jeder Nachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import messages to</source>
        <translation>Nachrichten importieren nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish messages to</source>
        <translation>Nachrichten veröffentlichen an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
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
        <location line="+2"/>
        <source>A queue chosen here gets the messages directly, through the default exchange; leave it empty to publish through an exchange and routing key instead.</source>
        <translation>Eine hier gewählte Warteschlange erhält die Nachrichten direkt über den Standard-Exchange; leer lassen, um stattdessen über einen Exchange und Routing-Key zu veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>MqttBackend</name>
    <message>
        <location filename="../ui/backends/mqtt_backend.cpp" line="+62"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to the MQTT broker at %1: %2</source>
        <translation>Keine Verbindung zum MQTT-Broker unter %1 möglich: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>An MQTT broker has no queues: its topics are in the Live tap and Retained tabs.</source>
        <translation>Ein MQTT-Broker hat keine Warteschlangen: Seine Topics stehen in den Tabs „Live-Mitschnitt“ und „Retained“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker has no exchanges: messages go to topics, which the Live tap shows.</source>
        <translation>Ein MQTT-Broker hat keine Exchanges: Nachrichten gehen an Topics, die der Live-Mitschnitt zeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker takes messages for topics, not for exchanges or queues: publish to a topic instead.</source>
        <translation>Ein MQTT-Broker nimmt Nachrichten für Topics an, nicht für Exchanges oder Warteschlangen: Veröffentlichen Sie stattdessen an ein Topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker has no bindings: each subscription&apos;s filter picks the topics it gets.</source>
        <translation>Ein MQTT-Broker hat keine Bindungen: Der Filter jedes Abonnements wählt die Topics aus, die es erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQTT gives a client no way to list the broker&apos;s connections.</source>
        <translation>MQTT bietet einem Client keine Möglichkeit, die Verbindungen des Brokers aufzulisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQTT has no channels: each client has one session.</source>
        <translation>MQTT hat keine Kanäle: Jeder Client hat eine Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQTT gives a client no way to list the broker&apos;s subscriptions.</source>
        <translation>MQTT bietet einem Client keine Möglichkeit, die Abonnements des Brokers aufzulisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker&apos;s users and access rules live in its own configuration.</source>
        <translation>Die Benutzer und Zugriffsregeln eines MQTT-Brokers stehen in seiner eigenen Konfiguration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker does not route through exchanges: a message goes to every subscription whose filter matches its topic.</source>
        <translation>Ein MQTT-Broker routet nicht über Exchanges: Eine Nachricht geht an jedes Abonnement, dessen Filter zu ihrem Topic passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQTT sends a client no log stream.</source>
        <translation>MQTT sendet einem Client keinen Protokollstrom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no definitions to export or import.</source>
        <translation>Ein MQTT-Broker hat keine Definitionen zum Exportieren oder Importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no queues, so no queue types.</source>
        <translation>Ein MQTT-Broker hat keine Warteschlangen, also keine Warteschlangentypen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no policies.</source>
        <translation>Ein MQTT-Broker hat keine Richtlinien.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection to the MQTT broker was lost before it acknowledged the message.</source>
        <translation>Die Verbindung zum MQTT-Broker ging verloren, bevor er die Nachricht bestätigt hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the MQTT broker was lost: %1.</source>
        <translation>Die Verbindung zum MQTT-Broker ging verloren: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login refused: %1 (retrying in %2 s)</source>
        <translation>Anmeldung abgelehnt: %1 (neuer Versuch in %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MQTT broker refused the login: %1</source>
        <translation>Der MQTT-Broker hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: %1 (retrying in %2 s)</source>
        <translation>Abgelehnt: %1 (neuer Versuch in %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MQTT broker at %1 refused the connection: %2</source>
        <translation>Der MQTT-Broker unter %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected: %1 (reconnecting in %2 s)</source>
        <translation>Getrennt: %1 (neue Verbindung in %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost the connection to the MQTT broker at %1: %2</source>
        <translation>Verbindung zum MQTT-Broker unter %1 verloren: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unreachable: %1 (retrying in %2 s)</source>
        <translation>Nicht erreichbar: %1 (neuer Versuch in %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the MQTT broker at %1: %2</source>
        <translation>MQTT-Broker unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <location line="+10"/>
        <source>The console is not connected to the MQTT broker.</source>
        <translation>Die Konsole ist nicht mit dem MQTT-Broker verbunden.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Topic &apos;%1&apos; has no retained message.</source>
        <translation>Topic „%1“ hat keine Retained-Nachricht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The message was not published: %1.</source>
        <translation>Die Nachricht wurde nicht veröffentlicht: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The MQTT broker refused the message: %1.</source>
        <translation>Der MQTT-Broker hat die Nachricht abgelehnt: %1.</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <location filename="../ui/backends/mqtt_client.cpp" line="+307"/>
        <source>the MQTT library could not create a client</source>
        <translation>die MQTT-Bibliothek konnte keinen Client erzeugen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the CA, certificate or key file cannot be read</source>
        <translation>die CA-, Zertifikats- oder Schlüsseldatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the console is not connected to the broker</source>
        <translation>die Konsole ist nicht mit dem Broker verbunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a topic to publish to: it must not be empty or hold + or #</source>
        <translation>„%1“ ist kein Topic zum Veröffentlichen: Es darf weder leer sein noch + oder # enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the QoS must be 0, 1 or 2</source>
        <translation>die QoS muss 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is larger than MQTT allows (256 MiB)</source>
        <translation>der Inhalt ist größer, als MQTT erlaubt (256 MiB)</translation>
    </message>
    <message>
        <location filename="../ui/backends/mqtt_client_ending.cpp" line="+11"/>
        <source>the broker does not speak this version of MQTT</source>
        <translation>der Broker beherrscht diese MQTT-Version nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client identifier was rejected</source>
        <translation>die Client-ID wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server is unavailable</source>
        <translation>der Server ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not authorised</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is busy</source>
        <translation>der Server ist ausgelastet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this client is banned</source>
        <translation>dieser Client ist gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authentication method is not accepted</source>
        <translation>die Authentifizierungsmethode wird nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quota is exceeded</source>
        <translation>ein Kontingent ist überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many connections in too short a time</source>
        <translation>zu viele Verbindungen in zu kurzer Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the topic name is not valid</source>
        <translation>der Topic-Name ist ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not in the format it claims</source>
        <translation>der Inhalt hat nicht das angegebene Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>the message is larger than the broker accepts</source>
        <translation>die Nachricht ist größer, als der Broker annimmt</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the broker does not accept it (implementation-specific)</source>
        <translation>der Broker nimmt sie nicht an (implementierungsspezifisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason code %1</source>
        <translation>Ursachencode %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name cannot be resolved (%1)</source>
        <translation>der Hostname kann nicht aufgelöst werden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker stopped answering</source>
        <translation>der Broker antwortet nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed (%1)</source>
        <translation>der TLS-Handshake ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker broke the MQTT protocol</source>
        <translation>der Broker hat das MQTT-Protokoll verletzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker does not accept this QoS</source>
        <translation>der Broker akzeptiert diese QoS nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker does not keep retained messages</source>
        <translation>der Broker speichert keine Retained-Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <location filename="../ui/models/node_table_model.cpp" line="+29"/>
        <source>This node is not running: queues whose leader was here move to other members, and classic queues on it are unavailable.</source>
        <translation>Dieser Knoten läuft nicht: Warteschlangen, deren Leader hier lag, wechseln zu anderen Mitgliedern, und klassische Warteschlangen auf ihm sind nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network partition: this node cannot reach %1 although they are in its cluster. Each side may go on serving on its own and their states diverge until the partition is healed.</source>
        <translation>Netzwerkpartition: Dieser Knoten kann %1 nicht erreichen, obwohl sie zu seinem Cluster gehören. Jede Seite kann eigenständig weiterarbeiten, und ihre Zustände laufen auseinander, bis die Partition behoben ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory alarm: publishers are blocked until memory use falls.</source>
        <translation>Speicheralarm: Publisher sind blockiert, bis der Speicherverbrauch sinkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk alarm: publishers are blocked until disk space is freed.</source>
        <translation>Plattenalarm: Publisher sind blockiert, bis Plattenplatz freigegeben wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>disc</source>
        <translation>Platte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk</source>
        <translation>Platte</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/views/overview_page.cpp" line="+32"/>
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
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory the broker process holds, next to the bytes of the messages in its queues. Much more held than queued means memory is kept for reuse rather than used.</source>
        <translation>Der Speicher, den der Broker-Prozess belegt, neben den Bytes der Nachrichten in seinen Warteschlangen. Viel mehr belegt als eingereiht heißt: Speicher wird zur Wiederverwendung vorgehalten, nicht genutzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster nodes</source>
        <translation>Cluster-Knoten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+35"/>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — publishers blocked</source>
        <translation>%1 — Publisher blockiert</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Flow control: the broker is pacing %n publishing connection(s), reading from them only as fast as it can write what they publish. The Connections page shows which (state &quot;flow&quot;); the log says why.</source>
        <translation>
            <numerusform>Flusskontrolle: Der Broker bremst %n veröffentlichende Verbindung und liest von ihr nur so schnell, wie er das Veröffentlichte schreiben kann. Die Seite Verbindungen zeigt welche (Zustand „flow“); das Protokoll sagt warum.</numerusform>
            <numerusform>Flusskontrolle: Der Broker bremst %n veröffentlichende Verbindungen und liest von ihnen nur so schnell, wie er das Veröffentlichte schreiben kann. Die Seite Verbindungen zeigt welche (Zustand „flow“); das Protokoll sagt warum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 held, %2 in queues</source>
        <translation>%1 belegt, %2 in Warteschlangen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/views/password_dialog.cpp" line="+16"/>
        <source>&amp;Remember password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store in &amp;plain settings file (not encrypted)</source>
        <translation>In der Einstellungsdatei im &amp;Klartext speichern (nicht verschlüsselt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is saved for &apos;%1&apos;. Enter the password of %2:</source>
        <translation>Für „%1“ ist kein Passwort gespeichert. Geben Sie das Passwort von %2 ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not give the password for &apos;%1&apos;: %2
Enter the password of %3:</source>
        <translation>Der Schlüsselbund konnte das Passwort für „%1“ nicht liefern: %2
Geben Sie das Passwort von %3 ein:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store in plain settings file</source>
        <translation>Im Klartext in der Einstellungsdatei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Anyone who can read your settings file can read this password. Use this only if the keychain cannot be made to work.</source>
        <translation>⚠ Wer Ihre Einstellungsdatei lesen kann, kann dieses Passwort lesen. Nur verwenden, wenn der Schlüsselbund sich nicht zum Laufen bringen lässt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
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
    <name>PoliciesPage</name>
    <message>
        <location filename="../ui/views/policies_page.cpp" line="+19"/>
        <source>Filter policies by name</source>
        <translation>Richtlinien nach Namen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New policy…</source>
        <translation>&amp;Neue Richtlinie…</translation>
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
        <location line="+8"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n policy(s)? Queues and exchanges they matched lose what they set: %1</source>
        <translation>
            <numerusform>%n Richtlinie löschen? Warteschlangen und Exchanges, auf die sie zutraf, verlieren, was sie festlegte: %1</numerusform>
            <numerusform>%n Richtlinien löschen? Warteschlangen und Exchanges, auf die sie zutrafen, verlieren, was sie festlegten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDefinitionText</name>
    <message>
        <location filename="../ui/models/policy_definition_text.cpp" line="+30"/>
        <source>The definition is not a JSON object: %1 at character %2.</source>
        <translation>Die Definition ist kein JSON-Objekt: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1 is not key=value: %2</source>
        <translation>Zeile %1 hat nicht die Form Schlüssel=Wert: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A policy needs at least one key, such as message-ttl=60000.</source>
        <translation>Eine Richtlinie braucht mindestens einen Schlüssel, z. B. message-ttl=60000.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../ui/views/policy_dialog.cpp" line="+25"/>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual host</source>
        <translation>Virtueller Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy name</source>
        <translation>Name der Richtlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern of names the policy applies to</source>
        <translation>Muster der Namen, für die die Richtlinie gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ^orders\.</source>
        <translation>z. B. ^orders\.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the policy applies to</source>
        <translation>Wofür die Richtlinie gilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues and exchanges</source>
        <translation>Warteschlangen und Exchanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where several policies match a name, the highest priority wins.</source>
        <translation>Passen mehrere Richtlinien auf einen Namen, gilt die mit der höchsten Priorität.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy definition</source>
        <translation>Richtliniendefinition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key=value per line, e.g.
message-ttl=60000
dead-letter-exchange=dlx
or a JSON object: {&quot;max-length&quot;: 1000}</source>
        <translation>Ein Schlüssel=Wert pro Zeile, z. B.
message-ttl=60000
dead-letter-exchange=dlx
oder ein JSON-Objekt: {&quot;max-length&quot;: 1000}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong with the policy</source>
        <translation>Was an der Richtlinie falsch ist</translation>
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
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply to:</source>
        <translation>&amp;Anwenden auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit policy</source>
        <translation>Richtlinie bearbeiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A policy needs a name.</source>
        <translation>Eine Richtlinie braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs a pattern; &quot;.*&quot; matches every name.</source>
        <translation>Eine Richtlinie braucht ein Muster; „.*“ passt auf jeden Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pattern is not a regular expression: %1.</source>
        <translation>Das Muster ist kein regulärer Ausdruck: %1.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../ui/models/policy_table_model.cpp" line="+21"/>
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
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to</source>
        <translation>Anwenden auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/views/preferences_dialog.cpp" line="+13"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Sekunde</numerusform>
            <numerusform>Im Abstand von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh:</source>
        <translation>&amp;Aktualisierung:</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../ui/views/publish_page.cpp" line="+76"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message body</source>
        <translation>Nachrichteninhalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent messages</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load body from file…</source>
        <translation>Inhalt aus &amp;Datei laden…</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+3"/>
        <source>&amp;Content type:</source>
        <translation>&amp;Inhaltstyp:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent this session:</source>
        <translation>In dieser Sitzung gesendet:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This broker does not allow publishing from the console.</source>
        <translation>Dieser Broker erlaubt kein Veröffentlichen über die Konsole.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load message body</source>
        <translation>Nachrichteninhalt laden</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="-76"/>
        <location line="+90"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>Content enco&amp;ding:</source>
        <translation>Inhalts&amp;kodierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;orrelation id:</source>
        <translation>K&amp;orrelations-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply &amp;to:</source>
        <translation>&amp;Antwort an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiration (ms):</source>
        <translation>Abla&amp;uf (ms):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message id:</source>
        <translation>&amp;Nachrichten-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App id:</source>
        <translation>A&amp;pp-ID:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Persistent (delivery mode &amp;2)</source>
        <translation>Persistent (Zustellmodus &amp;2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;tain</source>
        <translation>Re&amp;tain</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to send</source>
        <translation>Wohin senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exchange (AMQP)</source>
        <translation>Ein Exchange (AMQP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT topic</source>
        <translation>Ein MQTT-Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. sensors/kitchen/temperature</source>
        <translation>z. B. sensoren/kueche/temperatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality of service</source>
        <translation>Dienstgüte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 — at most once</source>
        <translation>0 — höchstens einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — at least once</source>
        <translation>1 — mindestens einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — exactly once</source>
        <translation>2 — genau einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker keeps it as the topic&apos;s last message, for every new subscriber.</source>
        <translation>Der Broker behält sie als letzte Nachricht des Topics für jeden neuen Abonnenten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8601, e.g. 2026-12-06T19:30:00Z</source>
        <translation>ISO 8601, z. B. 2026-12-06T19:30:00Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One header per line: &quot;name: text&quot;, or &quot;name:= JSON&quot; for numbers, true/false, arrays and tables</source>
        <translation>Ein Header pro Zeile: „Name: Text“ oder „Name:= JSON“ für Zahlen, true/false, Arrays und Tabellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send a&amp;gain</source>
        <translation>Noch ein&amp;mal senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into the &amp;form</source>
        <translation>Ins &amp;Formular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chosen message back into the form to change it</source>
        <translation>Die gewählte Nachricht zum Ändern zurück ins Formular übernehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send t&amp;o:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To&amp;pic:</source>
        <translation>To&amp;pic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Priority:</source>
        <translation>Priori&amp;tät:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T&amp;imestamp:</source>
        <translation>&amp;Zeitstempel:</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>An MQTT message needs a topic.</source>
        <translation>Eine MQTT-Nachricht braucht ein Topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic to publish to cannot hold the wildcards + or #.</source>
        <translation>Ein Topic zum Veröffentlichen darf die Platzhalter + und # nicht enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timestamp is not an ISO 8601 date and time.</source>
        <translation>Der Zeitstempel ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The expiration is a whole number of milliseconds.</source>
        <translation>Der Ablauf muss eine ganze Zahl von Millisekunden sein.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1  topic %2, QoS %3, retained (%4)</source>
        <translation>%1  Topic %2, QoS %3, Retained (%4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1  topic %2, QoS %3 (%4)</source>
        <translation>%1  Topic %2, QoS %3 (%4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtual host %1</source>
        <translation>virtueller Host %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Published to %1.</source>
        <translation>An %1 veröffentlicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published to %1, but no subscription matched it.</source>
        <translation>An %1 veröffentlicht, aber kein Abonnement passte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published to %1: %n subscription(s) got it.</source>
        <translation>
            <numerusform>An %1 veröffentlicht: %n Abonnement hat sie erhalten.</numerusform>
            <numerusform>An %1 veröffentlicht: %n Abonnements haben sie erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>QCoreApplication::QueueFeatures</name>
    <message>
        <location filename="../ui/models/queue_features.cpp" line="+51"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>QueueDetailPage</name>
    <message>
        <location filename="../ui/views/queue_detail_page.cpp" line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Purge…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse messages</source>
        <translation>Nachrichten &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in virtual host %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im virtuellen Host %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This queue no longer exists: it was deleted, or deleted itself when its last consumer left. What is shown is its last state.</source>
        <translation>Diese Warteschlange existiert nicht mehr: Sie wurde gelöscht oder hat sich selbst gelöscht, als ihr letzter Consumer ging. Angezeigt wird ihr letzter Zustand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader / node</source>
        <translation>Leader / Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durable</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete</source>
        <translation>Automatisch löschend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive</source>
        <translation>Exklusiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready bytes</source>
        <translation>Bereite Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent</source>
        <translation>Persistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Purge queue</source>
        <translation>Warteschlange leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete queue</source>
        <translation>Warteschlange löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bindings of the queue</source>
        <translation>Bindungen der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers of the queue</source>
        <translation>Consumer der Warteschlange</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (not replicated)</source>
        <translation>keine (nicht repliziert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../ui/views/queue_dialog.cpp" line="+18"/>
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
        <location line="+5"/>
        <source>Queue type</source>
        <translation>Warteschlangentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>Klassisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum (replicated, durable)</source>
        <translation>Quorum (repliziert, dauerhaft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream (append-only log, durable)</source>
        <translation>Stream (nur anhängbares Log, dauerhaft)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
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
        <location line="+21"/>
        <source>Quorum queues and streams are always durable and never deleted automatically.</source>
        <translation>Quorum-Warteschlangen und Streams sind immer dauerhaft und werden nie automatisch gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
</context>
<context>
    <name>QueueFeatures</name>
    <message>
        <location filename="../ui/models/queue_features.cpp" line="-22"/>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;&quot; (the default exchange)</source>
        <translation>&quot;&quot; (der Standard-Exchange)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2 %3</source>
        <translation>%1 = %2 %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>D: durable, survives a broker restart</source>
        <translation>D: dauerhaft, übersteht einen Neustart des Brokers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AD: auto-delete, deleted when its last consumer unsubscribes</source>
        <translation>AD: automatisch löschend, wird gelöscht, wenn sich ihr letzter Consumer abmeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excl: exclusive, used by one connection and deleted with it</source>
        <translation>Excl: exklusiv, von einer einzigen Verbindung genutzt und mit ihr gelöscht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Args: other arguments</source>
        <translation>Args: weitere Argumente</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../ui/models/queue_table_model.cpp" line="+50"/>
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
        <translation>Veröffentlicht/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver/s</source>
        <translation>Zugestellt/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack/s</source>
        <translation>Bestätigt/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver/s</source>
        <translation>Erneut zugestellt/s</translation>
    </message>
    <message>
        <location line="+32"/>
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
    <message>
        <location line="+7"/>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader: %1</source>
        <translation>Leader: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
</context>
<context>
    <name>RateCharts</name>
    <message>
        <location filename="../ui/views/rate_charts.cpp" line="+26"/>
        <source>Time the charts show</source>
        <translation>Von den Diagrammen gezeigter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart window</source>
        <translation>Diagrammzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Charts show:</source>
        <translation>Diagramme zeigen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message rates (per second)</source>
        <translation>Nachrichtenraten (pro Sekunde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message rates chart</source>
        <translation>Diagramm der Nachrichtenraten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued messages</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued messages chart</source>
        <translation>Diagramm der wartenden Nachrichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
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
        <location line="+15"/>
        <source>seconds ago</source>
        <translation>Sekunden zuvor</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <location filename="../ui/backends/remote_backend.cpp" line="+13"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable: %1 (retrying in %2 s)</source>
        <translation>Nicht erreichbar: %1 (neuer Versuch in %2 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>RemoteHttp</name>
    <message>
        <location filename="../ui/backends/remote_http.cpp" line="+53"/>
        <source>login refused: wrong user name or password (HTTP 401)</source>
        <translation>Anmeldung abgelehnt: falscher Benutzername oder falsches Passwort (HTTP 401)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker closed the connection</source>
        <translation>der Broker hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>RemoteTaps</name>
    <message>
        <location filename="../ui/backends/remote_taps.cpp" line="+81"/>
        <source>the broker did not start the tap</source>
        <translation>der Broker hat den Mitschnitt nicht gestartet</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <location filename="../ui/views/resend_dialog.cpp" line="+12"/>
        <source>Edit and re-send</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
</context>
<context>
    <name>RetainedPage</name>
    <message>
        <location filename="../ui/views/retained_page.cpp" line="+27"/>
        <source>Filter retained messages by topic</source>
        <translation>Retained-Nachrichten nach Topic filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retained messages</source>
        <translation>Retained-Nachrichten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payload of the selected retained message</source>
        <translation>Inhalt der ausgewählten Retained-Nachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a topic to see its retained payload.</source>
        <translation>Ein Topic auswählen, um den Inhalt seiner Retained-Nachricht zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Clear the retained message of %n topic(s)? New subscribers will no longer get it: %1</source>
        <translation>
            <numerusform>Retained-Nachricht von %n Topic löschen? Neue Abonnenten erhalten sie dann nicht mehr: %1</numerusform>
            <numerusform>Retained-Nachrichten von %n Topics löschen? Neue Abonnenten erhalten sie dann nicht mehr: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n retained message(s)</source>
        <translation>
            <numerusform>%n Retained-Nachricht</numerusform>
            <numerusform>%n Retained-Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retained message of &apos;%1&apos; cleared</source>
        <translation>Retained-Nachricht von „%1“ gelöscht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>qos: %1</source>
        <translation>QoS: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>content type: %1</source>
        <translation>Inhaltstyp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first %1 shown)</source>
        <translation>(die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
</context>
<context>
    <name>RetainedTableModel</name>
    <message>
        <location filename="../ui/models/retained_table_model.cpp" line="+43"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteExplanation</name>
    <message>
        <location filename="../ui/models/route_explanation.cpp" line="+101"/>
        <source>the default exchange by its name</source>
        <translation>der Standard-Exchange über den Namen der Warteschlange</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) by “%3”</source>
        <translation>%1 (%2) über „%3“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) by %3</source>
        <translation>%1 (%2) über %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2), no binding matched: its alternate exchange</source>
        <translation>%1 (%2), keine Bindung passte: sein alternativer Exchange</translation>
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
        <location line="+3"/>
        <source>Queues the message would reach</source>
        <translation>Warteschlangen, die die Nachricht erreichen würde</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+39"/>
        <source>Asking the broker…</source>
        <translation>Frage den Broker…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell: %1</source>
        <translation>Nicht feststellbar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No binding in the last refresh explains this queue; refresh and test again.</source>
        <translation>Keine Bindung der letzten Aktualisierung erklärt diese Warteschlange; aktualisieren und erneut testen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unroutable: no queue would get this message (a mandatory publish would come back).</source>
        <translation>Nicht routbar: Keine Warteschlange würde diese Nachricht erhalten (eine Veröffentlichung mit „mandatory“ käme zurück).</translation>
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
        <location filename="../ui/views/table_page.cpp" line="+34"/>
        <source>Filter with a regular expression</source>
        <translation>Mit einem regulären Ausdruck filtern</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>TapTreeModel</name>
    <message>
        <location filename="../ui/models/tap_tree_model.cpp" line="+213"/>
        <source>(other keys)</source>
        <translation>(andere Keys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keys first seen after %1 nodes are counted here</source>
        <translation>Keys, die erst nach %1 Knoten auftauchen, werden hier gezählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing key</source>
        <translation>Routing-Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate (msg/s)</source>
        <translation>Rate (Nachr./s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>TopTalkersModel</name>
    <message>
        <location filename="../ui/models/top_talkers_model.cpp" line="+60"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Routing key</source>
        <translation>Routing-Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate (msg/s)</source>
        <translation>Rate (Nachr./s)</translation>
    </message>
</context>
<context>
    <name>TopicPermissionDialog</name>
    <message>
        <location filename="../ui/views/topic_permission_dialog.cpp" line="+19"/>
        <source>Set topic permission</source>
        <translation>Topic-Berechtigung festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual host</source>
        <translation>Virtueller Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic exchange</source>
        <translation>Topic-Exchange</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routing keys that may be published</source>
        <translation>Routing-Keys, unter denen veröffentlicht werden darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing keys that may be bound</source>
        <translation>Routing-Keys, die gebunden werden dürfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expressions searched for in routing keys, as RabbitMQ does: publishing checks the key against Write, binding a queue checks the binding key against Read. {username} and {vhost} stand for the client&apos;s own; an empty field allows nothing. Only topic exchanges are checked.</source>
        <translation>Reguläre Ausdrücke, nach denen in Routing-Keys gesucht wird, wie bei RabbitMQ: Beim Veröffentlichen wird der Key gegen Schreiben geprüft, beim Binden einer Warteschlange der Binding-Key gegen Lesen. {username} und {vhost} stehen für die des Clients selbst; ein leeres Feld erlaubt nichts. Nur Topic-Exchanges werden geprüft.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>&amp;Exchange:</source>
        <translation>&amp;Exchange:</translation>
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
    <name>TopicPermissionTableModel</name>
    <message>
        <location filename="../ui/models/topic_permission_table_model.cpp" line="+23"/>
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
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write (publish)</source>
        <translation>Schreiben (Veröffentlichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read (bind)</source>
        <translation>Lesen (Binden)</translation>
    </message>
</context>
<context>
    <name>TopologyLayout</name>
    <message>
        <location filename="../ui/models/topology_layout.cpp" line="+94"/>
        <source>durable</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transient</source>
        <translation>flüchtig</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../ui/views/topology_page.cpp" line="+44"/>
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
        <location line="+67"/>
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
    <message numerus="yes">
        <location line="+169"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dead letters of queue %1 go to exchange %2</source>
        <translation>Dead Letters der Warteschlange %1 gehen an den Exchange %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters of queue %1 go to exchange %2 with routing key %3</source>
        <translation>Dead Letters der Warteschlange %1 gehen mit dem Routing-Key %3 an den Exchange %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dead letters from %1</source>
        <translation>Dead Letters aus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead letters from %1, key %2</source>
        <translation>Dead Letters aus %1, Key %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queue %1 (%2)</source>
        <translation>Warteschlange %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange %1 (%2)</source>
        <translation>Exchange %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queue, %1</source>
        <translation>Warteschlange, %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../ui/views/users_page.cpp" line="+34"/>
        <source>Filter users by name</source>
        <translation>Benutzer nach Namen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter permissions by user</source>
        <translation>Berechtigungen nach Benutzer filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter topic permissions by user</source>
        <translation>Topic-Berechtigungen nach Benutzer filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter virtual hosts by name</source>
        <translation>Virtuelle Hosts nach Namen filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual hosts</source>
        <translation>Virtuelle Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic permissions</source>
        <translation>Topic-Berechtigungen</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Set &amp;topic permission…</source>
        <translation>&amp;Topic-Berechtigung festlegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear…</source>
        <translation>E&amp;ntziehen…</translation>
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
        <location line="+9"/>
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
        <source>Routing key to check on a topic exchange</source>
        <translation>Auf einem Topic-Exchange zu prüfender Routing-Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing key (optional)</source>
        <translation>Routing-Key (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the user may do</source>
        <translation>Was der Benutzer tun darf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the user may do with the routing key</source>
        <translation>Was der Benutzer mit dem Routing-Key tun darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New virtual host</source>
        <translation>Neuer virtueller Host</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Dieser Broker erlaubt keine Änderungen über die Konsole.</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Delete %n user(s) with their permissions? %1</source>
        <translation>
            <numerusform>%n Benutzer samt Berechtigungen löschen? %1</numerusform>
            <numerusform>%n Benutzer samt Berechtigungen löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+30"/>
        <source>%1 on %2 in %3</source>
        <translation>%1 auf %2 in %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take away %n topic permission(s)? %1</source>
        <translation>
            <numerusform>%n Topic-Berechtigung entziehen? %1</numerusform>
            <numerusform>%n Topic-Berechtigungen entziehen? %1</numerusform>
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
        <location line="+6"/>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <location line="+20"/>
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
    <message>
        <location line="+17"/>
        <source>topic: %1publish   %2bind</source>
        <translation>Topic: %1Veröffentlichen   %2Binden</translation>
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
<context>
    <name>definitions_diff</name>
    <message>
        <location filename="../ui/models/definitions_diff.cpp" line="+67"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(default exchange)</source>
        <translation>(Standard-Exchange)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exchange %1</source>
        <translation>Exchange %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Virtual hosts</source>
        <translation>Virtuelle Hosts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic permissions</source>
        <translation>Topic-Berechtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bindings</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: left as it is</source>
        <translation>Konflikt: bleibt unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in target: kept</source>
        <translation>Nur im Ziel: bleibt erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported by the target</source>
        <translation>Vom Ziel nicht unterstützt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: differs</source>
        <translation>%1: unterschiedlich</translation>
    </message>
</context>
</TS>
