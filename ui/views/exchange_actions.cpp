#include "views/exchange_actions.h"

#include "backends/broker_backend.h"
#include "models/binding_table_model.h"
#include "models/exchange_table_model.h"
#include "views/binding_dialog.h"
#include "views/exchange_dialog.h"
#include "views/table_page.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

ExchangeActions::ExchangeActions(BrokerBackend* backend, TablePage* exchangesPage,
                                 TablePage* bindingsPage, BindingTableModel* bindings,
                                 QWidget* dialogParent)
    : QObject(dialogParent)
    , m_backend(backend)
    , m_exchangesPage(exchangesPage)
    , m_bindingsPage(bindingsPage)
    , m_bindings(bindings)
    , m_dialogParent(dialogParent) {
    auto* create = new QAction(tr("&New exchange…"), this);
    create->setObjectName(QStringLiteral("newExchangeAction"));
    create->setShortcut(QKeySequence::New);
    create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exchangesPage->addAction(create);
    connect(create, &QAction::triggered, this, &ExchangeActions::createExchange);
    auto* remove = new QAction(tr("&Delete…"), this);
    remove->setObjectName(QStringLiteral("deleteExchangeAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exchangesPage->addAction(remove);
    connect(remove, &QAction::triggered, this, &ExchangeActions::deleteSelectedExchanges);
    auto* bindFromExchange = new QAction(tr("&Bind…"), this);
    bindFromExchange->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    bindFromExchange->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bindFromExchange->setObjectName(QStringLiteral("bindExchangeAction"));
    connect(bindFromExchange, &QAction::triggered, this, &ExchangeActions::addBinding);
    for (QAction* action : {create, remove, bindFromExchange})
        addButton(m_exchangesPage, action);

    auto* bind = new QAction(tr("&Add binding…"), this);
    bind->setObjectName(QStringLiteral("addBindingAction"));
    bind->setShortcut(QKeySequence::New);
    bind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_bindingsPage->addAction(bind);
    connect(bind, &QAction::triggered, this, &ExchangeActions::addBinding);
    auto* unbind = new QAction(tr("&Remove…"), this);
    unbind->setObjectName(QStringLiteral("removeBindingAction"));
    unbind->setShortcut(QKeySequence::Delete);
    unbind->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_bindingsPage->addAction(unbind);
    connect(unbind, &QAction::triggered, this, &ExchangeActions::removeSelectedBindings);
    for (QAction* action : {bind, unbind})
        addButton(m_bindingsPage, action);
}

void ExchangeActions::addButton(TablePage* page, QAction* action) {
    action->setEnabled(m_backend->canManage());
    if (!m_backend->canManage())
        action->setToolTip(tr("This broker does not allow changes from the console."));
    page->addToolButton(action);
}

void ExchangeActions::createExchange() {
    QStringList vhosts;
    for (const auto& vhost : std::as_const(m_snapshot.vhosts))
        vhosts << vhost.name;
    QStringList exchanges;
    for (const auto& exchange : std::as_const(m_snapshot.exchanges))
        if (!exchange.name.isEmpty() && !exchanges.contains(exchange.name))
            exchanges << exchange.name;
    ExchangeDialog dialog(vhosts, exchanges, m_dialogParent);
    dialog.setObjectName(QStringLiteral("exchangeDialog"));
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::DeclareExchange{dialog.definition()});
}

void ExchangeActions::deleteSelectedExchanges() {
    QList<std::pair<QString, QString>> chosen;
    QStringList names;
    for (const QModelIndex& row : m_exchangesPage->view()->selectionModel()->selectedRows()) {
        const QString name = row.siblingAtColumn(ExchangeTableModel::NameColumn).data().toString();
        if (name.isEmpty() || name.startsWith(QLatin1String("amq.")))
            continue; // built in: the broker would refuse
        chosen.append(
            {row.siblingAtColumn(ExchangeTableModel::VhostColumn).data().toString(), name});
        names << name;
    }
    if (chosen.isEmpty())
        return;
    if (!m_confirm(tr("Delete %n exchange(s) with their bindings? %1", nullptr, int(chosen.size()))
                       .arg(names.join(QStringLiteral(", ")))))
        return;
    for (const auto& [vhost, name] : chosen)
        m_backend->execute(warren::commands::DeleteExchange{vhost, name});
}

void ExchangeActions::addBinding() {
    BindingDialog dialog(m_snapshot, m_dialogParent);
    dialog.setObjectName(QStringLiteral("bindingDialog"));
    // Started from an exchange row: bind from that exchange.
    const auto selected = m_exchangesPage->view()->selectionModel()->selectedRows();
    if (m_exchangesPage->isVisible() && !selected.isEmpty()) {
        const QModelIndex row = selected.first();
        dialog.setSource(row.siblingAtColumn(ExchangeTableModel::VhostColumn).data().toString(),
                         row.siblingAtColumn(ExchangeTableModel::NameColumn).data().toString());
    }
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::AddBinding{dialog.definition()});
}

void ExchangeActions::removeSelectedBindings() {
    QList<warren::BindingDefinition> chosen;
    QStringList descriptions;
    auto* proxy = m_bindingsPage->proxy();
    for (const QModelIndex& row : m_bindingsPage->view()->selectionModel()->selectedRows()) {
        const warren::BindingInfo& info = m_bindings->bindingAt(proxy->mapToSource(row).row());
        warren::BindingDefinition b;
        b.vhost = info.vhost;
        b.source = info.source;
        b.destination = info.destination;
        b.destinationIsQueue = info.destinationType == QLatin1String("queue");
        b.routingKey = info.routingKey;
        b.argumentsSummary = info.arguments;
        chosen.append(b);
        descriptions << tr("%1 → %2 (%3)").arg(info.source, info.destination, info.routingKey);
    }
    if (chosen.isEmpty())
        return;
    if (!m_confirm(tr("Remove %n binding(s)? %1", nullptr, int(chosen.size()))
                       .arg(descriptions.join(QStringLiteral(", ")))))
        return;
    for (const auto& binding : std::as_const(chosen))
        m_backend->execute(warren::commands::RemoveBinding{binding});
}
