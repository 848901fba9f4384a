#include "models/exchange_table_model.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using warren::ExchangeInfo;

namespace {

ExchangeInfo exchange(const QString& vhost, const QString& name, const QString& type, double in = 0,
                      double out = 0) {
    ExchangeInfo info;
    info.vhost = vhost;
    info.name = name;
    info.type = type;
    info.durable = true;
    info.publishInRate = in;
    info.publishOutRate = out;
    return info;
}

QString text(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class TestExchangeTableModel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headersNameEveryColumn();
    void defaultExchangeHasAReadableName();
    void featuresUseRabbitAbbreviations();
    void addChangeRemove();
    void sameNameInAnotherVhostIsAnotherExchange();
    void proxySortsRatesNumerically();

private:
    ExchangeTableModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestExchangeTableModel::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExchangeTableModel::init() {
    m_model = new ExchangeTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestExchangeTableModel::cleanup() {
    delete m_tester;
    delete m_model;
}

void TestExchangeTableModel::headersNameEveryColumn() {
    QCOMPARE(m_model->columnCount(), int(ExchangeTableModel::ColumnCount));
    const QStringList expected{QStringLiteral("Name"), QStringLiteral("Vhost"),
                               QStringLiteral("Type"), QStringLiteral("Features"),
                               QStringLiteral("In/s"), QStringLiteral("Out/s")};
    for (int column = 0; column < expected.size(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
}

void TestExchangeTableModel::defaultExchangeHasAReadableName() {
    m_model->setExchanges(
        {exchange(QStringLiteral("/"), QString(), QStringLiteral("direct")),
         exchange(QStringLiteral("/"), QStringLiteral("amq.topic"), QStringLiteral("topic"))});
    const auto name = m_model->index(0, ExchangeTableModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("(AMQP default)"));
    // Sorting still treats it as the empty name, so it heads an ascending list.
    QCOMPARE(name.data(SnapshotTableModel::SortRole).toString(), QString());
    QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!m_model->index(1, ExchangeTableModel::NameColumn).data(Qt::FontRole).isValid());
    QCOMPARE(text(*m_model, 1, ExchangeTableModel::NameColumn), QStringLiteral("amq.topic"));
    QCOMPARE(text(*m_model, 1, ExchangeTableModel::TypeColumn), QStringLiteral("topic"));
}

void TestExchangeTableModel::featuresUseRabbitAbbreviations() {
    auto all = exchange(QStringLiteral("/"), QStringLiteral("all"), QStringLiteral("fanout"));
    all.autoDelete = true;
    all.internal = true;
    auto none = exchange(QStringLiteral("/"), QStringLiteral("none"), QStringLiteral("fanout"));
    none.durable = false;
    m_model->setExchanges({all, none});
    QCOMPARE(text(*m_model, 0, ExchangeTableModel::FeaturesColumn), QStringLiteral("D AD I"));
    QCOMPARE(text(*m_model, 1, ExchangeTableModel::FeaturesColumn), QString());
    QCOMPARE(m_model->index(0, ExchangeTableModel::FeaturesColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Durable, Auto-delete, Internal"));
}

void TestExchangeTableModel::addChangeRemove() {
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    const auto orders =
        exchange(QStringLiteral("/"), QStringLiteral("orders"), QStringLiteral("topic"), 10, 20);
    const auto events =
        exchange(QStringLiteral("/"), QStringLiteral("events"), QStringLiteral("fanout"));
    m_model->setExchanges({orders});
    m_model->setExchanges({orders, events});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(text(*m_model, 0, ExchangeTableModel::InRateColumn), QStringLiteral("10.0"));
    QCOMPARE(text(*m_model, 0, ExchangeTableModel::OutRateColumn), QStringLiteral("20.0"));
    QCOMPARE(changed.size(), 0);

    auto faster = orders;
    faster.publishOutRate = 42.5;
    m_model->setExchanges({faster, events});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             m_model->index(0, ExchangeTableModel::OutRateColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(0, ExchangeTableModel::OutRateColumn));
    QCOMPARE(text(*m_model, 0, ExchangeTableModel::OutRateColumn), QStringLiteral("42.5"));

    m_model->setExchanges({events});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(text(*m_model, 0, ExchangeTableModel::NameColumn), QStringLiteral("events"));
    QCOMPARE(changed.size(), 1);
}

void TestExchangeTableModel::sameNameInAnotherVhostIsAnotherExchange() {
    m_model->setExchanges({exchange(QStringLiteral("/"), QString(), QStringLiteral("direct")),
                           exchange(QStringLiteral("shop"), QString(), QStringLiteral("direct"))});
    QCOMPARE(m_model->rowCount(), 2);
}

void TestExchangeTableModel::proxySortsRatesNumerically() {
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(SnapshotTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setExchanges(
        {exchange(QStringLiteral("/"), QStringLiteral("a"), QStringLiteral("topic"), 100),
         exchange(QStringLiteral("/"), QStringLiteral("b"), QStringLiteral("topic"), 9.5),
         exchange(QStringLiteral("/"), QStringLiteral("c"), QStringLiteral("topic"), 20)});
    proxy.sort(ExchangeTableModel::InRateColumn, Qt::DescendingOrder);
    QCOMPARE(text(proxy, 0, ExchangeTableModel::NameColumn), QStringLiteral("a"));
    QCOMPARE(text(proxy, 1, ExchangeTableModel::NameColumn), QStringLiteral("c"));
    QCOMPARE(text(proxy, 2, ExchangeTableModel::NameColumn), QStringLiteral("b"));
}

QTEST_MAIN(TestExchangeTableModel)
#include "tst_exchange_table_model.moc"
