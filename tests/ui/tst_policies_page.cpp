// Policies from the console, offscreen against a recording backend: the definition text (JSON
// or key=value rows) becomes a JSON object or a reason, the dialog keeps OK disabled until the
// pattern is a regular expression and the definition usable, the page creates, edits (F2, pre-
// filled) and deletes (after asking) policies, and where the broker has none (a Warren) the
// actions and the window's tab are greyed out with the reason, and come back when it turns out
// to have them.

#include "fake_backend.h"
#include "models/policy_definition_text.h"
#include "models/policy_table_model.h"
#include "table_selection.h"
#include "views/console_window.h"
#include "views/policies_page.h"
#include "views/policy_dialog.h"
#include "views/table_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace {

warren::PolicyInfo policy(const QString& vhost, const QString& name, const QString& pattern,
                          int priority, const QString& definition) {
    warren::PolicyInfo p;
    p.vhost = vhost;
    p.name = name;
    p.pattern = pattern;
    p.applyTo = QStringLiteral("queues");
    p.priority = priority;
    p.definition = definition;
    return p;
}

warren::BrokerSnapshot withPolicies() {
    warren::BrokerSnapshot s = sampleSnapshot();
    s.policies = {policy(QStringLiteral("/"), QStringLiteral("ttl"), QStringLiteral("^pol\\."), 1,
                         QStringLiteral(R"({"message-ttl":60000})")),
                  policy(QStringLiteral("shop"), QStringLiteral("cap"), QStringLiteral(".*"), 0,
                         QStringLiteral(R"({"max-length":10})"))};
    return s;
}

