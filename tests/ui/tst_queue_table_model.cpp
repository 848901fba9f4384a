#include "models/queue_table_model.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using warren::QueueInfo;

namespace {

QueueInfo queue(const QString& vhost, const QString& name, quint64 ready = 0, quint64 unacked = 0) {
    QueueInfo info;
    info.vhost = vhost;
    info.name = name;
    info.messagesReady = ready;
    info.messagesUnacked = unacked;
    return info;
}

QString text(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class TestQueueTableModel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headersNameEveryColumn();
    void addsRowsForNewQueues();
    void changedCounterEmitsDataChangedForThatCellOnly();
    void unchangedSnapshotEmitsNothing();
    void removesVanishedQueues();
    void sameNameInAnotherVhostIsAnotherQueue();
    void mixedSnapshotInsertsRemovesAndUpdatesTogether();
    void numbersAreRightAlignedAndLocalised();
    void proxySortsNumbersNumerically();
    void selectionSurvivesRefresh();
    void showsFeaturesAndPersistentCount();
    void showsTypeAndWhereTheQueueLives();

private:
    QueueTableModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestQueueTableModel::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestQueueTableModel::init() {
    m_model = new QueueTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestQueueTableModel::cleanup() {
    delete m_tester;
    delete m_model;
}

void TestQueueTableModel::headersNameEveryColumn() {
    QCOMPARE(m_model->columnCount(), int(QueueTableModel::ColumnCount));
    const QStringList expected{
        QStringLiteral("Name"),      QStringLiteral("Vhost"),      QStringLiteral("Type"),
        QStringLiteral("Features"),  QStringLiteral("Ready"),      QStringLiteral("Unacked"),
        QStringLiteral("Total"),     QStringLiteral("Persistent"), QStringLiteral("Consumers"),
        QStringLiteral("Publish/s"), QStringLiteral("Deliver/s")};
    for (int column = 0; column < expected.size(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
}

void TestQueueTableModel::addsRowsForNewQueues() {
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("orders"), 5, 2)});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(inserted.size(), 1);

    auto second = queue(QStringLiteral("/"), QStringLiteral("invoices"), 7);
    second.consumers = 3;
    second.publishRate = 12.26;
    second.deliverRate = 11;
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("orders"), 5, 2), second});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);

    QCOMPARE(text(*m_model, 0, QueueTableModel::NameColumn), QStringLiteral("orders"));
    QCOMPARE(text(*m_model, 0, QueueTableModel::TotalColumn), QStringLiteral("7"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::NameColumn), QStringLiteral("invoices"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::VhostColumn), QStringLiteral("/"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::ConsumersColumn), QStringLiteral("3"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::PublishRateColumn), QStringLiteral("12.3"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::DeliverRateColumn), QStringLiteral("11.0"));
    QCOMPARE(m_model->queueAt(1).name, QStringLiteral("invoices"));
}

void TestQueueTableModel::changedCounterEmitsDataChangedForThatCellOnly() {
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a"), 1),
                        queue(QStringLiteral("/"), QStringLiteral("b"), 1),
                        queue(QStringLiteral("/"), QStringLiteral("c"), 1)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    auto b = queue(QStringLiteral("/"), QStringLiteral("b"), 1);
    b.consumers = 4;
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a"), 1), b,
                        queue(QStringLiteral("/"), QStringLiteral("c"), 1)});

    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->index(1, QueueTableModel::ConsumersColumn));
    QCOMPARE(bottomRight, m_model->index(1, QueueTableModel::ConsumersColumn));
    QCOMPARE(text(*m_model, 1, QueueTableModel::ConsumersColumn), QStringLiteral("4"));

    // Ready feeds Total too, so both cells (and the ones between) are reported.
    changed.clear();
    b.messagesReady = 10;
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a"), 1), b,
                        queue(QStringLiteral("/"), QStringLiteral("c"), 1)});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             m_model->index(1, QueueTableModel::ReadyColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(1, QueueTableModel::TotalColumn));
    QCOMPARE(text(*m_model, 1, QueueTableModel::TotalColumn), QStringLiteral("10"));
}

