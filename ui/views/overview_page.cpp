#include "views/overview_page.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr qint64 Minute = 60 * 1000;

QString count(quint64 value) {
    return QLocale().toString(value);
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_window(new QComboBox(this)) {
    auto* facts = new QGroupBox(tr("Broker"), this);
    auto* grid = new QGridLayout(facts);
    m_node = addFact(grid, 0, 0, tr("Node"), QStringLiteral("node"));
    m_uptime = addFact(grid, 1, 0, tr("Uptime"), QStringLiteral("uptime"));
    m_listeners = addFact(grid, 2, 0, tr("Listeners"), QStringLiteral("listeners"));
    m_alarms = addFact(grid, 3, 0, tr("Alarms"), QStringLiteral("alarms"));
    m_connections = addFact(grid, 0, 2, tr("Connections"), QStringLiteral("connections"));
    m_channels = addFact(grid, 1, 2, tr("Channels"), QStringLiteral("channels"));
    m_queues = addFact(grid, 2, 2, tr("Queues"), QStringLiteral("queues"));
    m_consumers = addFact(grid, 3, 2, tr("Consumers"), QStringLiteral("consumers"));
    m_ready = addFact(grid, 0, 4, tr("Ready"), QStringLiteral("ready"));
    m_unacked = addFact(grid, 1, 4, tr("Unacked"), QStringLiteral("unacked"));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    m_window->setObjectName(QStringLiteral("chartWindow"));
    m_window->setAccessibleName(tr("Time the charts show"));
    m_window->addItem(tr("Last minute"), Minute);
    m_window->addItem(tr("Last 10 minutes"), 10 * Minute);
    m_window->addItem(tr("Last hour"), 60 * Minute);
    connect(m_window, &QComboBox::currentIndexChanged, this, &OverviewPage::redraw);
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(new QLabel(tr("Charts show:"), this));
    windowRow->addWidget(m_window);
    windowRow->addStretch(1);

    auto* rates = new QChartView(createChart(tr("Message rates (per second)"),
                                             {RateHistory::Publish, RateHistory::Deliver,
                                              RateHistory::Ack, RateHistory::Redeliver},
                                             &m_ratesX, &m_ratesY),
                                 this);
    rates->setObjectName(QStringLiteral("ratesChart"));
    rates->setRenderHint(QPainter::Antialiasing);
    auto* queued = new QChartView(createChart(tr("Queued messages"),
                                              {RateHistory::Ready, RateHistory::Unacked},
                                              &m_queuedX, &m_queuedY),
                                  this);
    queued->setObjectName(QStringLiteral("queuedChart"));
    queued->setRenderHint(QPainter::Antialiasing);
    auto* charts = new QHBoxLayout;
    charts->addWidget(rates, 1);
    charts->addWidget(queued, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(facts);
    layout->addLayout(windowRow);
    layout->addLayout(charts, 1);
    redraw();
}

QLabel* OverviewPage::addFact(QGridLayout* grid, int row, int column, const QString& title,
                              const QString& objectName) {
    auto* caption = new QLabel(title + QLatin1Char(':'), this);
    auto* value = new QLabel(QStringLiteral("–"), this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption->setBuddy(value);
    grid->addWidget(caption, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

QString OverviewPage::seriesName(RateHistory::Series series) {
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

QChart* OverviewPage::createChart(const QString& title,
                                  std::initializer_list<RateHistory::Series> series,
                                  QValueAxis** xAxis, QValueAxis** yAxis) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Follow the platform palette (light or dark) instead of a fixed chart theme.
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelBrush(palette().text());
    *xAxis = new QValueAxis(chart);
    (*xAxis)->setTitleText(tr("seconds ago"));
    (*xAxis)->setLabelFormat(QStringLiteral("%.0f"));
    *yAxis = new QValueAxis(chart);
    (*yAxis)->setLabelFormat(QStringLiteral("%.0f"));
    for (QValueAxis* axis : {*xAxis, *yAxis}) {
        axis->setLabelsBrush(palette().text());
        axis->setTitleBrush(palette().text());
    }
    chart->addAxis(*xAxis, Qt::AlignBottom);
    chart->addAxis(*yAxis, Qt::AlignLeft);
    for (RateHistory::Series which : series) {
        auto* line = new QLineSeries(chart);
        line->setName(seriesName(which));
        chart->addSeries(line);
        line->attachAxis(*xAxis);
        line->attachAxis(*yAxis);
        m_series[size_t(which)] = line;
    }
    return chart;
}

qint64 OverviewPage::windowMs() const {
    return m_window->currentData().toLongLong();
}

QString OverviewPage::formatUptime(qint64 seconds) {
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
}

void OverviewPage::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    RateHistory::Values values{};
    quint64 ready = 0;
    quint64 unacked = 0;
    for (const auto& queue : snapshot.queues) {
        values[RateHistory::Deliver] += queue.deliverRate;
        values[RateHistory::Ack] += queue.ackRate;
        values[RateHistory::Redeliver] += queue.redeliverRate;
        ready += queue.messagesReady;
        unacked += queue.messagesUnacked;
    }
    // Publishes are counted where clients send them, at the exchange (as RabbitMQ's overview
    // does), not once per queue a fanout reaches.
    for (const auto& exchange : snapshot.exchanges)
        values[RateHistory::Publish] += exchange.publishInRate;
    values[RateHistory::Ready] = double(ready);
    values[RateHistory::Unacked] = double(unacked);

    const QDateTime takenAt =
        snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    m_lastSampleMs = takenAt.toMSecsSinceEpoch();
    m_history.append(m_lastSampleMs, values);

    m_node->setText(snapshot.node.isEmpty() ? QStringLiteral("–") : snapshot.node);
    m_uptime->setText(snapshot.startedAt.isValid()
                          ? formatUptime(snapshot.startedAt.secsTo(takenAt))
                          : QStringLiteral("–"));
    QStringList listeners;
    for (const auto& listener : snapshot.listeners)
        listeners
            << QStringLiteral("%1 %2:%3").arg(listener.scheme, listener.host).arg(listener.port);
    m_listeners->setText(listeners.isEmpty() ? tr("none") : listeners.join(QStringLiteral(", ")));
    m_alarms->setText(
        snapshot.alarms.isEmpty()
            ? tr("none")
            : tr("%1 — publishers blocked").arg(snapshot.alarms.join(QStringLiteral(", "))));
    m_connections->setText(count(quint64(snapshot.connections.size())));
    m_channels->setText(count(quint64(snapshot.channels.size())));
    m_queues->setText(count(quint64(snapshot.queues.size())));
    m_consumers->setText(count(quint64(snapshot.consumers.size())));
    m_ready->setText(count(ready));
    m_unacked->setText(count(unacked));
    redraw();
}

void OverviewPage::clearHistory() {
    m_history.clear();
    redraw();
}

void OverviewPage::redraw() {
    const qint64 window = windowMs();
    const qint64 now = m_lastSampleMs;
    auto draw = [&](std::initializer_list<RateHistory::Series> which, QValueAxis* x,
                    QValueAxis* y) {
        double most = 0;
        for (RateHistory::Series series : which) {
            m_series[size_t(series)]->replace(m_history.points(series, now, window, MaxPoints));
            most = std::max(most, m_history.maximum(series, now, window));
        }
        x->setRange(-double(window) / 1000.0, 0);
        // Headroom above the peak, and a visible scale even when everything is idle.
        y->setRange(0, std::max(most * 1.1, 10.0));
        y->applyNiceNumbers(); // round ticks: 0, 2000, 4000 rather than 0, 1448, 2895
    };
    draw({RateHistory::Publish, RateHistory::Deliver, RateHistory::Ack, RateHistory::Redeliver},
         m_ratesX, m_ratesY);
    draw({RateHistory::Ready, RateHistory::Unacked}, m_queuedX, m_queuedY);
}
