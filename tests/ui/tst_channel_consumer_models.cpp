// The Channels and Consumers tables: one row per channel and per consumer, with RabbitMQ's
// mode letters, and rows updated in place across snapshots.

#include "models/channel_table_model.h"
#include "models/connection_table_model.h"
#include "models/consumer_table_model.h"
#include "sample_snapshot.h"
#include "views/connection_name_delegate.h"

#include <QAbstractItemModelTester>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

class TestChannelConsumerModels : public QObject {
    Q_OBJECT

    static QString text(const QAbstractItemModel& model, int row, int column) {
        return model.index(row, column).data().toString();
    }

private slots:
    void channelsShowModeConsumersAndUnacked() {
        ChannelTableModel model;
        QAbstractItemModelTester tester(&model);
        const auto snapshot = sampleSnapshot();
        model.applySnapshot(snapshot);
        QCOMPARE(model.rowCount(), snapshot.channels.size());
        const auto& first = snapshot.channels.first();
        QCOMPARE(text(model, 0, ChannelTableModel::ConnectionColumn), first.connection);
        QCOMPARE(text(model, 0, ChannelTableModel::UnackedColumn), QStringLiteral("25"));
        int confirmRows = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            confirmRows += text(model, row, ChannelTableModel::ModeColumn) == QLatin1String("C");
        QCOMPARE(confirmRows, 2);
    }

    // Which application a channel or consumer belongs to: its connection's connection_name,
    // user and client library with version, as the client described itself.
    void rowsNameTheClientOfTheirConnection() {
        auto snapshot = sampleSnapshot();
        warren::ConnectionInfo& owner = snapshot.connections.first();
        owner.connectionName = QStringLiteral("billing-worker");
        owner.user = QStringLiteral("billing");
        owner.clientProduct = QStringLiteral("amqplib");
        owner.clientProperties = {
            {QStringLiteral("product"), QStringLiteral("amqplib")},
            {QStringLiteral("version"), QStringLiteral("0.10.3")},
            {QStringLiteral("connection_name"), QStringLiteral("billing-worker")}};
        for (auto& channel : snapshot.channels)
            if (channel.connection == owner.name)
                channel.user = owner.user;

        ConnectionTableModel connections;
        QAbstractItemModelTester connectionsTester(&connections);
        connections.applySnapshot(snapshot);
        int row = -1;
        for (int r = 0; r < connections.rowCount(); ++r)
            if (text(connections, r, ConnectionTableModel::NameColumn) == owner.name)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(text(connections, row, ConnectionTableModel::ApplicationColumn),
                 QStringLiteral("billing-worker"));
        QCOMPARE(text(connections, row, ConnectionTableModel::ClientColumn),
                 QStringLiteral("amqplib 0.10.3"));

        ChannelTableModel channels;
        QAbstractItemModelTester channelsTester(&channels);
        channels.applySnapshot(snapshot);
        ConsumerTableModel consumers;
        QAbstractItemModelTester consumersTester(&consumers);
        consumers.applySnapshot(snapshot);
        int channelRows = 0;
        for (int r = 0; r < channels.rowCount(); ++r) {
            const bool ours = text(channels, r, ChannelTableModel::ConnectionColumn) == owner.name;
            channelRows += ours;
            QCOMPARE(text(channels, r, ChannelTableModel::ApplicationColumn) ==
                         QLatin1String("billing-worker"),
                     ours);
            if (ours) {
                QCOMPARE(text(channels, r, ChannelTableModel::UserColumn),
                         QStringLiteral("billing"));
                QCOMPARE(text(channels, r, ChannelTableModel::ClientColumn),
                         QStringLiteral("amqplib 0.10.3"));
            }
        }
        QVERIFY(channelRows > 0);
        int consumerRows = 0;
        for (int r = 0; r < consumers.rowCount(); ++r) {
            if (text(consumers, r, ConsumerTableModel::ConnectionColumn) != owner.name)
                continue;
            ++consumerRows;
            QCOMPARE(text(consumers, r, ConsumerTableModel::ApplicationColumn),
                     QStringLiteral("billing-worker"));
            QCOMPARE(text(consumers, r, ConsumerTableModel::UserColumn), QStringLiteral("billing"));
            QCOMPARE(text(consumers, r, ConsumerTableModel::ClientColumn),
                     QStringLiteral("amqplib 0.10.3"));
        }
        QVERIFY(consumerRows > 0);
    }

    // A narrow column drops the broker's side, then the host's start, never the client's port.
    void addressesKeepTheirPortWhenNarrow() {
        const QFontMetrics metrics(QGuiApplication::font());
        const QString name = QStringLiteral("10.20.30.40:53122 -> 127.0.0.1:5672");
        const auto fit = [&](int width) {
            return ConnectionNameDelegate::fit(name, metrics, width);
        };
        QCOMPARE(fit(metrics.horizontalAdvance(name)), name);
        const QString shorter = fit(metrics.horizontalAdvance(name) - 5);
        QVERIFY2(shorter.startsWith(QLatin1String("10.20.30.40:53122 ->")), qPrintable(shorter));
        QCOMPARE(fit(metrics.horizontalAdvance(QStringLiteral("10.20.30.40:53122"))),
                 QStringLiteral("10.20.30.40:53122"));
        for (int width = 10; width < metrics.horizontalAdvance(name); width += 3) {
            const QString shown = fit(width);
            QVERIFY(metrics.horizontalAdvance(shown) <= width || shown.size() <= 1);
            // Whatever is shown of the client's port is all of it.
            if (shown.contains(QLatin1Char(':')) && !shown.contains(QLatin1String("->")))
                QVERIFY2(shown.endsWith(QLatin1String(":53122")), qPrintable(shown));
            QVERIFY2(!shown.contains(QStringLiteral(":53\u2026")), qPrintable(shown));
        }
        // Names that are not addresses elide as before.
        QCOMPARE(ConnectionNameDelegate::fit(QStringLiteral("ID:client-1"), metrics, 1000),
                 QStringLiteral("ID:client-1"));
    }

    void consumersUpdateInPlace() {
        ConsumerTableModel model;
        QAbstractItemModelTester tester(&model);
        auto snapshot = sampleSnapshot();
        model.applySnapshot(snapshot);
        QCOMPARE(model.rowCount(), snapshot.consumers.size());
        QCOMPARE(text(model, 0, ConsumerTableModel::AckColumn), QStringLiteral("manual"));
        QCOMPARE(text(model, 5, ConsumerTableModel::AckColumn), QStringLiteral("auto"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        snapshot.consumers[1].prefetchCount = 99;
        snapshot.consumers.removeLast();
        model.applySnapshot(snapshot);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(text(model, 1, ConsumerTableModel::PrefetchColumn), QStringLiteral("99"));
    }
};

QTEST_MAIN(TestChannelConsumerModels)
#include "tst_channel_consumer_models.moc"
