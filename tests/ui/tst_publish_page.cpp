// The Publish tab offscreen: the form becomes the message (every basic property, headers
// parsed from lines), what it sends reaches a real embedded broker with every property, the
// history keeps when and where each was sent and loads or re-sends it, and a body loads from a
// file off the UI thread.

#include "backends/embedded_backend.h"
#include "embedded_test_support.h"
#include "fake_backend.h"
#include "screenshot.h"
#include "views/publish_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {

template <typename T> T* child(QWidget& page, const char* name) {
    auto* widget = page.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

// Every property field of the form filled in, as a user would.
void fillEveryProperty(PublishPage& page) {
    child<QComboBox>(page, "publishExchange")->setCurrentText(QString());
    child<QLineEdit>(page, "publishRoutingKey")->setText(QStringLiteral("props"));
    child<QLineEdit>(page, "publishContentType")->setText(QStringLiteral("application/json"));
    child<QLineEdit>(page, "publishContentEncoding")->setText(QStringLiteral("utf-8"));
    child<QCheckBox>(page, "publishPersistent")->setChecked(true);
    child<QSpinBox>(page, "publishPriority")->setValue(7);
    child<QLineEdit>(page, "publishCorrelationId")->setText(QStringLiteral("c-9"));
    child<QLineEdit>(page, "publishReplyTo")->setText(QStringLiteral("replies"));
    child<QLineEdit>(page, "publishExpiration")->setText(QStringLiteral("600000"));
    child<QLineEdit>(page, "publishMessageId")->setText(QStringLiteral("m-1"));
    child<QLineEdit>(page, "publishTimestamp")->setText(QStringLiteral("2026-12-06T19:30:00Z"));
    child<QLineEdit>(page, "publishType")->setText(QStringLiteral("order.created"));
    child<QLineEdit>(page, "publishUserId")->setText(QStringLiteral("guest"));
    child<QLineEdit>(page, "publishAppId")->setText(QStringLiteral("warren-console"));
    child<QPlainTextEdit>(page, "publishHeaders")
        ->setPlainText(QStringLiteral("tenant: acme\ntrace-id: t-1\nattempts:= 3"));
    child<QPlainTextEdit>(page, "publishBody")
        ->setPlainText(QStringLiteral("{\"order\": 42, \"items\": [1, 2]}"));
}

} // namespace

class TestPublishPage : public QObject {
    Q_OBJECT
private slots:
    // Through a real broker: what the form says is what a client (pika) reads back.
    void everyPropertyReachesTheBroker() {
        EmbeddedBroker embedded;
        QVERIFY(embedded.start());
        EmbeddedBackend* backend = embedded.backend();
        QSignalSpy finished(backend, &BrokerBackend::operationFinished);
        warren::QueueDefinition queue;
        queue.name = QStringLiteral("props");
        backend->execute(warren::commands::DeclareQueue{queue});
        QCOMPARE(takeResult(finished).error, QString());

        PublishPage page(backend);
        page.resize(1000, 640);
        fillEveryProperty(page);
        QVERIFY(page.send());
        const auto published = takeResult(finished);
        QCOMPARE(published.error, QString());
        QCOMPARE(published.count, quint64(1));
        saveScreenshot(&page, QStringLiteral("publish-page.png"));

        const quint16 port = backend->listeners().first().port;
        QCOMPARE(runPika(port,
                         QStringLiteral("m, p, body = ch.basic_get('props', auto_ack=True)\n"
                                        "print(p.content_type, p.content_encoding, p.delivery_mode,"
                                        " p.priority, p.correlation_id, p.reply_to, p.expiration,"
                                        " p.message_id, p.timestamp, p.type, p.user_id, p.app_id,"
                                        " p.headers, body.decode())")),
                 QByteArray("application/json utf-8 2 7 c-9 replies 600000 m-1 1796585400 "
                            "order.created guest warren-console "
                            // A JSON number is a long ('l'), pika's "3L", as RabbitMQ makes it.
                            "{'tenant': 'acme', 'trace-id': 't-1', 'attempts': 3L} "
                            "{\"order\": 42, \"items\": [1, 2]}\n"));
        QVERIFY(embedded.stop());
    }