void TestQueueTableModel::unchangedSnapshotEmitsNothing() {
    const QList<QueueInfo> queues{queue(QStringLiteral("/"), QStringLiteral("a"), 1),
                                  queue(QStringLiteral("/"), QStringLiteral("b"), 2)};
    m_model->setQueues(queues);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    m_model->setQueues(queues);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(layout.size(), 0);
}

void TestQueueTableModel::removesVanishedQueues() {
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a")),
                        queue(QStringLiteral("/"), QStringLiteral("b")),
                        queue(QStringLiteral("/"), QStringLiteral("c")),
                        queue(QStringLiteral("/"), QStringLiteral("d"))});
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a")),
                        queue(QStringLiteral("/"), QStringLiteral("d"))});
    QCOMPARE(m_model->rowCount(), 2);
    // b and c were adjacent: one removal of the run [1, 2].
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(text(*m_model, 0, QueueTableModel::NameColumn), QStringLiteral("a"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::NameColumn), QStringLiteral("d"));

    m_model->setQueues({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(removed.size(), 2);
}

void TestQueueTableModel::sameNameInAnotherVhostIsAnotherQueue() {
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("orders"), 1),
                        queue(QStringLiteral("shop"), QStringLiteral("orders"), 2)});
    QCOMPARE(m_model->rowCount(), 2);

    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setQueues({queue(QStringLiteral("shop"), QStringLiteral("orders"), 2)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(text(*m_model, 0, QueueTableModel::VhostColumn), QStringLiteral("shop"));
}

void TestQueueTableModel::mixedSnapshotInsertsRemovesAndUpdatesTogether() {
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a"), 1),
                        queue(QStringLiteral("/"), QStringLiteral("b"), 1),
                        queue(QStringLiteral("/"), QStringLiteral("c"), 1)});
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    // The broker may list queues in any order; the model keeps its own.
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("e"), 1),
                        queue(QStringLiteral("/"), QStringLiteral("c"), 9),
                        queue(QStringLiteral("/"), QStringLiteral("a"), 1)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(text(*m_model, 0, QueueTableModel::NameColumn), QStringLiteral("a"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::NameColumn), QStringLiteral("c"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::ReadyColumn), QStringLiteral("9"));
    QCOMPARE(text(*m_model, 2, QueueTableModel::NameColumn), QStringLiteral("e"));
}

void TestQueueTableModel::numbersAreRightAlignedAndLocalised() {
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("big"), 1234567)});
    QCOMPARE(text(*m_model, 0, QueueTableModel::ReadyColumn), QStringLiteral("1,234,567"));
    QCOMPARE(m_model->index(0, QueueTableModel::ReadyColumn)
                 .data(SnapshotTableModel::SortRole)
                 .toULongLong(),
             1234567ULL);
    const auto alignment = [&](int column) {
        return Qt::Alignment(m_model->index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    QVERIFY(alignment(QueueTableModel::ReadyColumn) & Qt::AlignRight);
    QVERIFY(alignment(QueueTableModel::PublishRateColumn) & Qt::AlignRight);
    QVERIFY(alignment(QueueTableModel::NameColumn) & Qt::AlignLeft);
    QVERIFY(
        Qt::Alignment(
            m_model->headerData(QueueTableModel::ReadyColumn, Qt::Horizontal, Qt::TextAlignmentRole)
                .toInt()) &
        Qt::AlignRight);
}

void TestQueueTableModel::proxySortsNumbersNumerically() {
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(SnapshotTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    // As text "10000" < "9" < "950"; as numbers 9 < 950 < 10000.
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a"), 10000),
                        queue(QStringLiteral("/"), QStringLiteral("b"), 9),
                        queue(QStringLiteral("/"), QStringLiteral("c"), 950)});
    proxy.sort(QueueTableModel::ReadyColumn, Qt::AscendingOrder);
    QCOMPARE(text(proxy, 0, QueueTableModel::NameColumn), QStringLiteral("b"));
    QCOMPARE(text(proxy, 1, QueueTableModel::NameColumn), QStringLiteral("c"));
    QCOMPARE(text(proxy, 2, QueueTableModel::NameColumn), QStringLiteral("a"));

    // A counter change re-sorts the proxy without a reset of the source.
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a"), 10000),
                        queue(QStringLiteral("/"), QStringLiteral("b"), 20000),
                        queue(QStringLiteral("/"), QStringLiteral("c"), 950)});
    QCOMPARE(text(proxy, 2, QueueTableModel::NameColumn), QStringLiteral("b"));
}

