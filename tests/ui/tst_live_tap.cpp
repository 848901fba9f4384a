// The live tap page against a backend the test feeds by hand: the key tree, top talkers,
// latest message and diff, the chart of a JSON number, pause and resume, bounded memory,
// and export.

#include "fake_backend.h"
#include "models/json_numbers.h"
#include "models/line_diff.h"
#include "models/tap_tree_model.h"
#include "models/top_talkers_model.h"
#include "sample_snapshot.h"
#include "views/live_tap_page.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

warren::TappedMessage tapped(const QString& key, const QByteArray& body, qint64 atMs = 1000) {
    warren::TappedMessage m;
    m.publishedAtMs = atMs;
    m.exchange = QStringLiteral("orders");
    m.routingKey = key;
    m.body = body;
    m.bodySize = body.size();
    m.routedQueues = 1;
    return m;
}

} // namespace

class TestLiveTap : public QObject {
    Q_OBJECT

    // Feeds `messages` to the page's current tap.
    static void feed(FakeBackend& backend, QList<warren::TappedMessage> messages,
                     quint64 dropped = 0) {
        warren::TapBatch batch;
        batch.tapId = backend.lastTapId;
        batch.messages = std::move(messages);
        batch.dropped = dropped;
        emit backend.tapUpdated(batch);
    }

private slots:
    void treeCountsKeysByTheirDottedParts() {
        TapTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addMessages(
            {tapped("a.b.c", "12"), tapped("a.b.d", "1234"), tapped("a.x", "1"), tapped("z", "")},
            1000);
        QCOMPARE(model.rowCount(), 2); // a, z
        const QModelIndex a = model.index(0, 0);
        QCOMPARE(a.data().toString(), QStringLiteral("a"));
        QCOMPARE(model.index(0, TapTreeModel::MessagesColumn).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(model.rowCount(a), 2); // b, x
        const QModelIndex b = model.index(0, 0, a);
        QCOMPARE(model.fullKey(b), QStringLiteral("a.b"));
        QCOMPARE(model.rowCount(b), 2);
        QCOMPARE(model.fullKey(model.index(1, 0, b)), QStringLiteral("a.b.d"));
        QVERIFY(!model.latest(b)); // nothing was published to "a.b" itself
        QCOMPARE(model.latest(model.indexOfKey("a.b.d"))->body, QByteArray("1234"));
        // Lit now, dark after the glow.
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        model.tick(1000 + TapTreeModel::GlowMs + 1);
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        // Rates: 3 messages under "a" in the second after the first tick.
        model.addMessages({tapped("a.b.c", "1"), tapped("a.b.c", "2"), tapped("a.x", "3")}, 3000);
        model.tick(1000 + TapTreeModel::GlowMs + 1 + 1000); // a second after the last tick
        QCOMPARE(model.index(0, TapTreeModel::RateColumn).data().toString(), QStringLiteral("3.0"));
        QCOMPARE(model.previous(model.indexOfKey("a.b.c"))->body, QByteArray("1"));
        QCOMPARE(model.latest(model.indexOfKey("a.b.c"))->body, QByteArray("2"));
        QCOMPARE(model.index(0, TapTreeModel::MessagesColumn).data().toString(),
                 QStringLiteral("6"));
    }

    void treeStaysBoundedWithEndlesslyNewKeys() {
        TapTreeModel model;
        QList<warren::TappedMessage> messages;
        for (int i = 0; i < TapTreeModel::MaxNodes + 500; ++i)
            messages.append(tapped(QStringLiteral("device.%1").arg(i), "x"));
        model.addMessages(messages, 1000);
        QVERIFY(model.nodeCount() <= TapTreeModel::MaxNodes + 1);
        const QModelIndex device = model.index(0, 0);
        const QModelIndex other = model.index(model.rowCount(device) - 1, 0, device);
        QCOMPARE(other.data().toString(), QStringLiteral("(other keys)"));
        // Nothing lost from the counts.
        QCOMPARE(model.index(0, TapTreeModel::MessagesColumn).data().toString(),
                 QLocale().toString(TapTreeModel::MaxNodes + 500));
    }

    void topTalkersRankByMessagesOrBytes() {
        TapTreeModel tree;
        tree.addMessages({tapped("small.many", "1"), tapped("small.many", "2"),
                          tapped("small.many", "3"), tapped("big.few", QByteArray(1000, 'x'))},
                         1000);
        TopTalkersModel talkers;
        QAbstractItemModelTester tester(&talkers,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        talkers.setTotals(tree.keyTotals());
        QCOMPARE(talkers.rowCount(), 2);
        QCOMPARE(talkers.routingKey(0), QStringLiteral("small.many"));
        talkers.setRankBy(TopTalkersModel::RankBy::Bytes);
        QCOMPARE(talkers.routingKey(0), QStringLiteral("big.few"));
    }

    void diffFindsChangedLines() {
        const QStringList before = {"{", "  \"a\": 1,", "  \"b\": 2", "}"};
        const QStringList after = {"{", "  \"a\": 1,", "  \"b\": 3", "}"};
        const auto diff = diffLines(before, after);
        QCOMPARE(diff.size(), 5);
        QCOMPARE(diff.at(2), (DiffLine{DiffLine::Kind::Removed, "  \"b\": 2"}));
        QCOMPARE(diff.at(3), (DiffLine{DiffLine::Kind::Added, "  \"b\": 3"}));
        QCOMPARE(diff.at(4).kind, DiffLine::Kind::Same);
        // Too long to compare line by line: whole texts.
        const auto whole = diffLines(before, after, 2);
        QCOMPARE(whole.size(), 8);
    }

    void jsonNumbersByPath() {
        const QByteArray body = R"({"t": 4.5, "s": {"h": 61}, "r": [1, {"v": 2}], "n": "x"})";
        const auto fields = numericFields(body);
        QStringList paths;
        for (const auto& field : fields)
            paths << field.first;
        QCOMPARE(paths, QStringList({"r[0]", "r[1].v", "s.h", "t"}));
        QCOMPARE(numberAt(body, "s.h"), std::optional<double>(61));
        QCOMPARE(numberAt(body, "n"), std::nullopt);
        QCOMPARE(numberAt("not json", "t"), std::nullopt);
    }

    void pageShowsTrafficPausesAndResumes() {
        FakeBackend backend;
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        page.setTarget(QStringLiteral("shop"), QStringLiteral("orders"));
        page.start();
        QVERIFY(page.isTapping());
        QCOMPARE(backend.tapsStarted.size(), 1);
        QCOMPARE(backend.tapsStarted.front().first, QStringLiteral("shop"));
        QCOMPARE(backend.tapsStarted.front().second,
                 std::optional<QString>(QStringLiteral("orders")));

        feed(backend,
             {tapped("sensor.temp", R"({"celsius": 4.0})", 1000),
              tapped("sensor.temp", R"({"celsius": 5.5})", 2000),
              tapped("order.created", R"({"total": 20})", 2000)},
             3);
        QCOMPARE(page.ringSize(), 3);
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("3 message")),
                 qPrintable(page.statusLabel()->text()));
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("3 not shown")),
                 qPrintable(page.statusLabel()->text()));
        page.tick(3000);
        QCOMPARE(page.talkersModel()->rowCount(), 2);
        QCOMPARE(page.talkersModel()->routingKey(0), QStringLiteral("sensor.temp"));

        page.selectKey(QStringLiteral("sensor.temp"));
        QVERIFY(page.latestView()->toPlainText().contains(QStringLiteral("5.5")));
        const QString diff = page.diffView()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("- ")) && diff.contains(QStringLiteral("+ ")),
                 qPrintable(diff));
        QCOMPARE(page.fieldChoice()->currentText(), QStringLiteral("celsius"));
        QCOMPARE(page.chartSeries()->count(), 2);
        QCOMPARE(page.chartSeries()->at(1).y(), 5.5);
        // A new reading extends the chart while the key is selected.
        feed(backend, {tapped("sensor.temp", R"({"celsius": 6.25})", 3000)});
        QCOMPARE(page.chartSeries()->count(), 3);
        QVERIFY(page.latestView()->toPlainText().contains(QStringLiteral("6.25")));

        // Re-ranking the top talkers under a selection keeps the selected key.
        auto* talkers = page.findChild<QTableView*>(QStringLiteral("tapTopTalkers"));
        talkers->selectRow(1); // order.created, second by messages
        QCOMPARE(page.latestView()->toPlainText().contains(QStringLiteral("order.created")), true);
        QList<warren::TappedMessage> burst;
        for (int i = 0; i < 5; ++i)
            burst.append(tapped("order.created", R"({"total": 1})"));
        feed(backend, burst);
        page.tick(4000); // order.created now ranks first: rows swap
        QCOMPARE(page.talkersModel()->routingKey(0), QStringLiteral("order.created"));
        QVERIFY(page.latestView()->toPlainText().contains(QStringLiteral("order.created")));
        QCOMPARE(talkers->currentIndex().row(), 0);

        const quint64 first = backend.lastTapId;
        page.pause();
        QVERIFY(!page.isTapping());
        QCOMPARE(backend.tapsStopped, QList<quint64>({first}));
        // A late batch of the stopped tap is not shown.
        warren::TapBatch late;
        late.tapId = first;
        late.messages = {tapped("late", "x")};
        emit backend.tapUpdated(late);
        QCOMPARE(page.ringSize(), 9);
        page.start(); // resume: a new tap on the same target, counts kept
        QCOMPARE(backend.tapsStarted.size(), 2);
        QVERIFY(backend.lastTapId != first); // a new id: the old tap's batches stay out
        QCOMPARE(backend.tapsStarted.back().second,
                 std::optional<QString>(QStringLiteral("orders")));
        QCOMPARE(page.ringSize(), 9);
    }

    void aTapEndedByTheBrokerSaysWhy() {
        FakeBackend backend;
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        page.setTarget(QStringLiteral("shop"), std::nullopt);
        page.start();
        QCOMPARE(backend.tapsStarted.front().second, std::nullopt); // every exchange
        warren::TapBatch ended;
        ended.tapId = backend.lastTapId;
        ended.error = QStringLiteral("no exchange 'orders' in vhost 'shop'");
        emit backend.tapUpdated(ended);
        QVERIFY(!page.isTapping());
        QVERIFY(page.statusLabel()->text().contains(ended.error));
    }

    // A page closed while tapping stops its tap, but not from inside its destructor: the answer
    // would reach a console window half destroyed.
    void aClosedPageStopsItsTapAfterwards() {
        FakeBackend backend;
        auto* page = new LiveTapPage(&backend);
        page->setSnapshot(sampleSnapshot());
        page->setTarget(QStringLiteral("shop"), QStringLiteral("orders"));
        page->start();
        const quint64 tapId = backend.lastTapId;
        delete page;
        QVERIFY(backend.tapsStopped.isEmpty());
        QTRY_COMPARE(backend.tapsStopped, QList<quint64>({tapId}));
    }

    // The broker's refusal of the StartTap (here: the exchange has gone) ends the tap at once.
    void aRefusedTapSaysWhy() {
        FakeBackend backend;
        backend.refuseTapsWith = QStringLiteral("no exchange 'orders' in vhost 'shop'");
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        page.setTarget(QStringLiteral("shop"), QStringLiteral("orders"));
        page.start();
        QCOMPARE(backend.tapsStarted.size(), 1);
        QVERIFY(!page.isTapping());
        QVERIFY(page.statusLabel()->text().contains(backend.refuseTapsWith));
    }

    void theDefaultExchangeIsATargetOfItsOwn() {
        FakeBackend backend;
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        page.setTarget(QStringLiteral("shop"), QString(""));
        page.start();
        QCOMPARE(backend.tapsStarted.front().second, std::optional<QString>(QString("")));
    }

    void theMqttExchangesTrafficShowsAsTopics() {
        FakeBackend backend;
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        QVERIFY(!page.showsTopics());
        page.setTarget(QStringLiteral("/"), backend.config.mqttExchange);
        QVERIFY(page.showsTopics()); // the broker's MQTT exchange: its keys are topics
        page.start();
        // Routing keys mapped back as RabbitMQ maps them: '.' and '/' swap.
        feed(backend, {tapped("sensors.kitchen.temp", "21"), tapped("sensors.hall.temp", "19"),
                       tapped("files.report/2026.pdf", "x")});
        TapTreeModel* tree = page.treeModel();
        QCOMPARE(tree->rowCount(), 2); // sensors, files
        QVERIFY(tree->indexOfKey(QStringLiteral("sensors/kitchen/temp")).isValid());
        QVERIFY(tree->indexOfKey(QStringLiteral("files/report.2026/pdf")).isValid());
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 2); // kitchen, hall
        // Back to routing keys: a fresh tree, split on dots again.
        page.setShowsTopics(false);
        QCOMPARE(tree->rowCount(), 0);
        feed(backend, {tapped("sensors.kitchen.temp", "22")});
        QVERIFY(tree->indexOfKey(QStringLiteral("sensors.kitchen.temp")).isValid());
    }

    void anMqttBrokersTopicsNeedNoMapping() {
        FakeBackend backend;
        using Feature = BrokerBackend::Feature;
        backend.unsupported = {Feature::Exchanges, Feature::Bindings, Feature::Queues};
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        QVERIFY(page.showsTopics());
        auto* asTopics = page.findChild<QWidget*>(QStringLiteral("tapAsTopics"));
        QVERIFY(asTopics->isHidden()); // nothing to choose: they are topics
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("tapExchange"))->isHidden());
        page.start();
        feed(backend, {tapped("sensors/1/temp", "20.5"), tapped("$SYS/broker/uptime", "5")});
        TapTreeModel* tree = page.treeModel();
        QVERIFY(tree->indexOfKey(QStringLiteral("sensors/1/temp")).isValid());
        QVERIFY(tree->indexOfKey(QStringLiteral("$SYS/broker/uptime")).isValid());
        QCOMPARE(tree->rowCount(), 2);
        page.setShowsTopics(false); // an MQTT broker's keys stay topics
        QVERIFY(page.showsTopics());
    }

    void changingTheTargetStartsAfresh() {
        FakeBackend backend;
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        page.setTarget(QStringLiteral("shop"), QStringLiteral("orders"));
        page.start();
        const quint64 first = backend.lastTapId;
        feed(backend, {tapped("a", "1")});
        page.setTarget(QStringLiteral("shop"), QStringLiteral("notifications"));
        QCOMPARE(backend.tapsStopped, QList<quint64>({first}));
        QCOMPARE(backend.tapsStarted.size(), 2);
        QCOMPARE(page.ringSize(), 0);
        QCOMPARE(page.treeModel()->rowCount(), 0);
    }

    void ringIsBounded() {
        FakeBackend backend;
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        page.setTarget(QStringLiteral("shop"), QStringLiteral("orders"));
        page.start();
        QList<warren::TappedMessage> many;
        for (int i = 0; i < LiveTapPage::RingCapacity + 10; ++i)
            many.append(tapped(QStringLiteral("k"), QByteArray::number(i)));
        feed(backend, many);
        QCOMPARE(page.ringSize(), LiveTapPage::RingCapacity);
    }

    void exportWritesJsonLines() {
        FakeBackend backend;
        LiveTapPage page(&backend);
        page.setSnapshot(sampleSnapshot());
        page.setTarget(QStringLiteral("shop"), QStringLiteral("orders"));
        page.start();
        feed(backend, {tapped("a.b", R"({"x":1})"), tapped("bin", QByteArray("\x00\xff", 2))});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tap.jsonl"));
        QSignalSpy done(&page, &LiveTapPage::exportFinished);
        page.exportTo(path);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.front().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value("routing_key").toString(), QStringLiteral("a.b"));
        QCOMPARE(first.value("payload").toString(), QStringLiteral(R"({"x":1})"));
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value("payload_encoding").toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(second.value("payload").toString().toLatin1()),
                 QByteArray("\x00\xff", 2));
    }
};

QTEST_MAIN(TestLiveTap)
#include "tst_live_tap.moc"
