#pragma once

#include "models/rate_history.h"

#include <QWidget>
#include <array>
#include <warren/snapshot.h>

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QValueAxis;

// The broker at a glance: node, uptime, listeners, totals and alarms, with live charts of
// message rates and queued messages over a selectable window (1 min, 10 min, 1 h). Fed by
// snapshots; keeps one hour of history in a fixed ring whatever the uptime.
class OverviewPage final : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot);
    void clearHistory();

    const RateHistory& history() const { return m_history; }
    // The chart series, by RateHistory::Series, for tests and screenshots.
    QLineSeries* series(RateHistory::Series which) const { return m_series[size_t(which)]; }
    qint64 windowMs() const;

    // The most points a chart draws, whatever the window.
    static constexpr int MaxPoints = 600;

private:
    QLabel* addFact(class QGridLayout* grid, int row, int column, const QString& title,
                    const QString& objectName);
    QChart* createChart(const QString& title, std::initializer_list<RateHistory::Series> series,
                        QValueAxis** xAxis, QValueAxis** yAxis);
    void redraw();
    static QString seriesName(RateHistory::Series series);
    static QString formatUptime(qint64 seconds);

    RateHistory m_history;
    qint64 m_lastSampleMs = 0;
    QComboBox* m_window;
    QLabel* m_node;
    QLabel* m_uptime;
    QLabel* m_listeners;
    QLabel* m_connections;
    QLabel* m_channels;
    QLabel* m_queues;
    QLabel* m_consumers;
    QLabel* m_ready;
    QLabel* m_unacked;
    QLabel* m_alarms;
    std::array<QLineSeries*, RateHistory::SeriesCount> m_series{};
    QValueAxis* m_ratesX = nullptr;
    QValueAxis* m_ratesY = nullptr;
    QValueAxis* m_queuedX = nullptr;
    QValueAxis* m_queuedY = nullptr;
};