QJsonObject object(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestPoliciesPage : public QObject {
    Q_OBJECT

    // Fills the modal dialog that `trigger` opens with `fill`, then accepts it.
    template <class Fill> static void answerDialog(QAction* trigger, Fill fill) {
        QTimer::singleShot(0, [fill] {
            auto* dialog = qobject_cast<PolicyDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
            dialog->accept();
        });
        trigger->trigger();
    }

    static QAction* action(QObject& page, const char* name) {
        return page.findChild<QAction*>(QLatin1String(name));
    }

private slots:
    void modelPassesTheTester() {
        PolicyTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        warren::BrokerSnapshot s = withPolicies();
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PolicyTableModel::NameColumn).data().toString(),
                 QStringLiteral("ttl"));
        QCOMPARE(model.index(0, PolicyTableModel::PatternColumn).data().toString(),
                 QStringLiteral("^pol\\."));
        QCOMPARE(model.index(0, PolicyTableModel::DefinitionColumn).data().toString(),
                 QStringLiteral(R"({"message-ttl":60000})"));
        QCOMPARE(model.headerData(PolicyTableModel::ApplyToColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Apply to"));
        s.policies.removeFirst();
        model.applySnapshot(s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.policyAt(0).name, QStringLiteral("cap"));
    }

    void definitionTextIsRowsOrJson() {
        // key=value rows: numbers and booleans as JSON, anything else as a string.
        auto rows = PolicyDefinitionText::parse(QStringLiteral(
            "message-ttl = 60000\n\ndead-letter-exchange=dlx\nha-sync-batch=true\nname=a=b\n"));
        QCOMPARE(rows.problem, QString());
        QCOMPARE(object(rows.json),
                 QJsonObject({{QStringLiteral("message-ttl"), 60000},
                              {QStringLiteral("dead-letter-exchange"), QStringLiteral("dlx")},
                              {QStringLiteral("ha-sync-batch"), true},
                              {QStringLiteral("name"), QStringLiteral("a=b")}}));
        auto json = PolicyDefinitionText::parse(QStringLiteral(R"( {"max-length": 1000} )"));
        QCOMPARE(json.problem, QString());
        QCOMPARE(json.json, QStringLiteral(R"({"max-length":1000})"));
        // Refused, with a reason and no JSON.
        for (const QString& bad :
             {QStringLiteral(R"({"max-length": )"), QStringLiteral("message-ttl"),
              QStringLiteral("=5"), QStringLiteral("  \n"), QStringLiteral("{}")}) {
            const auto parsed = PolicyDefinitionText::parse(bad);
            QVERIFY2(!parsed.problem.isEmpty(), qPrintable(bad));
            QVERIFY(parsed.json.isEmpty());
        }
    }

    void dialogAcceptsOnlyAUsablePolicy() {
        PolicyDialog dialog({QStringLiteral("/"), QStringLiteral("shop")});
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("policyName"));
        auto* pattern = dialog.findChild<QLineEdit*>(QStringLiteral("policyPattern"));
        auto* definition = dialog.findChild<QPlainTextEdit*>(QStringLiteral("policyDefinition"));
        QVERIFY(!ok->isEnabled());
        name->setText(QStringLiteral("ttl"));
        pattern->setText(QStringLiteral("^pol\\.("));
        definition->setPlainText(QStringLiteral("message-ttl=60000"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("regular expression")));
        pattern->setText(QStringLiteral("^pol\\."));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.problem(), QString());
        definition->setPlainText(QStringLiteral("{\"message-ttl\": "));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("policyProblem"))->text().isEmpty());
        definition->setPlainText(QStringLiteral("{\"message-ttl\": 5000}"));
        QVERIFY(ok->isEnabled());
        auto* applyTo = dialog.findChild<QComboBox*>(QStringLiteral("policyApplyTo"));
        applyTo->setCurrentIndex(applyTo->findData(QStringLiteral("exchanges")));
        dialog.findChild<QComboBox*>(QStringLiteral("policyVhost"))
            ->setCurrentText(QStringLiteral("shop"));
        dialog.findChild<QSpinBox*>(QStringLiteral("policyPriority"))->setValue(7);
        const warren::PolicyDefinition p = dialog.definition();
        QCOMPARE(p.vhost, QStringLiteral("shop"));
        QCOMPARE(p.name, QStringLiteral("ttl"));
        QCOMPARE(p.pattern, QStringLiteral("^pol\\."));
        QCOMPARE(p.applyTo, QStringLiteral("exchanges"));
        QCOMPARE(p.priority, 7);
        QCOMPARE(p.definition, QStringLiteral(R"({"message-ttl":5000})"));
    }

    void pageCreatesEditsAndDeletes() {
        FakeBackend backend;
        PoliciesPage page(&backend);
        page.applySnapshot(withPolicies());
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);

        // New: New is its shortcut, scoped to the table so other tabs keep theirs.
        QAction* create = action(page, "newPolicyAction");
        QVERIFY(create->isEnabled());
        QCOMPARE(create->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(create->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(page.table()->actions().contains(create));
        answerDialog(create, [](PolicyDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("policyName"))->setText(QStringLiteral("lazy"));
            d->findChild<QLineEdit*>(QStringLiteral("policyPattern"))
                ->setText(QStringLiteral("^archive\\."));
            d->findChild<QPlainTextEdit*>(QStringLiteral("policyDefinition"))
                ->setPlainText(QStringLiteral("max-length=5"));
        });
        QCOMPARE(backend.putPolicies.size(), 1);
        QCOMPARE(backend.putPolicies[0].name, QStringLiteral("lazy"));
        QCOMPARE(backend.putPolicies[0].pattern, QStringLiteral("^archive\\."));
        QCOMPARE(backend.putPolicies[0].definition, QStringLiteral(R"({"max-length":5})"));
        QCOMPARE(backend.putPolicies[0].applyTo, QStringLiteral("queues"));
        QCOMPARE(finished.size(), 1);

        // Edit (F2): the dialog starts from the row; its vhost and name stay.
        QAction* edit = action(page, "editPolicyAction");
        QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
        selectRowsWhere(page.table()->view(), PolicyTableModel::NameColumn,
                        {QStringLiteral("ttl")});
        answerDialog(edit, [](PolicyDialog* d) {
            QVERIFY(d->findChild<QLineEdit*>(QStringLiteral("policyName"))->isReadOnly());
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("policyPattern"))->text(),
                     QStringLiteral("^pol\\."));
            QCOMPARE(d->findChild<QSpinBox*>(QStringLiteral("policyPriority"))->value(), 1);
            d->findChild<QSpinBox*>(QStringLiteral("policyPriority"))->setValue(4);
        });
        QCOMPARE(backend.putPolicies.size(), 2);
        QCOMPARE(backend.putPolicies[1].vhost, QStringLiteral("/"));
        QCOMPARE(backend.putPolicies[1].name, QStringLiteral("ttl"));
        QCOMPARE(backend.putPolicies[1].priority, 4);
        QCOMPARE(backend.putPolicies[1].definition, QStringLiteral(R"({"message-ttl":60000})"));

        // Delete asks first; a no changes nothing.
        QAction* remove = action(page, "deletePolicyAction");
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        selectRowsWhere(page.table()->view(), PolicyTableModel::NameColumn,
                        {QStringLiteral("ttl"), QStringLiteral("cap")});
        QString asked;
        page.setConfirmation([&asked](const QString& question) {
            asked = question;
            return false;
        });
        remove->trigger();
        QVERIFY(asked.contains(QLatin1String("cap in shop")));
        QVERIFY(backend.deletedPolicies.isEmpty());
        page.setConfirmation([](const QString&) { return true; });
        remove->trigger();
        QCOMPARE(backend.deletedPolicies.size(), 2);
        QVERIFY(backend.deletedPolicies.contains({QStringLiteral("/"), QStringLiteral("ttl")}));
        QVERIFY(backend.deletedPolicies.contains({QStringLiteral("shop"), QStringLiteral("cap")}));
    }

    void aBrokerWithoutPoliciesGreysThemOut() {
        FakeBackend backend;
        backend.unsupported = {BrokerBackend::Feature::Policies};
        ConsoleWindow window(&backend);
        emit backend.snapshotUpdated(sampleSnapshot());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        auto* page = window.findChild<PoliciesPage*>(QStringLiteral("policiesPage"));
        QVERIFY(page);
        const int tab = tabs->indexOf(page);
        QCOMPARE(tabs->tabText(tab), QStringLiteral("Policies"));
        QVERIFY(!tabs->isTabEnabled(tab));
        QCOMPARE(tabs->tabToolTip(tab),
                 backend.unsupportedReason(BrokerBackend::Feature::Policies));
        QAction* create = action(*page, "newPolicyAction");
        QVERIFY(!create->isEnabled());
        QCOMPARE(create->toolTip(), backend.unsupportedReason(BrokerBackend::Feature::Policies));
        // The backend refuses as well, with the reason, should anything ask it.
        QSignalSpy finished(&backend, &BrokerBackend::operationFinished);
        backend.execute(warren::commands::PutPolicy{{}});
        QCOMPARE(finished.size(), 1);
        const auto refused = finished.takeFirst().at(0).value<warren::OperationResult>();
        QCOMPARE(refused.kind, warren::OperationResult::Kind::PutPolicy);
        QCOMPARE(refused.error, backend.unsupportedReason(BrokerBackend::Feature::Policies));
        QVERIFY(backend.putPolicies.isEmpty());

        // Once the broker turns out to have them, the tab and the actions come back.
        backend.setUnsupported({});
        QVERIFY(tabs->isTabEnabled(tab));
        QCOMPARE(tabs->tabToolTip(tab), QString());
        QVERIFY(create->isEnabled());
        // And a change done shows in the status bar.
        backend.execute(warren::commands::PutPolicy{{QStringLiteral("/"), QStringLiteral("ttl"),
                                                     QStringLiteral(".*"), QStringLiteral("all"), 0,
                                                     QStringLiteral(R"({"message-ttl":1})")}});
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Policy 'ttl' in '/' saved"));
        backend.setUnsupported({BrokerBackend::Feature::Policies});
        QVERIFY(!tabs->isTabEnabled(tab));
        QVERIFY(!create->isEnabled());
    }
};

QTEST_MAIN(TestPoliciesPage)
#include "tst_policies_page.moc"
