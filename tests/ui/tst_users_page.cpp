// Users, vhosts and permissions from the console, offscreen against a recording backend: the
// dialogs turn fields into definitions (an empty password when editing keeps the old one),
// deletions ask first, a permission row opens pre-filled, and the access check shows what
// the broker answered.

#include "fake_backend.h"
#include "models/permission_table_model.h"
#include "models/user_table_model.h"
#include "models/vhost_table_model.h"
#include "table_selection.h"
#include "views/permission_dialog.h"
#include "views/table_page.h"
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
        page.findChild<QComboBox*>(QStringLiteral("accessUser"))
            ->setCurrentText(QStringLiteral("orders-svc"));
        page.findChild<QComboBox*>(QStringLiteral("accessVhost"))
            ->setCurrentText(QStringLiteral("shop"));
        page.findChild<QLineEdit*>(QStringLiteral("accessResource"))
            ->setText(QStringLiteral("orders.created"));
        page.checkAccess();
        QCOMPARE(backend.accessChecks.size(), 1);
        QCOMPARE(backend.accessChecks.first(),
                 (QStringList{QStringLiteral("orders-svc"), QStringLiteral("shop"),
                              QStringLiteral("orders.created")}));
        const QString answer = page.accessAnswer()->text();
        QVERIFY2(answer.contains(QStringLiteral("✗ configure")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("✓ write")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("✓ read")), qPrintable(answer));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_users_page.moc"
