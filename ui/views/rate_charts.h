#pragma once

#include "models/rate_history.h"

#include <QWidget>
#include <array>
#include <initializer_list>
#include <vector>

class QChart;
class QComboBox;
class QLineSeries;
class QValueAxis;

// Live charts of message rates and queued messages over a selectable window (1 min, 10 min,
// 1 h), with their own bounded history: the overview draws the broker's totals with it, a
// queue's page that queue's own.
class RateCharts final : public QWidget {
    Q_OBJECT
public:
    explicit RateCharts(QWidget* parent = nullptr);

    // One sample per snapshot, at the snapshot's time.
    void append(qint64 atMs, const RateHistory::Values& values);
    void clearHistory();

    const RateHistory& history() const { return m_history; }
    // The chart series, by RateHistory::Series, for tests and screenshots.
    QLineSeries* series(RateHistory::Series which) const { return m_series[size_t(which)]; }
    qint64 windowMs() const;

    // The most points a chart draws, whatever the window.
    static constexpr int MaxPoints = 600;

protected:
    // Charts paint with brushes of their own: they follow a theme change only if told.
    void changeEvent(QEvent* event) override;

private:
    struct Chart {
        QChart* chart = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        std::vector<RateHistory::Series> series;
    };
    Chart createChart(const QString& title, std::initializer_list<RateHistory::Series> series);
    void applyPalette();
    void redraw();
    static QString seriesName(RateHistory::Series series);

    RateHistory m_history;
    qint64 m_lastSampleMs = 0;
    QComboBox* m_window;
    std::array<QLineSeries*, RateHistory::SeriesCount> m_series{};
    Chart m_rates;
    Chart m_queued;
};
