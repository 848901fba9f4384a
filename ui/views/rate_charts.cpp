#include "views/rate_charts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {

constexpr qint64 Minute = 60 * 1000;

} // namespace

RateCharts::RateCharts(QWidget* parent)
    : QWidget(parent)
    , m_own(std::make_shared<RateHistory>())
    , m_shown(m_own)
    , m_window(new QComboBox(this)) {
    m_window->setObjectName(QStringLiteral("chartWindow"));
    m_window->setAccessibleName(tr("Time the charts show"));
    m_window->setAccessibleName(tr("Chart window"));
    m_window->addItem(tr("Last minute"), Minute);
    m_window->addItem(tr("Last 10 minutes"), 10 * Minute);
    m_window->addItem(tr("Last hour"), 60 * Minute);
    connect(m_window, &QComboBox::currentIndexChanged, this, &RateCharts::redraw);
    auto* caption = new QLabel(tr("Charts show:"), this);
    caption->setBuddy(m_window);
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(caption);
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);

    m_rates =
        createChart(tr("Message rates (per second)"), {RateHistory::Publish, RateHistory::Deliver,
                                                       RateHistory::Ack, RateHistory::Redeliver});
    auto* rates = new QChartView(m_rates.chart, this);
    rates->setObjectName(QStringLiteral("ratesChart"));
    rates->setAccessibleName(tr("Message rates chart"));
    rates->setRenderHint(QPainter::Antialiasing);
    m_queued = createChart(tr("Queued messages"), {RateHistory::Ready, RateHistory::Unacked});
    auto* queued = new QChartView(m_queued.chart, this);
    queued->setObjectName(QStringLiteral("queuedChart"));
    queued->setAccessibleName(tr("Queued messages chart"));
    queued->setRenderHint(QPainter::Antialiasing);
    auto* charts = new QHBoxLayout;
    charts->addWidget(rates, 1);
    charts->addWidget(queued, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(windowRow);
    layout->addLayout(charts, 1);
    applyPalette();
    redraw();
}

QString RateCharts::seriesName(RateHistory::Series series) {
    switch (series) {
    case RateHistory::Publish:
        return tr("Publish");
    case RateHistory::Deliver:
        return tr("Deliver");
    case RateHistory::Ack:
        return tr("Ack");
    case RateHistory::Redeliver:
        return tr("Redeliver");
    case RateHistory::Ready:
        return tr("Ready");
    case RateHistory::Unacked:
        return tr("Unacked");
    case RateHistory::SeriesCount:
        break;
    }
    return {};
}

RateCharts::Chart RateCharts::createChart(const QString& title,
                                          std::initializer_list<RateHistory::Series> series) {
    Chart made;
    made.series.assign(series.begin(), series.end());
    made.chart = new QChart;
    made.chart->setTitle(title);
    made.chart->legend()->setAlignment(Qt::AlignBottom);
    made.x = new QValueAxis(made.chart);
    made.x->setTitleText(tr("seconds ago"));
    made.x->setLabelFormat(QStringLiteral("%.0f"));
    made.y = new QValueAxis(made.chart);
    made.y->setLabelFormat(QStringLiteral("%.0f"));
    made.chart->addAxis(made.x, Qt::AlignBottom);
    made.chart->addAxis(made.y, Qt::AlignLeft);
    for (RateHistory::Series which : series) {
        auto* line = new QLineSeries(made.chart);
        line->setName(seriesName(which));
        made.chart->addSeries(line);
        line->attachAxis(made.x);
        line->attachAxis(made.y);
        m_series[size_t(which)] = line;
    }
    return made;
}

void RateCharts::applyPalette() {
    // Follow the application's palette (light or dark) instead of a fixed chart theme.
    for (const Chart* chart : {&m_rates, &m_queued}) {
        chart->chart->setBackgroundBrush(palette().base());
        chart->chart->setTitleBrush(palette().text());
        chart->chart->legend()->setLabelBrush(palette().text());
        for (QValueAxis* axis : {chart->x, chart->y}) {
            axis->setLabelsBrush(palette().text());
            axis->setTitleBrush(palette().text());
        }
    }
}

void RateCharts::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

qint64 RateCharts::windowMs() const {
    return m_window->currentData().toLongLong();
}

void RateCharts::append(qint64 atMs, const RateHistory::Values& values) {
    m_lastSampleMs = atMs;
    m_own->append(atMs, values);
    m_shown = m_own;
    redraw();
}

void RateCharts::clearHistory() {
    m_own->clear();
    m_shown = m_own;
    redraw();
}

void RateCharts::showHistory(std::shared_ptr<const RateHistory> history, qint64 nowMs) {
    m_shown = history ? std::move(history) : m_own;
    m_lastSampleMs = nowMs;
    redraw();
}

void RateCharts::redraw() {
    const qint64 window = windowMs();
    const qint64 now = m_lastSampleMs;
    for (const Chart* chart : {&m_rates, &m_queued}) {
        double most = 0;
        for (RateHistory::Series series : chart->series) {
            m_series[size_t(series)]->replace(m_shown->points(series, now, window, MaxPoints));
            most = std::max(most, m_shown->maximum(series, now, window));
        }
        chart->x->setRange(-double(window) / 1000.0, 0);
        // Headroom above the peak, and a visible scale even when everything is idle.
        chart->y->setRange(0, std::max(most * 1.1, 10.0));
        chart->y->applyNiceNumbers(); // round ticks: 0, 2000, 4000 rather than 0, 1448, 2895
    }
}
