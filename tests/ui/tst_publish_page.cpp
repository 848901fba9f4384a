// The Publish tab offscreen: the form becomes the message (headers parsed from lines), the
// history keeps what was sent and re-sends it, and a body loads from a file off the UI thread.

#include "fake_backend.h"
#include "views/publish_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestPublishPage : public QObject {
    Q_OBJECT
private slots:
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
            ->setPlainText(QStringLiteral("tenant: acme\nnot a header\ntrace-id:  t-1 "));
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
        QCOMPARE(m.headers.size(), 2);
        QCOMPARE(m.headers[1], std::make_pair(QStringLiteral("trace-id"), QStringLiteral("t-1")));
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
        history->setCurrentRow(1); // the older one refills the form
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
