// "Copy definitions from A to B" between two real embedded brokers: the dialog reads both
// brokers' definitions through the engine, previews what the copy creates, updates and leaves
// alone, imports only what is ticked, and pika (a client written by others) then finds the
// copied topology working on B.

#include "backends/embedded_backend.h"
#include "definitions_test_support.h"
#include "embedded_test_support.h"
#include "views/copy_definitions_dialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

class TestCopyDefinitions : public QObject {
    Q_OBJECT

    std::unique_ptr<EmbeddedBroker> m_a;
    std::unique_ptr<EmbeddedBroker> m_b;

private slots:
    void init() {
        m_a = std::make_unique<EmbeddedBroker>();
        m_b = std::make_unique<EmbeddedBroker>();
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
    }

    void cleanup() {
        QVERIFY(m_a->stop());
        QVERIFY(m_b->stop());
        m_a.reset();
        m_b.reset();
    }

    void previewsThenCopiesWhatIsTicked() {
        BrokerBackend* a = m_a->backend();
        BrokerBackend* b = m_b->backend();
        QVERIFY(buildShop(a));
        warren::UserDefinition carol;
        carol.password = QStringLiteral("secret");
        carol.name = QStringLiteral("carol");
        QVERIFY(changeDone(a, [&] { a->execute(warren::commands::PutUser{carol}); }));
        // B already has a queue of that name with other arguments, and one A lacks.
        warren::QueueDefinition clash;
        clash.name = QStringLiteral("audit");
        QVERIFY(changeDone(b, [&] { b->execute(warren::commands::DeclareQueue{clash}); }));
        clash.maxLength = 5;
        QVERIFY(changeDone(a, [&] { a->execute(warren::commands::DeclareQueue{clash}); }));
        warren::QueueDefinition legacy;
        legacy.name = QStringLiteral("legacy");
        QVERIFY(changeDone(b, [&] { b->execute(warren::commands::DeclareQueue{legacy}); }));

        CopyDefinitionsDialog dialog({a, b}, a);
        QCOMPARE(dialog.sourceChoice()->currentIndex(), 0);
        QCOMPARE(dialog.targetChoice()->currentIndex(), 1);
        QVERIFY(!dialog.applyButton()->isEnabled()); // nothing compared yet
        QSignalSpy compared(&dialog, &CopyDefinitionsDialog::compared);
        dialog.compare();
        // The brokers stay as chosen until both have answered.
        QVERIFY(!dialog.sourceChoice()->isEnabled() && !dialog.targetChoice()->isEnabled());
        QVERIFY(compared.wait(5000));
        QVERIFY(dialog.sourceChoice()->isEnabled() && dialog.targetChoice()->isEnabled());

        QTreeWidget* tree = dialog.changesView();
        QTreeWidgetItem* shop =
            changeItem(tree, QStringLiteral("Virtual hosts"), QStringLiteral("shop"));
        QVERIFY(shop);
        QCOMPARE(shop->text(2), QStringLiteral("Create"));
        QVERIFY(changeItem(tree, QStringLiteral("Exchanges"), QStringLiteral("orders")));
        QTreeWidgetItem* audit =
            changeItem(tree, QStringLiteral("Queues"), QStringLiteral("audit"));
        QVERIFY(audit);
        QCOMPARE(audit->text(2), QStringLiteral("Conflict: left as it is"));
        QVERIFY(audit->text(3).contains(QStringLiteral("x-max-length")));
        QVERIFY(!(audit->flags() & Qt::ItemIsUserCheckable));
        QTreeWidgetItem* kept =
            changeItem(tree, QStringLiteral("Queues"), QStringLiteral("legacy"));
        QVERIFY(kept);
        QCOMPARE(kept->text(2), QStringLiteral("Only in target: kept"));
        QVERIFY(changeItem(tree, QStringLiteral("Bindings"),
                           QStringLiteral("orders → billing (order.*)")));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("conflict")));

        // Each broker salted guest's password its own way: offered, but not ticked.
        QTreeWidgetItem* guest = changeItem(tree, QStringLiteral("Users"), QStringLiteral("guest"));
        QVERIFY(guest);
        QCOMPARE(guest->text(3), QStringLiteral("password: differs"));
        QCOMPARE(guest->checkState(0), Qt::Unchecked);
        QTreeWidgetItem* users = guest->parent();
        QCOMPARE(users->checkState(0), Qt::PartiallyChecked);
        // A heading ticks and unticks every change under it.
        users->setCheckState(0, Qt::Unchecked);
        for (int c = 0; c < users->childCount(); ++c)
            QCOMPARE(users->child(c)->checkState(0), Qt::Unchecked);
        users->setCheckState(0, Qt::Checked);
        QCOMPARE(guest->checkState(0), Qt::Checked);
        guest->setCheckState(0, Qt::Unchecked);
        QCOMPARE(users->checkState(0), Qt::PartiallyChecked);

        // Carol stays behind: unticked.
        QTreeWidgetItem* carolItem =
            changeItem(tree, QStringLiteral("Users"), QStringLiteral("carol"));
        QVERIFY(carolItem);
        carolItem->setCheckState(0, Qt::Unchecked);
        QVERIFY(dialog.applyButton()->isEnabled());

        QSignalSpy applied(&dialog, &CopyDefinitionsDialog::applied);
        compared.clear();
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(5000));
        QCOMPARE(applied.first().first().toString(), QString());
        QVERIFY(compared.wait(5000)); // compared again after the import
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("applied")));
        // Left to copy: carol (unticked); the conflict and B's own queue stay as they were.
        QTreeWidgetItem* stillCarol =
            changeItem(dialog.changesView(), QStringLiteral("Users"), QStringLiteral("carol"));
        QVERIFY(stillCarol);
        QCOMPARE(stillCarol->text(2), QStringLiteral("Create"));
        QVERIFY(!changeItem(dialog.changesView(), QStringLiteral("Exchanges"),
                            QStringLiteral("orders")));

        const QJsonObject after = definitionsOf(b);
        QVERIFY(hasNamed(after, "vhosts", QStringLiteral("shop")));
        QVERIFY(hasNamed(after, "users", QStringLiteral("alice")));
        QVERIFY(!hasNamed(after, "users", QStringLiteral("carol")));
        QVERIFY(hasNamed(after, "queues", QStringLiteral("legacy")));
        for (const QJsonValue& q : after.value(QLatin1String("queues")).toArray())
            if (q.toObject().value(QLatin1String("name")).toString() == QLatin1String("audit"))
                QVERIFY(q.toObject().value(QLatin1String("arguments")).toObject().isEmpty());

        // The copied topology routes on B, with B's own password store taking alice's hash.
        const quint16 portB = m_b->backend()->listeners().first().port;
        QCOMPARE(runPika(portB, shopWorksScript(portB)), QByteArray("first order\nalice in\n"));
    }

    void refusesWhatCannotBeCompared() {
        BrokerBackend* a = m_a->backend();
        CopyDefinitionsDialog dialog({a, m_b->backend()}, a);
        dialog.targetChoice()->setCurrentIndex(0);
        QSignalSpy compared(&dialog, &CopyDefinitionsDialog::compared);
        dialog.compare();
        QCOMPARE(compared.size(), 1);
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Choose two different brokers."));
        QVERIFY(!dialog.applyButton()->isEnabled());

        // A stopped broker says so rather than previewing an empty broker.
        dialog.targetChoice()->setCurrentIndex(1);
        QVERIFY(m_b->stop());
        compared.clear();
        dialog.compare();
        QVERIFY(compared.size() == 1 || compared.wait(5000));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("not running")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.changesView()->topLevelItemCount() == 0);
        QVERIFY(m_b->start());
    }
};

QTEST_MAIN(TestCopyDefinitions)
#include "tst_copy_definitions.moc"
