// Measures the store; not a test (tests never time anything), run by hand:
//
//   store_bench throughput [callers] [window] [seconds] [bytes] [threads]
//       `callers` publishers each keep `window` enqueues in flight (window 1: every caller
//       waits for its confirm before the next message), `bytes`-sized bodies, and report
//       confirmed enqueues per second. threads=1 runs every caller on one thread, as the
//       broker does; otherwise each caller has a thread of its own.
//   store_bench paging [messages] [bytes] [page]
//       fills one queue, then pages through all of it and acks it, as a broker does with a
//       queue larger than its memory, and reports the time and the peak resident size.
//
// The data directory is a fresh temporary one (TMPDIR decides where).

#include "store/file_key_provider.h"
#include "store/sqlite_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>

using namespace warren::store;

namespace {

std::atomic<quint64> g_confirmed{0};
std::atomic<quint64> g_failed{0};
std::atomic<bool> g_stop{false};

class Caller : public QObject {
public:
    Caller(MessageStore& store, QueueRef queue, int window, int bytes)
        : m_store(store)
        , m_queue(std::move(queue))
        , m_window(window) {
        m_record.exchange = "bench";
        m_record.routingKey = m_queue.name;
        m_record.properties = QByteArray(20, 'p');
        m_record.body = QByteArray(bytes, 'b');
    }
    void start() {
        for (int i = 0; i < m_window; ++i)
            publish();
    }

private:
    void publish() {
        if (g_stop)
            return;
        m_store.enqueue(m_record, {m_queue}, {this, [this](const auto& error) {
                                                  ++(error ? g_failed : g_confirmed);
                                                  publish();
                                              }});
    }

    MessageStore& m_store;
    QueueRef m_queue;
    int m_window;
    MessageRecord m_record;
};

std::unique_ptr<SqliteStore> open(const QString& dir, const QString& keyFile) {
    SqliteStore::Options options;
    options.directory = dir;
    auto store = SqliteStore::open(options, std::make_shared<FileKeyProvider>(keyFile));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().text));
        return nullptr;
    }
    return std::move(store.value());
}

long peakResidentKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int throughput(const QStringList& args) {
    const int callers = args.value(0, QStringLiteral("10")).toInt();
    const int window = args.value(1, QStringLiteral("1")).toInt();
    const int seconds = args.value(2, QStringLiteral("5")).toInt();
    const int bytes = args.value(3, QStringLiteral("1024")).toInt();
    const bool oneThread = args.value(4, QStringLiteral("0")).toInt() == 1;
    QTemporaryDir tmp;
    auto store = open(tmp.filePath(QStringLiteral("data")), tmp.filePath(QStringLiteral("key")));
    if (!store)
        return 1;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<std::unique_ptr<Caller>> workers;
    QThread* shared = nullptr;
    for (int c = 0; c < callers; ++c) {
        const QueueRef queue{"/", "bench-" + QByteArray::number(c)};
        store->putQueue({queue.vhost, queue.name, false, {}});
        if (!oneThread || !shared) {
            threads.push_back(std::make_unique<QThread>());
            threads.back()->start();
            shared = threads.back().get();
        }
        workers.push_back(std::make_unique<Caller>(*store, queue, window, bytes));
        workers.back()->moveToThread(shared);
    }
    for (auto& worker : workers)
        QMetaObject::invokeMethod(worker.get(), [w = worker.get()] { w->start(); });
    QThread::sleep(1); // warm-up: caches, WAL growth
    const quint64 start = g_confirmed;
    const StoreStatistics before = store->statistics();
    QElapsedTimer timer;
    timer.start();
    QThread::sleep(seconds);
    const quint64 done = g_confirmed - start;
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    const StoreStatistics after = store->statistics();
    g_stop = true;
    for (auto& thread : threads) {
        thread->quit();
        thread->wait();
    }
    store->close();
    const quint64 batches = after.batchesCommitted - before.batchesCommitted;
    std::printf("%d callers (%s), window %d, %d-byte bodies: %.0f enqueues committed/s "
                "(%llu in %.1f s, %llu failed; %.0f commits/s, %.1f operations per commit)\n",
                callers, oneThread ? "one thread" : "a thread each", window, bytes,
                double(done) / elapsed, static_cast<unsigned long long>(done), elapsed,
                static_cast<unsigned long long>(g_failed.load()), double(batches) / elapsed,
                batches ? double(after.operationsCommitted - before.operationsCommitted) /
                              double(batches)
                        : 0.0);
    workers.clear();
    return 0;
}

int paging(const QStringList& args) {
    const int messages = args.value(0, QStringLiteral("1000000")).toInt();
    const int bytes = args.value(1, QStringLiteral("1024")).toInt();
    const int page = args.value(2, QStringLiteral("1000")).toInt();
    QTemporaryDir tmp;
    auto store = open(tmp.filePath(QStringLiteral("data")), tmp.filePath(QStringLiteral("key")));
    if (!store)
        return 1;
    const QueueRef queue{"/", "long"};
    store->putQueue({queue.vhost, queue.name, false, {}});
    MessageRecord record;
    record.body = QByteArray(bytes, 'b');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < messages; ++i) {
        store->enqueue(record, {queue});
        // Fire-and-forget writes are not flow-controlled; wait now and then, as a broker's
        // publishers would be made to.
        if (i % 50000 == 49999)
            store->messageCount(queue);
    }
    const quint64 stored = store->messageCount(queue).value();
    const double fill = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    quint64 after = 0;
    quint64 seen = 0;
    for (;;) {
        auto batch = store->loadMessages(queue, after, page);
        if (!batch || batch.value().empty())
            break;
        std::vector<quint64> seqs;
        for (const auto& m : batch.value())
            seqs.push_back(m.seq);
        seen += seqs.size();
        after = seqs.back();
        store->ack(queue, seqs);
    }
    store->flush({});
    const quint64 left = store->messageCount(queue).value();
    const double drain = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%llu messages of %d bytes: filled in %.1f s (%.0f/s); paged through and acked "
                "in pages of %d in %.1f s (%.0f/s); %llu left; peak resident %ld MiB\n",
                static_cast<unsigned long long>(stored), bytes, fill, double(stored) / fill, page,
                drain, double(seen) / drain, static_cast<unsigned long long>(left),
                peakResidentKiB() / 1024);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.isEmpty() ? QStringLiteral("throughput") : args.takeFirst();
    if (mode == QLatin1String("throughput"))
        return throughput(args);
    if (mode == QLatin1String("paging"))
        return paging(args);
    std::fprintf(stderr, "usage: store_bench throughput|paging [...]\n");
    return 64;
}
