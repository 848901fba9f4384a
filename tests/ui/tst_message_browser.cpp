// The message browser offscreen: it asks the backend for a peek of the chosen queue, shows
// the messages and one's properties, headers and body (text, JSON, hex), searches bodies,
// drops answers for an earlier choice, and exports JSON lines off the UI thread.

#include "fake_backend.h"
#include "models/body_format.h"
#include "views/message_browser_page.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMessageBrowser : public QObject {
    Q_OBJECT

    static QString cellText(QTableWidget* table, int row, int column) {
        auto* item = table->item(row, column);
        return item ? item->text() : QString();
    }

private slots:
    void bodiesRenderAsTextJsonOrHex() {
        const QByteArray json = R"({"a":1,"b":[true,null]})";
        QCOMPARE(renderBody(json, BodyView::Text), QString::fromUtf8(json));
        QVERIFY(renderBody(json, BodyView::Json).contains(QStringLiteral("\n    \"a\": 1")));
        QVERIFY(renderBody("not json", BodyView::Json).startsWith(QStringLiteral("Not JSON")));
        const QString hex = renderBody(QByteArray::fromHex("00414243ff"), BodyView::Hex);
        // Five bytes, then padding for eleven more (3 columns each), the gap after the eighth
        // byte, and the space before the printable column.
        QCOMPARE(hex, QStringLiteral("00000000  00 41 42 43 ff ") +
                          QString(11 * 3 + 1 + 1, QLatin1Char(' ')) + QStringLiteral(".ABC.\n"));
        QVERIFY(renderBody(QByteArray::fromHex("ff00fe"), BodyView::Text)
                    .contains(QStringLiteral("Hex")));
    }

    void peeksAtTheChosenQueueAndShowsWhatCameBack() {
        FakeBackend backend;
        MessageBrowserPage page(&backend);
        page.setQueues(sampleSnapshot().queues);
        page.selectQueue(QStringLiteral("shop"), QStringLiteral("orders.created"));
        page.findChild<QSpinBox*>(QStringLiteral("browserCount"))->setValue(10);
        page.findChild<QPushButton*>(QStringLiteral("browserPeek"))->click();

        QCOMPARE(backend.peekRequests.size(), 1);
        QCOMPARE(backend.peekRequests[0].vhost, QStringLiteral("shop"));
        QCOMPARE(backend.peekRequests[0].queue, QStringLiteral("orders.created"));
        QCOMPARE(backend.peekRequests[0].count, 10);
        QCOMPARE(page.view()->model()->rowCount(), 10);

        // The first message is selected: its properties, headers and body are shown.
        auto* properties = page.findChild<QTableWidget*>(QStringLiteral("browserProperties"));
        QStringList names;
        for (int row = 0; row < properties->rowCount(); ++row)
            names << cellText(properties, row, 0);
        QVERIFY(names.contains(QStringLiteral("content_type")));
        QVERIFY(names.contains(QStringLiteral("headers.tenant")));
        QVERIFY(page.bodyView()->toPlainText().startsWith(QStringLiteral("{\"order\":4711")));
        page.findChild<QComboBox*>(QStringLiteral("browserBodyMode"))->setCurrentIndex(1);
        QVERIFY(page.bodyView()->toPlainText().contains(QStringLiteral("\"order\": 4711")));
        page.view()->selectRow(5); // the binary one
        page.findChild<QComboBox*>(QStringLiteral("browserBodyMode"))->setCurrentIndex(2);
        QVERIFY(page.bodyView()->toPlainText().startsWith(QStringLiteral("00000000  00 ff 10 a0")));
    }

    void searchFindsMessagesByBody() {
        FakeBackend backend;
        MessageBrowserPage page(&backend);
        page.setQueues(sampleSnapshot().queues);
        page.peek();
        QCOMPARE(page.view()->model()->rowCount(), 12);
        page.findChild<QLineEdit*>(QStringLiteral("browserSearch"))
            ->setText(QStringLiteral("C-107"));
        QCOMPARE(page.view()->model()->rowCount(), 1); // case-insensitive, customer c-107
    }

    void anAnswerForAnEarlierChoiceIsDropped() {
        FakeBackend backend;
        backend.answerPeeks = false;
        MessageBrowserPage page(&backend);
        page.setQueues(sampleSnapshot().queues);
        page.selectQueue(QStringLiteral("shop"), QStringLiteral("orders.paid"));
        page.peek();
        emit backend.messagesPeeked(samplePeek(QStringLiteral("shop"), QStringLiteral("other"), 5));
        QCOMPARE(page.view()->model()->rowCount(), 0);
        warren::PeekResult failed;
        failed.vhost = QStringLiteral("shop");
        failed.queue = QStringLiteral("orders.paid");
        failed.error = QStringLiteral("no queue 'orders.paid' in vhost 'shop'");
        emit backend.messagesPeeked(failed);
        QCOMPARE(page.view()->model()->rowCount(), 0);
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("browserPeek"))->isEnabled());
    }

    void exportWritesJsonLinesOfTheShownMessages() {
        FakeBackend backend;
        MessageBrowserPage page(&backend);
        page.setQueues(sampleSnapshot().queues);
        page.peek();
        page.findChild<QLineEdit*>(QStringLiteral("browserSearch"))->setText(QStringLiteral("c-1"));
        const int shown = page.view()->model()->rowCount();
        QVERIFY(shown > 0 && shown < 12);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("messages.jsonl"));
        QSignalSpy finished(&page, &MessageBrowserPage::exportFinished);
        page.exportTo(path);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), shown);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("routing_key")).toString(),
                 QStringLiteral("order.created.eu"));
        QCOMPARE(first.value(QStringLiteral("payload_encoding")).toString(),
                 QStringLiteral("string"));
        QCOMPARE(first.value(QStringLiteral("headers")).toObject().value(QStringLiteral("tenant")),
                 QStringLiteral("acme"));
    }
};

QTEST_MAIN(TestMessageBrowser)
#include "tst_message_browser.moc"
