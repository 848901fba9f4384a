// Persistent messages: queue order, per-queue state across restarts, fanout stored once,
// paging through a long queue, where completions run, and the ack durability rule.

#include "core/queued_call.h"
#include "store_test_support.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <atomic>

using namespace warren::store;
using namespace warren::store::testing;

namespace {
const QueueRef Q{"/", "q"};

std::unique_ptr<SqliteStore> storeWithQueues(const StoreFixture& fixture,
                                             const QList<QByteArray>& names = {"q"}) {
    auto store = fixture.openOrFail();
    if (store)
        for (const QByteArray& name : names)
            store->putQueue({"/", name, false, {}});
    return store;
}

// A worker on another thread that enqueues with itself as the completion context.
class ThreadedCaller : public QObject {
public:
    explicit ThreadedCaller(MessageStore& store)
        : m_store(store) {}
    void publish() {
        m_store.enqueue(message("from a thread"), {Q},
                        {this, [this](const auto&) { completedOn = QThread::currentThread(); }});
    }
    std::atomic<QThread*> completedOn{nullptr};

private:
    MessageStore& m_store;
};
} // namespace

class TestStoreMessages : public QObject {
    Q_OBJECT

private slots:
    void messagesComeBackInQueueOrderAfterARestart() {
        StoreFixture fixture;
        std::vector<MessageRecord> sent;
        {
            auto store = storeWithQueues(fixture);
            QVERIFY(store);
            CompletionProbe probe;
            for (int i = 0; i < 10; ++i) {
                MessageRecord record = message("m" + QByteArray::number(i), quint8(i % 3));
                record.expiresAtMs = i % 2 ? 1700000000000 + i : 0;
                sent.push_back(record);
                auto seqs = store->enqueue(record, {Q}, probe.completion());
                QVERIFY(seqs);
                QCOMPARE(seqs.value(), std::vector<quint64>{quint64(i + 1)});
            }
            QVERIFY(probe.waitFor(10));
            QCOMPARE(probe.failures, 0);
        }
        auto store = fixture.openOrFail();
        QVERIFY(store);
        auto loaded = loadAll(*store, Q, 3);
        QCOMPARE(loaded.size(), sent.size());
        for (size_t i = 0; i < sent.size(); ++i) {
            QCOMPARE(loaded[i].seq, quint64(i + 1));
            QCOMPARE(loaded[i].record, sent[i]);
            QVERIFY(!loaded[i].redelivered);
        }
        // The queue's order continues where it stopped.
        QCOMPARE(store->enqueue(message("next"), {Q}).value(), std::vector<quint64>{11});
    }

    void ackedMessagesAreGoneForGood() {
        StoreFixture fixture;
        {
            auto store = storeWithQueues(fixture);
            QVERIFY(store);
            for (int i = 1; i <= 5; ++i)
                store->enqueue(message("m" + QByteArray::number(i)), {Q});
            QVERIFY(!store->ack(Q, {2, 4}));
            QVERIFY(!store->ack(Q, {2}));  // twice: harmless
            QVERIFY(!store->ack(Q, {99})); // unknown: harmless
            QCOMPARE(bodies(loadAll(*store, Q)), (QList<QByteArray>{"m1", "m3", "m5"}));
        }
        auto store = fixture.openOrFail();
        QVERIFY(store);
        QCOMPARE(bodies(loadAll(*store, Q)), (QList<QByteArray>{"m1", "m3", "m5"}));
        QCOMPARE(store->messageCount(Q).value(), quint64(3));
    }

    void unackedMessagesComeBackRedelivered() {
        StoreFixture fixture;
        {
            auto store = storeWithQueues(fixture);
            QVERIFY(store);
            for (int i = 1; i <= 4; ++i)
                store->enqueue(message("m" + QByteArray::number(i)), {Q});
            store->markDelivered(Q, {1, 2, 3});
            store->markRequeued(Q, {2}); // nacked back: still delivered once
            store->ack(Q, {3});
        }
        auto store = fixture.openOrFail();
        QVERIFY(store);
        auto loaded = loadAll(*store, Q);
        QCOMPARE(bodies(loaded), (QList<QByteArray>{"m1", "m2", "m4"}));
        QVERIFY(loaded[0].redelivered);
        QVERIFY(loaded[1].redelivered);
        QVERIFY(!loaded[2].redelivered);
    }