    // To an MQTT topic of a real broker: a subscriber started afterwards (mosquitto_sub, a
    // client written by others) gets the message retained, at the QoS it was sent with.
    void aRetainedMqttMessageReachesALaterSubscriber() {
        EmbeddedBroker embedded(addMqttListener);
        QVERIFY(embedded.start());
        EmbeddedBackend* backend = embedded.backend();
        const quint16 mqttPort = listenerPort(embedded, QStringLiteral("mqtt"));
        QVERIFY(mqttPort != 0);
        QSignalSpy finished(backend, &BrokerBackend::operationFinished);

        PublishPage page(backend);
        page.resize(1000, 640);
        page.setTarget(PublishPage::Target::MqttTopic);
        child<QLineEdit>(page, "publishTopic")->setText(QStringLiteral("home/kitchen/light"));
        auto* qos = child<QComboBox>(page, "publishQos");
        qos->setCurrentIndex(qos->findData(1));
        child<QCheckBox>(page, "publishRetain")->setChecked(true);
        child<QPlainTextEdit>(page, "publishBody")->setPlainText(QStringLiteral("{\"on\": true}"));
        QVERIFY(page.send());
        const auto published = takeResult(finished);
        QCOMPARE(published.kind, warren::OperationResult::Kind::PublishToTopic);
        QCOMPARE(published.error, QString());
        saveScreenshot(&page, QStringLiteral("publish-page-mqtt.png"));

        QProcess sub;
        sub.start(QStringLiteral("mosquitto_sub"),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(mqttPort), QStringLiteral("-t"), QStringLiteral("home/#"),
                   QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-C"),
                   QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("10"),
                   QStringLiteral("-F"), QStringLiteral("%t %q %r %p")});
        QVERIFY(sub.waitForFinished(15000));
        QCOMPARE(sub.exitCode(), 0);
        QCOMPARE(sub.readAllStandardOutput(),
                 QByteArray("home/kitchen/light 1 1 {\"on\": true}\n"));
        QVERIFY(embedded.stop());
    }

    void anMqttFormIsCheckedAndSentAsATopicMessage() {
        FakeBackend backend;
        PublishPage page(&backend);
        auto* target = child<QComboBox>(page, "publishTarget");
        QCOMPARE(target->count(), 2); // this broker takes both
        page.setTarget(PublishPage::Target::MqttTopic);
        QVERIFY(!child<QWidget>(page, "publishRoutingKey")->isVisibleTo(&page));
        QVERIFY(child<QWidget>(page, "publishTopic")->isVisibleTo(&page));
        QVERIFY(!child<QWidget>(page, "publishHeaders")->isVisibleTo(&page));
        // No content type unless one is given, as MQTT clients send none by default.
        QCOMPARE(child<QLineEdit>(page, "publishContentType")->text(), QString());
        auto* topic = child<QLineEdit>(page, "publishTopic");
        auto* status = child<QLabel>(page, "publishStatus");
        QVERIFY(!page.send()); // no topic
        QVERIFY(status->text().contains(QStringLiteral("topic")));
        topic->setText(QStringLiteral("sensors/+/temp"));
        QVERIFY(!page.send()); // wildcards are for subscribing
        QVERIFY(backend.publishedToTopics.isEmpty());
        topic->setText(QStringLiteral("sensors/1/temp"));
        auto* qos = child<QComboBox>(page, "publishQos");
        qos->setCurrentIndex(qos->findData(2));
        child<QLineEdit>(page, "publishContentType")->setText(QStringLiteral("application/json"));
        child<QPlainTextEdit>(page, "publishBody")->setPlainText(QStringLiteral("{\"c\": 4}"));
        QVERIFY(page.send());
        QCOMPARE(backend.publishedToTopics.size(), 1);
        const warren::TopicMessage sent = backend.publishedToTopics.first();
        QCOMPARE(sent.topic, QStringLiteral("sensors/1/temp"));
        QCOMPARE(sent.qos, 2);
        QVERIFY(!sent.retain);
        QCOMPARE(sent.contentType, QStringLiteral("application/json"));
        QCOMPARE(sent.payload, QByteArray("{\"c\": 4}"));
        QCOMPARE(sent.vhost, backend.config.mqttVhost); // the embedded broker's MQTT vhost
        QVERIFY(backend.published.isEmpty());
        // The history brings it back as it was sent, topic and all.
        page.setTarget(PublishPage::Target::Exchange);
        topic->clear();
        child<QListWidget>(page, "publishHistory")->setCurrentRow(0);
        page.loadSelected();
        QCOMPARE(page.target(), PublishPage::Target::MqttTopic);
        QCOMPARE(topic->text(), QStringLiteral("sensors/1/temp"));
        QCOMPARE(qos->currentData().toInt(), 2);
    }

    void anMqttBrokerOffersTopicsAlone() {
        FakeBackend backend;
        backend.unsupported = {BrokerBackend::Feature::ExchangePublishing};
        PublishPage page(&backend);
        auto* target = child<QComboBox>(page, "publishTarget");
        QCOMPARE(target->count(), 1);
        QVERIFY(!target->isEnabled());
        QCOMPARE(page.target(), PublishPage::Target::MqttTopic);
        QVERIFY(!child<QWidget>(page, "publishExchange")->isVisibleTo(&page));
    }

    // Blank properties are not sent at all, and what a form cannot carry is not sent.
    void blankPropertiesStayUnsetAndBadOnesAreRefused() {
        FakeBackend backend;
        PublishPage page(&backend);
        page.send();
        QCOMPARE(backend.published.size(), 1);
        QVERIFY(backend.published.first().properties.isEmpty());

        child<QLineEdit>(page, "publishTimestamp")->setText(QStringLiteral("yesterday"));
        QVERIFY(!page.send());
        child<QLineEdit>(page, "publishTimestamp")->clear();
        child<QLineEdit>(page, "publishExpiration")->setText(QStringLiteral("1 minute"));
        QVERIFY(!page.send());
        QCOMPARE(backend.published.size(), 1);
        QCOMPARE(child<QLabel>(page, "publishStatus")->text(),
                 QStringLiteral("Not sent: The expiration is a whole number of milliseconds."));
    }

    // Loading a sent message into the form brings every property back.
    void theFormShowsASentMessageAgain() {
        FakeBackend backend;
        PublishPage page(&backend);
        fillEveryProperty(page);
        const warren::OutgoingMessage sent = page.message();
        QCOMPARE(sent.properties.size(), 10);
        page.fill(warren::OutgoingMessage{});
        QCOMPARE(child<QSpinBox>(page, "publishPriority")->value(), -1);
        QVERIFY(child<QLineEdit>(page, "publishMessageId")->text().isEmpty());
        page.fill(sent);
        const warren::OutgoingMessage again = page.message();
        QCOMPARE(again.properties, sent.properties);
        QCOMPARE(again.headers, sent.headers);
        QCOMPARE(again.body, sent.body);
    }

    void theFormBecomesTheMessage() {
        FakeBackend backend;
        PublishPage page(&backend);
        page.setExchanges(sampleSnapshot().exchanges);
        page.findChild<QComboBox*>(QStringLiteral("publishExchange"))
            ->setCurrentText(QStringLiteral("amq.topic"));
        page.findChild<QLineEdit*>(QStringLiteral("publishRoutingKey"))
            ->setText(QStringLiteral("order.created"));
        page.findChild<QLineEdit*>(QStringLiteral("publishContentType"))
            ->setText(QStringLiteral("application/json"));
        page.findChild<QCheckBox*>(QStringLiteral("publishPersistent"))->setChecked(true);
        page.findChild<QPlainTextEdit*>(QStringLiteral("publishHeaders"))
            ->setPlainText(QStringLiteral("tenant: acme\nnot a header\ntrace-id:  t-1 \n"
                                          "attempts:= 3\nx-death:= [{\"count\": 1}]\n"
                                          "note:= not json"));
        page.findChild<QPlainTextEdit*>(QStringLiteral("publishBody"))
            ->setPlainText(QStringLiteral("{\"id\": 1}"));
        page.findChild<QPushButton*>(QStringLiteral("publishSend"))->click();

        QCOMPARE(backend.published.size(), 1);
        const warren::OutgoingMessage& m = backend.published.first();
        QCOMPARE(m.vhost, QStringLiteral("/"));
        QCOMPARE(m.exchange, QStringLiteral("amq.topic"));
        QCOMPARE(m.routingKey, QStringLiteral("order.created"));
        QCOMPARE(m.contentType, QStringLiteral("application/json"));
        QVERIFY(m.persistent);
        QCOMPARE(m.headers.size(), 5);
        QCOMPARE(m.headers[2].second, QJsonValue(3)); // ":=" types the value as JSON
        QVERIFY(m.headers[3].second.isArray());
        QCOMPARE(m.headers[4].second, QJsonValue(QStringLiteral("= not json"))); // else text
        QCOMPARE(m.headers[1],
                 std::make_pair(QStringLiteral("trace-id"), QJsonValue(QStringLiteral("t-1"))));
        QCOMPARE(m.body, QByteArray("{\"id\": 1}"));
    }

    void historyKeepsWhatWasSentAndResendsIt() {
        FakeBackend backend;
        PublishPage page(&backend);
        auto* routingKey = page.findChild<QLineEdit*>(QStringLiteral("publishRoutingKey"));
        for (const char* key : {"first", "second"}) {
            routingKey->setText(QString::fromLatin1(key));
            page.send();
        }
        auto* history = page.findChild<QListWidget*>(QStringLiteral("publishHistory"));
        QCOMPARE(history->count(), 2);
        // Each entry says when it was sent and where to.
        QVERIFY(history->item(1)->text().contains(QStringLiteral("(default) → first")));
        QVERIFY2(history->item(1)->text().contains(
                     QLocale().toString(page.history().at(1).at.time(), QLocale::LongFormat)),
                 qPrintable(history->item(1)->text()));
        QVERIFY(page.history().at(0).at >= page.history().at(1).at);
        history->setCurrentRow(1); // choosing leaves the form alone...
        QCOMPARE(routingKey->text(), QStringLiteral("second"));
        page.findChild<QPushButton*>(QStringLiteral("publishLoadEntry"))->click(); // ...loading
        QCOMPARE(routingKey->text(), QStringLiteral("first"));
        page.findChild<QPushButton*>(QStringLiteral("publishResend"))->click();
        QCOMPARE(backend.published.size(), 3);
        QCOMPARE(backend.published.last().routingKey, QStringLiteral("first"));
        QCOMPARE(history->count(), 3);
        for (int i = 0; i < PublishPage::HistoryLimit + 5; ++i)
            page.send();
        QCOMPARE(history->count(), PublishPage::HistoryLimit);
        QCOMPARE(page.history().size(), PublishPage::HistoryLimit);
    }

    void aBodyLoadsFromAFile() {
        FakeBackend backend;
        PublishPage page(&backend);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("body.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"loaded\": true}");
        file.close();
        page.loadBody(file.fileName());
        auto* body = page.findChild<QPlainTextEdit*>(QStringLiteral("publishBody"));
        QTRY_COMPARE(body->toPlainText(), QStringLiteral("{\"loaded\": true}"));
    }
};

QTEST_MAIN(TestPublishPage)
#include "tst_publish_page.moc"
