// The console's MQTT backend against Debian's real Mosquitto, started by the test on 127.0.0.1
// (and stopped by its PID), with Mosquitto's own mosquitto_pub and mosquitto_sub as the clients
// on the other side: what they publish must reach the tap and the retained list, what the
// console publishes and clears must be what they then receive. A wrong password and a broker
// that is not there yet must raise the alert; a broker that speaks only MQTT 3.1.1 (a few lines
// of fake broker below) must still be reached.

#include "backends/mqtt_backend.h"
#include "backends/mqtt_inbox.h"
#include "backends/mqtt_retained_store.h"
#include "mosquitto_broker.h"
#include "operation_wait.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Kind = warren::OperationResult::Kind;
using Feature = BrokerBackend::Feature;

constexpr int ConnectMs = 15000;
constexpr int AnswerMs = 10000;

const QString User = QStringLiteral("warren");
const QString Password = QStringLiteral("s3cret-mqtt");

// A loopback listener whose accept queue is full (backlog 0, filled by connections it never
// accepts): the kernel drops further SYNs, so a connect() to it waits as one to an unreachable
// host would — without a packet leaving the machine.
struct FullListener {
    int descriptor = -1;
    std::vector<int> fillers;
    quint16 port = 0;

    FullListener() {
        descriptor = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (descriptor < 0 || ::bind(descriptor, reinterpret_cast<sockaddr*>(&address), length) ||
            ::listen(descriptor, 0) ||
            ::getsockname(descriptor, reinterpret_cast<sockaddr*>(&address), &length))
            return;
        for (int i = 0; i < 4; ++i) {
            const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(filler, reinterpret_cast<sockaddr*>(&address), sizeof address);
            fillers.push_back(filler);
        }
        port = ntohs(address.sin_port);
    }
    ~FullListener() {
        for (int filler : fillers)
            ::close(filler);
        if (descriptor >= 0)
            ::close(descriptor);
    }
};

ConnectionProfile profileFor(quint16 port, const QString& user = {}, const QString& password = {}) {
    ConnectionProfile profile;
    profile.name = QStringLiteral("mosquitto-test");
    profile.kind = ConnectionProfile::Kind::Mqtt;
    profile.url = QUrl(QStringLiteral("mqtt://127.0.0.1:%1").arg(port));
    profile.user = user;
    profile.password = password;
    profile.pollIntervalMs = 500;
    return profile;
}

// What a new subscriber to `topic` (at QoS 1) receives within two seconds: topic|retain|qos|content
// type|payload per line ("" when nothing; mosquitto_sub then exits with 27, timed out).
QByteArray freshSubscriberSees(quint16 port, const QString& topic) {
    QProcess sub;
    sub.start(QStringLiteral("/usr/bin/mosquitto_sub"),
              {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
               QString::number(port), QStringLiteral("-V"), QStringLiteral("mqttv5"),
               QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"), topic,
               QStringLiteral("-F"), QStringLiteral("%t|%r|%q|%C|%p"), QStringLiteral("-C"),
               QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("2")});
    if (!sub.waitForFinished(20000))
        return "failed";
    return sub.readAllStandardOutput().trimmed();
}

std::optional<warren::OperationResult> answerTo(MqttBackend& backend,
                                                const warren::Command& command) {
    QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
    backend.execute(command);
    return nextResultOf(finished, warren::resultKind(command), AnswerMs);
}

const warren::RetainedMessage* retainedOn(const QList<warren::RetainedMessage>& list,
                                          const QString& topic) {
    for (const warren::RetainedMessage& m : list)
        if (m.topic == topic)
            return &m;
    return nullptr;
}

// Lists the retained messages until `topic`'s satisfies `wanted` (the broker sends them right
// after the subscription, which takes a moment); the last list either way.
QList<warren::RetainedMessage>
retainedUntil(MqttBackend& backend,
              const std::function<bool(const QList<warren::RetainedMessage>&)>& wanted) {
    QList<warren::RetainedMessage> last;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < AnswerMs) {
        const auto result = answerTo(backend, warren::commands::ListRetained{});
        if (!result || !result->error.isEmpty())
            return last;
        last = result->retained;
        if (wanted(last))
            break;
        QTest::qWait(50); // a retained message on its way from the broker
    }
    return last;
}

