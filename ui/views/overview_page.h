#pragma once

#include "views/rate_charts.h"

#include <QWidget>
#include <warren/snapshot.h>

class ConnectAppCard;
class NodeTableModel;
class QLabel;
class QTableView;

// The broker at a glance: a banner while the broker paces publishers (flow control), node,
// uptime, listeners, totals and alarms, the cluster's nodes
// (a node down or partitioned stands out in red), with live charts of
// message rates and queued messages over a selectable window (1 min, 10 min, 1 h). Fed by
// snapshots; keeps one hour of history in a fixed ring whatever the uptime.
class OverviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot);
    void clearHistory();

    const RateHistory& history() const { return m_charts->history(); }
    // The chart series, by RateHistory::Series, for tests and screenshots.
    QLineSeries* series(RateHistory::Series which) const { return m_charts->series(which); }
    qint64 windowMs() const { return m_charts->windowMs(); }
    const NodeTableModel* nodes() const { return m_nodes; }
    // "Connect your application": hidden until given an AMQP listener (the embedded broker's).
    ConnectAppCard* connectCard() const { return m_connectCard; }

    // The most points a chart draws, whatever the window.
    static constexpr int MaxPoints = RateCharts::MaxPoints;

private:
    QLabel* addFact(class QGridLayout* grid, int row, int column, const QString& title,
                    const QString& objectName);
    static QString formatUptime(qint64 seconds);

    RateCharts* m_charts;
    ConnectAppCard* m_connectCard;
    QLabel* m_flowBanner;
    QLabel* m_node;
    QLabel* m_uptime;
    QLabel* m_listeners;
    QLabel* m_connections;
    QLabel* m_channels;
    QLabel* m_queues;
    QLabel* m_consumers;
    QLabel* m_ready;
    QLabel* m_unacked;
    QLabel* m_memory; // process memory vs. queued bytes
    QLabel* m_alarms;
    NodeTableModel* m_nodes;
    QTableView* m_nodesView;
};
