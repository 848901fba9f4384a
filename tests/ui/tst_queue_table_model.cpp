#include "models/queue_features.h"
#include "models/queue_table_model.h"
#include "views/app_theme.h"
#include "views/feature_badge_delegate.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyleOptionViewItem>
#include <QTest>
#include <cmath>

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
    void showsAckAndRedeliverRates();
    void readsArgumentsBackFromTheirText();
    void badgeForEachArgumentWithItsValue();
    void qualifiersAloneAreOtherArguments();
    void aQueueWithoutFeaturesHasNoBadges();
    void badgesSitSideBySideInTheCell();
    void badgesReadInLightAndDarkThemes();

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
        QStringLiteral("Name"),       QStringLiteral("Vhost"),      QStringLiteral("Type"),
        QStringLiteral("Features"),   QStringLiteral("Ready"),      QStringLiteral("Unacked"),
        QStringLiteral("Total"),      QStringLiteral("Persistent"), QStringLiteral("Consumers"),
        QStringLiteral("Publish/s"),  QStringLiteral("Deliver/s"),  QStringLiteral("Ack/s"),
        QStringLiteral("Redeliver/s")};
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

void TestQueueTableModel::showsAckAndRedeliverRates() {
    auto busy = queue(QStringLiteral("/"), QStringLiteral("jobs"));
    busy.ackRate = 41.96;
    busy.redeliverRate = 0.5;
    m_model->setQueues({busy});
    QCOMPARE(text(*m_model, 0, QueueTableModel::AckRateColumn), QStringLiteral("42.0"));
    QCOMPARE(text(*m_model, 0, QueueTableModel::RedeliverRateColumn), QStringLiteral("0.5"));
    QCOMPARE(m_model->index(0, QueueTableModel::AckRateColumn).data(SnapshotTableModel::SortRole),
             QVariant(41.96));
    QCOMPARE(m_model->index(0, QueueTableModel::RedeliverRateColumn)
                 .data(Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    // A change of either is signalled for its own cell.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    busy.redeliverRate = 3;
    m_model->setQueues({busy});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(),
             int(QueueTableModel::RedeliverRateColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(),
             int(QueueTableModel::RedeliverRateColumn));
}

void TestQueueTableModel::readsArgumentsBackFromTheirText() {
    using Pairs = QList<std::pair<QString, QString>>;
    QCOMPARE(QueueFeatures::parseArguments(QString()), Pairs());
    QCOMPARE(QueueFeatures::parseArguments(QStringLiteral("x-max-length: 100")),
             Pairs({{QStringLiteral("x-max-length"), QStringLiteral("100")}}));
    // An array's commas stay in its value; an empty value (the default exchange) is a value.
    QCOMPARE(QueueFeatures::parseArguments(
                 QStringLiteral("x-dead-letter-exchange: , x-tags: [a, b], x-message-ttl: 5")),
             Pairs({{QStringLiteral("x-dead-letter-exchange"), QString()},
                    {QStringLiteral("x-tags"), QStringLiteral("[a, b]")},
                    {QStringLiteral("x-message-ttl"), QStringLiteral("5")}}));
}

void TestQueueTableModel::badgeForEachArgumentWithItsValue() {
    auto everything = queue(QStringLiteral("/"), QStringLiteral("everything"));
    everything.durable = true;
    everything.autoDelete = true;
    everything.exclusive = true;
    // As RabbitMQ's JSON and Warren's engine describe them (sorted by name, as RabbitMQ lists).
    everything.arguments = QStringLiteral(
        "x-dead-letter-exchange: dlx, x-dead-letter-routing-key: dead, x-expires: 1800000, "
        "x-max-length: 1000, x-max-length-bytes: 1048576, x-max-priority: 10, "
        "x-message-ttl: 60000, x-overflow: reject-publish, x-queue-mode: lazy, "
        "x-queue-type: classic, x-single-active-consumer: true");
    m_model->setQueues({everything});
    const QModelIndex features = m_model->index(0, QueueTableModel::FeaturesColumn);
    QCOMPARE(features.data().toString(), QStringLiteral("D AD Excl TTL Exp Lim DLX Pri SAC Args"));
    QCOMPARE(features.data(QueueTableModel::BadgesRole).toStringList(),
             QStringList({"D", "AD", "Excl", "TTL", "Exp", "Lim", "DLX", "Pri", "SAC", "Args"}));
    const QStringList tips = features.data(QueueTableModel::BadgeToolTipsRole).toStringList();
    QCOMPARE(tips, QStringList({
                       "D: durable, survives a broker restart",
                       "AD: auto-delete, deleted when its last consumer unsubscribes",
                       "Excl: exclusive, used by one connection and deleted with it",
                       "TTL: x-message-ttl = 60000 ms",
                       "Exp: x-expires = 1800000 ms",
                       "Lim: x-max-length = 1000 messages\nx-max-length-bytes = 1048576 bytes\n"
                       "x-overflow = reject-publish",
                       "DLX: x-dead-letter-exchange = dlx\nx-dead-letter-routing-key = dead",
                       "Pri: x-max-priority = 10",
                       "SAC: x-single-active-consumer = true",
                       "Args: other arguments\nx-queue-mode = lazy\nx-queue-type = classic",
                   }));
    // Over the cell rather than one badge: all of them.
    QCOMPARE(features.data(Qt::ToolTipRole).toString(), tips.join(QLatin1Char('\n')));

    // Each badge on its own, as a queue with only that argument shows it.
    const QList<std::pair<QString, QString>> single{
        {QStringLiteral("x-message-ttl: 500"), QStringLiteral("TTL")},
        {QStringLiteral("x-expires: 500"), QStringLiteral("Exp")},
        {QStringLiteral("x-max-length: 5"), QStringLiteral("Lim")},
        {QStringLiteral("x-max-length-bytes: 5"), QStringLiteral("Lim")},
        {QStringLiteral("x-dead-letter-exchange: "), QStringLiteral("DLX")},
        {QStringLiteral("x-max-priority: 3"), QStringLiteral("Pri")},
        {QStringLiteral("x-single-active-consumer: true"), QStringLiteral("SAC")},
        {QStringLiteral("x-custom: 1"), QStringLiteral("Args")}};
    for (const auto& [arguments, badge] : single) {
        auto one = queue(QStringLiteral("/"), QStringLiteral("one"));
        one.arguments = arguments;
        m_model->setQueues({one});
        QCOMPARE(text(*m_model, 0, QueueTableModel::FeaturesColumn), badge);
    }
    // The default exchange has no name; its tool tip says which one that is.
    QCOMPARE(m_model->index(0, QueueTableModel::FeaturesColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Args: other arguments\nx-custom = 1"));
    auto toDefault = queue(QStringLiteral("/"), QStringLiteral("one"));
    toDefault.arguments = QStringLiteral("x-dead-letter-exchange: ");
    m_model->setQueues({toDefault});
    QCOMPARE(m_model->index(0, QueueTableModel::FeaturesColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("DLX: x-dead-letter-exchange = \"\" (the default exchange)"));
}

void TestQueueTableModel::qualifiersAloneAreOtherArguments() {
    // An overflow without a limit, a routing key without an exchange: nothing to qualify.
    auto odd = queue(QStringLiteral("/"), QStringLiteral("odd"));
    odd.arguments = QStringLiteral("x-dead-letter-routing-key: k, x-overflow: drop-head");
    m_model->setQueues({odd});
    QCOMPARE(text(*m_model, 0, QueueTableModel::FeaturesColumn), QStringLiteral("Args"));
    QCOMPARE(m_model->index(0, QueueTableModel::FeaturesColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Args: other arguments\nx-dead-letter-routing-key = k\n"
                            "x-overflow = drop-head"));
}

void TestQueueTableModel::aQueueWithoutFeaturesHasNoBadges() {
    m_model->setQueues({queue(QStringLiteral("/"), QStringLiteral("plain"))});
    const QModelIndex features = m_model->index(0, QueueTableModel::FeaturesColumn);
    QCOMPARE(features.data().toString(), QString());
    QVERIFY(features.data(QueueTableModel::BadgesRole).toStringList().isEmpty());
    QVERIFY(!features.data(Qt::ToolTipRole).isValid());
}

void TestQueueTableModel::badgesSitSideBySideInTheCell() {
    auto some = queue(QStringLiteral("/"), QStringLiteral("some"));
    some.durable = true;
    some.arguments = QStringLiteral("x-message-ttl: 1, x-max-priority: 2");
    m_model->setQueues({some});
    FeatureBadgeDelegate delegate(QueueTableModel::BadgesRole, QueueTableModel::BadgeToolTipsRole);
    QStyleOptionViewItem option;
    option.rect = QRect(100, 20, 300, 24);
    option.font = QFont();
    const QModelIndex features = m_model->index(0, QueueTableModel::FeaturesColumn);
    const QList<QRect> rects = delegate.badgeRects(option, features);
    QCOMPARE(rects.size(), 3); // D TTL Pri
    for (int i = 0; i < rects.size(); ++i) {
        QVERIFY(option.rect.contains(rects.at(i)));
        if (i > 0)
            QVERIFY(rects.at(i).left() > rects.at(i - 1).right()); // apart, in order
    }
    // Wide enough for every pill, so none is cut off by the column.
    QVERIFY(delegate.sizeHint(option, features).width() >= rects.last().right() - 100);
}

namespace {

// WCAG's contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void TestQueueTableModel::badgesReadInLightAndDarkThemes() {
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Highlight, QColor(48, 140, 198));
    light.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette& palette : {light, AppTheme::darkPalette()})
        for (bool selected : {false, true}) {
            const auto colours = FeatureBadgeDelegate::colours(palette, selected);
            const QColor behind = palette.color(selected ? QPalette::Highlight : QPalette::Base);
            // Letters legible on the pill (WCAG AA for text), the pill visible on the row.
            QVERIFY2(contrast(colours.text, colours.fill) >= 4.5,
                     qPrintable(QString::number(contrast(colours.text, colours.fill))));
            QVERIFY(colours.fill != behind);
            QVERIFY(contrast(colours.border, behind) > 1.5);
        }
}

QTEST_MAIN(TestQueueTableModel)
#include "tst_queue_table_model.moc"