QString propertyOf(const warren::TappedMessage& m, const QString& name) {
    for (const auto& [key, value] : m.properties)
        if (key == name)
            return value;
    return QStringLiteral("<none>");
}

// Collects the tap's messages by topic.
struct TapRecorder {
    QHash<QString, warren::TappedMessage> byTopic;
    QList<warren::TapBatch> batches;
    QString error;

    TapRecorder(MqttBackend& backend, quint64 tapId) {
        QObject::connect(&backend, &BrokerBackend::tapUpdated, &backend,
                         [this, tapId](const warren::TapBatch& batch) {
                             if (batch.tapId != tapId)
                                 return;
                             batches << batch;
                             if (!batch.error.isEmpty())
                                 error = batch.error;
                             for (const warren::TappedMessage& m : batch.messages)
                                 byTopic.insert(m.routingKey, m);
                         });
    }
    bool sawSys() const {
        for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
            if (it.key().startsWith(QLatin1String("$SYS/")))
                return true;
        return false;
    }
};

// Enough of an MQTT 3.1.1 broker to refuse MQTT 5 as such a broker does (a 3.1.1 CONNACK with
// "unacceptable protocol version") and to accept 3.1.1: which protocol levels were asked for.
class V311OnlyBroker : public QObject {
public:
    QTcpServer server;
    QList<int> levels;

    V311OnlyBroker() {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void read(QTcpSocket* socket) {
        const QByteArray data = socket->readAll();
        // CONNECT: 0x10, remaining length (< 128 here), 0x00 0x04 "MQTT", protocol level.
        if (data.size() < 9 || quint8(data[0]) != 0x10 ||
            data.mid(2, 6) != QByteArray("\0\4MQTT", 6))
            return; // a SUBSCRIBE and the like: left unanswered
        const int level = quint8(data[8]);
        levels << level;
        if (level == 4) {
            socket->write(QByteArray("\x20\x02\x00\x00", 4)); // accepted
        } else {
            socket->write(QByteArray("\x20\x02\x00\x01", 4)); // unacceptable protocol version
            socket->disconnectFromHost();
        }
    }
};

} // namespace

class TestMqttBackend final : public QObject {
    Q_OBJECT

    Mosquitto m_broker;

private slots:
    void initTestCase() { QVERIFY2(m_broker.start(), "Mosquitto did not start"); }
    void cleanupTestCase() { m_broker.stop(); }

