// The Logs tab's model: a bounded ring of records that reaches views in batches, and the
// filter over it.

#include "models/log_filter_model.h"
#include "models/log_model.h"

#include <QSignalSpy>
#include <QTest>

namespace {

warren::LogRecord record(int number, warren::LogLevel level = warren::LogLevel::Info,
                         const QString& category = QStringLiteral("broker")) {
    warren::LogRecord r;
    r.time = QDateTime(QDate(2026, 11, 25), QTime(12, 0)).addSecs(number);
    r.level = level;
    r.category = category;
    r.text = QStringLiteral("record %1").arg(number);
    return r;
}

} // namespace

class TestLogModel : public QObject {
    Q_OBJECT
private slots:
    void keepsTheNewestRecordsUpToItsCapacity() {
        LogModel model(nullptr, 5);
        for (int i = 0; i < 12; ++i)
            model.append(record(i));
        model.flush();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(0).text, QStringLiteral("record 7"));
        QCOMPARE(model.record(4).text, QStringLiteral("record 11"));
        model.append(record(12));
        model.flush();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.record(0).text, QStringLiteral("record 8"));
    }

    void recordsArriveInBatchesNotOneByOne() {
        LogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 1000; ++i)
            model.append(record(i));
        QCOMPARE(model.rowCount(), 0); // not yet: the batch goes out within 100 ms
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.count(), 1);
    }

    void pausedItKeepsCollectingAndShowsEverythingOnResume() {
        LogModel model(nullptr, 100);
        model.setPaused(true);
        for (int i = 0; i < 150; ++i)
            model.append(record(i));
        model.flush(); // what the batch timer would do: nothing while paused
        QCOMPARE(model.rowCount(), 0);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 100); // bounded even while paused
        QCOMPARE(model.record(0).text, QStringLiteral("record 50"));
    }

    void theFilterSelectsByLevelCategoryAndText() {
        LogModel model;
        model.append(record(1, warren::LogLevel::Info, QStringLiteral("amqp")));
        model.append(record(2, warren::LogLevel::Warning, QStringLiteral("amqp")));
        model.append(record(3, warren::LogLevel::Error, QStringLiteral("store")));
        model.append(record(4, warren::LogLevel::Debug, QStringLiteral("broker")));
        model.flush();
        QCOMPARE(model.categories(), (QStringList{QStringLiteral("amqp"), QStringLiteral("broker"),
                                                  QStringLiteral("store")}));
        LogFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setMinimumLevel(warren::LogLevel::Warning);
        QCOMPARE(filter.rowCount(), 2);
        filter.setCategory(QStringLiteral("store"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setMinimumLevel(warren::LogLevel::Debug);
        filter.setCategory({});
        filter.setText(QStringLiteral("RECORD 4"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, LogModel::Category).data().toString(), QStringLiteral("broker"));
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_log_model.moc"
