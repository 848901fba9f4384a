// The Channels and Consumers tables: one row per channel and per consumer, with RabbitMQ's
// mode letters, and rows updated in place across snapshots.

#include "models/channel_table_model.h"
#include "models/consumer_table_model.h"
#include "sample_snapshot.h"

#include <QAbstractItemModelTester>
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