void TestQueueTableModel::selectionSurvivesRefresh() {
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("a"), 1),
                        queue(QStringLiteral("/"), QStringLiteral("b"), 2),
                        queue(QStringLiteral("/"), QStringLiteral("c"), 3)});
    const QPersistentModelIndex selected = m_model->index(2, QueueTableModel::NameColumn);

    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("b"), 20),
                        queue(QStringLiteral("/"), QStringLiteral("c"), 30),
                        queue(QStringLiteral("/"), QStringLiteral("z"), 0)});
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data().toString(), QStringLiteral("c"));
}

QTEST_MAIN(TestQueueTableModel)
#include "tst_queue_table_model.moc"

void TestQueueTableModel::showsFeaturesAndPersistentCount() {
    warren::QueueInfo queue;
    queue.vhost = QStringLiteral("/");
    queue.name = QStringLiteral("orders");
    queue.durable = true;
    queue.autoDelete = true;
    queue.messagesReady = 10;
    queue.messagesPersistent = 7;
    m_model->setQueues({queue});
    QCOMPARE(m_model->index(0, QueueTableModel::FeaturesColumn).data().toString(),
             QStringLiteral("D AD"));
    QCOMPARE(m_model->index(0, QueueTableModel::PersistentColumn).data().toString(),
             QStringLiteral("7"));
}

void TestQueueTableModel::showsTypeAndWhereTheQueueLives() {
    warren::QueueInfo classic = queue(QStringLiteral("/"), QStringLiteral("plain"));
    classic.type = QStringLiteral("classic");
    classic.leader = QStringLiteral("rabbit@a");
    warren::QueueInfo quorum = queue(QStringLiteral("/"), QStringLiteral("orders"));
    quorum.type = QStringLiteral("quorum");
    quorum.leader = QStringLiteral("rabbit@b");
    quorum.members = {QStringLiteral("rabbit@a"), QStringLiteral("rabbit@b"),
                      QStringLiteral("rabbit@c")};
    quorum.onlineMembers = {QStringLiteral("rabbit@a"), QStringLiteral("rabbit@b")};
    m_model->setQueues({classic, quorum});
    QCOMPARE(text(*m_model, 0, QueueTableModel::TypeColumn), QStringLiteral("classic"));
    QCOMPARE(text(*m_model, 1, QueueTableModel::TypeColumn), QStringLiteral("quorum"));
    QCOMPARE(m_model->index(0, QueueTableModel::TypeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Node: rabbit@a"));
    const QString placement =
        m_model->index(1, QueueTableModel::TypeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(placement.contains(QStringLiteral("Leader: rabbit@b")), qPrintable(placement));
    QVERIFY2(placement.contains(QStringLiteral("Members: rabbit@a, rabbit@b, rabbit@c")),
             qPrintable(placement));
    QVERIFY2(placement.contains(QStringLiteral("Offline: rabbit@c")), qPrintable(placement));

    // The type is compared like every column: a change is signalled for that cell.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    quorum.type = QStringLiteral("stream");
    m_model->setQueues({classic, quorum});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(QueueTableModel::TypeColumn));
}
