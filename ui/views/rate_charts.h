#pragma once

#include "models/rate_history.h"

#include <QWidget>
#include <array>
#include <initializer_list>
#include <memory>
#include <vector>

class QChart;
class QComboBox;
class QLineSeries;
class QValueAxis;

// Live charts of message rates and queued messages over a selectable window (1 min, 10 min,
// 1 h). The overview draws the broker's totals into a bounded history of the charts' own; a
// queue's page draws the history the console keeps for that queue from the broker's start.
class RateCharts final : public QWidget {
    Q_OBJECT
public:
    explicit RateCharts(QWidget* parent = nullptr);

    // One sample per snapshot, at the snapshot's time, into the charts' own history.
    void append(qint64 atMs, const RateHistory::Values& values);
    void clearHistory();
    // Draws a history kept elsewhere, up to `nowMs`, until told otherwise.
    void showHistory(std::shared_ptr<const RateHistory> history, qint64 nowMs);

    const RateHistory& history() const { return *m_shown; }
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

    std::shared_ptr<RateHistory> m_own;
    std::shared_ptr<const RateHistory> m_shown; // m_own, or one kept elsewhere
    qint64 m_lastSampleMs = 0;
    QComboBox* m_window;
    std::array<QLineSeries*, RateHistory::SeriesCount> m_series{};
    Chart m_rates;
    Chart m_queued;
};
