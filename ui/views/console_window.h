#pragma once

#include <QList>
#include <QMainWindow>
#include <warren/snapshot.h>

class BrokerBackend;
class ConnectionTableModel;
class LogPage;
class MessageBrowserPage;
class OverviewPage;
class ExchangeTableModel;
class QLabel;
class QTabWidget;
class QueueTableModel;
class SnapshotTableModel;
class TablePage;

// The console's main window: an overview with live charts, the queues, exchanges and
// connections of one broker refreshed in place from the backend's snapshots, and its logs.
class ConsoleWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The backend must outlive the window; the window never owns it.
    explicit ConsoleWindow(BrokerBackend* backend, QWidget* parent = nullptr);
    ~ConsoleWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    TablePage* addPage(SnapshotTableModel* model, const QString& name,
                       const QString& filterPlaceholder);
    void createMenus();
    void focusFilter();
    void updateTabTitles();
    void applySnapshot(const warren::BrokerSnapshot& snapshot);
    void setStatus(const QString& status);
    void setListeners(const QList<warren::ListenerInfo>& listeners);
    void updateStatusLabel();
    void showError(const QString& message);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    BrokerBackend* m_backend;
    QueueTableModel* m_queues;
    ExchangeTableModel* m_exchanges;
    ConnectionTableModel* m_connections;
    QTabWidget* m_tabs;
    OverviewPage* m_overviewPage = nullptr;
    LogPage* m_logPage = nullptr;
    MessageBrowserPage* m_browserPage = nullptr;
    TablePage* m_queuesPage = nullptr;
    TablePage* m_exchangesPage = nullptr;
    TablePage* m_connectionsPage = nullptr;
    QLabel* m_statusLabel;
    QLabel* m_updatedLabel;
    QString m_status;
    QList<warren::ListenerInfo> m_listeners;
    QStringList m_alarms; // resource alarms of the last snapshot
};
