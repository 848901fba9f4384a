// The Logs tab offscreen: the console passes the backend's records on, pause holds the view,
// jump-to-time selects, and export writes what the filters show, off the UI thread.

#include "fake_backend.h"
#include "models/log_filter_model.h"
#include "models/log_model.h"
#include "views/console_window.h"
#include "views/log_page.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

warren::LogRecord record(int number, warren::LogLevel level = warren::LogLevel::Info) {
    warren::LogRecord r;
    r.time = QDateTime(QDate(2026, 11, 25), QTime(12, 0)).addSecs(number);
    r.level = level;
    r.category = number % 2 ? QStringLiteral("amqp") : QStringLiteral("store");
    r.text = QStringLiteral("record %1").arg(number);
    return r;
}

} // namespace

class TestLogPage : public QObject {
    Q_OBJECT
private slots:
    void theConsoleShowsTheBackendsRecords() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        auto* page = window.findChild<LogPage*>(QStringLiteral("logsPage"));
        QVERIFY(page);
        for (int i = 0; i < 10; ++i)
            emit backend.logRecorded(record(i));
        QTRY_COMPARE(page->view()->model()->rowCount(), 10);
    }

    void pauseHoldsTheViewUntilResume() {
        LogPage page;
        auto* pause = page.findChild<QPushButton*>(QStringLiteral("logPause"));
        pause->setChecked(true);
        for (int i = 0; i < 5; ++i)
            page.append(record(i));
        page.model()->flush(); // what the batch timer would do: nothing while paused
        QCOMPARE(page.view()->model()->rowCount(), 0);
        pause->setChecked(false);
        QCOMPARE(page.view()->model()->rowCount(), 5);
    }

    void theFiltersNarrowTheViewAndCategoriesAreOffered() {
        LogPage page;
        for (int i = 0; i < 10; ++i)
            page.append(record(i, i == 7 ? warren::LogLevel::Error : warren::LogLevel::Info));
        page.model()->flush();
        auto* category = page.findChild<QComboBox*>(QStringLiteral("logCategory"));
        QCOMPARE(category->count(), 3); // all, amqp, store
        category->setCurrentIndex(category->findData(QStringLiteral("amqp")));
        QCOMPARE(page.view()->model()->rowCount(), 5);
        page.findChild<QComboBox*>(QStringLiteral("logLevel"))->setCurrentIndex(3); // errors
        QCOMPARE(page.view()->model()->rowCount(), 1);
        category->setCurrentIndex(0);
        page.findChild<QComboBox*>(QStringLiteral("logLevel"))->setCurrentIndex(0);
        page.findChild<QLineEdit*>(QStringLiteral("logsFilter"))->setText(QStringLiteral("d 3"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
    }

    void jumpToTimeSelectsTheFirstRecordAtOrAfterIt() {
        LogPage page;
        for (int i = 0; i < 100; ++i)
            page.append(record(i * 10));
        page.model()->flush();
        page.jumpTo(record(425).time);
        const QModelIndexList selected = page.view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().siblingAtColumn(LogModel::Text).data().toString(),
                 QStringLiteral("record 430"));
    }

    void exportWritesTheShownRecordsOffTheUiThread() {
        LogPage page;
        for (int i = 0; i < 1000; ++i)
            page.append(
                record(i, i % 100 == 0 ? warren::LogLevel::Warning : warren::LogLevel::Info));
        page.model()->flush();
        page.filter()->setMinimumLevel(warren::LogLevel::Warning);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("warren.log"));
        QSignalSpy finished(&page, &LogPage::exportFinished);
        page.exportTo(path);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).toString(), QString()); // no error
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 11); // ten records and the final newline
        QVERIFY(lines.first().contains("[warning]"));
        QVERIFY(lines.first().endsWith("record 0"));

        QSignalSpy failed(&page, &LogPage::exportFinished);
        page.exportTo(dir.filePath(QStringLiteral("missing/dir/warren.log")));
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestLogPage)
#include "tst_log_page.moc"