    void anMqttBrokerOffersTopicsAndSaysWhyItLacksTheRest() {
        MqttBackend backend(profileFor(m_broker.port));
        QVERIFY(backend.canTap());
        QVERIFY(backend.canManage());
        QVERIFY(!backend.canPeekMessages());
        QVERIFY(!backend.canControl());
        for (Feature feature : {Feature::Tap, Feature::Retained, Feature::TopicPublishing})
            QVERIFY2(backend.supports(feature), qPrintable(QString::number(int(feature))));
        for (Feature feature :
             {Feature::Queues, Feature::Exchanges, Feature::ExchangePublishing, Feature::Bindings,
              Feature::Connections, Feature::Channels, Feature::Consumers, Feature::Users,
              Feature::RouteTesting, Feature::Logs, Feature::Definitions, Feature::QueueTypes,
              Feature::Policies}) {
            QVERIFY2(!backend.supports(feature), qPrintable(QString::number(int(feature))));
            QVERIFY2(backend.unsupportedReason(feature).contains(QLatin1String("MQTT")),
                     qPrintable(backend.unsupportedReason(feature)));
        }
        QCOMPARE(backend.unsupportedReason(Feature::Queues),
                 QStringLiteral("An MQTT broker has no queues: its topics are in the Live tap and "
                                "Retained tabs."));
        QCOMPARE(backend.listeners().size(), 1);
        QCOMPARE(backend.listeners().first().scheme, QStringLiteral("mqtt"));
        QCOMPARE(backend.listeners().first().port, m_broker.port);
        QVERIFY(backend.clientId().startsWith(QLatin1String("warren-console-")));
        // AMQP's commands are refused as any broker refuses what it lacks.
        const auto declare = answerTo(backend, warren::commands::DeclareQueue{});
        QVERIFY(declare && !declare->error.isEmpty());

        QSignalSpy snapshots(&backend, &BrokerBackend::snapshotUpdated);
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), ConnectMs);
        QCOMPARE(backend.status(), QStringLiteral("Connected"));
        QCOMPARE(backend.alert(), QString());
        QVERIFY(snapshots.wait(AnswerMs) || !snapshots.isEmpty());
        // Mosquitto's $SYS/broker/uptime gives the snapshot its start.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                backend.refresh();
                return snapshots.last().at(0).value<warren::BrokerSnapshot>().startedAt.isValid();
            }(),
            AnswerMs);
        const auto snapshot = snapshots.last().at(0).value<warren::BrokerSnapshot>();
        QCOMPARE(snapshot.node, QStringLiteral("127.0.0.1:%1").arg(m_broker.port));
        QCOMPARE(snapshot.vhosts.size(), 1);
        QCOMPARE(snapshot.vhosts.first().name, QStringLiteral("/"));
        QCOMPARE(snapshot.listeners.size(), 1);
        QCOMPARE(snapshot.nodes.size(), 1);
        QVERIFY(snapshot.nodes.first().uptimeMs >= 0);
    }

    void retainedMessagesAreListedAndCleared() {
        const QString before = QStringLiteral("test/retained/before");
        QVERIFY(publish(m_broker.port, {QStringLiteral("-r"), QStringLiteral("-q"),
                                        QStringLiteral("1"), QStringLiteral("-t"), before,
                                        QStringLiteral("-m"), QStringLiteral("hello")}));
        MqttBackend backend(profileFor(m_broker.port));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), ConnectMs);
        auto listed = retainedUntil(backend, [&](const auto& l) { return retainedOn(l, before); });
        const warren::RetainedMessage* stored = retainedOn(listed, before);
        QVERIFY(stored);
        QCOMPARE(stored->payload, QByteArray("hello"));
        QCOMPARE(stored->payloadSize, 5);
        QCOMPARE(stored->qos, 1);
        QVERIFY(!stored->storedAt.isValid()); // MQTT does not say when the broker took it
        QVERIFY(std::is_sorted(listed.cbegin(), listed.cend(),
                               [](const auto& a, const auto& b) { return a.topic < b.topic; }));

        const auto cleared =
            answerTo(backend, warren::commands::DeleteRetained{QStringLiteral("/"), before});
        QVERIFY(cleared);
        QCOMPARE(cleared->error, QString());
        QCOMPARE(cleared->count, 1u);
        QCOMPARE(cleared->target, before);
        QCOMPARE(freshSubscriberSees(m_broker.port, before), QByteArray());
        listed = retainedUntil(backend, [&](const auto& l) { return !retainedOn(l, before); });
        QVERIFY(!retainedOn(listed, before));
        const auto again =
            answerTo(backend, warren::commands::DeleteRetained{QStringLiteral("/"), before});
        QVERIFY(again);
        QCOMPARE(again->error,
                 QStringLiteral("Topic 'test/retained/before' has no retained message."));

        // One published while the console watches: MQTT 5 keeps its retain flag.
        const QString live = QStringLiteral("test/retained/live");
        QVERIFY(publish(m_broker.port, {QStringLiteral("-r"), QStringLiteral("-t"), live,
                                        QStringLiteral("-m"), QStringLiteral("now")}));
        listed = retainedUntil(backend, [&](const auto& l) { return retainedOn(l, live); });
        QVERIFY(retainedOn(listed, live));
        QCOMPARE(retainedOn(listed, live)->payload, QByteArray("now"));
        // And cleared by someone else: gone from the list too.
        QVERIFY(publish(m_broker.port,
                        {QStringLiteral("-r"), QStringLiteral("-t"), live, QStringLiteral("-n")}));
        listed = retainedUntil(backend, [&](const auto& l) { return !retainedOn(l, live); });
        QVERIFY(!retainedOn(listed, live));
    }

    void theTapSeesWhatClientsPublishAndSys() {
        MqttBackend backend(profileFor(m_broker.port));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), ConnectMs);
        const quint64 tapId = warren::newTapId();
        TapRecorder tap(backend, tapId);
        const auto started =
            answerTo(backend, warren::commands::StartTap{tapId, QStringLiteral("/"), std::nullopt});
        QVERIFY(started);
        QCOMPARE(started->error, QString());
        QCOMPARE(started->tapId, tapId);

        const QByteArray json = R"({"temp":21.5,"unit":"C"})";
        QVERIFY(publish(m_broker.port, {QStringLiteral("-t"), QStringLiteral("a/b/c"),
                                        QStringLiteral("-m"), QStringLiteral("plain")}));
        QVERIFY(publish(m_broker.port, {QStringLiteral("-q"), QStringLiteral("1"),
                                        QStringLiteral("-t"), QStringLiteral("sensors/1/temp"),
                                        QStringLiteral("-m"), QString::fromUtf8(json)}));
        QVERIFY(publish(m_broker.port, {QStringLiteral("-V"),
                                        QStringLiteral("mqttv5"),
                                        QStringLiteral("-q"),
                                        QStringLiteral("1"),
                                        QStringLiteral("-t"),
                                        QStringLiteral("props/test"),
                                        QStringLiteral("-D"),
                                        QStringLiteral("publish"),
                                        QStringLiteral("user-property"),
                                        QStringLiteral("tenant"),
                                        QStringLiteral("acme"),
                                        QStringLiteral("-D"),
                                        QStringLiteral("publish"),
                                        QStringLiteral("content-type"),
                                        QStringLiteral("application/json"),
                                        QStringLiteral("-D"),
                                        QStringLiteral("publish"),
                                        QStringLiteral("response-topic"),
                                        QStringLiteral("replies/here"),
                                        QStringLiteral("-m"),
                                        QStringLiteral("{}")}));
        QTRY_VERIFY_WITH_TIMEOUT(tap.byTopic.contains(QStringLiteral("a/b/c")) &&
                                     tap.byTopic.contains(QStringLiteral("sensors/1/temp")) &&
                                     tap.byTopic.contains(QStringLiteral("props/test")) &&
                                     tap.sawSys(), // Mosquitto's, every second
                                 AnswerMs);
        const warren::TappedMessage plain = tap.byTopic.value(QStringLiteral("a/b/c"));
        QCOMPARE(plain.body, QByteArray("plain"));
        QCOMPARE(plain.bodySize, 5);
        QCOMPARE(plain.exchange, QString());
        QCOMPARE(propertyOf(plain, QStringLiteral("qos")), QStringLiteral("0"));
        QCOMPARE(propertyOf(plain, QStringLiteral("retain")), QStringLiteral("false"));
        QVERIFY(plain.publishedAtMs > 0);
        const warren::TappedMessage sensor = tap.byTopic.value(QStringLiteral("sensors/1/temp"));
        QCOMPARE(sensor.body, json);
        QCOMPARE(propertyOf(sensor, QStringLiteral("qos")), QStringLiteral("1"));
        const warren::TappedMessage props = tap.byTopic.value(QStringLiteral("props/test"));
        QCOMPARE(props.headers, (QList<std::pair<QString, QString>>{
                                    {QStringLiteral("tenant"), QStringLiteral("acme")}}));
        QCOMPARE(propertyOf(props, QStringLiteral("content_type")),
                 QStringLiteral("application/json"));
        QCOMPARE(propertyOf(props, QStringLiteral("reply_to")), QStringLiteral("replies/here"));
        for (const warren::TapBatch& batch : tap.batches)
            QVERIFY(batch.messages.size() <= warren::TapBatch::MaxMessagesPerBatch);

        // A second tap gets what comes next; the first, stopped, no more.
        const quint64 secondId = warren::newTapId();
        TapRecorder second(backend, secondId);
        QVERIFY(answerTo(backend, warren::commands::StartTap{secondId, QStringLiteral("/"),
                                                             QStringLiteral("amq.topic")}));
        const auto stopped = answerTo(backend, warren::commands::StopTap{tapId});
        QVERIFY(stopped);
        QCOMPARE(stopped->error, QString());
        const qsizetype batchesBefore = tap.batches.size();
        QVERIFY(publish(m_broker.port, {QStringLiteral("-t"), QStringLiteral("after/stop"),
                                        QStringLiteral("-m"), QStringLiteral("x")}));
        QTRY_VERIFY_WITH_TIMEOUT(second.byTopic.contains(QStringLiteral("after/stop")), AnswerMs);
        QCOMPARE(tap.batches.size(), batchesBefore);
        QVERIFY(answerTo(backend, warren::commands::StopTap{secondId}));
    }

    void theConsolePublishesWithQosRetainAndContentType() {
        MqttBackend backend(profileFor(m_broker.port));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), ConnectMs);
        const QString topic = QStringLiteral("console/published");
        // A subscriber already there receives it as it is published.
        QProcess waiting;
        // Line-buffered, so that its SUBACK line comes while it waits (stdbuf: coreutils).
        waiting.start(QStringLiteral("/usr/bin/stdbuf"),
                      {QStringLiteral("-oL"), QStringLiteral("/usr/bin/mosquitto_sub"),
                       QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                       QString::number(m_broker.port), QStringLiteral("-t"), topic,
                       QStringLiteral("-v"), QStringLiteral("-C"), QStringLiteral("1"),
                       QStringLiteral("-W"), QStringLiteral("15"), QStringLiteral("-d")});
        QByteArray seen;
        while (!seen.contains("SUBACK")) { // subscribed: only now is there something to miss
            QVERIFY(waiting.waitForReadyRead(10000));
            seen += waiting.readAllStandardOutput();
        }
        warren::TopicMessage message;
        message.topic = topic;
        message.payload = "22.5";
        message.qos = 1;
        message.retain = true;
        message.contentType = QStringLiteral("text/plain");
        const auto published = answerTo(backend, warren::commands::PublishToTopic{message});
        QVERIFY(published);
        QCOMPARE(published->error, QString());
        QCOMPARE(published->target, topic);
        QVERIFY(waiting.waitForFinished(15000));
        seen += waiting.readAllStandardOutput();
        QVERIFY2(seen.contains("console/published 22.5"), seen.constData());
        // Kept as the topic's retained message, for subscribers that come later.
        QCOMPARE(freshSubscriberSees(m_broker.port, topic),
                 QByteArray("console/published|1|1|text/plain|22.5"));
        const auto listed =
            retainedUntil(backend, [&](const auto& l) { return retainedOn(l, topic) != nullptr; });
        QVERIFY(retainedOn(listed, topic));
        QVERIFY(retainedOn(listed, topic)->storedAt.isValid());
        QCOMPARE(retainedOn(listed, topic)->contentType, QStringLiteral("text/plain"));

        // QoS 0 is done once handed over.
        message.qos = 0;
        message.retain = false;
        message.payload = "fast";
        const auto fast = answerTo(backend, warren::commands::PublishToTopic{message});
        QVERIFY(fast);
        QCOMPARE(fast->error, QString());
        // A filter is no topic to publish to.
        message.topic = QStringLiteral("sensors/#");
        const auto wildcard = answerTo(backend, warren::commands::PublishToTopic{message});
        QVERIFY(wildcard);
        QVERIFY2(wildcard->error.contains(QLatin1String("sensors/#")), qPrintable(wildcard->error));
        QVERIFY(answerTo(backend, warren::commands::DeleteRetained{QStringLiteral("/"), topic}));
        QCOMPARE(freshSubscriberSees(m_broker.port, topic), QByteArray());
    }

    void aFloodIsCountedNotHeld() {
        MqttBackend backend(profileFor(m_broker.port));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), ConnectMs);
        const quint64 tapId = warren::newTapId();
        quint64 flooded = 0;
        quint64 dropped = 0;
        qsizetype largest = 0;
        connect(&backend, &BrokerBackend::tapUpdated, this, [&](const warren::TapBatch& batch) {
            largest = std::max(largest, batch.messages.size());
            dropped += batch.dropped;
            for (const warren::TappedMessage& m : batch.messages)
                flooded += m.routingKey == QLatin1String("flood/lines");
        });
        QVERIFY(answerTo(backend, warren::commands::StartTap{tapId, QStringLiteral("/"), {}}));
        // 6000 messages in one connection, as fast as Mosquitto takes them.
        constexpr int Count = 6000;
        QProcess pub;
        pub.start(QStringLiteral("/usr/bin/mosquitto_pub"),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(m_broker.port), QStringLiteral("-t"),
                   QStringLiteral("flood/lines"), QStringLiteral("-l")});
        QVERIFY(pub.waitForStarted());
        QByteArray lines;
        for (int i = 0; i < Count; ++i)
            lines += QByteArray::number(i) + '\n';
        pub.write(lines);
        pub.closeWriteChannel();
        QVERIFY(pub.waitForFinished(20000));
        QCOMPARE(pub.exitCode(), 0);
        // Every one either reaches the tap or is counted as dropped.
        QTRY_VERIFY_WITH_TIMEOUT(flooded + dropped >= Count, AnswerMs);
        QVERIFY(largest <= warren::TapBatch::MaxMessagesPerBatch);
        QVERIFY(backend.isConnected());
        QVERIFY(answerTo(backend, warren::commands::StopTap{tapId}));
    }

    void theInboxAndTheRetainedListAreBounded() {
        MqttInbox inbox;
        MqttMessage message;
        message.topic = QStringLiteral("a");
        message.payload = "x";
        message.payloadSize = 1;
        inbox.put(message); // nobody captures: nothing is kept
        QVERIFY(inbox.take().messages.isEmpty());
        inbox.setCapturing(true);
        for (int i = 0; i < MqttInbox::MaxMessages + 5; ++i)
            inbox.put(message);
        const MqttInbox::Batch batch = inbox.take();
        QCOMPARE(batch.messages.size(), MqttInbox::MaxMessages);
        QCOMPARE(batch.dropped, 5u);
        QCOMPARE(inbox.take().messages.size(), 0);

        MqttRetainedStore store;
        message.retain = true;
        message.receivedAtMs = 1000;
        store.received(message); // first of this subscription: stored at some unknown time
        QVERIFY(!store.sorted().first().storedAt.isValid());
        store.received(message); // again: a live publish
        QCOMPARE(store.sorted().first().storedAt.toMSecsSinceEpoch(), 1000);
        message.payload.clear();
        message.payloadSize = 0;
        store.received(message); // empty: cleared
        QCOMPARE(store.size(), 0);
        message.payload = "x";
        message.payloadSize = 1;
        for (int i = 0; i <= MqttRetainedStore::MaxTopics; ++i) {
            message.topic = QString::number(i);
            store.received(message);
        }
        QCOMPARE(store.size(), MqttRetainedStore::MaxTopics);
        QVERIFY(store.isIncomplete());
    }

    void aReadOnlyConnectionChangesNothing() {
        const QString topic = QStringLiteral("test/read-only");
        QVERIFY(publish(m_broker.port, {QStringLiteral("-r"), QStringLiteral("-t"), topic,
                                        QStringLiteral("-m"), QStringLiteral("kept")}));
        ConnectionProfile profile = profileFor(m_broker.port);
        profile.readOnly = true;
        MqttBackend backend(profile);
        QVERIFY(!backend.canManage());
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), ConnectMs);
        QVERIFY(retainedOn(
            retainedUntil(backend, [&](const auto& l) { return retainedOn(l, topic); }), topic));
        warren::TopicMessage message;
        message.topic = topic;
        message.payload = "changed";
        const auto published = answerTo(backend, warren::commands::PublishToTopic{message});
        QVERIFY(published);
        QCOMPARE(published->error, QStringLiteral("This connection is read-only."));
        const auto cleared =
            answerTo(backend, warren::commands::DeleteRetained{QStringLiteral("/"), topic});
        QVERIFY(cleared);
        QCOMPARE(cleared->error, QStringLiteral("This connection is read-only."));
        QCOMPARE(freshSubscriberSees(m_broker.port, topic), QByteArray("test/read-only|1|0||kept"));
        QVERIFY(publish(m_broker.port,
                        {QStringLiteral("-r"), QStringLiteral("-t"), topic, QStringLiteral("-n")}));
    }

    void aRefusedLoginRaisesTheAlert() {
        Mosquitto secured;
        QVERIFY2(secured.start(0, true), "Mosquitto with a password file did not start");
        MqttBackend wrong(profileFor(secured.port, User, QStringLiteral("wrong")));
        QSignalSpy alerts(&wrong, &BrokerBackend::alertChanged);
        QVERIFY(alerts.wait(ConnectMs));
        QVERIFY2(wrong.alert().startsWith(QLatin1String("The MQTT broker refused the login: ")),
                 qPrintable(wrong.alert()));
        QVERIFY2(wrong.status().startsWith(QLatin1String("Login refused")),
                 qPrintable(wrong.status()));
        QVERIFY(!wrong.isConnected());
        QVERIFY(wrong.nextAttemptMs() >= 1000);
        const auto listed = answerTo(wrong, warren::commands::ListRetained{});
        QVERIFY(listed && !listed->error.isEmpty());

        MqttBackend right(profileFor(secured.port, User, Password));
        QTRY_VERIFY_WITH_TIMEOUT(right.isConnected(), ConnectMs);
        QCOMPARE(right.alert(), QString());
    }

    void anUnreachableBrokerIsRetriedAndALostOneEndsTheTaps() {
        Mosquitto late;
        const quint16 port = freePort();
        MqttBackend backend(profileFor(port));
        QSignalSpy alerts(&backend, &BrokerBackend::alertChanged);
        QVERIFY(alerts.wait(ConnectMs));
        QVERIFY2(backend.alert().startsWith(
                     QStringLiteral("Cannot reach the MQTT broker at 127.0.0.1:%1: ").arg(port)),
                 qPrintable(backend.alert()));
        QVERIFY2(backend.status().startsWith(QLatin1String("Unreachable")),
                 qPrintable(backend.status()));
        const auto tap = answerTo(
            backend, warren::commands::StartTap{warren::newTapId(), QStringLiteral("/"), {}});
        QVERIFY(tap && !tap->error.isEmpty());

        QVERIFY2(late.start(port), "Mosquitto did not start");
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), 2 * ConnectMs);
        QCOMPARE(backend.alert(), QString());

        const quint64 tapId = warren::newTapId();
        TapRecorder recorder(backend, tapId);
        QVERIFY(answerTo(backend, warren::commands::StartTap{tapId, QStringLiteral("/"), {}}));
        late.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.error.isEmpty(), AnswerMs);
        QVERIFY2(
            recorder.error.startsWith(QLatin1String("The connection to the MQTT broker was lost")),
            qPrintable(recorder.error));
        QVERIFY(!backend.isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(!backend.alert().isEmpty(), AnswerMs);
    }

    void aBrokerOfMqtt311IsReachedWith311() {
        V311OnlyBroker broker;
        QVERIFY(broker.server.isListening());
        MqttBackend backend(profileFor(broker.server.serverPort()));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), ConnectMs);
        QCOMPARE(broker.levels, (QList<int>{5, 4}));
        QCOMPARE(backend.alert(), QString());
    }

    void closingNeverWaitsForTheNetwork() {
        // A TCP handshake that never completes: the backend goes without waiting for it.
        FullListener listener;
        QVERIFY(listener.port != 0);
        ConnectionProfile profile = profileFor(listener.port);
        auto backend = std::make_unique<MqttBackend>(profile);
        QTest::qWait(300); // let the attempt get under way
        QElapsedTimer clock;
        clock.start();
        backend.reset();
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMqttBackend)
#include "tst_mqtt_backend.moc"
