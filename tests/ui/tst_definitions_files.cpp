// File › Export definitions… and Import definitions… against a real embedded broker: what is
// exported is RabbitMQ's definitions document of what the broker has; an imported file creates
// what it lists, which pika (a client written by others) then uses; a broken file is reported,
// not imported.

#include "backends/embedded_backend.h"
#include "definitions_test_support.h"
#include "embedded_test_support.h"
#include "views/console_window.h"
#include "views/definitions_files.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestDefinitionsFiles : public QObject {
    Q_OBJECT

    std::unique_ptr<EmbeddedBroker> m_embedded;
    QTemporaryDir m_dir;

private slots:
    void init() {
        m_embedded = std::make_unique<EmbeddedBroker>();
        QVERIFY(m_embedded->start());
    }

    void cleanup() {
        QVERIFY(m_embedded->stop());
        m_embedded.reset();
    }

    void exportWritesTheBrokersDefinitions() {
        BrokerBackend* backend = m_embedded->backend();
        QVERIFY(buildShop(backend));
        ConsoleWindow window(backend);
        DefinitionsFiles* files = window.definitionsFiles();
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        files->setFileChooser([path](bool save) { return save ? path : QString(); });
        QSignalSpy reported(files, &DefinitionsFiles::reported);
        window.findChild<QAction*>(QStringLiteral("exportDefinitionsAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!reported.isEmpty() &&
                                     reported.last().first().toString().startsWith(
                                         QStringLiteral("Definitions exported")),
                                 5000);
        QCOMPARE(window.statusBar()->currentMessage(), reported.last().first().toString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(hasNamed(written, "queues", QStringLiteral("billing")));
        QVERIFY(hasNamed(written, "users", QStringLiteral("alice")));
        QCOMPARE(written, definitionsOf(backend));
    }

    void importCreatesWhatTheFileListsAfterAsking() {
        BrokerBackend* backend = m_embedded->backend();
        const QString path = m_dir.filePath(QStringLiteral("in.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"vhosts":[{"name":"/"}],"queues":[{"name":"imported.q","vhost":"/","durable":true,"auto_delete":false,"arguments":{"x-max-length":3}}],"exchanges":[{"name":"imported.x","vhost":"/","type":"fanout","durable":true,"auto_delete":false,"internal":false,"arguments":{}}],"bindings":[{"source":"imported.x","vhost":"/","destination":"imported.q","destination_type":"queue","routing_key":"","arguments":{}}]})");
        file.close();
        ConsoleWindow window(backend);
        DefinitionsFiles* files = window.definitionsFiles();
        files->setFileChooser([path](bool save) { return save ? QString() : path; });
        QStringList asked;
        bool answer = false;
        files->setConfirmation([&](const QString& question) {
            asked << question;
            return answer;
        });
        // Declined: nothing happens.
        window.findChild<QAction*>(QStringLiteral("importDefinitionsAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 5000);
        QVERIFY2(asked.first().contains(
                     QStringLiteral("Import 4 definition(s) from in.json into Embedded broker")),
                 qPrintable(asked.first()));
        QVERIFY(!hasNamed(definitionsOf(backend), "queues", QStringLiteral("imported.q")));

        answer = true;
        QSignalSpy finished(backend, &BrokerBackend::operationFinished);
        files->importFromFile();
        const warren::OperationResult result = takeResult(finished);
        QCOMPARE(result.kind, warren::OperationResult::Kind::ImportDefinitions);
        QCOMPARE(result.error, QString());
        const quint16 port = backend->listeners().first().port;
        QCOMPARE(runPika(port, QStringLiteral("for i in range(5):\n"
                                              "    ch.basic_publish('imported.x', '', b'x')\n"
                                              "print(ch.queue_declare('imported.q', passive=True)"
                                              ".method.message_count)")),
                 QByteArray("3\n"));
    }

    void aBrokenFileIsReportedNotImported() {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"queues\": [");
        file.close();
        ConsoleWindow window(m_embedded->backend());
        DefinitionsFiles* files = window.definitionsFiles();
        files->setFileChooser([path](bool) { return path; });
        files->setConfirmation([](const QString&) {
            qFatal("a broken file must not get as far as asking");
            return false;
        });
        QSignalSpy reported(files, &DefinitionsFiles::reported);
        files->importFromFile();
        QVERIFY(reported.wait(5000));
        QVERIFY2(reported.first().first().toString().startsWith(
                     QStringLiteral("broken.json is not a definitions file")),
                 qPrintable(reported.first().first().toString()));
        files->setFileChooser(
            [this](bool) { return m_dir.filePath(QStringLiteral("missing.json")); });
        reported.clear();
        files->importFromFile();
        QVERIFY(reported.wait(5000));
        QVERIFY(reported.first().first().toString().startsWith(QStringLiteral("Could not read")));
    }
};

QTEST_MAIN(TestDefinitionsFiles)
#include "tst_definitions_files.moc"
