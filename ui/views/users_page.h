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
class UserTableModel;
class VhostTableModel;

// Users, virtual hosts and permissions: create, edit and delete each, and check what a user
// may do with a given exchange or queue (answered by the broker with its own rules).
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
    void createVhost();
    void deleteSelectedVhosts();
    void checkAccess();

    TablePage* usersTable() const { return m_usersPage; }
    TablePage* permissionsTable() const { return m_permissionsPage; }
    TablePage* vhostsTable() const { return m_vhostsPage; }
    QLabel* accessAnswer() const { return m_accessAnswer; }

private:
    void onOperationFinished(const warren::OperationResult& result);
    QStringList selectedNames(TablePage* page, int column) const;
    QAction* addAction(TablePage* page, const QString& text, const QString& objectName,
                       void (UsersPage::*slot)());

    BrokerBackend* m_backend;
    UserTableModel* m_users;
    PermissionTableModel* m_permissions;
    VhostTableModel* m_vhosts;
    TablePage* m_usersPage;
    TablePage* m_permissionsPage;
    TablePage* m_vhostsPage;
    QComboBox* m_accessUser;
    QComboBox* m_accessVhost;
    QLineEdit* m_accessResource;
    QLabel* m_accessAnswer;
    Confirmation m_confirm;
    NamePrompt m_namePrompt;
    warren::BrokerSnapshot m_snapshot;
};
