#pragma once

#include <QWidget>
#include <functional>
#include <warren/command.h>

class BrokerBackend;
class QAction;
class QLabel;
class QPlainTextEdit;
class RetainedTableModel;
class TablePage;

// MQTT's retained messages: the last message kept for each topic of the broker's MQTT vhost
// (BrokerBackend::mqttVhost), which every new subscriber gets at once. Listed with ListRetained
// whenever the tab is in view and the broker sends a snapshot (or on Refresh), the selected one's
// payload shown below; Delete clears a topic's after a question, as an empty retained publish
// would. Where the broker has none (AMQP-only brokers) the window greys this tab out.
class RetainedPage final : public QWidget {
    Q_OBJECT
public:
    using Confirmation = std::function<bool(const QString& question)>;

    explicit RetainedPage(BrokerBackend* backend, QWidget* parent = nullptr);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    void refresh();
    void deleteSelected();

    TablePage* table() const { return m_table; }
    RetainedTableModel* model() const { return m_model; }
    QPlainTextEdit* payloadView() const { return m_payload; }
    QLabel* statusLabel() const { return m_status; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onOperationFinished(const warren::OperationResult& result);
    void showSelected();
    void updateActions();

    BrokerBackend* m_backend;
    RetainedTableModel* m_model;
    TablePage* m_table;
    QPlainTextEdit* m_payload;
    QLabel* m_status;
    QAction* m_refreshAction;
    QAction* m_deleteAction;
    Confirmation m_confirm;
    bool m_listing = false; // a ListRetained is under way: one at a time
};
