#include "views/users_page.h"

#include "backends/broker_backend.h"
#include "models/permission_table_model.h"
#include "models/topic_permission_table_model.h"
#include "models/user_table_model.h"
#include "models/vhost_table_model.h"
#include "views/permission_dialog.h"
#include "views/table_page.h"
#include "views/topic_permission_dialog.h"
#include "views/user_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_users(new UserTableModel(this))
    , m_permissions(new PermissionTableModel(this))
    , m_topicPermissions(new TopicPermissionTableModel(this))
    , m_vhosts(new VhostTableModel(this))
    , m_usersPage(new TablePage(m_users, tr("Filter users by name"), this))
    , m_permissionsPage(new TablePage(m_permissions, tr("Filter permissions by user"), this))
    , m_topicPermissionsPage(
          new TablePage(m_topicPermissions, tr("Filter topic permissions by user"), this))
    , m_vhostsPage(new TablePage(m_vhosts, tr("Filter virtual hosts by name"), this))
    , m_accessUser(new QComboBox(this))
    , m_accessVhost(new QComboBox(this))
    , m_accessResource(new QLineEdit(this))
    , m_accessRoutingKey(new QLineEdit(this))
    , m_accessAnswer(new QLabel(this))
    , m_topicAccessAnswer(new QLabel(this)) {
    m_usersPage->setTitle(tr("Users"));
    m_permissionsPage->setTitle(tr("Permissions"));
    m_vhostsPage->setTitle(tr("Virtual hosts"));
    m_topicPermissionsPage->setTitle(tr("Topic permissions"));
    m_usersPage->setObjectName(QStringLiteral("usersTable"));
    m_usersPage->view()->setObjectName(QStringLiteral("usersView"));
    m_permissionsPage->setObjectName(QStringLiteral("permissionsTable"));
    m_permissionsPage->view()->setObjectName(QStringLiteral("permissionsView"));
    m_topicPermissionsPage->setObjectName(QStringLiteral("topicPermissionsTable"));
    m_topicPermissionsPage->view()->setObjectName(QStringLiteral("topicPermissionsView"));
    m_vhostsPage->setObjectName(QStringLiteral("vhostsTable"));
    m_vhostsPage->view()->setObjectName(QStringLiteral("vhostsView"));

    addAction(m_usersPage, tr("&New user…"), QStringLiteral("newUserAction"),
              &UsersPage::createUser, QKeySequence(QKeySequence::New));
    addAction(m_usersPage, tr("&Edit…"), QStringLiteral("editUserAction"),
              &UsersPage::editSelectedUser, QKeySequence(Qt::Key_F2));
    addAction(m_usersPage, tr("&Delete…"), QStringLiteral("deleteUserAction"),
              &UsersPage::deleteSelectedUsers, QKeySequence(QKeySequence::Delete));
    addAction(m_permissionsPage, tr("&Set permission…"), QStringLiteral("setPermissionAction"),
              &UsersPage::setPermission, QKeySequence(QKeySequence::New));
    addAction(m_permissionsPage, tr("&Clear…"), QStringLiteral("clearPermissionAction"),
              &UsersPage::clearSelectedPermissions, QKeySequence(QKeySequence::Delete));
    addAction(m_topicPermissionsPage, tr("Set &topic permission…"),
              QStringLiteral("setTopicPermissionAction"), &UsersPage::setTopicPermission,
              QKeySequence(QKeySequence::New));
    addAction(m_topicPermissionsPage, tr("C&lear…"), QStringLiteral("clearTopicPermissionAction"),
              &UsersPage::clearSelectedTopicPermissions, QKeySequence(QKeySequence::Delete));
    addAction(m_vhostsPage, tr("New &vhost…"), QStringLiteral("newVhostAction"),
              &UsersPage::createVhost, QKeySequence(QKeySequence::New));
    addAction(m_vhostsPage, tr("Delete v&host…"), QStringLiteral("deleteVhostAction"),
              &UsersPage::deleteSelectedVhosts, QKeySequence(QKeySequence::Delete));
    connect(m_permissionsPage->view(), &QTableView::doubleClicked, this, &UsersPage::setPermission);
    connect(m_usersPage->view(), &QTableView::doubleClicked, this, &UsersPage::editSelectedUser);
    connect(m_topicPermissionsPage->view(), &QTableView::doubleClicked, this,
            &UsersPage::setTopicPermission);

    // "What may this user do with this exchange or queue?"
    m_accessUser->setObjectName(QStringLiteral("accessUser"));
    m_accessUser->setAccessibleName(tr("User to check"));
    m_accessVhost->setObjectName(QStringLiteral("accessVhost"));
    m_accessVhost->setAccessibleName(tr("Virtual host to check"));
    m_accessResource->setObjectName(QStringLiteral("accessResource"));
    m_accessResource->setAccessibleName(tr("Exchange or queue to check"));
    m_accessResource->setPlaceholderText(tr("exchange or queue name"));
    // With a routing key, the exchange's topic permissions are checked for it as well.
    m_accessRoutingKey->setObjectName(QStringLiteral("accessRoutingKey"));
    m_accessRoutingKey->setAccessibleName(tr("Routing key to check on a topic exchange"));
    m_accessRoutingKey->setPlaceholderText(tr("routing key (optional)"));
    m_accessAnswer->setObjectName(QStringLiteral("accessAnswer"));
    m_accessAnswer->setAccessibleName(tr("What the user may do"));
    m_accessAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topicAccessAnswer->setObjectName(QStringLiteral("topicAccessAnswer"));
    m_topicAccessAnswer->setAccessibleName(tr("What the user may do with the routing key"));
    m_topicAccessAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* check = new QPushButton(tr("C&heck"), this);
    check->setObjectName(QStringLiteral("checkAccessButton"));
    connect(check, &QPushButton::clicked, this, &UsersPage::checkAccess);
    connect(m_accessResource, &QLineEdit::returnPressed, this, &UsersPage::checkAccess);
    connect(m_accessRoutingKey, &QLineEdit::returnPressed, this, &UsersPage::checkAccess);
    auto* checkRow = new QHBoxLayout;
    // In line with the tables' filter boxes above it.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    checkRow->setContentsMargins(margin, 0, margin, margin / 2);
    checkRow->addWidget(new QLabel(tr("May"), this));
    checkRow->addWidget(m_accessUser);
    checkRow->addWidget(new QLabel(tr("in"), this));
    checkRow->addWidget(m_accessVhost);
    checkRow->addWidget(new QLabel(tr("use"), this));
    checkRow->addWidget(m_accessResource, 1);
    checkRow->addWidget(new QLabel(tr("with"), this));
    checkRow->addWidget(m_accessRoutingKey, 1);
    checkRow->addWidget(check);
    checkRow->addWidget(m_accessAnswer, 1);
    checkRow->addWidget(m_topicAccessAnswer, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, splitter);
    top->addWidget(m_usersPage);
    top->addWidget(m_vhostsPage);
    splitter->addWidget(top);
    auto* bottom = new QSplitter(Qt::Horizontal, splitter);
    bottom->addWidget(m_permissionsPage);
    bottom->addWidget(m_topicPermissionsPage);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(checkRow);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Warren"), question) == QMessageBox::Yes;
    };
    m_namePrompt = [this](const QString& question) {
        return QInputDialog::getText(this, tr("New virtual host"), question).trimmed();
    };
    connect(backend, &BrokerBackend::operationFinished, this, &UsersPage::onOperationFinished);
}

