#pragma once

#include <QWidget>
#include <functional>
#include <warren/management.h>
#include <warren/snapshot.h>

class BrokerBackend;
class PermissionTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class TablePage;
class TopicPermissionTableModel;
class UserTableModel;
class VhostTableModel;

// Users, virtual hosts, permissions and topic permissions: create, edit and delete each, and
// check what a user may do with a given exchange or queue, and with a routing key on a topic
// exchange (answered by the broker with its own rules).
class UsersPage final : public QWidget {
    Q_OBJECT
public:
    using Confirmation = std::function<bool(const QString& question)>;
    // Asks for a new vhost's name; empty: cancelled. Tests answer instead of a dialog.
    using NamePrompt = std::function<QString(const QString& question)>;

    explicit UsersPage(BrokerBackend* backend, QWidget* parent = nullptr);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setNamePrompt(NamePrompt prompt) { m_namePrompt = std::move(prompt); }
    void applySnapshot(const warren::BrokerSnapshot& snapshot);

    void createUser();
    void editSelectedUser();
    void deleteSelectedUsers();
    void setPermission();
    void clearSelectedPermissions();
    void setTopicPermission();
    void clearSelectedTopicPermissions();
    void createVhost();
    void deleteSelectedVhosts();
    void checkAccess();

    TablePage* usersTable() const { return m_usersPage; }
    TablePage* permissionsTable() const { return m_permissionsPage; }
    TablePage* topicPermissionsTable() const { return m_topicPermissionsPage; }
    TablePage* vhostsTable() const { return m_vhostsPage; }
    QLabel* accessAnswer() const { return m_accessAnswer; }
    QLabel* topicAccessAnswer() const { return m_topicAccessAnswer; }

private:
    void onOperationFinished(const warren::OperationResult& result);
    void showTopicAccess(const warren::OperationResult& result);
    QStringList selectedNames(TablePage* page, int column) const;
    QStringList userNames() const;
    QStringList vhostNames() const;
    QAction* addAction(TablePage* page, const QString& text, const QString& objectName,
                       void (UsersPage::*slot)(), const QKeySequence& shortcut);

    BrokerBackend* m_backend;
    UserTableModel* m_users;
    PermissionTableModel* m_permissions;
    TopicPermissionTableModel* m_topicPermissions;
    VhostTableModel* m_vhosts;
    TablePage* m_usersPage;
    TablePage* m_permissionsPage;
    TablePage* m_topicPermissionsPage;
    TablePage* m_vhostsPage;
    QComboBox* m_accessUser;
    QComboBox* m_accessVhost;
    QLineEdit* m_accessResource;
    QLineEdit* m_accessRoutingKey;
    QLabel* m_accessAnswer;
    QLabel* m_topicAccessAnswer;
    Confirmation m_confirm;
    NamePrompt m_namePrompt;
    warren::BrokerSnapshot m_snapshot;
};
