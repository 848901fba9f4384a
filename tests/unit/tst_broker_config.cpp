#include <QTemporaryFile>
#include <QTest>
#include <warren/broker_config.h>

using namespace warren;

class TestBrokerConfig : public QObject {
    Q_OBJECT
private slots:
    void parsesListenerSpecs() {
        QString error;
        auto spec = parseListenerSpec(QStringLiteral("amqp=127.0.0.1:0"), &error);
        QVERIFY(spec);
        QCOMPARE(spec->scheme, QStringLiteral("amqp"));
        QCOMPARE(spec->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(spec->port, quint16(0));
        auto v6 = parseListenerSpec(QStringLiteral("http=[::1]:15672"), &error);
        QVERIFY(v6);
        QCOMPARE(v6->host, QStringLiteral("::1"));
    }
    void rejectsBadListenerSpecs() {
        QString error;
        QVERIFY(!parseListenerSpec(QStringLiteral("amqp127.0.0.1:5672"), &error));
        QVERIFY(!parseListenerSpec(QStringLiteral("gopher=127.0.0.1:70"), &error));
        QVERIFY(error.contains(QLatin1String("gopher")));
        QVERIFY(!parseListenerSpec(QStringLiteral("amqp=127.0.0.1:99999"), &error));
        QVERIFY(!parseListenerSpec(QStringLiteral("amqp=not-an-ip:5672"), &error));
    }
    void defaultsAreRabbitMqs() {
        BrokerConfig config;
        const auto listeners = config.effectiveListeners();
        QCOMPARE(listeners.size(), 2);
        QCOMPARE(listeners[0], (ListenerSpec{"amqp", "127.0.0.1", 5672}));
        QCOMPARE(listeners[1], (ListenerSpec{"http", "127.0.0.1", 15672}));
        QCOMPARE(config.frameMax, 131072u);
        QCOMPARE(config.heartbeatSeconds, quint16(60));
    }
    void readsJsonConfig() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"listeners": ["amqp=127.0.0.1:5999"], "heartbeat": 10,
                       "default_user": "admin", "default_pass": "pw", "writer_thread": false})");
        file.close();
        QString error;
        auto config = BrokerConfig::fromJsonFile(file.fileName(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->heartbeatSeconds, quint16(10));
        QCOMPARE(config->defaultUser, QStringLiteral("admin"));
        QCOMPARE(config->listeners.size(), 1);
        QCOMPARE(config->listeners[0].port, quint16(5999));
        QVERIFY(!config->socketWriterThread);
        QVERIFY(BrokerConfig().socketWriterThread); // on unless turned off
    }
    void readsHttpLimits() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"http_max_body_size": 1048576, "http_request_timeout": 1000,
                       "http_idle_timeout": 1500, "http_allowed_hosts": ["broker.example"],
                       "http_tap_idle_timeout": 700})");
        file.close();
        QString error;
        auto config = BrokerConfig::fromJsonFile(file.fileName(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->httpMaxBodyBytes, 1048576u);
        QCOMPARE(config->httpRequestTimeoutMs, 1000);
        QCOMPARE(config->httpIdleTimeoutMs, 1500);
        QCOMPARE(config->httpTapIdleTimeoutMs, 700);
        QCOMPARE(config->httpAllowedHosts, QStringList{QStringLiteral("broker.example")});
        // RabbitMQ's management.http.max_body_size and cowboy's request and idle timeouts.
        const BrokerConfig defaults;
        QCOMPARE(defaults.httpMaxBodyBytes, 20'000'000u);
        QCOMPARE(defaults.httpRequestTimeoutMs, 5000);
        QCOMPARE(defaults.httpIdleTimeoutMs, 60000);
        QCOMPARE(defaults.httpTapIdleTimeoutMs, 30000); // an unpolled API tap's life
        QVERIFY(defaults.httpAllowedHosts.isEmpty());
    }
    void readsAmqpLimits() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"max_message_size": 1000, "max_partial_body_bytes": 2000,
                       "login_failure_delay": 3000})");
        file.close();
        QString error;
        auto config = BrokerConfig::fromJsonFile(file.fileName(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->maxMessageSize, 1000u);
        QCOMPARE(config->maxPartialBodyBytes, 2000u);
        QCOMPARE(config->loginFailureDelayMs, 3000);
        // RabbitMQ's max_message_size; two such messages arriving at once; a second per guess.
        const BrokerConfig defaults;
        QCOMPARE(defaults.maxMessageSize, 134217728u);
        QCOMPARE(defaults.maxPartialBodyBytes, 2 * 134217728u);
        QCOMPARE(defaults.loginFailureDelayMs, 1000);
    }
    void readsTlsOptionsWithRabbitMqsNames() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"listeners": ["amqps=127.0.0.1:5671"],
                       "ssl_options": {"cacertfile": "/c/ca.pem", "certfile": "/c/server.pem",
                                       "keyfile": "/c/key.pem", "verify": "verify_peer",
                                       "fail_if_no_peer_cert": true}})");
        file.close();
        QString error;
        auto config = BrokerConfig::fromJsonFile(file.fileName(), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->listeners[0], (ListenerSpec{"amqps", "127.0.0.1", 5671}));
        QCOMPARE(config->tls.caCertFile, QStringLiteral("/c/ca.pem"));
        QCOMPARE(config->tls.certFile, QStringLiteral("/c/server.pem"));
        QCOMPARE(config->tls.keyFile, QStringLiteral("/c/key.pem"));
        QVERIFY(config->tls.verifyPeer);
        QVERIFY(config->tls.failIfNoPeerCert);
        // RabbitMQ's defaults: verify_none, and no certificate required.
        const BrokerConfig defaults;
        QVERIFY(!defaults.tls.verifyPeer);
        QVERIFY(!defaults.tls.failIfNoPeerCert);
    }
    void rejectsAnUnknownTlsVerifyMode() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"ssl_options": {"verify": "verify_maybe"}})");
        file.close();
        QString error;
        QVERIFY(!BrokerConfig::fromJsonFile(file.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("verify_maybe")), qPrintable(error));
    }
    void reportsBadJson() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("{not json");
        file.close();
        QString error;
        QVERIFY(!BrokerConfig::fromJsonFile(file.fileName(), &error));
        QVERIFY(error.contains(file.fileName()));
    }
};

QTEST_APPLESS_MAIN(TestBrokerConfig)
#include "tst_broker_config.moc"