QAction* UsersPage::addAction(TablePage* page, const QString& text, const QString& objectName,
                              void (UsersPage::*slot)(), const QKeySequence& shortcut) {
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    // The same keys on each table (New, Delete): each works where the focus is.
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setEnabled(m_backend->canManage());
    if (!m_backend->canManage())
        action->setToolTip(tr("This broker does not allow changes from the console."));
    connect(action, &QAction::triggered, this, slot);
    page->addToolButton(action);
    return action;
}

void UsersPage::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    m_snapshot = snapshot;
    m_users->applySnapshot(snapshot);
    m_permissions->applySnapshot(snapshot);
    m_topicPermissions->applySnapshot(snapshot);
    m_vhosts->applySnapshot(snapshot);
    auto refill = [](QComboBox* box, const QStringList& items) {
        const QString current = box->currentText();
        QStringList existing;
        for (int i = 0; i < box->count(); ++i)
            existing << box->itemText(i);
        if (existing == items)
            return;
        box->clear();
        box->addItems(items);
        if (items.contains(current))
            box->setCurrentText(current);
    };
    refill(m_accessUser, userNames());
    refill(m_accessVhost, vhostNames());
}

QStringList UsersPage::userNames() const {
    QStringList users;
    for (const auto& user : m_snapshot.users)
        users << user.name;
    return users;
}

