// Opens a store in a process of its own, for tests that need a second process.
//
//   store_crash_helper hold <data dir> <key file>
//       opens the store, prints "HOLDING <pid>", and keeps it open until killed.
//   store_crash_helper run <data dir> <key file> <round> <connections>
//       publishes from several threads, each one a "connection" with a window of unconfirmed
//       messages, and reports on stdout, one line each, as soon as it is known:
//         C <id>   the message's completion fired: it is durable
//         a <id>   the message is about to be acked: from now on it may be gone
//         A <id>   the message was acked, and a later write's completion has fired since:
//                  the ack is durable, so the message must never come back
//         D <id>   the message was marked delivered, likewise durable: it comes back
//                  redelivered
//       It runs until killed (the test kills it with SIGKILL at a random moment).

#include "store/file_key_provider.h"
#include "store/sqlite_store.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <deque>
#include <unistd.h>

using namespace warren::store;

namespace {

// One write(2) per line: atomic on a pipe, and never sitting in a buffer when SIGKILL comes.
void report(const QByteArray& line) {
    const QByteArray out = line + '\n';
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + done, size_t(out.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

QueueRef queueFor(int n) {
    return {"/", "crash-q" + QByteArray::number(n % 3)};
}

class Connection : public QObject {
public:
    Connection(MessageStore& store, QByteArray prefix)
        : m_store(store)
        , m_prefix(std::move(prefix)) {}

    void start() {
        for (int i = 0; i < Window; ++i)
            publish();
    }

private:
    static constexpr int Window = 16;

    struct Pending {
        QByteArray id;
        quint64 submittedBefore; // this connection's writes submitted before this mark
    };

    void publish() {
        const int n = m_next++;
        const QByteArray id = m_prefix + QByteArray::number(n);
        const QueueRef queue = queueFor(n);
        MessageRecord record;
        record.exchange = "crash";
        record.routingKey = queue.name;
        record.properties = "p";
        record.body = id + ' ' + QByteArray(200, 'x');
        const quint64 writesBefore = m_writes++;
        auto seqs =
            m_store.enqueue(record, {queue}, {this, [this, id, n, writesBefore](const auto& error) {
                                                  confirmed(id, n, writesBefore, error.has_value());
                                              }});
        if (!seqs) {
            report("E " + seqs.error().text.toUtf8());
            return;
        }
        m_seqs[n] = seqs.value().front();
    }

    void confirmed(const QByteArray& id, int n, quint64 writesBefore, bool failed) {
        if (failed) {
            report("F " + id);
        } else {
            report("C " + id);
            // Every fire-and-forget write submitted before this enqueue is now durable too.
            drain(m_pendingAcks, writesBefore, "A ");
            drain(m_pendingDeliveries, writesBefore, "D ");
            const QueueRef queue = queueFor(n);
            const quint64 seq = m_seqs.take(n);
            // Most are acked, so that what the test reloads after each kill stays small.
            if (n % 4 != 3) {
                // Said before the ack goes out: from here on the message may be gone, and a
                // kill before its "A" line must not count as a lost confirmed message.
                report("a " + id);
                m_store.ack(queue, {seq});
                m_pendingAcks.push_back({id, m_writes++});
            } else if (n % 8 == 3) {
                m_store.markDelivered(queue, {seq});
                m_pendingDeliveries.push_back({id, m_writes++});
            }
        }
        publish();
    }

    static void drain(std::deque<Pending>& pending, quint64 writesBefore, const char* tag) {
        while (!pending.empty() && pending.front().submittedBefore < writesBefore) {
            report(tag + pending.front().id);
            pending.pop_front();
        }
    }

    MessageStore& m_store;
    QByteArray m_prefix;
    int m_next = 0;
    quint64 m_writes = 0;
    QHash<int, quint64> m_seqs;
    std::deque<Pending> m_pendingAcks;
    std::deque<Pending> m_pendingDeliveries;
};

std::unique_ptr<SqliteStore> openStore(const QString& dataDir, const QString& keyFile) {
    SqliteStore::Options options;
    options.directory = dataDir;
    auto store = SqliteStore::open(options, std::make_shared<FileKeyProvider>(keyFile));
    if (!store) {
        report("ERROR " + store.error().text.toUtf8());
        return nullptr;
    }
    return std::move(store.value());
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 64;
    auto store = openStore(args[2], args[3]);
    if (!store)
        return 2;
    if (args[1] == QLatin1String("hold")) {
        report("HOLDING " + QByteArray::number(qint64(::getpid())));
        return app.exec();
    }
    if (args[1] != QLatin1String("run") || args.size() < 6)
        return 64;
    const QByteArray round = args[4].toUtf8();
    const int connections = args[5].toInt();

    store->putVhost({"/", {}});
    for (int q = 0; q < 3; ++q)
        store->putQueue({"/", queueFor(q).name, false, {}});
    report("READY");

    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<Connection*> workers;
    for (int c = 0; c < connections; ++c) {
        auto thread = std::make_unique<QThread>();
        auto* worker = new Connection(*store, "r" + round + "-c" + QByteArray::number(c) + "-");
        worker->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(
            worker, [worker] { worker->start(); }, Qt::QueuedConnection);
        threads.push_back(std::move(thread));
        workers.push_back(worker);
    }
    // A safety net: a helper the test forgot to kill does not run forever.
    QTimer::singleShot(60000, &app, [&app] { app.exit(3); });
    const int code = app.exec();
    for (auto& thread : threads) {
        thread->quit();
        thread->wait();
    }
    return code;
}
