#pragma once

#include <QWidget>
#include <warren/snapshot.h>

class BindingTableModel;
class ConsumerTableModel;
class QLabel;
class QPushButton;
class QTableView;
class QueueRateHistories;
class RateCharts;

// One queue up close: its properties and arguments, counts, live charts of its own rates, its
// bindings and consumers, and what can be done to it. Fed every snapshot; when the queue is no
// longer in one the page says so and keeps its last picture. The charts draw the history the
// console keeps for every queue (`histories`, fed before the page and outliving it), so they
// begin before the page was opened.
class QueueDetailPage final : public QWidget {
    Q_OBJECT
public:
    QueueDetailPage(const QString& vhost, const QString& queue, bool canManage,
                    QueueRateHistories* histories, QWidget* parent = nullptr);

    const QString& vhost() const { return m_vhost; }
    const QString& queueName() const { return m_queue; }
    bool isGone() const { return m_gone; }
    RateCharts* charts() const { return m_charts; }

    void applySnapshot(const warren::BrokerSnapshot& snapshot);

signals:
    // The page asks; the window confirms and acts, as for the Queues tab's buttons.
    void purgeRequested(const QString& vhost, const QString& queue);
    void deleteRequested(const QString& vhost, const QString& queue);
    void browseRequested(const QString& vhost, const QString& queue);

private:
    QLabel* addFact(class QFormLayout* form, const QString& title, const QString& objectName);
    void showQueue(const warren::QueueInfo& queue);
    void setGone(bool gone);

    QString m_vhost;
    QString m_queue;
    bool m_canManage;
    QueueRateHistories* m_histories;
    bool m_gone = false;
    QLabel* m_goneLabel;
    QLabel* m_type;
    QLabel* m_leader;
    QLabel* m_members;
    QLabel* m_durable;
    QLabel* m_autoDelete;
    QLabel* m_exclusive;
    QLabel* m_arguments;
    QLabel* m_ready;
    QLabel* m_unacked;
    QLabel* m_total;
    QLabel* m_bytesReady;
    QLabel* m_persistent;
    QLabel* m_consumerCount;
    QPushButton* m_purge;
    QPushButton* m_delete;
    QPushButton* m_browse;
    RateCharts* m_charts;
    BindingTableModel* m_bindings;
    ConsumerTableModel* m_consumers;
    QTableView* m_bindingsView;
    QTableView* m_consumersView;
};