QStringList UsersPage::vhostNames() const {
    QStringList vhosts;
    for (const auto& vhost : m_snapshot.vhosts)
        vhosts << vhost.name;
    return vhosts;
}

QStringList UsersPage::selectedNames(TablePage* page, int column) const {
    QStringList names;
    for (const QModelIndex& row : page->view()->selectionModel()->selectedRows())
        names << row.siblingAtColumn(column).data().toString();
    return names;
}

void UsersPage::createUser() {
    UserDialog dialog(nullptr, this);
    dialog.setObjectName(QStringLiteral("userDialog"));
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::PutUser{dialog.definition()});
}

void UsersPage::editSelectedUser() {
    const QStringList names = selectedNames(m_usersPage, UserTableModel::NameColumn);
    if (names.isEmpty())
        return;
    const auto user = std::find_if(m_snapshot.users.cbegin(), m_snapshot.users.cend(),
                                   [&](const warren::UserInfo& u) { return u.name == names[0]; });
    if (user == m_snapshot.users.cend())
        return;
    UserDialog dialog(&*user, this);
    dialog.setObjectName(QStringLiteral("userDialog"));
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::PutUser{dialog.definition()});
}

void UsersPage::deleteSelectedUsers() {
    const QStringList names = selectedNames(m_usersPage, UserTableModel::NameColumn);
    if (names.isEmpty() ||
        !m_confirm(tr("Delete %n user(s) with their permissions? %1", nullptr, int(names.size()))
                       .arg(names.join(QStringLiteral(", ")))))
        return;
    for (const QString& name : names)
        m_backend->execute(warren::commands::DeleteUser{name});
}

void UsersPage::setPermission() {
    PermissionDialog dialog(userNames(), vhostNames(), this);
    dialog.setObjectName(QStringLiteral("permissionDialog"));
    // With a row selected, start from it: that is editing it.
    if (const QList<int> rows = m_permissionsPage->selectedSourceRows(); !rows.isEmpty()) {
        const auto& p = m_permissions->permissionAt(rows.first());
        dialog.setPermission({p.user, p.vhost, p.configure, p.write, p.read});
    }
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::SetPermission{dialog.definition()});
}

void UsersPage::clearSelectedPermissions() {
    QList<std::pair<QString, QString>> chosen;
    QStringList described;
    for (int row : m_permissionsPage->selectedSourceRows()) {
        const auto& p = m_permissions->permissionAt(row);
        chosen.append({p.user, p.vhost});
        described << tr("%1 in %2").arg(p.user, p.vhost);
    }
    if (chosen.isEmpty() ||
        !m_confirm(tr("Take away %n permission(s)? %1", nullptr, int(chosen.size()))
                       .arg(described.join(QStringLiteral(", ")))))
        return;
    for (const auto& [user, vhost] : chosen)
        m_backend->execute(warren::commands::ClearPermission{user, vhost});
}

void UsersPage::setTopicPermission() {
    QStringList exchanges;
    for (const auto& exchange : std::as_const(m_snapshot.exchanges))
        if (exchange.type == QLatin1String("topic") && !exchanges.contains(exchange.name))
            exchanges << exchange.name;
    exchanges.sort();
    TopicPermissionDialog dialog(userNames(), vhostNames(), exchanges, this);
    dialog.setObjectName(QStringLiteral("topicPermissionDialog"));
    // With a row selected, start from it: that is editing it.
    if (const QList<int> rows = m_topicPermissionsPage->selectedSourceRows(); !rows.isEmpty()) {
        const auto& p = m_topicPermissions->permissionAt(rows.first());
        dialog.setPermission({p.user, p.vhost, p.exchange, p.write, p.read});
    }
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::SetTopicPermission{dialog.definition()});
}

