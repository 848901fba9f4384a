// Exchanges and bindings from the console, offscreen against a recording backend: the dialogs
// turn their fields into definitions, deletions ask first and skip what the broker would
// refuse, a binding is removed by what the table shows, and the topology graph lays out the
// sample shop (exchange → exchange → queue) and lights up what a route test reached.

#include "fake_backend.h"
#include "models/binding_table_model.h"
#include "models/topology_layout.h"
#include "screenshot.h"
#include "table_selection.h"
#include "views/binding_dialog.h"
#include "views/console_window.h"
#include "views/exchange_choices.h"
#include "views/exchange_dialog.h"
#include "views/message_target_dialog.h"
#include "views/publish_page.h"
#include "views/table_page.h"
#include "views/topology_page.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

QStringList itemsOf(const QComboBox* box) {
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}

} // namespace

class TestExchangeActions : public QObject {
    Q_OBJECT

private slots:
    void theExchangeDialogTurnsFieldsIntoADefinition() {
        ExchangeDialog dialog({QStringLiteral("/"), QStringLiteral("shop")},
                              {QStringLiteral("lost")});
        dialog.findChild<QComboBox*>(QStringLiteral("vhost"))->setCurrentIndex(1);
        dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral(" events "));
        dialog.findChild<QComboBox*>(QStringLiteral("type"))->setCurrentIndex(2);
        dialog.findChild<QCheckBox*>(QStringLiteral("internal"))->setChecked(true);
        dialog.findChild<QComboBox*>(QStringLiteral("alternateExchange"))
            ->setCurrentText(QStringLiteral("lost"));
        const warren::ExchangeDefinition d = dialog.definition();
        QCOMPARE(d.vhost, QStringLiteral("shop"));
        QCOMPARE(d.name, QStringLiteral("events"));
        QCOMPARE(d.type, QStringLiteral("topic"));
        QVERIFY(d.durable);
        QVERIFY(!d.autoDelete);
        QVERIFY(d.internal);
        QCOMPARE(d.alternateExchange, QStringLiteral("lost"));
    }

    void everyExchangePickerIsSortedWithTheDefaultFirst() {
        const QStringList unsorted{
            QStringLiteral("zeta"), QStringLiteral("Alpha"),      QString(),
            QStringLiteral("beta"), QStringLiteral("amq.direct"), QStringLiteral("Zulu")};
        const QStringList named{QStringLiteral("Alpha"), QStringLiteral("amq.direct"),
                                QStringLiteral("beta"), QStringLiteral("zeta"),
                                QStringLiteral("Zulu")};
        const QStringList withDefault = QStringList{QString()} + named;
        QCOMPARE(sortedExchangeNames(unsorted + QStringList{QStringLiteral("beta")}),
                 withDefault); // each once
        QCOMPARE(sortedExchangeNames({QStringLiteral("orders"), QStringLiteral("Orders")}),
                 (QStringList{QStringLiteral("Orders"), QStringLiteral("orders")}));

        warren::BrokerSnapshot snapshot;
        for (const QString& name : unsorted) {
            warren::ExchangeInfo exchange;
            exchange.vhost = QStringLiteral("/");
            exchange.name = name;
            snapshot.exchanges << exchange;
        }
        BindingDialog binding(snapshot);
        QCOMPARE(itemsOf(binding.findChild<QComboBox*>(QStringLiteral("source"))), named);
        binding.findChild<QComboBox*>(QStringLiteral("destinationType"))->setCurrentIndex(1);
        QCOMPARE(itemsOf(binding.findChild<QComboBox*>(QStringLiteral("destination"))), named);

        FakeBackend backend;
        PublishPage publish(&backend);
        publish.setExchanges(snapshot.exchanges);
        QCOMPARE(itemsOf(publish.findChild<QComboBox*>(QStringLiteral("publishExchange"))),
                 withDefault);

        QStringList callerNames = unsorted; // the console leaves the default exchange out
        callerNames.removeAll(QString());
        ExchangeDialog exchange({QStringLiteral("/")}, callerNames);
        QCOMPARE(itemsOf(exchange.findChild<QComboBox*>(QStringLiteral("alternateExchange"))),
                 withDefault);
        MessageTargetDialog move(MessageTargetDialog::Purpose::Transfer, unsorted);
        QCOMPARE(itemsOf(move.findChild<QComboBox*>(QStringLiteral("targetExchange"))),
                 withDefault);
        auto* source = binding.findChild<QComboBox*>(QStringLiteral("source"));
        saveScreenshot(&binding, QStringLiteral("binding-dialog.png"));
        if (binding.isVisible()) {
            source->showPopup();
            saveScreenshot(source->view()->window(), QStringLiteral("binding-source-sorted.png"));
            source->hidePopup();
        }
    }

    void theBindingDialogOffersTheVhostsNames() {
        BindingDialog dialog(sampleSnapshot());
        dialog.setSource(QStringLiteral("shop"), QStringLiteral("orders"));
        auto* destination = dialog.findChild<QComboBox*>(QStringLiteral("destination"));
        QStringList offered;
        for (int i = 0; i < destination->count(); ++i)
            offered << destination->itemText(i);
        QVERIFY(offered.contains(QStringLiteral("orders.created")));
        QVERIFY(!offered.contains(QStringLiteral("audit.log"))); // another vhost's queue
        // Exchange destinations offer exchanges instead.
        dialog.findChild<QComboBox*>(QStringLiteral("destinationType"))->setCurrentIndex(1);
        QVERIFY(destination->findText(QStringLiteral("notifications")) >= 0);
        QCOMPARE(destination->findText(QStringLiteral("orders.created")), -1);
        destination->setCurrentText(QStringLiteral("notifications"));
        dialog.findChild<QLineEdit*>(QStringLiteral("routingKey"))->setText(QStringLiteral("#"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("arguments"))
            ->setPlainText(QStringLiteral("x-match: any\nformat: pdf\nno colon here"));
        const warren::BindingDefinition b = dialog.definition();
        QCOMPARE(b.vhost, QStringLiteral("shop"));
        QCOMPARE(b.source, QStringLiteral("orders"));
        QCOMPARE(b.destination, QStringLiteral("notifications"));
        QVERIFY(!b.destinationIsQueue);
        QCOMPARE(b.routingKey, QStringLiteral("#"));
        QCOMPARE(b.arguments.size(), 2);
        QCOMPARE(b.arguments.at(1),
                 std::make_pair(QStringLiteral("format"), QStringLiteral("pdf")));
    }

    void newExchangeAndBindSendTheDialogsDefinitions() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<ExchangeDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("ev"));
            dialog->accept();
        });
        window.findChild<QAction*>(QStringLiteral("newExchangeAction"))->trigger();
        QCOMPARE(backend.declaredExchanges.size(), 1);
        QCOMPARE(backend.declaredExchanges.first().name, QStringLiteral("ev"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("ev")));

        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<BindingDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setSource(QStringLiteral("shop"), QStringLiteral("dlx"));
            dialog->findChild<QComboBox*>(QStringLiteral("destination"))
                ->setCurrentText(QStringLiteral("orders.paid"));
            dialog->accept();
        });
        window.findChild<QAction*>(QStringLiteral("addBindingAction"))->trigger();
        QCOMPARE(backend.addedBindings.size(), 1);
        QCOMPARE(backend.addedBindings.first().source, QStringLiteral("dlx"));
        QCOMPARE(backend.addedBindings.first().destination, QStringLiteral("orders.paid"));
        QVERIFY(backend.addedBindings.first().destinationIsQueue);

        // Cancelled dialogs change nothing.
        QTimer::singleShot(0, [] { QApplication::activeModalWidget()->close(); });
        window.findChild<QAction*>(QStringLiteral("newExchangeAction"))->trigger();
        QCOMPARE(backend.declaredExchanges.size(), 1);
    }

    void deletingExchangesAsksAndSkipsBuiltIns() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        QStringList questions;
        bool answer = false;
        window.setConfirmation([&](const QString& question) {
            questions << question;
            return answer;
        });
        auto* view = window.findChild<QTableView*>(QStringLiteral("exchangesView"));
        selectRowsWhere(view, 0, {QStringLiteral("orders"), QStringLiteral("amq.topic")});
        auto* remove = window.findChild<QAction*>(QStringLiteral("deleteExchangeAction"));
        remove->trigger();
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("orders")));
        QVERIFY(!questions.first().contains(QStringLiteral("amq.topic")));
        QVERIFY(backend.deletedExchanges.isEmpty()); // the answer was no
        answer = true;
        remove->trigger();
        QCOMPARE(backend.deletedExchanges,
                 (QList<std::pair<QString, QString>>{
                     {QStringLiteral("shop"), QStringLiteral("orders")}}));
    }

    void removingABindingNamesItAsTheTableShowsIt() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        window.setConfirmation([](const QString&) { return true; });
        emit backend.snapshotUpdated(sampleSnapshot());
        auto* view = window.findChild<QTableView*>(QStringLiteral("bindingsView"));
        QVERIFY(view);
        // The default exchange's implicit bindings are not listed.
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(!view->model()
                         ->index(row, BindingTableModel::SourceColumn)
                         .data()
                         .toString()
                         .isEmpty());
        QCOMPARE(view->model()->rowCount(), 7);
        selectRowsWhere(view, BindingTableModel::DestinationColumn,
                        {QStringLiteral("billing.invoices")});
        window.findChild<QAction*>(QStringLiteral("removeBindingAction"))->trigger();
        QCOMPARE(backend.removedBindings.size(), 1);
        const warren::BindingDefinition& removed = backend.removedBindings.first();
        QCOMPARE(removed.source, QStringLiteral("dlx"));
        QCOMPARE(removed.destination, QStringLiteral("billing.invoices"));
        QCOMPARE(removed.routingKey, QStringLiteral("invoice"));
        QCOMPARE(removed.argumentsSummary, QStringLiteral("x-match=any"));
    }

    void bindingModelPassesTheTester() {
        BindingTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applySnapshot(sampleSnapshot());
        QCOMPARE(model.rowCount(), 7);
        auto smaller = sampleSnapshot();
        smaller.bindings.removeLast();
        model.applySnapshot(smaller);
        QCOMPARE(model.rowCount(), 6);
    }

    void topologyIsLaidOutInHops() {
        const TopologyLayout layout = layoutTopology(sampleSnapshot(), QStringLiteral("shop"));
        // orders (0 hops) -> notifications (1 hop) -> queues (last column).
        const int orders = layout.indexOf(QStringLiteral("orders"), false);
        const int notifications = layout.indexOf(QStringLiteral("notifications"), false);
        const int email = layout.indexOf(QStringLiteral("email.outbound"), true);
        QVERIFY(orders >= 0 && notifications >= 0 && email >= 0);
        QCOMPARE(layout.nodes[orders].column, 0);
        QCOMPARE(layout.nodes[notifications].column, 1);
        QCOMPARE(layout.nodes[email].column, 2);
        QCOMPARE(layout.columnCount, 3);
        // Unbound built-ins and the default exchange stay out; other vhosts' queues too.
        QCOMPARE(layout.indexOf(QStringLiteral("amq.topic"), false), -1);
        QCOMPARE(layout.indexOf(QString(), false), -1);
        QCOMPARE(layout.indexOf(QStringLiteral("audit.log"), true), -1);
        QCOMPARE(layout.edges.size(), 7);
        // No two nodes share a place.
        QSet<std::pair<int, int>> places;
        for (const auto& node : layout.nodes)
            places.insert({node.column, node.row});
        QCOMPARE(places.size(), layout.nodes.size());
    }

    void topologyCyclesEndAndRouteTestsLightUpQueues() {
        auto snapshot = sampleSnapshot();
        // notifications -> orders closes a loop (legal in AMQP): the layout must still finish.
        snapshot.bindings.append({QStringLiteral("shop"), QStringLiteral("notifications"),
                                  QStringLiteral("orders"), QStringLiteral("exchange"),
                                  QStringLiteral("loop"), QString()});
        const TopologyLayout layout = layoutTopology(snapshot, QStringLiteral("shop"));
        QVERIFY(layout.columnCount <= 4);

        FakeBackend backend;
        TopologyPage page(&backend);
        page.applySnapshot(snapshot);
        page.setVhost(QStringLiteral("shop"));
        QVERIFY(!page.scene()->items().isEmpty());
        warren::OperationResult route;
        route.kind = warren::OperationResult::Kind::TestRoute;
        route.vhost = QStringLiteral("shop");
        route.target = QStringLiteral("orders");
        route.queues = {QStringLiteral("orders.paid")};
        emit backend.operationFinished(route);
        QCOMPARE(page.highlightedQueues(), QSet<QString>{QStringLiteral("orders.paid")});
        // A snapshot with the same topology keeps the highlight (no redraw from scratch).
        page.applySnapshot(snapshot);
        QCOMPARE(page.highlightedQueues(), QSet<QString>{QStringLiteral("orders.paid")});
    }
};

QTEST_MAIN(TestExchangeActions)
#include "tst_exchange_actions.moc"
