<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackgroundFileWriter</name>
    <message>
        <location filename="../ui/views/background_file_writer.cpp" line="+31"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>the file is larger than %n MiB</source>
        <translation>
            <numerusform>le fichier dépasse %n Mio</numerusform>
            <numerusform>le fichier dépasse %n Mio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BindingDialog</name>
    <message>
        <location filename="../ui/views/binding_dialog.cpp" line="+22"/>
        <source>Add binding</source>
        <translation>Ajouter une liaison</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. orders.*.created</source>
        <translation>p. ex. orders.*.created</translation>
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
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From exchange:</source>
        <translation>Échange &amp;source :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>Clé de &amp;routage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bind</source>
        <translation>&amp;Lier</translation>
    </message>
</context>
<context>
    <name>BindingTableModel</name>
    <message>
        <location filename="../ui/models/binding_table_model.cpp" line="+38"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination type</source>
        <translation>Type de destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing key</source>
        <translation>Clé de routage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exchange</source>
        <translation>échange</translation>
    </message>
</context>
<context>
    <name>BodyFormat</name>
    <message>
        <location filename="../ui/models/body_format.cpp" line="+54"/>
        <source>Not JSON (%1 at byte %2).</source>
        <translation>Pas du JSON (%1 à l’octet %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Binary body of %n byte(s): choose Hex to see it.</source>
        <translation>
            <numerusform>Contenu binaire de %n octet : choisir Hexa pour le voir.</numerusform>
            <numerusform>Contenu binaire de %n octets : choisir Hexa pour le voir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrokerBackend</name>
    <message>
        <location filename="../ui/backends/broker_backend.cpp" line="+16"/>
        <source>This broker has no exchanges.</source>
        <translation>Ce broker n’a pas d’échanges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no bindings.</source>
        <translation>Ce broker n’a pas de liaisons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker does not list its connections.</source>
        <translation>Ce broker ne liste pas ses connexions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no channels.</source>
        <translation>Ce broker n’a pas de canaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker does not list its consumers.</source>
        <translation>Ce broker ne liste pas ses consommateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker&apos;s users cannot be managed from here.</source>
        <translation>Les utilisateurs de ce broker ne peuvent pas être gérés d’ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot test routes.</source>
        <translation>Ce broker ne peut pas tester de routes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot be tapped.</source>
        <translation>Ce broker ne peut pas être écouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker sends no log stream.</source>
        <translation>Ce broker n’envoie pas de flux de journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no definitions to export or import.</source>
        <translation>Ce broker n’a pas de définitions à exporter ou importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has only classic queues.</source>
        <translation>Ce broker n’a que des files classiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no policies.</source>
        <translation>Ce broker n’a pas de politiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker has no queues to list.</source>
        <translation>Ce broker n’a pas de files à lister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker takes no messages for exchanges or queues.</source>
        <translation>Ce broker n’accepte pas de messages pour des échanges ou des files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained messages are MQTT&apos;s: the console lists them for the embedded broker and for MQTT brokers.</source>
        <translation>Les messages retenus sont propres à MQTT : la console les liste pour le broker intégré et pour les brokers MQTT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console publishes to MQTT topics on the embedded broker and on MQTT brokers.</source>
        <translation>La console publie vers des topics MQTT sur le broker intégré et sur les brokers MQTT.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Ce broker n’autorise pas de modifications depuis la console.</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <source>This broker cannot check permissions from the console.</source>
        <translation>Ce broker ne peut pas vérifier les autorisations depuis la console.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This broker cannot test routes from the console.</source>
        <translation>Ce broker ne peut pas tester de routes depuis la console.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>Ce broker ne laisse pas la console regarder dans les files.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This broker cannot be reconfigured from the console.</source>
        <translation>Ce broker ne peut pas être reconfiguré depuis la console.</translation>
    </message>
</context>
<context>
    <name>BrokerSettingsPage</name>
    <message>
        <location filename="../ui/views/broker_settings_page.cpp" line="+45"/>
        <source>&amp;Apply and restart</source>
        <translation>&amp;Appliquer et redémarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>Écouteurs</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>One SCHEME=HOST:PORT per line, e.g. amqp=127.0.0.1:5672. Port 0 picks a free port. Empty: amqp and http on their default ports.</source>
        <translation>Un SCHÉMA=HÔTE:PORT par ligne, p. ex. amqp=127.0.0.1:5672. Le port 0 choisit un port libre. Vide : amqp et http sur leurs ports par défaut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel max</source>
        <translation>Canaux max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels per connection:</source>
        <translation>&amp;Canaux par connexion :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame max</source>
        <translation>Taille max. de trame</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frame size:</source>
        <translation>Taille de &amp;trame :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat</source>
        <translation>Battement de cœur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heartbeat:</source>
        <translation>&amp;Battement de cœur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory high watermark</source>
        <translation>Seuil haut de mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>40% of physical memory</source>
        <translation>40 % de la mémoire physique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory high watermark:</source>
        <translation>Seuil haut de &amp;mémoire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk free limit</source>
        <translation>Limite d’espace disque libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disk free limit:</source>
        <translation>Limite d’espace &amp;disque libre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set at start-up</source>
        <translation>Définis au démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default user</source>
        <translation>Utilisateur par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default virtual host</source>
        <translation>Hôte virtuel par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>Répertoire des données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply and restart the broker</source>
        <translation>Appliquer et redémarrer le broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the broker settings</source>
        <translation>Rétablir les paramètres du broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applying restarts the broker: clients are disconnected. The settings are kept for the next launch unless --config, --listen or --data-dir is given.</source>
        <translation>Appliquer redémarre le broker : les clients sont déconnectés. Les paramètres sont conservés pour le prochain lancement, sauf si --config, --listen ou --data-dir est indiqué.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>none: messages are kept in memory only</source>
        <translation>aucun : les messages ne sont gardés qu’en mémoire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 listener is not available in this version.</source>
        <translation>l’écouteur %1 n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restart the broker with these settings? Its clients are disconnected.</source>
        <translation>Redémarrer le broker avec ces paramètres ? Ses clients seront déconnectés.</translation>
    </message>
</context>
<context>
    <name>BrokerWorkspace</name>
    <message>
        <location filename="../ui/views/broker_workspace.cpp" line="+67"/>
        <source>B&amp;rokers</source>
        <translation>B&amp;rokers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open brokers</source>
        <translation>Brokers ouverts</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+226"/>
        <source>&amp;Close broker</source>
        <translation>&amp;Fermer le broker</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>&amp;Next broker</source>
        <translation>Broker &amp;suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous broker</source>
        <translation>Broker &amp;précédent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Broker list</source>
        <translation>&amp;Liste des brokers</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Running</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · read-only</source>
        <translation>%1 · lecture seule</translation>
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
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The embedded broker stays open with the window.</source>
        <translation>Le broker intégré reste ouvert tant que la fenêtre l’est.</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <location filename="../ui/models/channel_table_model.cpp" line="+37"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
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
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>Non acquittés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefetch</source>
        <translation>Préchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/views/command_palette.cpp" line="+15"/>
        <source>Go to a view, queue or exchange…</source>
        <translation>Aller à une vue, une file ou un échange…</translation>
    </message>
</context>
<context>
    <name>ConnectAppCard</name>
    <message>
        <location filename="../ui/views/connect_app_card.cpp" line="+37"/>
        <source>Connect your application</source>
        <translation>Connecter votre application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Connect your application&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connecter votre application&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point any AMQP 0-9-1 client (pika, amqplib, the RabbitMQ Java client…) at:</source>
        <translation>Dirigez n’importe quel client AMQP 0-9-1 (pika, amqplib, le client Java de RabbitMQ…) vers :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AMQP URL</source>
        <translation>URL AMQP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copier l’URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: &lt;a href=&quot;https://www.rabbitmq.com/tutorials&quot;&gt;tutorials&lt;/a&gt; · &lt;a href=&quot;https://www.rabbitmq.com/client-libraries&quot;&gt;client libraries&lt;/a&gt;</source>
        <translation>Ensuite : &lt;a href=&quot;https://www.rabbitmq.com/tutorials&quot;&gt;tutoriels&lt;/a&gt; · &lt;a href=&quot;https://www.rabbitmq.com/client-libraries&quot;&gt;bibliothèques clientes&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the connection tips</source>
        <translation>Masquer les conseils de connexion</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>User %1, password %2 (the defaults; change them in Broker › Settings before others can reach this broker).</source>
        <translation>Utilisateur %1, mot de passe %2 (les valeurs par défaut ; changez-les dans Broker › Paramètres avant que d’autres puissent joindre ce broker).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1, with the password set in Broker › Settings.</source>
        <translation>Utilisateur %1, avec le mot de passe défini dans Broker › Paramètres.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/views/connection_banner.cpp" line="+10"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection URL</source>
        <translation>URL de la connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ TLS certificates are not verified: development use only</source>
        <translation>⚠ Les certificats TLS ne sont pas vérifiés : pour le développement uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS warning</source>
        <translation>Avertissement TLS</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/views/connection_dialog.cpp" line="+31"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Read-only: refuse every change from the console</source>
        <translation>&amp;Lecture seule : refuser toute modification depuis la console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;kip certificate verification</source>
        <translation>Ne pas &amp;vérifier les certificats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker kind</source>
        <translation>Type de broker</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Management URL</source>
        <translation>URL de gestion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broker URL</source>
        <translation>URL du broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. mqtt://127.0.0.1:1883 (mqtts:// for TLS)</source>
        <translation>p. ex. mqtt://127.0.0.1:1883 (mqtts:// pour TLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. https://broker.example.com:15672/</source>
        <translation>p. ex. https://broker.example.com:15672/</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>MQTT broker</source>
        <translation>Broker MQTT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling interval</source>
        <translation>Intervalle d’interrogation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip certificate verification</source>
        <translation>Ne pas vérifier les certificats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Anyone between you and the broker can read and change this connection, password included. Only for development brokers with self-signed certificates.</source>
        <translation>⚠ Toute personne entre vous et le broker peut lire et modifier cette connexion, mot de passe compris. Uniquement pour des brokers de développement avec des certificats auto-signés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour tag</source>
        <translation>Étiquette de couleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>Utili&amp;sateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;olling every:</source>
        <translation>&amp;Interroger toutes les :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour tag:</source>
        <translation>Étiquette de &amp;couleur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;A certificates:</source>
        <translation>Certificats d’&amp;AC :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates file</source>
        <translation>Fichier des certificats d’AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates (PEM)</source>
        <translation>Certificats d’AC (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificat client :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client certificate (PEM)</source>
        <translation>Certificat client (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;key:</source>
        <translation>Clé clien&amp;t :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key file</source>
        <translation>Fichier de la clé client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client key (PEM)</source>
        <translation>Clé client (PEM)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose %1</source>
        <translation>Parcourir : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <location filename="../ui/models/connection_profile_store.cpp" line="+141"/>
        <source>The connection needs a name.</source>
        <translation>La connexion doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name must not begin or end with blanks.</source>
        <translation>Le nom ne doit ni commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A connection named &apos;%1&apos; already exists.</source>
        <translation>Une connexion nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL of an MQTT broker must start with mqtt:// or mqtts://.</source>
        <translation>L’URL d’un broker MQTT doit commencer par mqtt:// ou mqtts://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL needs a host, e.g. mqtt://broker.example.com:1883.</source>
        <translation>L’URL doit comporter un hôte, p. ex. mqtt://broker.example.com:1883.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>L’URL doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL needs a host, e.g. https://broker.example.com:15672/.</source>
        <translation>L’URL doit comporter un hôte, p. ex. https://broker.example.com:15672/.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The polling interval must be at least %1 ms.</source>
        <translation>L’intervalle d’interrogation doit être d’au moins %1 ms.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>This is not a file of Warren connections.</source>
        <translation>Ce n’est pas un fichier de connexions Warren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recv B/s</source>
        <translation>Reçus o/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send B/s</source>
        <translation>Envoyés o/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected %1</source>
        <translation>Connecté depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received %1, sent %2</source>
        <translation>Reçu %1, envoyé %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>clean session</source>
        <translation>session propre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persistent session</source>
        <translation>session persistante</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>keep-alive %n s</source>
        <translation>
            <numerusform>keep-alive %n s</numerusform>
            <numerusform>keep-alive %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no keep-alive</source>
        <translation>pas de keep-alive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>will to %1</source>
        <translation>testament vers %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no heart-beat</source>
        <translation>pas de battement de cœur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heart-beat %1 s out, %2 s in</source>
        <translation>battement de cœur %1 s sortant, %2 s entrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscriptions: %1</source>
        <translation>abonnements : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The broker is pacing this publisher: it reads from it only as fast as it can write what it publishes (flow control).</source>
        <translation>Le broker régule cet éditeur : il ne lit ses données qu’aussi vite qu’il peut écrire ce qu’il publie (contrôle de flux).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A resource alarm (memory or disk) stops this publisher until it clears.</source>
        <translation>Une alarme de ressource (mémoire ou disque) arrête cet éditeur jusqu’à sa levée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A resource alarm is in force: this connection will be stopped if it publishes.</source>
        <translation>Une alarme de ressource est active : cette connexion sera arrêtée si elle publie.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../ui/views/connections_dialog.cpp" line="+38"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Import connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Export connections</source>
        <translation>Exporter les connexions</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to broker</source>
        <translation>Se connecter à un broker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warren connections (*.json);;All files (*)</source>
        <translation>Connexions Warren (*.json);;Tous les fichiers (*)</translation>
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
        <translation>Le trousseau n’a pas pu enregistrer le mot de passe de « %1 » : %2
Il vous sera demandé à la connexion.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete the connection &apos;%1&apos; and its saved password?</source>
        <translation>Supprimer la connexion « %1 » et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a file of connections.</source>
        <translation>%1 est trop volumineux pour être un fichier de connexions.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n connection(s) imported, without passwords.</source>
        <translation>
            <numerusform>%n connexion importée, sans mot de passe.</numerusform>
            <numerusform>%n connexions importées, sans les mots de passe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed, as the name was taken: %1</source>
        <translation>Renommées, car le nom était déjà pris : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped: %1</source>
        <translation>Ignorées : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n connection(s) exported to %1, without passwords.</source>
        <translation>
            <numerusform>%n connexion exportée vers %1, sans mot de passe.</numerusform>
            <numerusform>%n connexions exportées vers %1, sans les mots de passe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>ConsoleNavigator</name>
    <message>
        <location filename="../ui/views/console_navigator.cpp" line="+15"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Connections (10,000)</source>
        <translation>Connexions (10 000)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter queues by name</source>
        <translation>Filtrer les files d’attente par nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter exchanges by name</source>
        <translation>Filtrer les échanges par nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter bindings by exchange</source>
        <translation>Filtrer les liaisons par échange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter connections by name</source>
        <translation>Filtrer les connexions par nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter channels by connection</source>
        <translation>Filtrer les canaux par connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter consumers by queue</source>
        <translation>Filtrer les consommateurs par file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bindings</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live tap</source>
        <translation>Écoute en direct</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retained</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broker settings</source>
        <translation>Paramètres du broker</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the keychain could not store the password of &apos;%1&apos; (%2); it will be asked for when connecting</source>
        <translation>le trousseau n’a pas pu enregistrer le mot de passe de « %1 » (%2) ; il sera demandé à la connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close connection</source>
        <translation>Fermer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed via the Warren console</source>
        <translation>Fermée depuis la console Warren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show Warren</source>
        <translation>Afficher Warren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Close connection…</source>
        <translation>&amp;Fermer la connexion…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n client(s) connected to the embedded broker will be disconnected. Quit anyway?</source>
        <translation>
            <numerusform>%n client connecté au broker intégré sera déconnecté. Quitter quand même ?</numerusform>
            <numerusform>%n clients connectés au broker intégré seront déconnectés. Quitter quand même ?</numerusform>
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
        <translation>Messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open queues</source>
        <translation>Files ouvertes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onnect to broker…</source>
        <translation>Se c&amp;onnecter à un broker…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent connections</source>
        <translation>Connexions &amp;récentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;definitions…</source>
        <translation>Copier les &amp;définitions…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport definitions…</source>
        <translation>E&amp;xporter les définitions…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import definitions…</source>
        <translation>&amp;Importer des définitions…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close tab</source>
        <translation>Fermer l’o&amp;nglet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Broker</source>
        <translation>&amp;Broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ettings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Warren</source>
        <translation>À &amp;propos de Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No recent connections</source>
        <translation>Aucune connexion récente</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Queues (%1)</source>
        <translation>Files d’attente (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges (%1)</source>
        <translation>Échanges (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bindings (%1)</source>
        <translation>Liaisons (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections (%1)</source>
        <translation>Connexions (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels (%1)</source>
        <translation>Canaux (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers (%1)</source>
        <translation>Consommateurs (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory alarm: publishers blocked</source>
        <translation>Alarme mémoire : éditeurs bloqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk alarm: publishers blocked</source>
        <translation>Alarme disque : éditeurs bloqués</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Warren</source>
        <translation>À propos de Warren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;A desktop console for message brokers, with an embedded AMQP 0-9-1 broker.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Warren %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour courtiers de messages, avec un broker AMQP 0-9-1 intégré.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;New queue…</source>
        <translation>&amp;Nouvelle file…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Purge…</source>
        <translation>&amp;Vider…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected queues, each in a tab of its own</source>
        <translation>Ouvrir les files sélectionnées, chacune dans son propre onglet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Ce broker n’autorise pas de modifications depuis la console.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Purge %n queue(s)? Their ready messages are deleted for good: %1</source>
        <translation>
            <numerusform>Vider %n file ? Ses messages prêts seront définitivement supprimés : %1</numerusform>
            <numerusform>Vider %n files ? Leurs messages prêts seront définitivement supprimés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Delete %n queue(s) with their messages and bindings? %1</source>
        <translation>
            <numerusform>Supprimer %n file avec ses messages et ses liaisons ? %1</numerusform>
            <numerusform>Supprimer %n files avec leurs messages et leurs liaisons ? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Queue %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue %1 in virtual host %2</source>
        <translation>File %1 dans l’hôte virtuel %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Warren — %1</source>
        <translation>Warren — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View  %1</source>
        <translation>Vue  %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue  %1 (%2)</source>
        <translation>File  %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange  %1 (%2)</source>
        <translation>Échange  %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Close %n connection(s)? Clients are told CONNECTION_FORCED with this reason:</source>
        <translation>
            <numerusform>Fermer %n connexion ? Le client reçoit CONNECTION_FORCED avec ce motif :</numerusform>
            <numerusform>Fermer %n connexions ? Les clients reçoivent CONNECTION_FORCED avec ce motif :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Queue &apos;%1&apos; created</source>
        <translation>File « %1 » créée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Queue &apos;%1&apos; purged: %n message(s) deleted</source>
        <translation>
            <numerusform>File « %1 » vidée : %n message supprimé</numerusform>
            <numerusform>File « %1 » vidée : %n messages supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue &apos;%1&apos; deleted</source>
        <translation>File « %1 » supprimée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection %1 closed</source>
        <translation>Connexion %1 fermée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange &apos;%1&apos; created</source>
        <translation>Échange « %1 » créé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange &apos;%1&apos; deleted</source>
        <translation>Échange « %1 » supprimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binding from &apos;%1&apos; added</source>
        <translation>Liaison depuis « %1 » ajoutée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Binding from &apos;%1&apos; removed</source>
        <translation>Liaison depuis « %1 » supprimée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &apos;%1&apos; saved</source>
        <translation>Utilisateur « %1 » enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User &apos;%1&apos; deleted</source>
        <translation>Utilisateur « %1 » supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions of &apos;%1&apos; in &apos;%2&apos; set</source>
        <translation>Autorisations de « %1 » dans « %2 » définies</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions of &apos;%1&apos; in &apos;%2&apos; cleared</source>
        <translation>Autorisations de « %1 » dans « %2 » retirées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual host &apos;%1&apos; created</source>
        <translation>Hôte virtuel « %1 » créé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual host &apos;%1&apos; deleted</source>
        <translation>Hôte virtuel « %1 » supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic permission of &apos;%1&apos; in &apos;%2&apos; set</source>
        <translation>Autorisation de topic de « %1 » dans « %2 » définie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic permission of &apos;%1&apos; in &apos;%2&apos; cleared</source>
        <translation>Autorisation de topic de « %1 » dans « %2 » retirée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &apos;%1&apos; in &apos;%2&apos; saved</source>
        <translation>Politique « %1 » dans « %2 » enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &apos;%1&apos; in &apos;%2&apos; deleted</source>
        <translation>Politique « %1 » dans « %2 » supprimée</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Definitions imported: %n object(s)</source>
        <translation>
            <numerusform>Définitions importées : %n objet</numerusform>
            <numerusform>Définitions importées : %n objets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsumerTableModel</name>
    <message>
        <location filename="../ui/models/consumer_table_model.cpp" line="+29"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer tag</source>
        <translation>Étiquette du consommateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive</source>
        <translation>Exclusif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefetch</source>
        <translation>Préchargement</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>CopyDefinitionsDialog</name>
    <message>
        <location filename="../ui/views/copy_definitions_dialog.cpp" line="+34"/>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+303"/>
        <source>&amp;Apply to target</source>
        <translation>&amp;Appliquer à la cible</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Copy definitions</source>
        <translation>Copier les définitions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy from</source>
        <translation>Copier depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to</source>
        <translation>Copier vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the copy makes</source>
        <translation>Modifications apportées par la copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison status</source>
        <translation>État de la comparaison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to target</source>
        <translation>Appliquer à la cible</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual host</source>
        <translation>Hôte virtuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy &amp;from:</source>
        <translation>Copier &amp;depuis :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only creates and updates: nothing is deleted from the target. Queues and exchanges that exist there with other properties are left as they are.</source>
        <translation>Crée et met à jour uniquement : rien n’est supprimé de la cible. Les files et échanges qui y existent avec d’autres propriétés sont laissés tels quels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What a copy does</source>
        <translation>Ce que fait une copie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Press Compare to see what the copy would change.</source>
        <translation>Appuyez sur Comparer pour voir ce que la copie modifierait.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+42"/>
        <location line="+202"/>
        <source>That broker has been closed.</source>
        <translation>Ce broker a été fermé.</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Choose two different brokers.</source>
        <translation>Choisissez deux brokers différents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the definitions of %1 and %2…</source>
        <translation>Lecture des définitions de %1 et de %2…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the definitions of %1: %2</source>
        <translation>Impossible de lire les définitions de %1 : %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Tick to give the target this user&apos;s password from the source.</source>
        <translation>Cocher pour donner à la cible le mot de passe de cet utilisateur dans la source.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing to copy: %1 already has these definitions.</source>
        <translation>Rien à copier : %1 a déjà ces définitions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would get %2 new and %3 updated definition(s).</source>
        <translation>%1 recevrait %2 nouvelle(s) définition(s) et %3 définition(s) mise(s) à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) would be left as they are.</source>
        <translation>
            <numerusform>%n conflit serait laissé en l’état.</numerusform>
            <numerusform>%n conflits seraient laissés en l’état.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n definition(s) the target cannot hold are not copied.</source>
        <translation>
            <numerusform>%n définition que la cible ne peut pas accueillir n’est pas copiée.</numerusform>
            <numerusform>%n définitions que la cible ne peut pas accueillir ne sont pas copiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n definition(s) only in the target are kept.</source>
        <translation>
            <numerusform>%n définition présente uniquement dans la cible est conservée.</numerusform>
            <numerusform>%n définitions présentes uniquement dans la cible sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>&amp;Apply %n change(s) to target</source>
        <translation>
            <numerusform>&amp;Appliquer %n modification à la cible</numerusform>
            <numerusform>&amp;Appliquer %n modifications à la cible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Importing %n change(s) into %1…</source>
        <translation>
            <numerusform>Import de %n modification dans %1…</numerusform>
            <numerusform>Import de %n modifications dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 refused the import: %2</source>
        <translation>%1 a refusé l’import : %2</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n change(s) applied to %1.</source>
        <translation>
            <numerusform>%n modification appliquée à %1.</numerusform>
            <numerusform>%n modifications appliquées à %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <location filename="../ui/views/create_dialog_buttons.cpp" line="+15"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>DefinitionsFiles</name>
    <message>
        <location filename="../ui/views/definitions_files.cpp" line="+26"/>
        <source>Definitions (*.json);;All files (*)</source>
        <translation>Définitions (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export definitions</source>
        <translation>Exporter les définitions</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Import definitions</source>
        <translation>Importer des définitions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the definitions of %1…</source>
        <translation>Lecture des définitions de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the definitions: %1</source>
        <translation>Impossible de lire les définitions : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Definitions exported to %1</source>
        <translation>Définitions exportées vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a definitions file: %2</source>
        <translation>%1 n’est pas un fichier de définitions : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds no JSON object</source>
        <translation>il ne contient aucun objet JSON</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Import %n definition(s) from %1 into %2? What exists there is updated; nothing is deleted.</source>
        <translation>
            <numerusform>Importer %n définition de %1 dans %2 ? Ce qui existe déjà y est mis à jour ; rien n’est supprimé.</numerusform>
            <numerusform>Importer %n définitions de %1 dans %2 ? Ce qui existe déjà y est mis à jour ; rien n’est supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing definitions into %1…</source>
        <translation>Importation des définitions dans %1…</translation>
    </message>
</context>
<context>
    <name>EmbeddedBackend</name>
    <message>
        <location filename="../ui/backends/embedded_backend.cpp" line="+41"/>
        <source>Warren has only classic queues.</source>
        <translation>Warren n’a que des files classiques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Embedded broker</source>
        <translation>Broker intégré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The embedded broker is not running.</source>
        <translation>Le broker intégré n’est pas démarré.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../ui/views/exchange_actions.cpp" line="+24"/>
        <source>&amp;New exchange…</source>
        <translation>&amp;Nouvel échange…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bind…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add binding…</source>
        <translation>&amp;Ajouter une liaison…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Ce broker n’autorise pas de modifications depuis la console.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Delete %n exchange(s) with their bindings? %1</source>
        <translation>
            <numerusform>Supprimer %n échange avec ses liaisons ? %1</numerusform>
            <numerusform>Supprimer %n échanges avec leurs liaisons ? %1</numerusform>
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
            <numerusform>Supprimer %n liaison ? %1</numerusform>
            <numerusform>Supprimer %n liaisons ? %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../ui/views/exchange_dialog.cpp" line="+17"/>
        <source>Survives a broker restart</source>
        <translation>Survit à un redémarrage du broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted when its last binding goes</source>
        <translation>Supprimé quand sa dernière liaison est retirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only other exchanges publish to it</source>
        <translation>Seuls d’autres échanges y publient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Messages this exchange cannot route go there instead</source>
        <translation>Les messages que cet échange ne peut pas router y sont envoyés à la place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durable:</source>
        <translation>Durable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete:</source>
        <translation>Suppression auto :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal:</source>
        <translation>Interne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alternate exchange:</source>
        <translation>Échange &amp;alternatif :</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <location filename="../ui/models/exchange_table_model.cpp" line="+44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In/s</source>
        <translation>Entrée/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out/s</source>
        <translation>Sortie/s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(AMQP default)</source>
        <translation>(AMQP par défaut)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Durable</source>
        <translation>Durable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transient</source>
        <translation>Transitoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-delete</source>
        <translation>Suppression automatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arguments: %1</source>
        <translation>Arguments&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportedMessage</name>
    <message>
        <location filename="../ui/models/exported_message.cpp" line="+65"/>
        <source>not JSON (%1)</source>
        <translation>pas du JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;payload&quot; string</source>
        <translation>pas de chaîne « payload »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the base64 payload does not decode</source>
        <translation>la charge utile base64 ne peut pas être décodée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown payload_encoding &quot;%1&quot;</source>
        <translation>payload_encoding « %1 » inconnu</translation>
    </message>
</context>
<context>
    <name>JolokiaBackend</name>
    <message>
        <location filename="../ui/backends/jolokia_backend.cpp" line="+62"/>
        <source>ActiveMQ has no exchanges or bindings: producers send to queues and topics directly.</source>
        <translation>ActiveMQ n’a ni échanges ni liaisons : les producteurs envoient directement aux files et aux topics.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActiveMQ has no channels: JMS sessions are not visible through Jolokia.</source>
        <translation>ActiveMQ n’a pas de canaux : les sessions JMS ne sont pas visibles via Jolokia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ&apos;s consumers are not listed here; each queue shows how many it has.</source>
        <translation>Les consommateurs d’ActiveMQ ne sont pas listés ici ; chaque file indique combien elle en a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ&apos;s users and permissions live in its configuration files.</source>
        <translation>Les utilisateurs et autorisations d’ActiveMQ se trouvent dans ses fichiers de configuration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ does not route: a message goes to the queue or topic it names.</source>
        <translation>ActiveMQ ne fait pas de routage : un message va à la file ou au topic qu’il désigne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ cannot be tapped from here.</source>
        <translation>ActiveMQ ne peut pas être écouté d’ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ sends no log stream through Jolokia.</source>
        <translation>ActiveMQ n’envoie pas de flux de journal via Jolokia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ keeps its destinations and users in its configuration files, not in definitions that can be copied.</source>
        <translation>ActiveMQ conserve ses destinations et ses utilisateurs dans ses fichiers de configuration, et non dans des définitions pouvant être copiées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ActiveMQ has no quorum queues or streams.</source>
        <translation>ActiveMQ n’a ni files quorum ni streams.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ActiveMQ has no policies: its destination policies live in activemq.xml.</source>
        <translation>ActiveMQ n’a pas de politiques : ses politiques de destination se trouvent dans activemq.xml.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server answered HTTP %1 (is Jolokia at this URL?)</source>
        <translation>le serveur a répondu HTTP %1 (Jolokia est-il à cette URL ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is not Jolokia&apos;s JSON</source>
        <translation>la réponse n’est pas le JSON de Jolokia</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>ActiveMQ needs a queue (the routing key) or a topic (the exchange) to send to.</source>
        <translation>ActiveMQ a besoin d’une file (la clé de routage) ou d’un topic (l’échange) où envoyer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no such connection</source>
        <translation>connexion inexistante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ActiveMQ has only topics: declare an exchange of type topic.</source>
        <translation>ActiveMQ n’a que des topics : déclarez un échange de type topic.</translation>
    </message>
</context>
<context>
    <name>LiveTapPage</name>
    <message>
        <location filename="../ui/views/live_tap_page.cpp" line="+91"/>
        <source>MQTT &amp;topics</source>
        <translation>&amp;Topics MQTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Virtual host to tap</source>
        <translation>Hôte virtuel à écouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange to tap</source>
        <translation>Échange à écouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show keys as MQTT topics, with &apos;/&apos; between levels, as MQTT clients name them.</source>
        <translation>Afficher les clés comme des topics MQTT, avec « / » entre les niveaux, comme les nomment les clients MQTT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear what the tap has seen</source>
        <translation>Effacer ce que l’écoute a vu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+516"/>
        <source>Export tapped messages</source>
        <translation>Exporter les messages écoutés</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>&amp;Vhost:</source>
        <translation>&amp;Vhost :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xchange:</source>
        <translation>É&amp;change :</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+109"/>
        <source>Routing keys seen by the tap</source>
        <translation>Clés de routage vues par l’écoute</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Rank top talkers by</source>
        <translation>Classer les clés les plus actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by messages</source>
        <translation>par messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by bytes</source>
        <translation>par octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Top talkers</source>
        <translation>Clés les plus actives</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Latest message on the selected key</source>
        <translation>Dernier message sur la clé sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference to the previous message on the selected key</source>
        <translation>Différence avec le message précédent sur la clé sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number to chart</source>
        <translation>Valeur à tracer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Field:</source>
        <translation>&amp;Champ :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Topics seen by the tap</source>
        <translation>Topics vus par l’écoute</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This broker cannot show the console a copy of its traffic.</source>
        <translation>Ce broker ne peut pas montrer à la console une copie de son trafic.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(all exchanges)</source>
        <translation>(tous les échanges)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>(AMQP default)</source>
        <translation>(AMQP par défaut)</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>No message has carried exactly this key yet.</source>
        <translation>Aucun message n’a encore porté exactement cette clé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only one message on this key so far.</source>
        <translation>Un seul message sur cette clé jusqu’ici.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tapping every topic</source>
        <translation>Écoute de tous les topics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tapping every exchange of %1</source>
        <translation>Écoute de tous les échanges de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tapping %1 in %2</source>
        <translation>Écoute de %1 dans %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: %1</source>
        <translation>Arrêtée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not tapping</source>
        <translation>Pas d’écoute en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · %n message(s) seen</source>
        <translation>
            <numerusform>%1 · %n message vu</numerusform>
            <numerusform>%1 · %n messages vus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n not shown (faster than the console takes them)</source>
        <translation>
            <numerusform> · %n non affiché (plus rapide que ce que la console absorbe)</numerusform>
            <numerusform> · %n non affichés (plus rapides que ce que la console absorbe)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the tap</source>
        <translation>Mettre l’écoute en pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the tap</source>
        <translation>Démarrer l’écoute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>Lignes JSON (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Export de %n message…</numerusform>
            <numerusform>Export de %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../ui/models/log_model.cpp" line="+67"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <location filename="../ui/views/log_page.cpp" line="+27"/>
        <location line="+106"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Lowest level shown</source>
        <translation>Niveau minimal affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category shown</source>
        <translation>Catégorie affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter log records by text</source>
        <translation>Filtrer les entrées du journal par texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter messages</source>
        <translation>Filtrer les messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to jump to</source>
        <translation>Heure à atteindre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to time</source>
        <translation>&amp;Aller à l’heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log records</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: new records are kept and shown on resume</source>
        <translation>En pause : les nouvelles entrées sont gardées et affichées à la reprise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No record at or after %1</source>
        <translation>Aucune entrée à ou après %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exporting %n record(s)…</source>
        <translation>
            <numerusform>Export de %n entrée…</numerusform>
            <numerusform>Export de %n entrées…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagementApiBackend</name>
    <message>
        <location filename="../ui/backends/management_api_backend.cpp" line="+57"/>
        <source>Warren has only classic queues.</source>
        <translation>Warren n’a que des files classiques.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>no such binding</source>
        <translation>liaison inexistante</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The broker&apos;s definitions are not a JSON object.</source>
        <translation>Les définitions du broker ne sont pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>MessageBrowserPage</name>
    <message>
        <location filename="../ui/views/message_browser_page.cpp" line="+49"/>
        <source>&amp;Peek</source>
        <translation>&amp;Consulter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;whole queue</source>
        <translation>Chercher dans toute la &amp;file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy to…</source>
        <translation>C&amp;opier vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requeue dead-lettered</source>
        <translation>&amp;Remettre en file les lettres mortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit and re-send…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue to browse</source>
        <translation>File à parcourir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many messages to peek at</source>
        <translation>Nombre de messages à consulter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first </source>
        <translation>premiers </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy messages from the head of the queue without consuming them</source>
        <translation>Copier les messages en tête de file sans les consommer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the broker&apos;s answer</source>
        <translation>Ne plus attendre la réponse du broker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search message bodies</source>
        <translation>Chercher dans le contenu des messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in bodies</source>
        <translation>Chercher dans les contenus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search every ready message of the queue, not only those peeked at, and show the ones that match</source>
        <translation>Chercher dans tous les messages prêts de la file, pas seulement ceux consultés, et afficher ceux qui correspondent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue:</source>
        <translation>File :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Messages at the head of the queue</source>
        <translation>Messages en tête de file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message properties and headers</source>
        <translation>Propriétés et en-têtes du message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the body as</source>
        <translation>Afficher le contenu en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message body</source>
        <translation>Contenu du message</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body as:</source>
        <translation>Contenu en :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message operations</source>
        <translation>Opérations sur les messages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publish the selected messages elsewhere, then remove them from this queue</source>
        <translation>Publier ailleurs les messages sélectionnés, puis les retirer de cette file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish copies of the selected messages elsewhere, leaving them here</source>
        <translation>Publier ailleurs des copies des messages sélectionnés, en les laissant ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected dead-lettered messages back to where they died (x-death)</source>
        <translation>Renvoyer les messages en lettres mortes sélectionnés là où ils sont morts (x-death)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish the messages of an exported JSON-lines file</source>
        <translation>Publier les messages d’un fichier de lignes JSON exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of the current message in the Publish form, to change and send it</source>
        <translation>Ouvrir une copie du message courant dans le formulaire Publier, pour le modifier et l’envoyer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Message browser status</source>
        <translation>État du navigateur de messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export or import progress</source>
        <translation>Progression de l’export ou de l’import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the export or import</source>
        <translation>Arrêter l’export ou l’import</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This broker does not let the console look into queues.</source>
        <translation>Ce broker ne laisse pas la console regarder dans les files.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export stopped; %1 was not written.</source>
        <translation>Export arrêté ; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Peeking at %1…</source>
        <translation>Consultation de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type what to look for first.</source>
        <translation>Saisissez d’abord ce qu’il faut chercher.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1 message(s) of %2…</source>
        <translation>Lecture de %1 message(s) de %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for %1.</source>
        <translation>Attente de %1 abandonnée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not peek at %1: %2</source>
        <translation>Impossible de consulter %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 ready message(s) in %3, left in place</source>
        <translation>%1 sur %2 messages prêts dans %3, laissés en place</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching %1 message(s)…</source>
        <translation>Recherche dans %1 message(s)…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n match(es) in %1 messages of %2</source>
        <translation>
            <numerusform>%n correspondance dans %1 messages de %2</numerusform>
            <numerusform>%n correspondances dans %1 messages de %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the first %1 of %2 ready)</source>
        <translation>(les %1 premiers sur %2 prêts)</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Search stopped.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Export messages</source>
        <translation>Exporter les messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>Lignes JSON (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="-122"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Export de %n message…</numerusform>
            <numerusform>Export de %n messages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Sending %n message(s)…</source>
        <translation>
            <numerusform>Envoi de %n message…</numerusform>
            <numerusform>Envoi de %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copied %n message(s)</source>
        <translation>
            <numerusform>%n message copié</numerusform>
            <numerusform>%n messages copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Moved %n message(s)</source>
        <translation>
            <numerusform>%n message déplacé</numerusform>
            <numerusform>%n messages déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Requeued %n dead-lettered message(s)</source>
        <translation>
            <numerusform>%n message en lettres mortes remis en file</numerusform>
            <numerusform>%n messages en lettres mortes remis en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n skipped (no longer ready, or not dead-lettered)</source>
        <translation>
            <numerusform>; %n ignoré (plus prêt, ou pas en lettres mortes)</numerusform>
            <numerusform>; %n ignorés (plus prêts, ou pas en lettres mortes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import messages</source>
        <translation>Importer des messages</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Import stopped: %n message(s) published</source>
        <translation>
            <numerusform>Import arrêté : %n message publié</numerusform>
            <numerusform>Import arrêté : %n messages publiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n message(s)</source>
        <translation>
            <numerusform>%n message importé</numerusform>
            <numerusform>%n messages importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n reached no queue</source>
        <translation>
            <numerusform>; %n n’a atteint aucune file</numerusform>
            <numerusform>; %n n’ont atteint aucune file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n line(s) unreadable</source>
        <translation>
            <numerusform>; %n ligne illisible</numerusform>
            <numerusform>; %n lignes illisibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetailsTree</name>
    <message numerus="yes">
        <location filename="../ui/views/message_details_tree.cpp" line="+31"/>
        <source>table, %n field(s)</source>
        <translation>
            <numerusform>table, %n champ</numerusform>
            <numerusform>table, %n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>array, %n entry(s)</source>
        <translation>
            <numerusform>tableau, %n entrée</numerusform>
            <numerusform>tableau, %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exchange</source>
        <translation>échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing key</source>
        <translation>clé de routage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redelivered</source>
        <translation>redistribué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n en-tête</numerusform>
            <numerusform>%n en-têtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageTargetDialog</name>
    <message>
        <location filename="../ui/views/message_target_dialog.cpp" line="+18"/>
        <source>Each message&apos;s recorded exchange</source>
        <translation>Échange enregistré de chaque message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target queue</source>
        <translation>File cible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(through the exchange below)</source>
        <translation>(via l’échange ci-dessous)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish to each message&apos;s recorded exchange</source>
        <translation>Publier vers l’échange enregistré de chaque message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target exchange</source>
        <translation>Échange cible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default exchange)</source>
        <translation>(échange par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target routing key</source>
        <translation>Clé de routage cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank: each message&apos;s own</source>
        <translation>vide : celle de chaque message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import messages to</source>
        <translation>Importer les messages vers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish messages to</source>
        <translation>Publier les messages vers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Queue:</source>
        <translation>&amp;File :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>É&amp;change :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>Clé de &amp;routage :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A queue chosen here gets the messages directly, through the default exchange; leave it empty to publish through an exchange and routing key instead.</source>
        <translation>Une file choisie ici reçoit les messages directement, via l’échange par défaut ; laissez-la vide pour publier plutôt via un échange et une clé de routage.</translation>
    </message>
</context>
<context>
    <name>MqttBackend</name>
    <message>
        <location filename="../ui/backends/mqtt_backend.cpp" line="+62"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to the MQTT broker at %1: %2</source>
        <translation>Impossible de se connecter au broker MQTT à %1 : %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>An MQTT broker has no queues: its topics are in the Live tap and Retained tabs.</source>
        <translation>Un broker MQTT n’a pas de files : ses topics sont dans les onglets Écoute en direct et Retenus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker has no exchanges: messages go to topics, which the Live tap shows.</source>
        <translation>Un broker MQTT n’a pas d’échanges : les messages vont à des topics, que montre l’écoute en direct.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker takes messages for topics, not for exchanges or queues: publish to a topic instead.</source>
        <translation>Un broker MQTT accepte des messages pour des topics, pas pour des échanges ou des files : publiez plutôt vers un topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An MQTT broker has no bindings: each subscription&apos;s filter picks the topics it gets.</source>
        <translation>Un broker MQTT n’a pas de liaisons : le filtre de chaque abonnement choisit les topics qu’il reçoit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQTT gives a client no way to list the broker&apos;s connections.</source>
        <translation>MQTT ne donne à un client aucun moyen de lister les connexions du broker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQTT has no channels: each client has one session.</source>
        <translation>MQTT n’a pas de canaux : chaque client a une session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MQTT gives a client no way to list the broker&apos;s subscriptions.</source>
        <translation>MQTT ne donne à un client aucun moyen de lister les abonnements du broker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker&apos;s users and access rules live in its own configuration.</source>
        <translation>Les utilisateurs et les règles d’accès d’un broker MQTT se trouvent dans sa propre configuration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker does not route through exchanges: a message goes to every subscription whose filter matches its topic.</source>
        <translation>Un broker MQTT ne route pas via des échanges : un message va à chaque abonnement dont le filtre correspond à son topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MQTT sends a client no log stream.</source>
        <translation>MQTT n’envoie pas de flux de journal à un client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no definitions to export or import.</source>
        <translation>Un broker MQTT n’a pas de définitions à exporter ou importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no queues, so no queue types.</source>
        <translation>Un broker MQTT n’a pas de files, donc pas de types de file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT broker has no policies.</source>
        <translation>Un broker MQTT n’a pas de politiques.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The connection to the MQTT broker was lost before it acknowledged the message.</source>
        <translation>La connexion au broker MQTT a été perdue avant qu’il n’acquitte le message.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the MQTT broker was lost: %1.</source>
        <translation>La connexion au broker MQTT a été perdue : %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login refused: %1 (retrying in %2 s)</source>
        <translation>Identification refusée : %1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MQTT broker refused the login: %1</source>
        <translation>Le broker MQTT a refusé l’identification : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: %1 (retrying in %2 s)</source>
        <translation>Refusé : %1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MQTT broker at %1 refused the connection: %2</source>
        <translation>Le broker MQTT à %1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected: %1 (reconnecting in %2 s)</source>
        <translation>Déconnecté : %1 (reconnexion dans %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost the connection to the MQTT broker at %1: %2</source>
        <translation>Connexion perdue avec le broker MQTT à %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unreachable: %1 (retrying in %2 s)</source>
        <translation>Injoignable : %1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the MQTT broker at %1: %2</source>
        <translation>Impossible de joindre le broker MQTT à %1 : %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <location line="+10"/>
        <source>The console is not connected to the MQTT broker.</source>
        <translation>La console n’est pas connectée au broker MQTT.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Topic &apos;%1&apos; has no retained message.</source>
        <translation>Le topic « %1 » n’a pas de message retenu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The message was not published: %1.</source>
        <translation>Le message n’a pas été publié : %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The MQTT broker refused the message: %1.</source>
        <translation>Le broker MQTT a refusé le message : %1.</translation>
    </message>
</context>
<context>
    <name>MqttClient</name>
    <message>
        <location filename="../ui/backends/mqtt_client.cpp" line="+307"/>
        <source>the MQTT library could not create a client</source>
        <translation>la bibliothèque MQTT n’a pas pu créer de client</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the CA, certificate or key file cannot be read</source>
        <translation>le fichier d’AC, de certificat ou de clé ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the console is not connected to the broker</source>
        <translation>la console n’est pas connectée au broker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a topic to publish to: it must not be empty or hold + or #</source>
        <translation>« %1 » n’est pas un topic où publier : il ne doit être ni vide ni contenir + ou #</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the QoS must be 0, 1 or 2</source>
        <translation>la QoS doit être 0, 1 ou 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is larger than MQTT allows (256 MiB)</source>
        <translation>la charge utile dépasse ce que MQTT permet (256 MiB)</translation>
    </message>
    <message>
        <location filename="../ui/backends/mqtt_client_ending.cpp" line="+11"/>
        <source>the broker does not speak this version of MQTT</source>
        <translation>le broker ne parle pas cette version de MQTT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client identifier was rejected</source>
        <translation>l’identifiant client a été rejeté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server is unavailable</source>
        <translation>le serveur n’est pas disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad user name or password</source>
        <translation>nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not authorised</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is busy</source>
        <translation>le serveur est occupé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this client is banned</source>
        <translation>ce client est banni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authentication method is not accepted</source>
        <translation>la méthode d’authentification n’est pas acceptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quota is exceeded</source>
        <translation>un quota est dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many connections in too short a time</source>
        <translation>trop de connexions en trop peu de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the topic name is not valid</source>
        <translation>le nom du topic n’est pas valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not in the format it claims</source>
        <translation>la charge utile n’est pas au format annoncé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>the message is larger than the broker accepts</source>
        <translation>le message dépasse la taille acceptée par le broker</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the broker does not accept it (implementation-specific)</source>
        <translation>le broker ne l’accepte pas (propre à l’implémentation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason code %1</source>
        <translation>code de raison %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host name cannot be resolved (%1)</source>
        <translation>le nom d’hôte ne peut pas être résolu (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker stopped answering</source>
        <translation>le broker ne répond plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed (%1)</source>
        <translation>la négociation TLS a échoué (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker broke the MQTT protocol</source>
        <translation>le broker a enfreint le protocole MQTT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker does not accept this QoS</source>
        <translation>le broker n’accepte pas cette QoS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker does not keep retained messages</source>
        <translation>le broker ne conserve pas les messages retenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <location filename="../ui/models/node_table_model.cpp" line="+29"/>
        <source>This node is not running: queues whose leader was here move to other members, and classic queues on it are unavailable.</source>
        <translation>Ce nœud n’est pas en service : les files dont le leader était ici passent à d’autres membres, et les files classiques qu’il héberge sont indisponibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network partition: this node cannot reach %1 although they are in its cluster. Each side may go on serving on its own and their states diverge until the partition is healed.</source>
        <translation>Partition réseau : ce nœud ne peut pas joindre %1 bien qu’ils fassent partie de son cluster. Chaque côté peut continuer à servir seul et leurs états divergent jusqu’à ce que la partition soit résorbée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory alarm: publishers are blocked until memory use falls.</source>
        <translation>Alarme mémoire : les éditeurs sont bloqués jusqu’à ce que l’utilisation de la mémoire baisse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk alarm: publishers are blocked until disk space is freed.</source>
        <translation>Alarme disque : les éditeurs sont bloqués jusqu’à ce que de l’espace disque soit libéré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>running</source>
        <translation>en service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>hors service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>disc</source>
        <translation>disque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk</source>
        <translation>disque</translation>
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
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>Écouteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>Non acquittés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory the broker process holds, next to the bytes of the messages in its queues. Much more held than queued means memory is kept for reuse rather than used.</source>
        <translation>La mémoire que détient le processus du broker, à côté des octets des messages de ses files. Bien plus de mémoire détenue que de messages en file signifie qu’elle est gardée pour être réutilisée plutôt qu’utilisée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster nodes</source>
        <translation>Nœuds du cluster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — publishers blocked</source>
        <translation>%1 — éditeurs bloqués</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Flow control: the broker is pacing %n publishing connection(s), reading from them only as fast as it can write what they publish. The Connections page shows which (state &quot;flow&quot;); the log says why.</source>
        <translation>
            <numerusform>Contrôle de flux : le broker régule %n connexion qui publie, ne lisant ses données qu’aussi vite qu’il peut écrire ce qu’elle publie. La page Connexions indique laquelle (état « flow ») ; le journal dit pourquoi.</numerusform>
            <numerusform>Contrôle de flux : le broker régule %n connexions qui publient, ne lisant leurs données qu’aussi vite qu’il peut écrire ce qu’elles publient. La page Connexions indique lesquelles (état « flow ») ; le journal dit pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 held, %2 in queues</source>
        <translation>%1 détenus, %2 dans les files</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/views/password_dialog.cpp" line="+16"/>
        <source>&amp;Remember password</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store in &amp;plain settings file (not encrypted)</source>
        <translation>Enregistrer dans le fichier de paramètres en &amp;clair (non chiffré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password is saved for &apos;%1&apos;. Enter the password of %2:</source>
        <translation>Aucun mot de passe n’est enregistré pour « %1 ». Saisissez le mot de passe de %2 :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not give the password for &apos;%1&apos;: %2
Enter the password of %3:</source>
        <translation>Le trousseau n’a pas pu fournir le mot de passe de « %1 » : %2
Saisissez le mot de passe de %3 :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store in plain settings file</source>
        <translation>Enregistrer en clair dans le fichier de paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Anyone who can read your settings file can read this password. Use this only if the keychain cannot be made to work.</source>
        <translation>⚠ Quiconque peut lire votre fichier de paramètres peut lire ce mot de passe. À n’utiliser que si le trousseau ne peut pas fonctionner.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>PeekedMessageModel</name>
    <message>
        <location filename="../ui/models/peeked_message_model.cpp" line="+29"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing key</source>
        <translation>Clé de routage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redelivered</source>
        <translation>Redistribué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <location filename="../ui/views/permission_dialog.cpp" line="+18"/>
        <source>Set permission</source>
        <translation>Définir une autorisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular expressions searched for in exchange and queue names, as RabbitMQ does: &quot;^orders\.&quot; allows names starting with &quot;orders.&quot;, an empty field allows nothing.</source>
        <translation>Expressions régulières recherchées dans les noms d’échanges et de files, comme le fait RabbitMQ : « ^orders\. » autorise les noms commençant par « orders. », un champ vide n’autorise rien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Configure:</source>
        <translation>&amp;Configurer :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write:</source>
        <translation>Éc&amp;rire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read:</source>
        <translation>&amp;Lire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
</context>
<context>
    <name>PermissionTableModel</name>
    <message>
        <location filename="../ui/models/permission_table_model.cpp" line="+21"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configure</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../ui/views/policies_page.cpp" line="+19"/>
        <source>Filter policies by name</source>
        <translation>Filtrer les politiques par nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New policy…</source>
        <translation>&amp;Nouvelle politique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Ce broker n’autorise pas de modifications depuis la console.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n policy(s)? Queues and exchanges they matched lose what they set: %1</source>
        <translation>
            <numerusform>Supprimer %n politique ? Les files et échanges auxquels elle s’appliquait perdent ce qu’elle définissait : %1</numerusform>
            <numerusform>Supprimer %n politiques ? Les files et échanges auxquels elles s’appliquaient perdent ce qu’elles définissaient : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyDefinitionText</name>
    <message>
        <location filename="../ui/models/policy_definition_text.cpp" line="+30"/>
        <source>The definition is not a JSON object: %1 at character %2.</source>
        <translation>La définition n’est pas un objet JSON : %1 au caractère %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line %1 is not key=value: %2</source>
        <translation>La ligne %1 n’est pas de la forme clé=valeur : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A policy needs at least one key, such as message-ttl=60000.</source>
        <translation>Une politique doit avoir au moins une clé, comme message-ttl=60000.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../ui/views/policy_dialog.cpp" line="+25"/>
        <source>New policy</source>
        <translation>Nouvelle politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual host</source>
        <translation>Hôte virtuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy name</source>
        <translation>Nom de la politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern of names the policy applies to</source>
        <translation>Motif des noms auxquels la politique s’applique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ^orders\.</source>
        <translation>p. ex. ^orders\.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the policy applies to</source>
        <translation>Ce à quoi la politique s’applique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queues and exchanges</source>
        <translation>Files et échanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where several policies match a name, the highest priority wins.</source>
        <translation>Quand plusieurs politiques correspondent à un nom, la priorité la plus haute l’emporte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy definition</source>
        <translation>Définition de la politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key=value per line, e.g.
message-ttl=60000
dead-letter-exchange=dlx
or a JSON object: {&quot;max-length&quot;: 1000}</source>
        <translation>Une clé=valeur par ligne, p. ex.
message-ttl=60000
dead-letter-exchange=dlx
ou un objet JSON : {&quot;max-length&quot;: 1000}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is wrong with the policy</source>
        <translation>Ce qui ne va pas dans la politique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply to:</source>
        <translation>&amp;Appliquer à :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Définition :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit policy</source>
        <translation>Modifier la politique</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A policy needs a name.</source>
        <translation>Une politique doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs a pattern; &quot;.*&quot; matches every name.</source>
        <translation>Une politique doit avoir un motif ; « .* » correspond à tous les noms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pattern is not a regular expression: %1.</source>
        <translation>Le motif n’est pas une expression régulière valide : %1.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <location filename="../ui/models/policy_table_model.cpp" line="+21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to</source>
        <translation>Appliquer à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/views/preferences_dialog.cpp" line="+13"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh interval</source>
        <translation>Intervalle d’actualisation</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Toutes les %n seconde</numerusform>
            <numerusform>Toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh:</source>
        <translation>&amp;Actualisation :</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../ui/views/publish_page.cpp" line="+76"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message body</source>
        <translation>Contenu du message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent messages</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load body from file…</source>
        <translation>Charger le contenu depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>&amp;Exchange :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>Clé de &amp;routage :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Content type:</source>
        <translation>Type de &amp;contenu :</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent this session:</source>
        <translation>Envoyés dans cette session :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This broker does not allow publishing from the console.</source>
        <translation>Ce broker n’autorise pas la publication depuis la console.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load message body</source>
        <translation>Charger le contenu du message</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+12"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1 (%2)</source>
        <translation>%1 chargé (%2)</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+90"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>Content enco&amp;ding:</source>
        <translation>Enco&amp;dage du contenu :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;orrelation id:</source>
        <translation>ID de c&amp;orrélation :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply &amp;to:</source>
        <translation>Répon&amp;se à :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiration (ms):</source>
        <translation>E&amp;xpiration (ms) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message id:</source>
        <translation>ID du &amp;message :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User id:</source>
        <translation>ID &amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App id:</source>
        <translation>ID d’&amp;application :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Persistent (delivery mode &amp;2)</source>
        <translation>Persistant (mode de livraison &amp;2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;tain</source>
        <translation>Re&amp;tenir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to send</source>
        <translation>Où envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exchange (AMQP)</source>
        <translation>Un échange (AMQP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An MQTT topic</source>
        <translation>Un topic MQTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. sensors/kitchen/temperature</source>
        <translation>p. ex. capteurs/cuisine/temperature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality of service</source>
        <translation>Qualité de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 — at most once</source>
        <translation>0 — au plus une fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — at least once</source>
        <translation>1 — au moins une fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — exactly once</source>
        <translation>2 — exactement une fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The broker keeps it as the topic&apos;s last message, for every new subscriber.</source>
        <translation>Le broker le garde comme dernier message du topic, pour chaque nouvel abonné.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8601, e.g. 2026-12-06T19:30:00Z</source>
        <translation>ISO 8601, p. ex. 2026-12-06T19:30:00Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Now</source>
        <translation>Mainte&amp;nant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One header per line: &quot;name: text&quot;, or &quot;name:= JSON&quot; for numbers, true/false, arrays and tables</source>
        <translation>Un en-tête par ligne : « nom: texte », ou « nom:= JSON » pour les nombres, true/false, les tableaux et les tables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send a&amp;gain</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into the &amp;form</source>
        <translation>Dans le formu&amp;laire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chosen message back into the form to change it</source>
        <translation>Remettre le message choisi dans le formulaire pour le modifier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send t&amp;o:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To&amp;pic:</source>
        <translation>To&amp;pic :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T&amp;imestamp:</source>
        <translation>Horoda&amp;tage :</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>An MQTT message needs a topic.</source>
        <translation>Un message MQTT doit avoir un topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A topic to publish to cannot hold the wildcards + or #.</source>
        <translation>Un topic où publier ne peut pas contenir les jokers + ou #.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timestamp is not an ISO 8601 date and time.</source>
        <translation>L’horodatage n’est pas une date et heure ISO 8601.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The expiration is a whole number of milliseconds.</source>
        <translation>L’expiration doit être un nombre entier de millisecondes.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1  topic %2, QoS %3, retained (%4)</source>
        <translation>%1  topic %2, QoS %3, retenu (%4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1  topic %2, QoS %3 (%4)</source>
        <translation>%1  topic %2, QoS %3 (%4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtual host %1</source>
        <translation>hôte virtuel %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Published to %1.</source>
        <translation>Publié vers %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published to %1, but no subscription matched it.</source>
        <translation>Publié vers %1, mais aucun abonnement ne correspondait.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published to %1: %n subscription(s) got it.</source>
        <translation>
            <numerusform>Publié vers %1 : %n abonnement l’a reçu.</numerusform>
            <numerusform>Publié vers %1 : %n abonnements l’ont reçu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent, but no queue was bound to receive it.</source>
        <translation>Envoyé, mais aucune file n’était liée pour le recevoir.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent to %n queue(s).</source>
        <translation>
            <numerusform>Envoyé à %n file.</numerusform>
            <numerusform>Envoyé à %n files.</numerusform>
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
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Purge…</source>
        <translation>&amp;Vider…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse messages</source>
        <translation>&amp;Parcourir les messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in virtual host %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; dans l’hôte virtuel %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This queue no longer exists: it was deleted, or deleted itself when its last consumer left. What is shown is its last state.</source>
        <translation>Cette file n’existe plus : elle a été supprimée, ou s’est supprimée d’elle-même au départ de son dernier consommateur. Son dernier état est affiché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader / node</source>
        <translation>Leader / nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durable</source>
        <translation>Durable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete</source>
        <translation>Suppression automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive</source>
        <translation>Exclusive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unacked</source>
        <translation>Non acquittés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready bytes</source>
        <translation>Octets prêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent</source>
        <translation>Persistants</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Purge queue</source>
        <translation>Vider la file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete queue</source>
        <translation>Supprimer la file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse messages</source>
        <translation>Parcourir les messages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Ce broker n’autorise pas de modifications depuis la console.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bindings of the queue</source>
        <translation>Liaisons de la file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers of the queue</source>
        <translation>Consommateurs de la file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bindings</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (offline)</source>
        <translation>%1 (hors ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (not replicated)</source>
        <translation>aucun (file non répliquée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../ui/views/queue_dialog.cpp" line="+18"/>
        <source>Survives a broker restart</source>
        <translation>Survit à un redémarrage du broker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted when its last consumer goes</source>
        <translation>Supprimée quand son dernier consommateur part</translation>
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
        <translation> messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only one consumer at a time</source>
        <translation>Un seul consommateur à la fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New queue</source>
        <translation>Nouvelle file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queue type</source>
        <translation>Type de file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum (replicated, durable)</source>
        <translation>Quorum (répliquée, durable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream (append-only log, durable)</source>
        <translation>Stream (journal en ajout seul, durable)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop the oldest (default)</source>
        <translation>Supprimer les plus anciens (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse new messages</source>
        <translation>Refuser les nouveaux messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse and dead-letter new messages</source>
        <translation>Refuser les nouveaux messages et les envoyer en lettres mortes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a priority queue</source>
        <translation>pas une file à priorités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durable:</source>
        <translation>Durable :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-delete:</source>
        <translation>Suppression auto :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;TTL:</source>
        <translation>&amp;TTL des messages :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue &amp;expires after idle:</source>
        <translation>&amp;Expiration après inactivité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;length:</source>
        <translation>&amp;Longueur max. :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max length in &amp;bytes:</source>
        <translation>Longueur max. en &amp;octets :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When &amp;full:</source>
        <translation>&amp;Si pleine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead-letter exchange:</source>
        <translation>Échange de lettres &amp;mortes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead-letter &amp;routing key:</source>
        <translation>Clé de &amp;routage des lettres mortes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;priority:</source>
        <translation>&amp;Priorité max. :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single active consumer:</source>
        <translation>Consommateur actif unique :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quorum queues and streams are always durable and never deleted automatically.</source>
        <translation>Les files quorum et les streams sont toujours durables et jamais supprimés automatiquement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no limit</source>
        <translation>sans limite</translation>
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
        <translation>messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;&quot; (the default exchange)</source>
        <translation>&quot;&quot; (l’échange par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 = %2 %3</source>
        <translation>%1 = %2 %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>D: durable, survives a broker restart</source>
        <translation>D : durable, survit à un redémarrage du broker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AD: auto-delete, deleted when its last consumer unsubscribes</source>
        <translation>AD : suppression automatique, supprimée quand son dernier consommateur se désabonne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excl: exclusive, used by one connection and deleted with it</source>
        <translation>Excl : exclusive, utilisée par une seule connexion et supprimée avec elle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Args: other arguments</source>
        <translation>Args : autres arguments</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../ui/models/queue_table_model.cpp" line="+50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>Non acquittés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent</source>
        <translation>Persistants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish/s</source>
        <translation>Publiés/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver/s</source>
        <translation>Livrés/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack/s</source>
        <translation>Acquittés/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver/s</source>
        <translation>Redistribués/s</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>durable</source>
        <translation>durable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transient</source>
        <translation>transitoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-delete</source>
        <translation>suppression automatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exclusive</source>
        <translation>exclusive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arguments: %1</source>
        <translation>Arguments&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node: %1</source>
        <translation>Nœud : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader: %1</source>
        <translation>Leader : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members: %1</source>
        <translation>Membres : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: %1</source>
        <translation>Hors ligne : %1</translation>
    </message>
</context>
<context>
    <name>RateCharts</name>
    <message>
        <location filename="../ui/views/rate_charts.cpp" line="+26"/>
        <source>Time the charts show</source>
        <translation>Période affichée par les graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart window</source>
        <translation>Fenêtre des graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 minutes</source>
        <translation>10 dernières minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts show:</source>
        <translation>Graphiques :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message rates (per second)</source>
        <translation>Débits de messages (par seconde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message rates chart</source>
        <translation>Graphique des débits de messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued messages</source>
        <translation>Messages en file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued messages chart</source>
        <translation>Graphique des messages en file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliver</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver</source>
        <translation>Redistribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>Non acquittés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>seconds ago</source>
        <translation>secondes écoulées</translation>
    </message>
</context>
<context>
    <name>RemoteBackend</name>
    <message>
        <location filename="../ui/backends/remote_backend.cpp" line="+13"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable: %1 (retrying in %2 s)</source>
        <translation>Injoignable : %1 (nouvel essai dans %2 s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>RemoteHttp</name>
    <message>
        <location filename="../ui/backends/remote_http.cpp" line="+53"/>
        <source>login refused: wrong user name or password (HTTP 401)</source>
        <translation>identification refusée : nom d’utilisateur ou mot de passe incorrect (HTTP 401)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the broker closed the connection</source>
        <translation>le broker a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>RemoteTaps</name>
    <message>
        <location filename="../ui/backends/remote_taps.cpp" line="+81"/>
        <source>the broker did not start the tap</source>
        <translation>le broker n’a pas démarré l’écoute</translation>
    </message>
</context>
<context>
    <name>ResendDialog</name>
    <message>
        <location filename="../ui/views/resend_dialog.cpp" line="+12"/>
        <source>Edit and re-send</source>
        <translation>Modifier et renvoyer</translation>
    </message>
</context>
<context>
    <name>RetainedPage</name>
    <message>
        <location filename="../ui/views/retained_page.cpp" line="+27"/>
        <source>Filter retained messages by topic</source>
        <translation>Filtrer les messages retenus par topic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retained messages</source>
        <translation>Messages retenus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payload of the selected retained message</source>
        <translation>Charge utile du message retenu sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a topic to see its retained payload.</source>
        <translation>Sélectionnez un topic pour voir sa charge utile retenue.</translation>
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
            <numerusform>Effacer le message retenu de %n topic ? Les nouveaux abonnés ne le recevront plus : %1</numerusform>
            <numerusform>Effacer les messages retenus de %n topics ? Les nouveaux abonnés ne les recevront plus : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n retained message(s)</source>
        <translation>
            <numerusform>%n message retenu</numerusform>
            <numerusform>%n messages retenus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retained message of &apos;%1&apos; cleared</source>
        <translation>Message retenu de « %1 » effacé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>topic: %1</source>
        <translation>topic : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>qos: %1</source>
        <translation>qos : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size: %1</source>
        <translation>taille : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored: %1</source>
        <translation>enregistré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>content type: %1</source>
        <translation>type de contenu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the first %1 shown)</source>
        <translation>(les premiers %1 affichés)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Ce broker n’autorise pas de modifications depuis la console.</translation>
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
        <translation>Octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteExplanation</name>
    <message>
        <location filename="../ui/models/route_explanation.cpp" line="+101"/>
        <source>the default exchange by its name</source>
        <translation>l’échange par défaut, par le nom de la file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) by “%3”</source>
        <translation>%1 (%2) par « %3 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) by %3</source>
        <translation>%1 (%2) par %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2), no binding matched: its alternate exchange</source>
        <translation>%1 (%2), aucune liaison ne correspondait : son échange alternatif</translation>
    </message>
</context>
<context>
    <name>RouteTesterPage</name>
    <message>
        <location filename="../ui/views/route_tester_page.cpp" line="+31"/>
        <source>For headers exchanges and CC/BCC: one per line, name: value</source>
        <translation>Pour les échanges headers et CC/BCC : un par ligne, nom : valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queues the message would reach</source>
        <translation>Files que le message atteindrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where would it go?</source>
        <translation>&amp;Où irait-il ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>&amp;Exchange :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Routing key:</source>
        <translation>Clé de &amp;routage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Asking the broker…</source>
        <translation>Question au broker…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot tell: %1</source>
        <translation>Impossible à dire : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No binding in the last refresh explains this queue; refresh and test again.</source>
        <translation>Aucune liaison de la dernière actualisation n’explique cette file ; actualisez et testez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unroutable: no queue would get this message (a mandatory publish would come back).</source>
        <translation>Non routable : aucune file ne recevrait ce message (une publication mandatory serait renvoyée).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>It would reach %n queue(s):</source>
        <translation>
            <numerusform>Il atteindrait %n file :</numerusform>
            <numerusform>Il atteindrait %n files :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../ui/views/table_page.cpp" line="+34"/>
        <source>Filter with a regular expression</source>
        <translation>Filtrer avec une expression régulière</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Not a valid regular expression: %1</source>
        <translation>Expression régulière non valide : %1</translation>
    </message>
</context>
<context>
    <name>TapTreeModel</name>
    <message>
        <location filename="../ui/models/tap_tree_model.cpp" line="+213"/>
        <source>(other keys)</source>
        <translation>(autres clés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keys first seen after %1 nodes are counted here</source>
        <translation>Les clés apparues après %1 nœuds sont comptées ici</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Routing key</source>
        <translation>Clé de routage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate (msg/s)</source>
        <translation>Débit (msg/s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>TopTalkersModel</name>
    <message>
        <location filename="../ui/models/top_talkers_model.cpp" line="+60"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Routing key</source>
        <translation>Clé de routage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate (msg/s)</source>
        <translation>Débit (msg/s)</translation>
    </message>
</context>
<context>
    <name>TopicPermissionDialog</name>
    <message>
        <location filename="../ui/views/topic_permission_dialog.cpp" line="+19"/>
        <source>Set topic permission</source>
        <translation>Définir une autorisation de topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual host</source>
        <translation>Hôte virtuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic exchange</source>
        <translation>Échange topic</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routing keys that may be published</source>
        <translation>Clés de routage autorisées à la publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing keys that may be bound</source>
        <translation>Clés de routage autorisées à la liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expressions searched for in routing keys, as RabbitMQ does: publishing checks the key against Write, binding a queue checks the binding key against Read. {username} and {vhost} stand for the client&apos;s own; an empty field allows nothing. Only topic exchanges are checked.</source>
        <translation>Expressions régulières recherchées dans les clés de routage, comme le fait RabbitMQ : la publication vérifie la clé avec Écrire, la liaison d’une file vérifie la clé de liaison avec Lire. {username} et {vhost} désignent ceux du client ; un champ vide n’autorise rien. Seuls les échanges topic sont vérifiés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Hôte virtuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange:</source>
        <translation>É&amp;change :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write:</source>
        <translation>Éc&amp;rire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read:</source>
        <translation>&amp;Lire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
</context>
<context>
    <name>TopicPermissionTableModel</name>
    <message>
        <location filename="../ui/models/topic_permission_table_model.cpp" line="+23"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vhost</source>
        <translation>Vhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write (publish)</source>
        <translation>Écrire (publier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read (bind)</source>
        <translation>Lire (lier)</translation>
    </message>
</context>
<context>
    <name>TopologyLayout</name>
    <message>
        <location filename="../ui/models/topology_layout.cpp" line="+94"/>
        <source>durable</source>
        <translation>durable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transient</source>
        <translation>transitoire</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <location filename="../ui/views/topology_page.cpp" line="+44"/>
        <source>Virtual host</source>
        <translation>Hôte virtuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topology graph</source>
        <translation>Graphe de topologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual host:</source>
        <translation>Hôte virtuel :</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n queue(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n binding(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dead letters of queue %1 go to exchange %2</source>
        <translation>Les lettres mortes de la file %1 vont vers l’échange %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters of queue %1 go to exchange %2 with routing key %3</source>
        <translation>Les lettres mortes de la file %1 vont vers l’échange %2 avec la clé de routage %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dead letters from %1</source>
        <translation>lettres mortes de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead letters from %1, key %2</source>
        <translation>lettres mortes de %1, clé %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queue %1 (%2)</source>
        <translation>File %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange %1 (%2)</source>
        <translation>Échange %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>queue, %1</source>
        <translation>file, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing declared in this virtual host yet.</source>
        <translation>Rien n’est encore déclaré dans cet hôte virtuel.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/views/user_dialog.cpp" line="+15"/>
        <source>Edit user</source>
        <translation>Modifier l’utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. administrator, monitoring</source>
        <translation>p. ex. administrator, monitoring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../ui/models/user_table_model.cpp" line="+18"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/views/users_page.cpp" line="+34"/>
        <source>Filter users by name</source>
        <translation>Filtrer les utilisateurs par nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter permissions by user</source>
        <translation>Filtrer les autorisations par utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter topic permissions by user</source>
        <translation>Filtrer les autorisations de topic par utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter virtual hosts by name</source>
        <translation>Filtrer les hôtes virtuels par nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual hosts</source>
        <translation>Hôtes virtuels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic permissions</source>
        <translation>Autorisations de topic</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set permission…</source>
        <translation>&amp;Définir une autorisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;topic permission…</source>
        <translation>Définir une autorisation de &amp;topic…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear…</source>
        <translation>R&amp;etirer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;vhost…</source>
        <translation>Nouvel hôte &amp;virtuel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete v&amp;host…</source>
        <translation>Supprimer l’&amp;hôte virtuel…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User to check</source>
        <translation>Utilisateur à vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual host to check</source>
        <translation>Hôte virtuel à vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange or queue to check</source>
        <translation>Échange ou file à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange or queue name</source>
        <translation>nom d’échange ou de file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing key to check on a topic exchange</source>
        <translation>Clé de routage à vérifier sur un échange topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing key (optional)</source>
        <translation>clé de routage (facultative)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the user may do</source>
        <translation>Ce que l’utilisateur peut faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the user may do with the routing key</source>
        <translation>Ce que l’utilisateur peut faire avec la clé de routage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck</source>
        <translation>Vér&amp;ifier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May</source>
        <translation>L’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use</source>
        <translation>peut-il utiliser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Warren</source>
        <translation>Warren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New virtual host</source>
        <translation>Nouvel hôte virtuel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This broker does not allow changes from the console.</source>
        <translation>Ce broker n’autorise pas de modifications depuis la console.</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Delete %n user(s) with their permissions? %1</source>
        <translation>
            <numerusform>Supprimer %n utilisateur avec ses autorisations ? %1</numerusform>
            <numerusform>Supprimer %n utilisateurs avec leurs autorisations ? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take away %n permission(s)? %1</source>
        <translation>
            <numerusform>Retirer %n autorisation ? %1</numerusform>
            <numerusform>Retirer %n autorisations ? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 on %2 in %3</source>
        <translation>%1 sur %2 dans %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take away %n topic permission(s)? %1</source>
        <translation>
            <numerusform>Retirer %n autorisation de topic ? %1</numerusform>
            <numerusform>Retirer %n autorisations de topic ? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the new virtual host:</source>
        <translation>Nom du nouvel hôte virtuel :</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n virtual host(s) with all their queues, messages, exchanges and permissions? %1</source>
        <translation>
            <numerusform>Supprimer %n hôte virtuel avec l’ensemble de ses files, messages, échanges et autorisations ? %1</numerusform>
            <numerusform>Supprimer %n hôtes virtuels avec l’ensemble de leurs files, messages, échanges et autorisations ? %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Asking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>configure</source>
        <translation>configurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>topic: %1publish   %2bind</source>
        <translation>topic : %1publier   %2lier</translation>
    </message>
</context>
<context>
    <name>VhostTableModel</name>
    <message>
        <location filename="../ui/models/vhost_table_model.cpp" line="+24"/>
        <source>Virtual host</source>
        <translation>Hôte virtuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacked</source>
        <translation>Non acquittés</translation>
    </message>
</context>
<context>
    <name>definitions_diff</name>
    <message>
        <location filename="../ui/models/definitions_diff.cpp" line="+67"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(default exchange)</source>
        <translation>(échange par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exchange %1</source>
        <translation>échange %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Virtual hosts</source>
        <translation>Hôtes virtuels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic permissions</source>
        <translation>Autorisations de topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bindings</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict: left as it is</source>
        <translation>Conflit : laissé en l’état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in target: kept</source>
        <translation>Uniquement dans la cible : conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not supported by the target</source>
        <translation>Non pris en charge par la cible</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: differs</source>
        <translation>%1 : diffère</translation>
    </message>
</context>
</TS>