void UsersPage::clearSelectedTopicPermissions() {
    QList<warren::TopicPermissionInfo> chosen;
    QStringList described;
    for (int row : m_topicPermissionsPage->selectedSourceRows()) {
        const auto& p = m_topicPermissions->permissionAt(row);
        chosen.append(p);
        described << tr("%1 on %2 in %3").arg(p.user, p.exchange, p.vhost);
    }
    if (chosen.isEmpty() ||
        !m_confirm(tr("Take away %n topic permission(s)? %1", nullptr, int(chosen.size()))
                       .arg(described.join(QStringLiteral(", ")))))
        return;
    for (const auto& p : std::as_const(chosen))
        m_backend->execute(warren::commands::ClearTopicPermission{p.user, p.vhost, p.exchange});
}

void UsersPage::createVhost() {
    const QString name = m_namePrompt(tr("Name of the new virtual host:"));
    if (!name.isEmpty())
        m_backend->execute(warren::commands::AddVhost{name});
}

void UsersPage::deleteSelectedVhosts() {
    const QStringList names = selectedNames(m_vhostsPage, VhostTableModel::NameColumn);
    if (names.isEmpty() ||
        !m_confirm(tr("Delete %n virtual host(s) with all their queues, messages, exchanges "
                      "and permissions? %1",
                      nullptr, int(names.size()))
                       .arg(names.join(QStringLiteral(", ")))))
        return;
    for (const QString& name : names)
        m_backend->execute(warren::commands::DeleteVhost{name});
}

void UsersPage::checkAccess() {
    if (m_accessUser->currentText().isEmpty() || m_accessResource->text().isEmpty())
        return;
    m_accessAnswer->setText(tr("Asking…"));
    m_topicAccessAnswer->clear();
    m_backend->execute(warren::commands::CheckAccess{
        m_accessUser->currentText(), m_accessVhost->currentText(), m_accessResource->text()});
    // A routing key only means something for an exchange; the broker says if it is none.
    if (!m_accessRoutingKey->text().isEmpty()) {
        m_topicAccessAnswer->setText(tr("Asking…"));
        m_backend->execute(warren::commands::CheckTopicAccess{
            m_accessUser->currentText(), m_accessVhost->currentText(), m_accessResource->text(),
            m_accessRoutingKey->text()});
    }
}

void UsersPage::onOperationFinished(const warren::OperationResult& result) {
    if (result.kind == warren::OperationResult::Kind::CheckTopicAccess) {
        showTopicAccess(result);
        return;
    }
    if (result.kind != warren::OperationResult::Kind::CheckAccess)
        return;
    if (!result.error.isEmpty()) {
        m_accessAnswer->setText(result.error);
        return;
    }
    // ✓ or ✗ for each of the three, in RabbitMQ's order.
    QStringList parts;
    const std::pair<QString, QString> accesses[] = {{QStringLiteral("configure"), tr("configure")},
                                                    {QStringLiteral("write"), tr("write")},
                                                    {QStringLiteral("read"), tr("read")}};
    for (const auto& [key, word] : accesses)
        parts << (result.granted.contains(key) ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                     word;
    m_accessAnswer->setText(parts.join(QStringLiteral("   ")));
}

void UsersPage::showTopicAccess(const warren::OperationResult& result) {
    if (!result.error.isEmpty()) {
        m_topicAccessAnswer->setText(result.error);
        return;
    }
    // Publishing checks the routing key against write, binding against read.
    const QString write = result.granted.contains(QStringLiteral("write")) ? QStringLiteral("✓ ")
                                                                           : QStringLiteral("✗ ");
    const QString read = result.granted.contains(QStringLiteral("read")) ? QStringLiteral("✓ ")
                                                                         : QStringLiteral("✗ ");
    m_topicAccessAnswer->setText(tr("topic: %1publish   %2bind").arg(write, read));
}