    void aFanoutStoresTheMessageOnce() {
        StoreFixture fixture;
        auto store = storeWithQueues(fixture, {"a", "b", "c"});
        QVERIFY(store);
        auto seqs = store->enqueue(message("shared"), {{"/", "a"}, {"/", "b"}, {"/", "c"}});
        QVERIFY(seqs);
        QCOMPARE(seqs.value(), (std::vector<quint64>{1, 1, 1}));
        store->enqueue(message("only c"), {{"/", "c"}});
        store->ack({"/", "a"}, {1});
        store->ack({"/", "b"}, {1});
        QCOMPARE(bodies(loadAll(*store, {"/", "c"})), (QList<QByteArray>{"shared", "only c"}));
        QVERIFY(loadAll(*store, {"/", "a"}).empty());
        store->close();
        QCOMPARE(rawQuery(fixture.databasePath(), "SELECT refs FROM messages ORDER BY id"),
                 (QList<QByteArray>{"1", "1"}));

        auto reopened = fixture.openOrFail();
        QVERIFY(reopened);
        reopened->ack({"/", "c"}, {1, 2});
        reopened->close();
        QCOMPARE(rawQuery(fixture.databasePath(), "SELECT count(*) FROM messages").value(0),
                 QByteArray("0"));
    }

    void purgeEmptiesOnlyThatQueue() {
        StoreFixture fixture;
        auto store = storeWithQueues(fixture, {"a", "b"});
        QVERIFY(store);
        store->enqueue(message("both"), {{"/", "a"}, {"/", "b"}});
        store->enqueue(message("a only"), {{"/", "a"}});
        QVERIFY(!store->purgeQueue({"/", "a"}));
        QCOMPARE(store->messageCount({"/", "a"}).value(), quint64(0));
        QCOMPARE(bodies(loadAll(*store, {"/", "b"})), QList<QByteArray>{"both"});
    }

    void pagingWalksALongQueueInOrder() {
        // A broker keeps a window of a long queue in memory and pages the rest in; acks of
        // messages already paged in happen while it walks on.
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        const int total = 20000;
        for (int i = 1; i <= total; ++i)
            QVERIFY(store->enqueue(message(QByteArray::number(i)), {Q}));
        QCOMPARE(store->messageCount(Q).value(), quint64(total));
        quint64 after = 0;
        int seen = 0;
        std::vector<quint64> acked;
        for (;;) {
            auto page = store->loadMessages(Q, after, 777);
            QVERIFY(page);
            if (page.value().empty())
                break;
            for (const auto& m : page.value()) {
                ++seen;
                QCOMPARE(m.seq, quint64(seen));
                QCOMPARE(m.record.body, QByteArray::number(seen));
                if (seen % 10 == 0)
                    acked.push_back(m.seq);
            }
            after = page.value().back().seq;
            store->ack(Q, acked);
            acked.clear();
        }
        QCOMPARE(seen, total);
        QCOMPARE(store->messageCount(Q).value(), quint64(total - total / 10));
    }

    void transientMessagesPageInOrderAndAreGoneAfterARestart() {
        // A transient message paged out of a long queue takes the queue's next place, pages in
        // with the persistent ones, ignores delivery marks, and no later open returns it.
        StoreFixture fixture;
        const QueueRef scratch{"/", "scratch"}; // not durable: never put
        {
            auto store = storeWithQueues(fixture);
            QVERIFY(store);
            QCOMPARE(store->enqueue(message("p1"), {Q}).value(), std::vector<quint64>{1});
            QCOMPARE(store->enqueueTransient(message("transient-t2"), Q).value(), quint64(2));
            QCOMPARE(store->enqueue(message("p3"), {Q}).value(), std::vector<quint64>{3});
            QCOMPARE(store->enqueueTransient(message("s1"), scratch).value(), quint64(1));
            QVERIFY(!store->markDelivered(Q, {2}));
            auto loaded = loadAll(*store, Q);
            QCOMPARE(bodies(loaded), (QList<QByteArray>{"p1", "transient-t2", "p3"}));
            QVERIFY(!loaded[1].redelivered); // the mark did not apply
            QCOMPARE(bodies(loadAll(*store, scratch)), QList<QByteArray>{"s1"});
            CompletionProbe probe;
            QVERIFY(!store->flush(probe.completion()));
            QVERIFY(probe.waitFor());
        }
        // On disk, sealed like any message, until the next open.
        QCOMPARE(
            rawQuery(fixture.databasePath(), "SELECT count(*) FROM queue_messages WHERE state = 3"),
            QList<QByteArray>{"2"});
        QVERIFY(!rawQuery(fixture.databasePath(), "SELECT payload FROM messages")
                     .join()
                     .contains("transient-t2"));
        auto store = fixture.openOrFail();
        QVERIFY(store);
        QCOMPARE(bodies(loadAll(*store, Q)), (QList<QByteArray>{"p1", "p3"}));
        QVERIFY(!store->loadMessages(scratch, 0, 10)); // a queue of the last run only
        store->close();
        QCOMPARE(rawQuery(fixture.databasePath(), "SELECT count(*) FROM messages"),
                 QList<QByteArray>{"2"});
    }

