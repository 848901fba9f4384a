// The message browser offscreen: it asks the backend for a peek of the chosen queue, shows
// the messages and one's properties, headers and body (text, JSON, hex), searches bodies,
// drops answers for an earlier choice, and exports JSON lines off the UI thread with progress.
// Selected messages are moved, copied or requeued by their queue ids, and an export is
// imported again a batch at a time, bad lines reported by number, stoppable between batches.

#include "fake_backend.h"
#include "models/body_format.h"
#include "models/exported_message.h"
#include "models/json_pretty.h"
#include "screenshot.h"
#include "views/message_browser_page.h"
#include "views/message_import_reader.h"
#include "views/publish_page.h"
#include "views/resend_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
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
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>
#include <memory>

class TestMessageBrowser : public QObject {
    Q_OBJECT

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
        QStringList offeredQueues;
        Browsing() {
            page.setQueues(sampleSnapshot().queues);
            page.selectQueue(QStringLiteral("shop"), QStringLiteral("orders.created"));
            page.setTargetPrompt([this](MessageTargetDialog::Purpose purpose, const QStringList&,
                                        const QStringList& queues) {
                asked << purpose;
                offeredQueues = queues;
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

    // Moves and copies pick their target from the broker's queues of the same vhost; the
    // dialog completes any part of a name and sends to the queue through the default exchange.
    void aTargetQueueIsPickedFromTheBrokersQueues() {
        Browsing b;
        b.answer = std::nullopt;
        b.page.copyAction()->trigger();
        QVERIFY(b.offeredQueues.contains(QStringLiteral("orders.paid")));
        QVERIFY(b.offeredQueues.contains(QStringLiteral("billing.invoices")));
        QVERIFY(!b.offeredQueues.contains(QStringLiteral("audit.log"))); // vhost "/"

        MessageTargetDialog dialog(MessageTargetDialog::Purpose::Transfer,
                                   {QStringLiteral("amq.direct")}, b.offeredQueues);
        auto* queue = dialog.findChild<QComboBox*>(QStringLiteral("targetQueue"));
        QVERIFY(queue);
        QCOMPARE(queue->count(), b.offeredQueues.size() + 1); // and "" for an exchange instead
        QCOMPARE(queue->itemText(1), QStringLiteral("billing.invoices")); // sorted
        queue->completer()->setCompletionPrefix(QStringLiteral("PAID"));
        QCOMPARE(queue->completer()->completionCount(), 1);
        QCOMPARE(queue->completer()->currentCompletion(), QStringLiteral("orders.paid"));
        auto* exchange = dialog.findChild<QComboBox*>(QStringLiteral("targetExchange"));
        exchange->setCurrentText(QStringLiteral("amq.direct"));
        QVERIFY(exchange->isEnabled());
        queue->setCurrentText(QStringLiteral("orders.paid"));
        QVERIFY(!exchange->isEnabled());
        const MessageTarget target = dialog.target();
        QCOMPARE(target.exchange, QString());
        QCOMPARE(target.routingKey, QStringLiteral("orders.paid"));
        queue->setCurrentIndex(0); // back to an exchange
        QCOMPARE(dialog.target().exchange, QStringLiteral("amq.direct"));
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
        auto* properties = page.findChild<QTreeWidget*>(QStringLiteral("browserProperties"));
        QStringList names;
        for (int row = 0; row < properties->topLevelItemCount(); ++row)
            names << properties->topLevelItem(row)->text(0);
        QVERIFY(names.contains(QStringLiteral("content_type")));
        const auto headers = properties->findItems(QStringLiteral("headers"), Qt::MatchExactly);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first()->child(0)->text(0), QStringLiteral("tenant"));
        QCOMPARE(headers.first()->child(0)->text(1), QStringLiteral("acme"));
        // application/json: shown as JSON at once, keys in the order they were sent.
        QVERIFY2(page.bodyView()->toPlainText().startsWith(
                     QStringLiteral("{\n    \"order\": 4711,\n    \"customer\": \"c-100\",\n"
                                    "    \"total\": 20.50,")),
                 qPrintable(page.bodyView()->toPlainText()));
        auto* mode = page.findChild<QComboBox*>(QStringLiteral("browserBodyMode"));
        mode->setCurrentIndex(mode->findData(int(BodyView::Text)));
        QVERIFY(page.bodyView()->toPlainText().startsWith(QStringLiteral("{\"order\":4711")));
        page.view()->selectRow(5); // the binary one
        mode->setCurrentIndex(mode->findData(int(BodyView::Hex)));
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

    // JSON bodies read as sent: keys in their order, numbers as spelled, strings untouched;
    // only whitespace changes.
    void jsonKeepsTheSendersOrder() {
        const QByteArray body =
            "{\"z\":1,\"a\":{\"y\":[],\"b\":{ }},\"n\":3.50,\"s\":\"x, {y}: \\\"q\\\"\"}";
        QCOMPARE(renderBody(body, BodyView::Json),
                 QStringLiteral("{\n    \"z\": 1,\n    \"a\": {\n        \"y\": [],\n"
                                "        \"b\": {}\n    },\n    \"n\": 3.50,\n"
                                "    \"s\": \"x, {y}: \\\"q\\\"\"\n}"));
        QVERIFY(isJsonContentType(QStringLiteral("application/json")));
        QVERIFY(isJsonContentType(QStringLiteral("Application/JSON; charset=utf-8")));
        QVERIFY(isJsonContentType(QStringLiteral("application/vnd.api+json")));
        QVERIFY(!isJsonContentType(QStringLiteral("text/plain")));
        QVERIFY(!isJsonContentType(QStringLiteral("application/jsonl")));
    }

    // A dead-lettered message's x-death (an array of tables) opens into its entries and
    // fields, its time as a date.
    void xDeathShowsAsATree() {
        FakeBackend backend;
        backend.answerPeeks = false;
        MessageBrowserPage page(&backend);
        page.resize(1100, 700);
        page.setQueues(sampleSnapshot().queues);
        page.selectQueue(QStringLiteral("/"), QStringLiteral("dead-letters"));
        page.peek();
        warren::OperationResult result;
        result.kind = warren::OperationResult::Kind::PeekMessages;
        result.vhost = QStringLiteral("/");
        result.target = QStringLiteral("dead-letters");
        result.count = 1;
        warren::PeekedMessage m;
        m.position = 1;
        m.id = 1;
        m.exchange = QStringLiteral("dlx");
        m.routingKey = QStringLiteral("orders");
        m.properties = {{QStringLiteral("content_type"), QStringLiteral("application/json")},
                        {QStringLiteral("delivery_mode"), QStringLiteral("2")}};
        const QJsonObject death{
            {QStringLiteral("count"), 3},
            {QStringLiteral("exchange"), QStringLiteral("orders")},
            {QStringLiteral("queue"), QStringLiteral("orders.created")},
            {QStringLiteral("reason"), QStringLiteral("rejected")},
            {QStringLiteral("routing-keys"), QJsonArray{QStringLiteral("order.created.eu")}},
            {QStringLiteral("time"), 1796585400}};
        m.headers = {{QStringLiteral("x-death"), QJsonArray{death}},
                     {QStringLiteral("x-first-death-reason"), QStringLiteral("rejected")}};
        m.body = R"({"order":4711,"customer":"c-100"})";
        result.messages = {m};
        emit backend.operationFinished(result);

        auto* tree = page.findChild<QTreeWidget*>(QStringLiteral("browserProperties"));
        const auto headers = tree->findItems(QStringLiteral("headers"), Qt::MatchExactly);
        QCOMPARE(headers.size(), 1);
        QTreeWidgetItem* xDeath = headers.first()->child(0);
        QCOMPARE(xDeath->text(0), QStringLiteral("x-death"));
        QCOMPARE(xDeath->childCount(), 1);
        QTreeWidgetItem* entry = xDeath->child(0);
        QCOMPARE(entry->text(0), QStringLiteral("[0]"));
        QStringList fields;
        for (int i = 0; i < entry->childCount(); ++i)
            fields << entry->child(i)->text(0) + QStringLiteral("=") + entry->child(i)->text(1);
        QVERIFY2(fields.contains(QStringLiteral("count=3")), qPrintable(fields.join(' ')));
        QVERIFY(fields.contains(QStringLiteral("reason=rejected")));
        QVERIFY(fields.contains(QStringLiteral("time=1796585400 (2026-12-06T19:30:00Z)")));
        QVERIFY(entry->isExpanded());
        const int keys = fields.indexOf(QStringLiteral("routing-keys=array, 1 entry(s)"));
        QVERIFY2(keys >= 0, qPrintable(fields.join(' ')));
        QCOMPARE(entry->child(keys)->child(0)->text(1), QStringLiteral("order.created.eu"));
        if (!qEnvironmentVariableIsEmpty("WARREN_SCREENSHOT_DIR")) {
            tree->resizeColumnToContents(0);
            saveScreenshot(&page, QStringLiteral("browser-xdeath.png"));
        }
    }

    // "Edit and re-send": a Publish form with a copy of the current message, typed headers
    // and every property; what it sends is the edited copy, to the same vhost.
    void editAndResendPublishesAnEditedCopy() {
        Browsing b;
        b.page.view()->selectRow(1);
        QVERIFY(b.page.editAction()->isEnabled());
        std::unique_ptr<ResendDialog> dialog(b.page.editCurrent());
        QVERIFY(dialog);
        PublishPage* form = dialog->form();
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("publishRoutingKey"))->text(),
                 QStringLiteral("order.created.eu"));
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("publishMessageId"))->text(),
                 QStringLiteral("ord-4712"));
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("publishContentType"))->text(),
                 QStringLiteral("application/json"));
        auto* headers = form->findChild<QPlainTextEdit*>(QStringLiteral("publishHeaders"));
        QCOMPARE(headers->toPlainText(), QStringLiteral("tenant: acme\nx-retry: 1"));
        headers->appendPlainText(QStringLiteral("attempts:= 2\nx-death:= [{\"count\": 1}]"));
        form->findChild<QPlainTextEdit*>(QStringLiteral("publishBody"))
            ->setPlainText(QStringLiteral("{\"order\":4712,\"fixed\":true}"));
        QVERIFY(form->send());
        QCOMPARE(b.backend.published.size(), 1);
        const warren::OutgoingMessage& sent = b.backend.published.first();
        QCOMPARE(sent.vhost, QStringLiteral("shop"));
        QCOMPARE(sent.exchange, QStringLiteral("orders"));
        QVERIFY(sent.persistent);
        QCOMPARE(sent.properties.first(),
                 std::make_pair(QStringLiteral("message_id"), QStringLiteral("ord-4712")));
        QCOMPARE(sent.headers.size(), 4);
        QCOMPARE(sent.headers[2].second, QJsonValue(2));
        QCOMPARE(sent.headers[3].second.toArray().first().toObject().value("count"), QJsonValue(1));
        QCOMPARE(sent.body, QByteArray("{\"order\":4712,\"fixed\":true}"));
        // The original is untouched: nothing was moved or removed.
        QVERIFY(b.backend.transfers.isEmpty());
    }

    // An export imports back to the same message: properties and typed headers (numbers,
    // booleans, nested tables, arrays) and the body, binary or not.
    void exportImportsBackExactly() {
        warren::PeekedMessage m;
        m.exchange = QStringLiteral("orders");
        m.routingKey = QStringLiteral("order.created.eu");
        m.properties = {{QStringLiteral("content_type"), QStringLiteral("application/json")},
                        {QStringLiteral("delivery_mode"), QStringLiteral("2")}};
        m.properties += sampleProperties();
        m.headers = {{QStringLiteral("attempts"), 3},
                     {QStringLiteral("ratio"), 0.25},
                     {QStringLiteral("retry"), true},
                     {QStringLiteral("tenant"), QStringLiteral("acme")},
                     {QStringLiteral("x-death"),
                      QJsonArray{QJsonObject{{QStringLiteral("count"), 2},
                                             {QStringLiteral("routing-keys"),
                                              QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                                             {QStringLiteral("time"), 1796585400}}}}};
        for (const QByteArray& body :
             {QByteArray("{\"b\":1,\"a\":2}"), QByteArray("\x00\xff", 2)}) {
            m.body = body;
            const QByteArray line = exportedLine(m);
            // Numbers are numbers in the file, as RabbitMQ's API writes them.
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QVERIFY(object.value("properties").toObject().value("priority").isDouble());
            QCOMPARE(object.value("properties").toObject().value("timestamp").toInteger(),
                     qint64(1796585400));
            QVERIFY(object.value("headers").toObject().value("attempts").isDouble());
            QString error;
            const auto imported = importedMessage(line, &error);
            QVERIFY2(imported, qPrintable(error));
            const warren::OutgoingMessage copy = outgoingCopy(m);
            QCOMPARE(imported->exchange, copy.exchange);
            QCOMPARE(imported->routingKey, copy.routingKey);
            QCOMPARE(imported->contentType, copy.contentType);
            QCOMPARE(imported->persistent, copy.persistent);
            auto sorted = [](auto list) {
                std::sort(list.begin(), list.end(),
                          [](const auto& a, const auto& b) { return a.first < b.first; });
                return list;
            };
            QCOMPARE(sorted(imported->properties), sorted(copy.properties));
            QCOMPARE(imported->headers, copy.headers); // these were in name order already
            QCOMPARE(imported->body, body);
        }
    }

    // The whole queue, not just the page peeked at: every ready message is read, the bodies
    // searched off the UI thread with progress, and the matches shown with their count.
    void searchCoversTheWholeQueue() {
        FakeBackend backend;
        MessageBrowserPage page(&backend);
        page.setQueues(sampleSnapshot().queues);
        page.selectQueue(QStringLiteral("shop"), QStringLiteral("orders.created"));
        page.findChild<QLineEdit*>(QStringLiteral("browserSearch"))
            ->setText(QStringLiteral("C-12"));
        auto* progress = page.findChild<QProgressBar*>(QStringLiteral("browserProgress"));
        QSignalSpy progressed(progress, &QProgressBar::valueChanged);
        page.findChild<QPushButton*>(QStringLiteral("browserSearchAll"))->click();
        // Every ready message the snapshot counted is asked for, not the page's 50.
        QCOMPARE(backend.peekRequests.size(), 1);
        QCOMPARE(backend.peekRequests[0].count, 12408);
        // The answer came at once; the search itself runs on a worker, so the page is not
        // done yet and says what it is doing.
        QVERIFY2(status(page).startsWith(QStringLiteral("Searching 12 message")),
                 qPrintable(status(page)));
        QVERIFY(progress->isVisibleTo(&page));
        QTRY_VERIFY(!progress->isVisibleTo(&page));
        QVERIFY(!progressed.isEmpty());
        // Customers c-121 and c-128 (case-insensitive), of the 12 the fake broker holds.
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QCOMPARE(status(page), QStringLiteral("2 match(es) in 12 messages of orders.created "
                                              "(the first 12 of 12,408 ready)"));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("browserSearchAll"))->isEnabled());
        // The matches are messages like any: they can be moved or edited.
        QVERIFY(page.moveAction()->isEnabled());
    }

    void anAnswerForAnEarlierChoiceIsDropped() {
        FakeBackend backend;
        backend.answerPeeks = false;
        MessageBrowserPage page(&backend);
        page.setQueues(sampleSnapshot().queues);
        page.selectQueue(QStringLiteral("shop"), QStringLiteral("orders.paid"));
        page.peek();
        emit backend.operationFinished(
            samplePeek(QStringLiteral("shop"), QStringLiteral("other"), 5));
        QCOMPARE(page.view()->model()->rowCount(), 0);
        warren::OperationResult failed;
        failed.kind = warren::OperationResult::Kind::PeekMessages;
        failed.vhost = QStringLiteral("shop");
        failed.target = QStringLiteral("orders.paid");
        failed.error = QStringLiteral("no queue 'orders.paid' in vhost 'shop'");
        failed.errorKind = warren::OperationResult::Error::NotFound;
        emit backend.operationFinished(failed);
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
