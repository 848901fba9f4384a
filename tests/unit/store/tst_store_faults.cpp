// A full disk, simulated by a VFS that fails every write with SQLITE_FULL: callers hear of it
// (never a false success), committed data stays intact, and the store recovers by itself when
// space returns.

#include "fault_injecting_vfs.h"
#include "store_test_support.h"

#include <QTest>

using namespace warren::store;
using namespace warren::store::testing;

namespace {
const QueueRef Q{"/", "q"};

StoreResult<std::unique_ptr<SqliteStore>> openFaulty(const StoreFixture& fixture) {
    SqliteStore::Options options;
    options.directory = fixture.dataDir();
    options.vfs = FaultInjectingVfs::Name;
    options.minRetryDelay = std::chrono::milliseconds(10);
    options.maxRetryDelay = std::chrono::milliseconds(100);
    return SqliteStore::open(options, std::make_shared<FileKeyProvider>(fixture.keyFile()));
}

// Restores the disk whatever the test's outcome, so one failure does not cascade.
struct DiskFull {
    DiskFull() { FaultInjectingVfs::setDiskFull(true); }
    ~DiskFull() { FaultInjectingVfs::setDiskFull(false); }
};
} // namespace

class TestStoreFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { FaultInjectingVfs::install(); }

    void writesFailWhileTheDiskIsFullAndResumeAfter() {
        StoreFixture fixture;
        auto opened = openFaulty(fixture);
        QVERIFY(opened);
        auto& store = *opened.value();
        CompletionProbe before;
        store.putQueue({"/", "q", false, {}}, before.completion());
        auto toAck = store.enqueue(message("to be acked"), {Q}, before.completion());
        store.enqueue(message("before"), {Q}, before.completion());
        QVERIFY(before.waitFor(3));
        QCOMPARE(before.failures, 0);

        std::optional<DiskFull> full;
        full.emplace();
        const int refusedBefore = FaultInjectingVfs::refusedWrites();
        CompletionProbe during;
        QVERIFY(store.enqueue(message("during"), {Q}, during.completion()));
        QVERIFY(during.waitFor());
        QCOMPARE(during.failures, 1);
        QCOMPARE(during.lastError->kind, StoreError::Kind::DiskFull);
        qInfo("%s", qPrintable(during.lastError->text));
        QVERIFY(FaultInjectingVfs::refusedWrites() > refusedBefore);

        // An ack has no one to report to: it waits for space and is retried.
        QVERIFY(!store.ack(Q, toAck.value()));
        CompletionProbe stillFull;
        store.putValue("ns", "k", "v", stillFull.completion());
        QVERIFY(stillFull.waitFor());
        QCOMPARE(stillFull.failures, 1);
        // Reads keep working; the pending ack is not applied yet.
        QCOMPARE(bodies(loadAll(store, Q)), (QList<QByteArray>{"to be acked", "before"}));

        full.reset(); // space is back
        CompletionProbe after;
        store.enqueue(message("after"), {Q}, after.completion());
        QVERIFY(after.waitFor());
        QCOMPARE(after.failures, 0);
        QCOMPARE(bodies(loadAll(store, Q)), (QList<QByteArray>{"before", "after"}));
        store.close();

        auto reopened = fixture.openOrFail();
        QVERIFY(reopened);
        QCOMPARE(bodies(loadAll(*reopened, Q)), (QList<QByteArray>{"before", "after"}));
        QVERIFY(!reopened->loadValue("ns", "k").value().has_value());
    }

    void committedDataSurvivesClosingOnAFullDisk() {
        StoreFixture fixture;
        {
            auto opened = openFaulty(fixture);
            QVERIFY(opened);
            auto& store = *opened.value();
            CompletionProbe ok;
            store.putQueue({"/", "q", false, {}}, ok.completion());
            for (int i = 0; i < 100; ++i)
                store.enqueue(message("kept " + QByteArray::number(i)), {Q}, ok.completion());
            QVERIFY(ok.waitFor(101));
            QCOMPARE(ok.failures, 0);
            DiskFull full;
            CompletionProbe lost;
            store.enqueue(message("lost"), {Q}, lost.completion());
            store.ack(Q, {1}); // pending when the store closes: dropped, so message 1 stays
            QVERIFY(lost.waitFor());
            QCOMPARE(lost.failures, 1);
            store.close(); // cannot checkpoint: the WAL stays, with every committed batch
        }
        auto reopened = fixture.openOrFail();
        QVERIFY(reopened);
        const auto kept = bodies(loadAll(*reopened, Q));
        QCOMPARE(kept.size(), 100);
        QCOMPARE(kept.first(), QByteArray("kept 0"));
        QVERIFY(!kept.contains("lost"));
    }

    void openingOnAFullDiskFailsCleanlyAndCanBeRetried() {
        StoreFixture fixture;
        {
            DiskFull full;
            auto refused = openFaulty(fixture);
            QVERIFY(!refused);
            qInfo("%s", qPrintable(refused.error().text));
            QCOMPARE(refused.error().kind, StoreError::Kind::DiskFull);
        }
        auto opened = openFaulty(fixture);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text));
        opened.value()->putQueue({"/", "q", false, {}});
        QCOMPARE(opened.value()->enqueue(message("m"), {Q}).value(), std::vector<quint64>{1});
    }

    void aFailedQueueDeclarationIsForgotten() {
        StoreFixture fixture;
        auto opened = openFaulty(fixture);
        QVERIFY(opened);
        auto& store = *opened.value();
        {
            DiskFull full;
            CompletionProbe declared;
            store.putQueue({"/", "q", false, {}}, declared.completion());
            QVERIFY(declared.waitFor());
            QCOMPARE(declared.failures, 1);
        }
        // The caller was told the declaration failed, so the queue does not exist for the store.
        QCOMPARE(store.enqueue(message("m"), {Q}).error().kind, StoreError::Kind::NotFound);
        QVERIFY(store.loadDefinitions().value().queues.empty());
    }

    void anOperationThatAlwaysFailsFailsAlone() {
        // A write that fails for its own reasons, here through a trigger planted in the file,
        // must not take its batch down with it, nor be retried for ever.
        StoreFixture fixture;
        {
            auto store = fixture.openOrFail();
            QVERIFY(store);
            store->putQueue({"/", "q", false, {}});
        }
        QVERIFY(rawExec(fixture.databasePath(), "CREATE TRIGGER poison BEFORE INSERT ON kv "
                                                "WHEN NEW.key = CAST('poison' AS BLOB) "
                                                "BEGIN SELECT RAISE(ABORT, 'poisoned'); END;"));
        auto store = fixture.openOrFail();
        QVERIFY(store);
        CompletionProbe fine;
        CompletionProbe poisoned;
        store->enqueue(message("before"), {Q}, fine.completion());
        store->putValue("ns", "poison", "x");                        // fire-and-forget
        store->putValue("ns", "poison", "x", poisoned.completion()); // reported
        store->putValue("ns", "fine", "y", fine.completion());
        store->enqueue(message("after"), {Q}, fine.completion());
        QVERIFY(fine.waitFor(3));
        QCOMPARE(fine.failures, 0);
        QVERIFY(poisoned.waitFor());
        QCOMPARE(poisoned.lastError->kind, StoreError::Kind::Internal);
        qInfo("%s", qPrintable(poisoned.lastError->text));
        QCOMPARE(bodies(loadAll(*store, Q)), (QList<QByteArray>{"before", "after"}));
        QCOMPARE(store->loadValues("ns").value().size(), size_t(1));
        QVERIFY(store->statistics().batchesFailed >= 2);
    }

    void aFailedQueueDeletionKeepsTheQueue() {
        StoreFixture fixture;
        auto opened = openFaulty(fixture);
        QVERIFY(opened);
        auto& store = *opened.value();
        store.putQueue({"/", "q", false, {}});
        store.putQueue({"/", "other", false, {}});
        store.putVhost({"v", {}});
        store.putQueue({"v", "q", false, {}});
        QCOMPARE(store.enqueue(message("m"), {Q}).value(), std::vector<quint64>{1});
        QVERIFY(store.loadDefinitions());
        {
            DiskFull full;
            CompletionProbe deleted;
            store.deleteQueue(Q, deleted.completion());
            store.deleteVhost("v", deleted.completion());
            QVERIFY(deleted.waitFor(2));
            QCOMPARE(deleted.failures, 2);
        }
        // Told the deletes failed, the caller still has its queues, and so does the store:
        // they take new messages, in order.
        QCOMPARE(store.enqueue(message("n"), {Q}).value(), std::vector<quint64>{2});
        QCOMPARE(store.enqueue(message("o"), {{"v", "q"}}).value(), std::vector<quint64>{1});
        QCOMPARE(bodies(loadAll(store, Q)), (QList<QByteArray>{"m", "n"}));
        QCOMPARE(store.loadDefinitions().value().queues.size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_store_faults.moc"