    void deletingANonDurableQueueDropsItsPagedMessages() {
        StoreFixture fixture;
        const QueueRef scratch{"/", "scratch"};
        auto store = fixture.openOrFail();
        QVERIFY(store);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->enqueueTransient(message("s"), scratch));
        CompletionProbe probe;
        QVERIFY(!store->deleteQueue(scratch, probe.completion()));
        QVERIFY(probe.waitFor());
        QCOMPARE(probe.failures, 0);
        // A durable queue of the same name starts afresh.
        QVERIFY(!store->putQueue({"/", "scratch", false, {}}));
        QVERIFY(loadAll(*store, scratch).empty());
        QCOMPARE(store->enqueue(message("d"), {scratch}).value(), std::vector<quint64>{1});
        store->close();
        QCOMPARE(rawQuery(fixture.databasePath(), "SELECT count(*) FROM messages"),
                 QList<QByteArray>{"1"});
    }

    void completionsRunOnTheCallersThread() {
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        QThread thread;
        ThreadedCaller caller(*store);
        caller.moveToThread(&thread);
        thread.start();
        warren::postQueued(&caller, [&caller] { caller.publish(); });
        QVERIFY(QTest::qWaitFor([&] { return caller.completedOn.load() != nullptr; }, 10000));
        QCOMPARE(caller.completedOn.load(), &thread);
        thread.quit();
        thread.wait();

        CompletionProbe probe;
        store->flush(probe.completion());
        QVERIFY(probe.waitFor());
        QCOMPARE(probe.thread, QThread::currentThread());
    }

    void completionsReachANewThreadAfterAnOldOneIsGone() {
        // The store files its relays by thread; a thread that ended and a new one allocated at
        // the same address must not share one.
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        for (int round = 0; round < 3; ++round) {
            auto thread = std::make_unique<QThread>();
            ThreadedCaller caller(*store);
            caller.moveToThread(thread.get());
            thread->start();
            warren::postQueued(&caller, [&caller] { caller.publish(); });
            QVERIFY(QTest::qWaitFor([&] { return caller.completedOn.load() != nullptr; }, 10000));
            QCOMPARE(caller.completedOn.load(), thread.get());
            thread->quit();
            thread->wait();
        }
    }

    void noCompletionOnceTheContextIsGone() {
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        auto called = std::make_shared<bool>(false);
        auto* context = new QObject;
        store->enqueue(message("m"), {Q}, {context, [called](const auto&) { *called = true; }});
        delete context; // a channel closed before its confirm came back
        CompletionProbe later;
        store->flush(later.completion());
        QVERIFY(later.waitFor());
        QCoreApplication::processEvents();
        QVERIFY(!*called);
        QCOMPARE(store->messageCount(Q).value(), quint64(1)); // stored all the same
    }

    void fetchAnswersThroughTheEventLoop() {
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        store->enqueue(message("a"), {Q});
        store->enqueue(message("b"), {Q});
        QList<QByteArray> got;
        QThread* on = nullptr;
        QObject context;
        QVERIFY(!store->fetchMessages(Q, 0, 10, &context, [&](auto result) {
            on = QThread::currentThread();
            if (result)
                got = bodies(result.value());
        }));
        QVERIFY(got.isEmpty()); // not synchronously
        QVERIFY(QTest::qWaitFor([&] { return !got.isEmpty(); }, 10000));
        QCOMPARE(got, (QList<QByteArray>{"a", "b"}));
        QCOMPARE(on, QThread::currentThread());
    }

    void anAckIsDurableOnceALaterWriteCompletes() {
        // The documented rule: acks carry no completion, yet once any write submitted after
        // an ack has completed, the ack is on disk. Checked by copying the files at that very
        // moment, which is what a crash would leave.
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        auto seqs = store->enqueue(message("acked"), {Q});
        store->enqueue(message("kept"), {Q});
        QVERIFY(store->loadDefinitions());
        store->ack(Q, seqs.value());
        const QString copy = fixture.root() + QStringLiteral("/copy");
        QDir().mkpath(copy);
        bool copied = false;
        store->enqueue(message("later"), {Q},
                       {this, [&](const auto& error) {
                            QVERIFY(!error);
                            for (const char* name : {"warren.db", "warren.db-wal"})
                                QFile::copy(fixture.dataDir() + '/' + QLatin1String(name),
                                            copy + '/' + QLatin1String(name));
                            copied = true;
                        }});
        QVERIFY(QTest::qWaitFor([&] { return copied; }, 10000));
        SqliteStore::Options options;
        options.directory = copy;
        auto crashed =
            SqliteStore::open(options, std::make_shared<FileKeyProvider>(fixture.keyFile()));
        QVERIFY2(crashed, qPrintable(crashed ? QString() : crashed.error().text));
        QCOMPARE(bodies(loadAll(*crashed.value(), Q)), (QList<QByteArray>{"kept", "later"}));
    }

    void badEnqueuesAreRefusedAtOnce() {
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        bool called = false;
        Completion done{this, [&](const auto&) { called = true; }};
        QCOMPARE(store->enqueue(message("m"), {{"/", "nope"}}, done).error().kind,
                 StoreError::Kind::NotFound);
        QCOMPARE(store->enqueue(message("m"), {}, done).error().kind,
                 StoreError::Kind::InvalidArgument);
        QCOMPARE(store->enqueue(message("m"), {Q, Q}, done).error().kind,
                 StoreError::Kind::InvalidArgument);
        QCOMPARE(store->ack({"/", "nope"}, {1})->kind, StoreError::Kind::NotFound);
        QCOMPARE(store->loadMessages(Q, 0, 0).error().kind, StoreError::Kind::InvalidArgument);
        QVERIFY(store->loadDefinitions());
        QCoreApplication::processEvents();
        QVERIFY(!called); // a refused call never completes
        // A refused enqueue does not use up a sequence number.
        QCOMPARE(store->enqueue(message("m"), {Q}).value(), std::vector<quint64>{1});
    }

    void oversizedMessagesAreRefused() {
        StoreFixture fixture;
        SqliteStore::Options options;
        options.directory = fixture.dataDir();
        options.maxMessageBytes = 1000;
        auto store =
            SqliteStore::open(options, std::make_shared<FileKeyProvider>(fixture.keyFile()));
        QVERIFY(store);
        store.value()->putQueue({"/", "q", false, {}});
        QCOMPARE(store.value()->enqueue(message(QByteArray(2000, 'x')), {Q}).error().kind,
                 StoreError::Kind::InvalidArgument);
    }

    void blockingCallsOnTheWriterThreadAreRefused() {
        StoreFixture fixture;
        auto store = storeWithQueues(fixture);
        QVERIFY(store);
        std::atomic<int> kind{-1};
        // Without a context the completion runs on the writer thread itself.
        store->flush({nullptr, [&](const auto&) {
                          auto result = store->loadDefinitions();
                          kind = result ? 0 : int(result.error().kind);
                      }});
        QVERIFY(QTest::qWaitFor([&] { return kind.load() != -1; }, 10000));
        QCOMPARE(kind.load(), int(StoreError::Kind::InvalidArgument));
    }

    void keyValueAreaKeepsNamespacesApart() {
        StoreFixture fixture;
        {
            auto store = fixture.openOrFail();
            QVERIFY(store);
            store->putValue("mqtt/retained//", "sensors/1", "21.5");
            store->putValue("mqtt/retained//", "sensors/2", "19.0");
            store->putValue("mqtt/retained//", "sensors/1", "22.0"); // replaces
            store->putValue("mqtt/retained/other", "sensors/1", "elsewhere");
            store->putValue("mqtt/sessions", "client-7", QByteArray("\x00\x01", 2));
            CompletionProbe probe;
            store->removeValue("mqtt/retained//", "sensors/2", probe.completion());
            QVERIFY(probe.waitFor());
            QVERIFY(!probe.lastError);
        }
        auto store = fixture.openOrFail();
        QVERIFY(store);
        auto retained = store->loadValues("mqtt/retained//").value();
        QCOMPARE(retained.size(), size_t(1));
        QCOMPARE(retained[0], (std::pair<QByteArray, QByteArray>{"sensors/1", "22.0"}));
        QCOMPARE(store->loadValue("mqtt/sessions", "client-7").value().value_or(""),
                 QByteArray("\x00\x01", 2));
        QVERIFY(!store->loadValue("mqtt/sessions", "client-8").value().has_value());
        store->removeNamespace("mqtt/retained/other");
        QVERIFY(store->loadValues("mqtt/retained/other").value().empty());
    }
};

QTEST_GUILESS_MAIN(TestStoreMessages)
#include "tst_store_messages.moc"
