// Users, vhosts, permissions and topic permissions from the console, offscreen against a
// recording backend: the dialogs turn fields into definitions (an empty password when editing
// keeps the old one), deletions ask first, a permission row opens pre-filled, and the access
// check shows what the broker answered, for a routing key too.

#include "fake_backend.h"
#include "models/permission_table_model.h"
#include "models/topic_permission_table_model.h"
#include "models/user_table_model.h"
#include "models/vhost_table_model.h"
#include "table_selection.h"
#include "views/permission_dialog.h"
#include "views/table_page.h"
#include "views/topic_permission_dialog.h"
#include "views/user_dialog.h"
#include "views/users_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

class TestUsersPage : public QObject {
    Q_OBJECT

    static void selectRows(TablePage* page, int column, const QStringList& values) {
        selectRowsWhere(page->view(), column, values);
    }

    // Fills the modal dialog that `trigger` opens with `fill`, then accepts it.
    template <class Dialog, class Fill> static void answerDialog(QAction* trigger, Fill fill) {
        QTimer::singleShot(0, [fill] {
            auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
            dialog->accept();
        });
        trigger->trigger();
    }

    // Asks what orders-svc may do in shop with `resource` (and `routingKey`) on the Users tab.
    static void askAccess(UsersPage& page, const QString& resource,
                          const QString& routingKey = QString()) {
        page.findChild<QComboBox*>(QStringLiteral("accessUser"))
            ->setCurrentText(QStringLiteral("orders-svc"));
        page.findChild<QComboBox*>(QStringLiteral("accessVhost"))
            ->setCurrentText(QStringLiteral("shop"));
        page.findChild<QLineEdit*>(QStringLiteral("accessResource"))->setText(resource);
        page.findChild<QLineEdit*>(QStringLiteral("accessRoutingKey"))->setText(routingKey);
        page.checkAccess();
    }

private slots:
    void modelsPassTheTester() {
        UserTableModel users;
        PermissionTableModel permissions;
        VhostTableModel vhosts;
        QAbstractItemModelTester t1(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&permissions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&vhosts,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto snapshot = sampleSnapshot();
        users.applySnapshot(snapshot);
        permissions.applySnapshot(snapshot);
        vhosts.applySnapshot(snapshot);
        QCOMPARE(users.rowCount(), 3);
        QCOMPARE(permissions.rowCount(), 4);
        QCOMPARE(vhosts.rowCount(), 2);
        snapshot.permissions.removeFirst();
        permissions.applySnapshot(snapshot);
        QCOMPARE(permissions.rowCount(), 3);
        QCOMPARE(users.index(2, UserTableModel::TagsColumn).data().toString(),
                 QStringLiteral("monitoring"));
    }

    void theTopicPermissionModelPassesTheTester() {
        TopicPermissionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto snapshot = sampleSnapshot();
        model.applySnapshot(snapshot);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TopicPermissionTableModel::ExchangeColumn).data().toString(),
                 QStringLiteral("orders"));
        QCOMPARE(model.index(1, TopicPermissionTableModel::ReadColumn).data().toString(),
                 QString());
        // One row per user, vhost and exchange: another exchange is another row.
        snapshot.topicPermissions.append({QStringLiteral("orders-svc"), QStringLiteral("shop"),
                                          QStringLiteral("events"), QStringLiteral(".*"),
                                          QStringLiteral(".*")});
        snapshot.topicPermissions.removeFirst();
        model.applySnapshot(snapshot);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, TopicPermissionTableModel::ExchangeColumn).data().toString(),
                 QStringLiteral("events"));
    }

    void topicPermissionsAreSetEditedAndCleared() {
        FakeBackend backend;
        UsersPage page(&backend);
        page.applySnapshot(sampleSnapshot());
        auto* set = page.findChild<QAction*>(QStringLiteral("setTopicPermissionAction"));
        // A new one: the topic exchanges are offered, amq.topic first chosen.
        answerDialog<TopicPermissionDialog>(set, [](TopicPermissionDialog* d) {
            auto* exchange = d->findChild<QComboBox*>(QStringLiteral("exchange"));
            QCOMPARE(exchange->currentText(), QStringLiteral("amq.topic"));
            QVERIFY(exchange->findText(QStringLiteral("orders")) >= 0);
            QCOMPARE(exchange->findText(QStringLiteral("amq.direct")), -1);
            d->findChild<QComboBox*>(QStringLiteral("user"))
                ->setCurrentText(QStringLiteral("metrics"));
            d->findChild<QLineEdit*>(QStringLiteral("write"))
                ->setText(QStringLiteral("^{username}\\."));
            d->findChild<QLineEdit*>(QStringLiteral("read"))->setText(QString());
        });
        QCOMPARE(backend.setTopicPermissions.size(), 1);
        const warren::TopicPermissionDefinition& added = backend.setTopicPermissions.first();
        QCOMPARE(added.user, QStringLiteral("metrics"));
        QCOMPARE(added.exchange, QStringLiteral("amq.topic"));
        QCOMPARE(added.write, QStringLiteral("^{username}\\."));
        QCOMPARE(added.read, QString());

        // A selected row opens pre-filled: that is editing it.
        selectRows(page.topicPermissionsTable(), TopicPermissionTableModel::UserColumn,
                   {QStringLiteral("orders-svc")});
        answerDialog<TopicPermissionDialog>(set, [](TopicPermissionDialog* d) {
            QCOMPARE(d->findChild<QComboBox*>(QStringLiteral("vhost"))->currentText(),
                     QStringLiteral("shop"));
            QCOMPARE(d->findChild<QComboBox*>(QStringLiteral("exchange"))->currentText(),
                     QStringLiteral("orders"));
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("write"))->text(),
                     QStringLiteral("^orders\\.{username}\\."));
            d->findChild<QLineEdit*>(QStringLiteral("read"))->setText(QStringLiteral("^x"));
        });
        QCOMPARE(backend.setTopicPermissions.size(), 2);
        QCOMPARE(backend.setTopicPermissions[1].exchange, QStringLiteral("orders"));
        QCOMPARE(backend.setTopicPermissions[1].read, QStringLiteral("^x"));

        // Clearing asks first and names the exchange.
        QStringList questions;
        bool answer = false;
        page.setConfirmation([&](const QString& q) {
            questions << q;
            return answer;
        });
        auto* clear = page.findChild<QAction*>(QStringLiteral("clearTopicPermissionAction"));
        clear->trigger();
        QVERIFY(backend.clearedTopicPermissions.isEmpty());
        answer = true;
        clear->trigger();
        QCOMPARE(backend.clearedTopicPermissions,
                 (QList<QStringList>{{QStringLiteral("orders-svc"), QStringLiteral("shop"),
                                      QStringLiteral("orders")}}));
        QVERIFY2(questions.last().contains(QStringLiteral("orders")), qPrintable(questions.last()));
    }

    void newAndEditedUsers() {
        FakeBackend backend;
        UsersPage page(&backend);
        page.applySnapshot(sampleSnapshot());
        answerDialog<UserDialog>(
            page.findChild<QAction*>(QStringLiteral("newUserAction")), [](UserDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("app"));
                d->findChild<QLineEdit*>(QStringLiteral("password"))
                    ->setText(QStringLiteral("s3cret"));
                d->findChild<QLineEdit*>(QStringLiteral("tags"))
                    ->setText(QStringLiteral("monitoring, , management"));
            });
        QCOMPARE(backend.putUsers.size(), 1);
        QCOMPARE(backend.putUsers[0].name, QStringLiteral("app"));
        QCOMPARE(backend.putUsers[0].password, QStringLiteral("s3cret"));
        QVERIFY(!backend.putUsers[0].keepPassword);
        QCOMPARE(backend.putUsers[0].tags,
                 (QStringList{QStringLiteral("monitoring"), QStringLiteral("management")}));

        // Editing: the name is fixed, the tags start as they are, no password keeps it.
        selectRows(page.usersTable(), UserTableModel::NameColumn, {QStringLiteral("metrics")});
        answerDialog<UserDialog>(
            page.findChild<QAction*>(QStringLiteral("editUserAction")), [](UserDialog* d) {
                auto* name = d->findChild<QLineEdit*>(QStringLiteral("name"));
                QVERIFY(name->isReadOnly());
                QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("tags"))->text(),
                         QStringLiteral("monitoring"));
            });
        QCOMPARE(backend.putUsers.size(), 2);
        QCOMPARE(backend.putUsers[1].name, QStringLiteral("metrics"));
        QVERIFY(backend.putUsers[1].keepPassword);
    }

    void deletionsAskFirst() {
        FakeBackend backend;
        UsersPage page(&backend);
        page.applySnapshot(sampleSnapshot());
        QStringList questions;
        bool answer = false;
        page.setConfirmation([&](const QString& q) {
            questions << q;
            return answer;
        });
        selectRows(page.usersTable(), UserTableModel::NameColumn, {QStringLiteral("orders-svc")});
        auto* deleteUser = page.findChild<QAction*>(QStringLiteral("deleteUserAction"));
        deleteUser->trigger();
        QVERIFY(backend.deletedUsers.isEmpty());
        answer = true;
        deleteUser->trigger();
        QCOMPARE(backend.deletedUsers, QStringList{QStringLiteral("orders-svc")});
        QVERIFY(questions.last().contains(QStringLiteral("orders-svc")));

        selectRows(page.permissionsTable(), PermissionTableModel::UserColumn,
                   {QStringLiteral("metrics")});
        page.findChild<QAction*>(QStringLiteral("clearPermissionAction"))->trigger();
        QCOMPARE(
            backend.clearedPermissions,
            (QList<std::pair<QString, QString>>{{QStringLiteral("metrics"), QStringLiteral("/")}}));

        selectRows(page.vhostsTable(), VhostTableModel::NameColumn, {QStringLiteral("shop")});
        page.findChild<QAction*>(QStringLiteral("deleteVhostAction"))->trigger();
        QCOMPARE(backend.deletedVhosts, QStringList{QStringLiteral("shop")});
        QVERIFY(questions.last().contains(QStringLiteral("shop")));

        page.setNamePrompt([](const QString&) { return QStringLiteral("dev"); });
        page.findChild<QAction*>(QStringLiteral("newVhostAction"))->trigger();
        QCOMPARE(backend.addedVhosts, QStringList{QStringLiteral("dev")});
        page.setNamePrompt([](const QString&) { return QString(); }); // cancelled
        page.findChild<QAction*>(QStringLiteral("newVhostAction"))->trigger();
        QCOMPARE(backend.addedVhosts.size(), 1);
    }

    void aPermissionRowOpensPrefilled() {
        FakeBackend backend;
        UsersPage page(&backend);
        page.applySnapshot(sampleSnapshot());
        selectRows(page.permissionsTable(), PermissionTableModel::UserColumn,
                   {QStringLiteral("orders-svc")});
        answerDialog<PermissionDialog>(
            page.findChild<QAction*>(QStringLiteral("setPermissionAction")),
            [](PermissionDialog* d) {
                QCOMPARE(d->findChild<QComboBox*>(QStringLiteral("vhost"))->currentText(),
                         QStringLiteral("shop"));
                QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("configure"))->text(),
                         QStringLiteral("^orders\\."));
                d->findChild<QLineEdit*>(QStringLiteral("read"))->setText(QString());
            });
        QCOMPARE(backend.setPermissions.size(), 1);
        const warren::PermissionDefinition& p = backend.setPermissions.first();
        QCOMPARE(p.user, QStringLiteral("orders-svc"));
        QCOMPARE(p.vhost, QStringLiteral("shop"));
        QCOMPARE(p.write, QStringLiteral("^orders"));
        QCOMPARE(p.read, QString()); // empty: nothing may be read
    }

    void theAccessCheckShowsTheBrokersAnswer() {
        FakeBackend backend;
        backend.accessAnswer = {QStringLiteral("write"), QStringLiteral("read")};
        UsersPage page(&backend);
        page.applySnapshot(sampleSnapshot());
        askAccess(page, QStringLiteral("orders.created"));
        QCOMPARE(backend.accessChecks.size(), 1);
        QCOMPARE(backend.accessChecks.first(),
                 (QStringList{QStringLiteral("orders-svc"), QStringLiteral("shop"),
                              QStringLiteral("orders.created")}));
        const QString answer = page.accessAnswer()->text();
        QVERIFY2(answer.contains(QStringLiteral("✗ configure")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("✓ write")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("✓ read")), qPrintable(answer));
        // Without a routing key the topic permissions are not asked about.
        QVERIFY(backend.topicAccessChecks.isEmpty());
        QVERIFY(page.topicAccessAnswer()->text().isEmpty());
    }

    void aRoutingKeyIsCheckedAgainstTopicPermissions() {
        FakeBackend backend;
        backend.accessAnswer = {QStringLiteral("write"), QStringLiteral("read")};
        backend.topicAccessAnswer = {QStringLiteral("write")};
        UsersPage page(&backend);
        page.applySnapshot(sampleSnapshot());
        askAccess(page, QStringLiteral("orders"), QStringLiteral("orders.eu.created"));
        QCOMPARE(backend.accessChecks.size(), 1);
        QCOMPARE(
            backend.topicAccessChecks,
            (QList<QStringList>{{QStringLiteral("orders-svc"), QStringLiteral("shop"),
                                 QStringLiteral("orders"), QStringLiteral("orders.eu.created")}}));
        const QString answer = page.topicAccessAnswer()->text();
        QVERIFY2(answer.contains(QStringLiteral("✓ publish")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("✗ bind")), qPrintable(answer));
        // Nothing granted: neither may be done.
        backend.topicAccessAnswer.clear();
        page.checkAccess();
        QCOMPARE(backend.topicAccessChecks.size(), 2);
        QVERIFY(page.topicAccessAnswer()->text().contains(QStringLiteral("✗ publish")));
        QVERIFY(page.topicAccessAnswer()->text().contains(QStringLiteral("✗ bind")));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_users_page.moc"
