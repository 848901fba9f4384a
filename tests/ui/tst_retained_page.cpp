// The Retained tab: MQTT's retained messages listed with their size, QoS and age, the selected
// one's payload shown, and deleted after a question — against a backend the test answers by
// hand, and against a real embedded broker fed and checked with mosquitto_pub and mosquitto_sub
// (clients written by others).

#include "backends/embedded_backend.h"
#include "embedded_test_support.h"
#include "fake_backend.h"
#include "models/retained_table_model.h"
#include "mosquitto_broker.h"
#include "screenshot.h"
#include "views/retained_page.h"
#include "views/table_page.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace {

warren::RetainedMessage retained(const QString& topic, const QByteArray& payload, int qos,
                                 const QDateTime& storedAt) {
    warren::RetainedMessage m;
    m.topic = topic;
    m.payload = payload;
    m.payloadSize = payload.size();
    m.qos = qos;
    m.storedAt = storedAt;
    return m;
}

QString cell(RetainedPage& page, int row, int column) {
    return page.model()->index(row, column).data().toString();
}

void selectTopic(RetainedPage& page, const QString& topic) {
    const int row = page.model()->rowOf(topic);
    QVERIFY(row >= 0);
    const QModelIndex shown = page.table()->proxy()->mapFromSource(page.model()->index(row, 0));
    page.table()->view()->selectRow(shown.row());
}

} // namespace

class TestRetainedPage : public QObject {
    Q_OBJECT
private slots:
    void listsShowsAndDeletes() {
        FakeBackend backend;
        const QDateTime now = QDateTime::currentDateTime();
        backend.retained = {
            retained(QStringLiteral("home/door"), "open", 1, now.addSecs(-90)),
            retained(QStringLiteral("sensors/1/temp"), R"({"celsius":21.5,"ok":true})", 0,
                     now.addSecs(-5)),
            retained(QStringLiteral("legacy/blob"), QByteArray("\x00\x01\xff", 3), 2, {})};
        RetainedPage page(&backend);
        QStringList questions;
        page.setConfirmation([&questions](const QString& question) {
            questions << question;
            return true;
        });
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("3")));
        const int door = page.model()->rowOf(QStringLiteral("home/door"));
        QCOMPARE(cell(page, door, RetainedTableModel::SizeColumn), QStringLiteral("4"));
        QCOMPARE(cell(page, door, RetainedTableModel::QosColumn), QStringLiteral("1"));
        QCOMPARE(cell(page, door, RetainedTableModel::AgeColumn), QStringLiteral("1 min"));
        QCOMPARE(cell(page, door, RetainedTableModel::PayloadColumn), QStringLiteral("open"));
        const int blob = page.model()->rowOf(QStringLiteral("legacy/blob"));
        QCOMPARE(cell(page, blob, RetainedTableModel::AgeColumn), QStringLiteral("unknown"));

        // The selected one's payload, JSON pretty-printed.
        selectTopic(page, QStringLiteral("sensors/1/temp"));
        const QString shown = page.payloadView()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("topic: sensors/1/temp")));
        QVERIFY(shown.contains(QStringLiteral("\"celsius\": 21.5")));

        // Delete asks, then clears it; the list follows.
        auto* remove = page.findChild<QAction*>(QStringLiteral("deleteRetainedAction"));
        QVERIFY(remove->isEnabled());
        page.deleteSelected();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("sensors/1/temp")));
        QCOMPARE(backend.deletedRetained, QStringList{QStringLiteral("sensors/1/temp")});
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->rowOf(QStringLiteral("sensors/1/temp")), -1);
    }

    void aBrokerWithoutRetainedMessagesGreysTheActionsOut() {
        FakeBackend backend;
        backend.unsupported = {BrokerBackend::Feature::Retained};
        RetainedPage page(&backend);
        page.refresh(); // asks nothing of such a broker
        auto* remove = page.findChild<QAction*>(QStringLiteral("deleteRetainedAction"));
        auto* refresh = page.findChild<QAction*>(QStringLiteral("refreshRetainedAction"));
        QVERIFY(!remove->isEnabled());
        QVERIFY(!refresh->isEnabled());
        QCOMPARE(remove->toolTip(), backend.unsupportedReason(BrokerBackend::Feature::Retained));
    }

    // A real broker: what mosquitto_pub retains is listed; what the console deletes, a new
    // mosquitto_sub no longer gets.
    void aRealBrokersRetainedMessages() {
        EmbeddedBroker embedded(addMqttListener);
        QVERIFY(embedded.start());
        EmbeddedBackend* backend = embedded.backend();
        const quint16 port = listenerPort(embedded, QStringLiteral("mqtt"));
        QVERIFY(port != 0);
        QVERIFY(publish(port, {QStringLiteral("-t"), QStringLiteral("home/door"),
                               QStringLiteral("-m"), QStringLiteral("open"), QStringLiteral("-r"),
                               QStringLiteral("-q"), QStringLiteral("1")}));
        QVERIFY(
            publish(port, {QStringLiteral("-t"), QStringLiteral("sensors/kitchen/temp"),
                           QStringLiteral("-m"), QStringLiteral(R"({"celsius": 21.5})"),
                           QStringLiteral("-r"), QStringLiteral("-V"), QStringLiteral("mqttv5"),
                           QStringLiteral("-D"), QStringLiteral("publish"),
                           QStringLiteral("content-type"), QStringLiteral("application/json")}));

        RetainedPage page(backend);
        page.setConfirmation([](const QString&) { return true; });
        page.resize(900, 500);
        page.refresh();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        const int door = page.model()->rowOf(QStringLiteral("home/door"));
        QCOMPARE(page.model()->messageAt(door).payload, QByteArray("open"));
        QCOMPARE(page.model()->messageAt(door).qos, 1);
        QVERIFY(page.model()->messageAt(door).storedAt.isValid());
        const int kitchen = page.model()->rowOf(QStringLiteral("sensors/kitchen/temp"));
        QCOMPARE(page.model()->messageAt(kitchen).contentType, QStringLiteral("application/json"));
        selectTopic(page, QStringLiteral("sensors/kitchen/temp"));
        saveScreenshot(&page, QStringLiteral("retained-page.png"));

        selectTopic(page, QStringLiteral("home/door"));
        page.deleteSelected();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        // A new subscriber gets the kitchen's and nothing for the door (and then times out: 27).
        const QByteArray got = runClient(
            QStringLiteral("/usr/bin/mosquitto_sub"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(port), QStringLiteral("-t"), QStringLiteral("#"), QStringLiteral("-v"),
             QStringLiteral("-W"), QStringLiteral("2"), QStringLiteral("--retained-only")},
            27);
        QCOMPARE(got, QByteArray("sensors/kitchen/temp {\"celsius\": 21.5}\n"));
        QVERIFY(embedded.stop());
    }
};

QTEST_MAIN(TestRetainedPage)
#include "tst_retained_page.moc"
