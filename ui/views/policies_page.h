#pragma once

#include <QWidget>
#include <functional>
#include <warren/snapshot.h>

class BrokerBackend;
class PolicyTableModel;
class QAction;
class TablePage;

// A remote RabbitMQ's policies: listed from each snapshot, created or replaced through a
// PolicyDialog and deleted after a question. Where the broker has none (Warren, ActiveMQ) the
// window greys this tab out; the actions are disabled with the backend's reason all the same,
// as they are on a read-only connection.
class PoliciesPage final : public QWidget {
    Q_OBJECT
public:
    using Confirmation = std::function<bool(const QString& question)>;

    explicit PoliciesPage(BrokerBackend* backend, QWidget* parent = nullptr);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void applySnapshot(const warren::BrokerSnapshot& snapshot);

    void createPolicy();
    void editSelectedPolicy();
    void deleteSelectedPolicies();

    TablePage* table() const { return m_table; }

private:
    // Enables the actions where the backend both allows changes and has policies.
    void updateActions();
    QStringList vhostNames() const;
    QAction* addAction(const QString& text, const QString& objectName, void (PoliciesPage::*slot)(),
                       const QKeySequence& shortcut);

    BrokerBackend* m_backend;
    PolicyTableModel* m_policies;
    TablePage* m_table;
    QList<QAction*> m_actions;
    Confirmation m_confirm;
    warren::BrokerSnapshot m_snapshot;
};
