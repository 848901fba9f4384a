// The message browser offscreen: it asks the backend for a peek of the chosen queue, shows
// the messages and one's properties, headers and body (text, JSON, hex), searches bodies,
// drops answers for an earlier choice, and exports JSON lines off the UI thread with progress.
// Selected messages are moved, copied or requeued by their queue ids, and an export is
// imported again a batch at a time, bad lines reported by number, stoppable between batches.

#include "fake_backend.h"
#include "models/body_format.h"
#include "models/exported_message.h"
#include "views/message_browser_page.h"
#include "views/message_import_reader.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
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

    static void select(MessageBrowserPage& page, const QList<int>& rows) {
        QItemSelectionModel* selection = page.view()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(page.view()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    static QString status(MessageBrowserPage& page) {
        return page.findChild<QLabel*>(QStringLiteral("browserStatus"))->text();
    }

    // A page with a peek of shop/orders.created shown and the target prompt answered by hand.
    struct Browsing {
        FakeBackend backend;
        MessageBrowserPage page{&backend};
        std::optional<MessageTarget> answer;
        QList<MessageTargetDialog::Purpose> asked;
        Browsing() {
            page.setQueues(sampleSnapshot().queues);
            page.selectQueue(QStringLiteral("shop"), QStringLiteral("orders.created"));
            page.setTargetPrompt([this](MessageTargetDialog::Purpose purpose, const QStringList&) {
                asked << purpose;
                return answer;
            });
            page.peek();
        }
    };

    static QString writeLines(const QTemporaryDir& dir, const QList<QByteArray>& lines) {
        const QString path = dir.filePath(QStringLiteral("import.jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (const QByteArray& line : lines)
            file.write(line + '\n');
        return path;
    }

private slots:
    void operationsNeedASelection() {
        Browsing b;
        QVERIFY(b.page.moveAction()->isEnabled()); // the first message is selected
        QVERIFY(b.page.importAction()->isEnabled());
        b.page.view()->selectionModel()->clearSelection();
        QVERIFY(!b.page.moveAction()->isEnabled());
        QVERIFY(!b.page.copyAction()->isEnabled());
        QVERIFY(!b.page.requeueAction()->isEnabled());
        QVERIFY(b.page.importAction()->isEnabled());
        QVERIFY(!b.page.moveAction()->shortcut().isEmpty());
    }

    void moveNamesTheSelectedMessagesByQueueIdAndPeeksAgain() {
        Browsing b;
        select(b.page, {1, 3});
        b.answer = MessageTarget{false, QString(), QStringLiteral("parked")};
        b.page.moveAction()->trigger();
        QCOMPARE(b.asked,
                 QList<MessageTargetDialog::Purpose>{MessageTargetDialog::Purpose::Transfer});
        QCOMPARE(b.backend.transfers.size(), 1);
        const warren::MessageTransfer& t = b.backend.transfers.first();
        QCOMPARE(t.mode, warren::MessageTransfer::Mode::Move);
        QCOMPARE(t.vhost, QStringLiteral("shop"));
        QCOMPARE(t.queue, QStringLiteral("orders.created"));
        QCOMPARE(t.messageIds, (QList<quint64>{901, 903}));
        QCOMPARE(t.exchange, QString());
        QCOMPARE(t.routingKey, QStringLiteral("parked"));
        QCOMPARE(b.backend.peekRequests.size(), 2); // peeked again after the answer
        QVERIFY2(status(b.page).contains(QStringLiteral("Moved 2 message")),
                 qPrintable(status(b.page)));
    }

    void copyAskedAndCancelledSendsNothing() {
        Browsing b;
        b.answer = std::nullopt;
        b.page.copyAction()->trigger();
        QCOMPARE(b.asked.size(), 1);
        QVERIFY(b.backend.transfers.isEmpty());
    }

    void requeueSendsWithoutAskingAndReportsARefusal() {
        Browsing b;
        b.backend.refuseWith = QStringLiteral("a message would reach no queue");
        b.page.requeueAction()->trigger();
        QVERIFY(b.asked.isEmpty());
        QCOMPARE(b.backend.transfers.size(), 1);
        QCOMPARE(b.backend.transfers.first().mode,
                 warren::MessageTransfer::Mode::RequeueDeadLettered);
        QCOMPARE(b.backend.transfers.first().messageIds, QList<quint64>{900});
        QCOMPARE(b.backend.peekRequests.size(), 1); // nothing changed: no new peek
        QVERIFY(b.page.requeueAction()->isEnabled());
        QCOMPARE(status(b.page), QStringLiteral("Nothing sent: a message would reach no queue"));
    }

    void importPublishesEachReadableLineAndNamesTheBadOnes() {
        Browsing b;
        warren::PeekedMessage m;
        m.exchange = QStringLiteral("orders");
        m.routingKey = QStringLiteral("order.created.eu");
        m.properties = {{QStringLiteral("content_type"), QStringLiteral("text/plain")},
                        {QStringLiteral("delivery_mode"), QStringLiteral("2")},
                        {QStringLiteral("message_id"), QStringLiteral("m-1")}};
        m.headers = {{QStringLiteral("tenant"), QStringLiteral("acme")}};
        m.body = "first";
        const QByteArray good = exportedLine(m);
        m.body = QByteArray::fromHex("00ff");
        const QByteArray binary = exportedLine(m);
        QTemporaryDir dir;
        const QString path = writeLines(dir, {good, "{not json", binary, "[1]"});
        QSignalSpy finished(&b.page, &MessageBrowserPage::importFinished);
        b.page.importFrom(path, MessageTarget{true, QString(), QString()});
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toULongLong(), quint64(2));
        QCOMPARE(finished.first().at(2).toInt(), 2);
        QCOMPARE(b.backend.publishedBatches.size(), 1);
        const auto& sent = b.backend.publishedBatches.first();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].vhost, QStringLiteral("shop"));
        QCOMPARE(sent[0].exchange, QStringLiteral("orders"));
        QCOMPARE(sent[0].routingKey, QStringLiteral("order.created.eu"));
        QCOMPARE(sent[0].contentType, QStringLiteral("text/plain"));
        QVERIFY(sent[0].persistent);
        QCOMPARE(sent[0].properties, (QList<std::pair<QString, QString>>{
                                         {QStringLiteral("message_id"), QStringLiteral("m-1")}}));
        QCOMPARE(sent[0].headers.first().second.toString(), QStringLiteral("acme"));
        QCOMPARE(sent[0].body, QByteArray("first"));
        QCOMPARE(sent[1].body, QByteArray::fromHex("00ff"));
        const QString text = status(b.page);
        QVERIFY2(text.contains(QStringLiteral("line 2")) && text.contains(QStringLiteral("line 4")),
                 qPrintable(text));
        QVERIFY(!b.page.findChild<QProgressBar*>(QStringLiteral("browserProgress"))
                     ->isVisibleTo(&b.page));
    }

    void importToAChosenTargetOverridesTheRecordedOne() {
        Browsing b;
        warren::PeekedMessage m;
        m.exchange = QStringLiteral("orders");
        m.routingKey = QStringLiteral("order.created.eu");
        m.body = "x";
        QTemporaryDir dir;
        QSignalSpy finished(&b.page, &MessageBrowserPage::importFinished);
        b.page.importFrom(writeLines(dir, {exportedLine(m)}),
                          MessageTarget{false, QString(), QStringLiteral("replay")});
        QVERIFY(finished.wait(5000));
        const auto& sent = b.backend.publishedBatches.first().first();
        QCOMPARE(sent.exchange, QString());
        QCOMPARE(sent.routingKey, QStringLiteral("replay"));
    }

    void aStoppedImportSendsNoFurtherBatch() {
        Browsing b;
        b.backend.answerImports = false;
        warren::PeekedMessage m;
        m.body = "x";
        QList<QByteArray> lines(MessageImportReader::BatchSize * 2 + 10, exportedLine(m));
        QTemporaryDir dir;
        QSignalSpy finished(&b.page, &MessageBrowserPage::importFinished);
        b.page.importFrom(writeLines(dir, lines), MessageTarget{true, QString(), QString()});
        QTRY_COMPARE(b.backend.publishedBatches.size(), 1); // the next waits for its answer
        QVERIFY(
            b.page.findChild<QPushButton*>(QStringLiteral("browserStop"))->isVisibleTo(&b.page));
        QVERIFY(!b.page.importAction()->isEnabled());
        b.page.findChild<QPushButton*>(QStringLiteral("browserStop"))->click();
        QVERIFY(finished.isEmpty()); // the batch in flight is still to be answered
        warren::OperationResult answer;
        answer.kind = warren::OperationResult::Kind::ImportMessages;
        answer.count = quint64(MessageImportReader::BatchSize);
        emit b.backend.operationFinished(answer);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toULongLong(), quint64(MessageImportReader::BatchSize));
        QCOMPARE(b.backend.publishedBatches.size(), 1);
        QVERIFY(status(b.page).contains(QStringLiteral("stopped")));
        QVERIFY(b.page.importAction()->isEnabled());
    }

    void exportShowsProgressAndSaysWhatAStopDid() {
        Browsing b;
        auto* progress = b.page.findChild<QProgressBar*>(QStringLiteral("browserProgress"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("messages.jsonl"));
        QSignalSpy finished(&b.page, &MessageBrowserPage::exportFinished);
        QSignalSpy values(progress, &QProgressBar::valueChanged);
        b.page.exportTo(path);
        QVERIFY(progress->isVisibleTo(&b.page));
        QVERIFY(finished.wait(5000));
        QVERIFY(!progress->isVisibleTo(&b.page));
        QCOMPARE(values.last().at(0).toInt(), progress->maximum()); // all the way, then done

        // A stop: either it came in time and no file was written, or the file is whole.
        const QString second = dir.filePath(QStringLiteral("stopped.jsonl"));
        finished.clear();
        b.page.exportTo(second);
        b.page.cancelWork();
        QVERIFY(finished.wait(5000));
        const bool stopped = !finished.first().at(1).toString().isEmpty();
        QCOMPARE(QFile::exists(second), !stopped);
        QVERIFY(status(b.page).contains(stopped ? QStringLiteral("stopped")
                                                : QStringLiteral("Exported")));
    }

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
