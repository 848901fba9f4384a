#include "views/policies_page.h"

#include "backends/broker_backend.h"
#include "models/policy_table_model.h"
#include "views/policy_dialog.h"
#include "views/table_page.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

PoliciesPage::PoliciesPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_policies(new PolicyTableModel(this))
    , m_table(new TablePage(m_policies, tr("Filter policies by name"), this)) {
    m_table->setTitle(tr("Policies"));
    m_table->setObjectName(QStringLiteral("policiesTable"));
    m_table->view()->setObjectName(QStringLiteral("policiesView"));
    m_table->filterEdit()->setObjectName(QStringLiteral("policiesFilter"));
    m_table->regexToggle()->setObjectName(QStringLiteral("policiesRegex"));
    addAction(tr("&New policy…"), QStringLiteral("newPolicyAction"), &PoliciesPage::createPolicy,
              QKeySequence(QKeySequence::New));
    addAction(tr("&Edit…"), QStringLiteral("editPolicyAction"), &PoliciesPage::editSelectedPolicy,
              QKeySequence(Qt::Key_F2));
    addAction(tr("&Delete…"), QStringLiteral("deletePolicyAction"),
              &PoliciesPage::deleteSelectedPolicies, QKeySequence(QKeySequence::Delete));
    connect(m_table->view(), &QTableView::doubleClicked, this, &PoliciesPage::editSelectedPolicy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Warren"), question) == QMessageBox::Yes;
    };
    // A remote broker says what it is (and so whether it has policies) only when it answers.
    connect(backend, &BrokerBackend::featuresChanged, this, &PoliciesPage::updateActions);
    updateActions();
}

QAction* PoliciesPage::addAction(const QString& text, const QString& objectName,
                                 void (PoliciesPage::*slot)(), const QKeySequence& shortcut) {
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    // The keys every table uses (New, F2, Delete), working only where the focus is.
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_table->addToolButton(action);
    m_actions.append(action);
    return action;
}

void PoliciesPage::updateActions() {
    const bool hasPolicies = m_backend->supports(BrokerBackend::Feature::Policies);
    const bool allowed = hasPolicies && m_backend->canManage();
    const QString why = !hasPolicies
                            ? m_backend->unsupportedReason(BrokerBackend::Feature::Policies)
                            : tr("This broker does not allow changes from the console.");
    for (QAction* action : std::as_const(m_actions)) {
        action->setEnabled(allowed);
        action->setToolTip(allowed ? QString() : why);
    }
}

void PoliciesPage::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    m_snapshot = snapshot;
    m_policies->applySnapshot(snapshot);
}

QStringList PoliciesPage::vhostNames() const {
    QStringList vhosts;
    for (const auto& vhost : m_snapshot.vhosts)
        vhosts << vhost.name;
    return vhosts;
}

void PoliciesPage::createPolicy() {
    PolicyDialog dialog(vhostNames(), this);
    dialog.setObjectName(QStringLiteral("policyDialog"));
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::PutPolicy{dialog.definition()});
}

void PoliciesPage::editSelectedPolicy() {
    const QList<int> rows = m_table->selectedSourceRows();
    if (rows.isEmpty())
        return;
    const warren::PolicyInfo& p = m_policies->policyAt(rows.first());
    PolicyDialog dialog(vhostNames(), this);
    dialog.setObjectName(QStringLiteral("policyDialog"));
    dialog.setPolicy({p.vhost, p.name, p.pattern, p.applyTo, p.priority, p.definition});
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::PutPolicy{dialog.definition()});
}

void PoliciesPage::deleteSelectedPolicies() {
    QList<std::pair<QString, QString>> chosen;
    QStringList described;
    for (int row : m_table->selectedSourceRows()) {
        const warren::PolicyInfo& p = m_policies->policyAt(row);
        chosen.append({p.vhost, p.name});
        described << tr("%1 in %2").arg(p.name, p.vhost);
    }
    if (chosen.isEmpty() ||
        !m_confirm(tr("Delete %n policy(s)? Queues and exchanges they matched lose what they "
                      "set: %1",
                      nullptr, int(chosen.size()))
                       .arg(described.join(QStringLiteral(", ")))))
        return;
    for (const auto& [vhost, name] : chosen)
        m_backend->execute(warren::commands::DeletePolicy{vhost, name});
}
