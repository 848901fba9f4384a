// Queue management from the console offscreen: the new-queue dialog turns its fields into
// RabbitMQ's arguments, purge and delete act on the selected rows only after confirmation,
// and a refusal from the broker shows as an error, not silence.

#include "fake_backend.h"
#include "views/console_window.h"
#include "views/queue_dialog.h"
#include "views/table_page.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

class TestQueueActions : public QObject {
    Q_OBJECT

    static void selectQueues(ConsoleWindow& window, const QStringList& names) {
        auto* view = window.findChild<QTableView*>(QStringLiteral("queuesView"));
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (names.contains(view->model()->index(row, 0).data().toString()))
                view->selectionModel()->select(view->model()->index(row, 0),
                                               QItemSelectionModel::Select |
                                                   QItemSelectionModel::Rows);
    }

private slots:
    void theDialogTurnsFieldsIntoArguments() {
        QueueDialog dialog({QStringLiteral("/"), QStringLiteral("shop")}, {QStringLiteral("dlx")});
        dialog.findChild<QComboBox*>(QStringLiteral("vhost"))->setCurrentIndex(1);
        dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral(" jobs "));
        dialog.findChild<QSpinBox*>(QStringLiteral("messageTtl"))->setValue(60000);
        dialog.findChild<QSpinBox*>(QStringLiteral("maxLength"))->setValue(10);
        dialog.findChild<QComboBox*>(QStringLiteral("overflow"))->setCurrentIndex(1);
        dialog.findChild<QComboBox*>(QStringLiteral("deadLetterExchange"))
            ->setCurrentText(QStringLiteral("dlx"));
        dialog.findChild<QSpinBox*>(QStringLiteral("maxPriority"))->setValue(5);
        dialog.findChild<QCheckBox*>(QStringLiteral("singleActiveConsumer"))->setChecked(true);
        const warren::QueueDefinition d = dialog.definition();
        QCOMPARE(d.vhost, QStringLiteral("shop"));
        QCOMPARE(d.name, QStringLiteral("jobs"));
        QVERIFY(d.durable);
        QCOMPARE(d.messageTtlMs, std::optional<qint64>(60000));
        QCOMPARE(d.maxLength, std::optional<qint64>(10));
        QVERIFY(!d.maxLengthBytes); // "no limit" leaves the argument out
        QCOMPARE(d.overflow, QStringLiteral("reject-publish"));
        QCOMPARE(d.deadLetterExchange, QStringLiteral("dlx"));
        QCOMPARE(d.maxPriority, 5);
        QVERIFY(d.singleActiveConsumer);
    }

    void newQueueSendsTheDialogsDefinition() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<QueueDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("new"));
            dialog->accept();
        });
        window.findChild<QAction*>(QStringLiteral("newQueueAction"))->trigger();
        QCOMPARE(backend.declared.size(), 1);
        QCOMPARE(backend.declared.first().name, QStringLiteral("new"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("new")));
    }

    void quorumAndStreamQueuesAreAlwaysDurable() {
        QueueDialog dialog({QStringLiteral("/")}, {});
        auto* type = dialog.findChild<QComboBox*>(QStringLiteral("queueType"));
        auto* durable = dialog.findChild<QCheckBox*>(QStringLiteral("durable"));
        auto* autoDelete = dialog.findChild<QCheckBox*>(QStringLiteral("autoDelete"));
        QVERIFY(type && !type->accessibleName().isEmpty());
        QCOMPARE(dialog.definition().type, QString()); // classic: no x-queue-type at all
        durable->setChecked(false);
        autoDelete->setChecked(true);
        type->setCurrentIndex(type->findData(QStringLiteral("quorum")));
        QVERIFY(durable->isChecked() && !durable->isEnabled());
        QVERIFY(!autoDelete->isChecked() && !autoDelete->isEnabled());
        warren::QueueDefinition d = dialog.definition();
        QCOMPARE(d.type, QStringLiteral("quorum"));
        QVERIFY(d.durable);
        QVERIFY(!d.autoDelete);
        type->setCurrentIndex(type->findData(QStringLiteral("stream")));
        QCOMPARE(dialog.definition().type, QStringLiteral("stream"));
        type->setCurrentIndex(0);
        QVERIFY(durable->isEnabled() && autoDelete->isEnabled());
        QCOMPARE(dialog.definition().type, QString());
    }

    void queueTypesAreOfferedOnlyWhereTheBrokerHasThem() {
        FakeBackend backend;
        backend.unsupported = {BrokerBackend::Feature::QueueTypes};
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        QString tooltip;
        bool enabled = true;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QueueDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* type = dialog->findChild<QComboBox*>(QStringLiteral("queueType"));
            enabled = type->isEnabled();
            tooltip = type->toolTip();
            dialog->reject();
        });
        window.findChild<QAction*>(QStringLiteral("newQueueAction"))->trigger();
        QVERIFY(!enabled);
        QCOMPARE(tooltip, backend.unsupportedReason(BrokerBackend::Feature::QueueTypes));

        // Where it has them, the chosen type is what the backend is asked to declare.
        backend.unsupported.clear();
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<QueueDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* type = dialog->findChild<QComboBox*>(QStringLiteral("queueType"));
            QVERIFY(type->isEnabled());
            type->setCurrentIndex(type->findData(QStringLiteral("stream")));
            dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("log"));
            dialog->accept();
        });
        window.findChild<QAction*>(QStringLiteral("newQueueAction"))->trigger();
        QCOMPARE(backend.declared.size(), 1);
        QCOMPARE(backend.declared.first().type, QStringLiteral("stream"));
        QVERIFY(backend.declared.first().durable);
    }

    void purgeAndDeleteActOnTheSelectionOnlyWhenConfirmed() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        QStringList questions;
        bool answer = false;
        window.setConfirmation([&](const QString& question) {
            questions << question;
            return answer;
        });
        selectQueues(window, {QStringLiteral("orders.paid"), QStringLiteral("audit.log")});

        window.purgeSelectedQueues();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("orders.paid")));
        QVERIFY(backend.purged.isEmpty()); // declined

        answer = true;
        window.purgeSelectedQueues();
        QCOMPARE(backend.purged.size(), 2);
        QVERIFY(backend.purged.contains({QStringLiteral("shop"), QStringLiteral("orders.paid")}));
        QVERIFY(backend.purged.contains({QStringLiteral("/"), QStringLiteral("audit.log")}));

        window.deleteSelectedQueues();
        QCOMPARE(backend.deleted.size(), 2);
    }

    void closingConnectionsAsksForTheReasonClientsAreTold() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        std::optional<QString> reason; // cancelled first
        window.setReasonPrompt([&reason](const QString&) { return reason; });
        auto* view = window.findChild<QTableView*>(QStringLiteral("connectionsView"));
        view->selectRow(0);
        const QString name = view->model()->index(0, 0).data().toString();
        window.closeSelectedConnections();
        QVERIFY(backend.closed.isEmpty());
        reason = QStringLiteral("maintenance window");
        window.findChild<QAction*>(QStringLiteral("closeConnectionAction"))->trigger();
        QCOMPARE(backend.closed.size(), 1);
        QCOMPARE(backend.closed.first(),
                 std::make_pair(name, QStringLiteral("maintenance window")));
    }

    void aRefusalShowsAsAnError() {
        FakeBackend backend;
        backend.refuseWith = QStringLiteral("PRECONDITION_FAILED - inequivalent arg");
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        window.setConfirmation([](const QString&) { return true; });
        selectQueues(window, {QStringLiteral("orders.paid")});
        window.deleteSelectedQueues();
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("inequivalent")));
    }
};

QTEST_MAIN(TestQueueActions)
#include "tst_queue_actions.moc"
