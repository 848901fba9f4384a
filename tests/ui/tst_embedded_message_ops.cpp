// The message browser's operations against a real embedded broker, with pika on the other
// side: a move takes exactly the chosen persistent messages to another queue, a message
// dead-lettered by a client's reject goes back to the queue it died in, and an export imported
// again re-creates its messages, properties included.

#include "backends/embedded_backend.h"
#include "embedded_test_support.h"
#include "operation_wait.h"
#include "views/message_browser_page.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestEmbeddedMessageOps : public QObject {
    Q_OBJECT

    std::unique_ptr<EmbeddedBroker> m_embedded;
    EmbeddedBackend* m_backend = nullptr;
    MessageBrowserPage* m_page = nullptr;

    quint16 port() const { return m_backend->listeners().first().port; }

    // Shows `queue` in the browser and waits for its messages.
    void browse(const QString& queue, int expected) {
        warren::QueueInfo info;
        info.vhost = QStringLiteral("/");
        info.name = queue;
        m_page->setQueues({info});
        m_page->selectQueue(QStringLiteral("/"), queue);
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        m_page->peek();
        QVERIFY(nextResultOf(finished, warren::OperationResult::Kind::PeekMessages));
        QCOMPARE(m_page->view()->model()->rowCount(), expected);
    }

    void select(const QList<int>& rows) {
        QItemSelectionModel* selection = m_page->view()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(m_page->view()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    // Runs the transfer and waits for its answer and the peek that follows it.
    warren::OperationResult transfer(warren::MessageTransfer::Mode mode,
                                     const MessageTarget& target = {}) {
        QSignalSpy finished(m_backend, &BrokerBackend::operationFinished);
        m_page->transferSelected(mode, target);
        const auto result = takeResult(finished);
        nextResultOf(
            finished,
            warren::OperationResult::Kind::PeekMessages); // the peek that shows the queue after it
        return result;
    }

private slots:
    void init() {
        m_embedded = std::make_unique<EmbeddedBroker>();
        m_backend = m_embedded->backend();
        QVERIFY(m_embedded->start());
        m_page = new MessageBrowserPage(m_backend);
    }

    void cleanup() {
        delete std::exchange(m_page, nullptr);
        QVERIFY(m_embedded->stop());
        m_embedded.reset();
    }

    void moveTakesExactlyTheChosenPersistentMessages() {
        QCOMPARE(runPika(port(), QStringLiteral("ch.queue_declare('inbox', durable=True)\n"
                                                "ch.queue_declare('parked', durable=True)\n"
                                                "for i in range(1, 6):\n"
                                                "    ch.basic_publish('', 'inbox', b'm%d' % i,\n"
                                                "        pika.BasicProperties(delivery_mode=2,"
                                                " message_id='id-%d' % i))\n"
                                                "print('ok')")),
                 QByteArray("ok\n"));
        browse(QStringLiteral("inbox"), 5);
        select({1, 3});
        const auto result = transfer(warren::MessageTransfer::Mode::Move,
                                     {false, QString(), QStringLiteral("parked")});
        QCOMPARE(result.kind, warren::OperationResult::Kind::MoveMessages);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.count, quint64(2));
        QCOMPARE(m_page->view()->model()->rowCount(), 3); // re-peeked

        const QString drain = QStringLiteral(
            "def drain(q):\n"
            "    out = []\n"
            "    while True:\n"
            "        m, p, body = ch.basic_get(q, auto_ack=True)\n"
            "        if m is None:\n"
            "            return ' '.join(out)\n"
            "        out.append('%s/%s/%s' % (body.decode(), p.message_id, p.delivery_mode))\n");
        QCOMPARE(runPika(port(), drain + QStringLiteral("print(drain('parked'))\n"
                                                        "print(drain('inbox'))")),
                 QByteArray("m2/id-2/2 m4/id-4/2\nm1/id-1/2 m3/id-3/2 m5/id-5/2\n"));
    }

    void aRejectedDeadLetteredMessageGoesBackToItsQueue() {
        QCOMPARE(runPika(port(), QStringLiteral(
                                     "ch.exchange_declare('dlx', 'fanout')\n"
                                     "ch.queue_declare('dead')\n"
                                     "ch.queue_bind('dead', 'dlx')\n"
                                     "ch.queue_declare('work', arguments={'x-dead-letter-exchange':"
                                     " 'dlx'})\n"
                                     "ch.basic_publish('', 'work', b'retry me')\n"
                                     "m, p, body = ch.basic_get('work')\n"
                                     "ch.basic_reject(m.delivery_tag, requeue=False)\n"
                                     "ch.basic_publish('', 'dead', b'never died')\n"
                                     "print(ch.queue_declare('dead', passive=True)"
                                     ".method.message_count)")),
                 QByteArray("2\n"));
        browse(QStringLiteral("dead"), 2);
        select({0, 1});
        const auto result = transfer(warren::MessageTransfer::Mode::RequeueDeadLettered);
        QCOMPARE(result.kind, warren::OperationResult::Kind::RequeueDeadLettered);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.count, quint64(1));
        QCOMPARE(result.skipped, quint64(1)); // the one that never died has no x-death

        QCOMPARE(runPika(port(),
                         QStringLiteral("m, p, body = ch.basic_get('work', auto_ack=True)\n"
                                        "print(body.decode(), p.headers['x-death'][0]['reason'])\n"
                                        "m, p, body = ch.basic_get('dead', auto_ack=True)\n"
                                        "print(body.decode())\n"
                                        "print(ch.queue_declare('dead', passive=True)"
                                        ".method.message_count)")),
                 QByteArray("retry me rejected\nnever died\n0\n"));
    }

    void anExportImportedAgainRecreatesItsMessages() {
        QCOMPARE(runPika(port(),
                         QStringLiteral("ch.queue_declare('orders')\n"
                                        "ch.queue_declare('restored')\n"
                                        "for i in range(3):\n"
                                        "    ch.basic_publish('', 'orders', b'order %d' % i,\n"
                                        "        pika.BasicProperties(content_type='text/plain',"
                                        " correlation_id='c%d' % i, headers={'tenant': 'acme'}))\n"
                                        "print('ok')")),
                 QByteArray("ok\n"));
        browse(QStringLiteral("orders"), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.jsonl"));
        QSignalSpy exported(m_page, &MessageBrowserPage::exportFinished);
        m_page->exportTo(path);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(1).toString(), QString());

        QSignalSpy imported(m_page, &MessageBrowserPage::importFinished);
        m_page->importFrom(path, {false, QString(), QStringLiteral("restored")});
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().at(0).toULongLong(), quint64(3));
        QCOMPARE(runPika(port(),
                         QStringLiteral("for i in range(3):\n"
                                        "    m, p, body = ch.basic_get('restored', auto_ack=True)\n"
                                        "    print(body.decode(), p.content_type, p.correlation_id,"
                                        " p.headers['tenant'])\n"
                                        "print(ch.queue_declare('orders', passive=True)"
                                        ".method.message_count)")),
                 QByteArray("order 0 text/plain c0 acme\norder 1 text/plain c1 acme\n"
                            "order 2 text/plain c2 acme\n3\n"));
    }
};

QTEST_MAIN(TestEmbeddedMessageOps)
#include "tst_embedded_message_ops.moc"
