#pragma once

#include <QObject>
#include <functional>
#include <warren/snapshot.h>

class BindingTableModel;
class BrokerBackend;
class QAction;
class QWidget;
class TablePage;

// What the Exchanges and Bindings tabs can change: create and delete exchanges, add and
// remove bindings. Deletions ask first through the window's confirmation (a modal question
// for people, an answer for tests).
class ExchangeActions final : public QObject {
    Q_OBJECT
public:
    using Confirmation = std::function<bool(const QString& question)>;

    ExchangeActions(BrokerBackend* backend, TablePage* exchangesPage, TablePage* bindingsPage,
                    BindingTableModel* bindings, QWidget* dialogParent);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setSnapshot(const warren::BrokerSnapshot& snapshot) { m_snapshot = snapshot; }

    void createExchange();
    void deleteSelectedExchanges();
    void addBinding();
    void removeSelectedBindings();

private:
    void addButton(TablePage* page, QAction* action);

    BrokerBackend* m_backend;
    TablePage* m_exchangesPage;
    TablePage* m_bindingsPage;
    BindingTableModel* m_bindings;
    QWidget* m_dialogParent;
    Confirmation m_confirm;
    warren::BrokerSnapshot m_snapshot;
};
