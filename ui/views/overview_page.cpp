#include "views/overview_page.h"

#include "models/node_table_model.h"
#include "views/connect_app_card.h"

#include <QColor>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString count(quint64 value) {
    return QLocale().toString(value);
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_charts(new RateCharts(this))
    , m_connectCard(new ConnectAppCard(this))
    , m_flowBanner(new QLabel(this))
    , m_nodes(new NodeTableModel(this))
    , m_nodesView(new QTableView(this)) {
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
    m_memory = addFact(grid, 2, 4, tr("Memory"), QStringLiteral("memory"));
    m_memory->setToolTip(tr("Memory the broker process holds, next to the bytes of the messages "
                            "in its queues. Much more held than queued means memory is kept "
                            "for reuse rather than used."));
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    m_nodesView->setObjectName(QStringLiteral("nodesView"));
    m_nodesView->setAccessibleName(tr("Cluster nodes"));
    m_nodesView->setModel(m_nodes);
    m_nodesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodesView->setShowGrid(false);
    m_nodesView->setWordWrap(false);
    m_nodesView->verticalHeader()->hide();
    // The node's name takes what the short columns leave.
    m_nodesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodesView->horizontalHeader()->setSectionResizeMode(NodeTableModel::NameColumn,
                                                          QHeaderView::Stretch);
    // No taller than the facts beside it: a large cluster scrolls.
    m_nodesView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    auto* nodes = new QGroupBox(tr("Nodes"), this);
    auto* nodesLayout = new QVBoxLayout(nodes);
    nodesLayout->addWidget(m_nodesView);

    // Side by side, so the nodes cost the charts no height.
    auto* top = new QHBoxLayout;
    top->addWidget(facts, 3);
    top->addWidget(nodes, 2);
    // Pacing is rare and never silent: while any connection is in flow, say so where users look
    // first. Hidden otherwise, so it costs the page no room.
    m_flowBanner->setObjectName(QStringLiteral("flowBanner"));
    m_flowBanner->setWordWrap(true);
    m_flowBanner->setFrameShape(QFrame::StyledPanel);
    m_flowBanner->setAutoFillBackground(true);
    QPalette warning = m_flowBanner->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    warning.setColor(QPalette::WindowText, QColor(0x66, 0x4d, 0x03));
    m_flowBanner->setPalette(warning);
    m_flowBanner->setMargin(6);
    m_flowBanner->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_flowBanner);
    layout->addWidget(m_connectCard);
    layout->addLayout(top);
    layout->addWidget(m_charts, 1);
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
    quint64 queuedBytes = 0;
    for (const auto& queue : snapshot.queues) {
        values[RateHistory::Deliver] += queue.deliverRate;
        values[RateHistory::Ack] += queue.ackRate;
        values[RateHistory::Redeliver] += queue.redeliverRate;
        ready += queue.messagesReady;
        unacked += queue.messagesUnacked;
        queuedBytes += queue.bytesReady;
    }
    // Publishes are counted where clients send them, at the exchange (as RabbitMQ's overview
    // does), not once per queue a fanout reaches.
    for (const auto& exchange : snapshot.exchanges)
        values[RateHistory::Publish] += exchange.publishInRate;
    values[RateHistory::Ready] = double(ready);
    values[RateHistory::Unacked] = double(unacked);

    const QDateTime takenAt =
        snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    m_charts->append(takenAt.toMSecsSinceEpoch(), values);

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
    int inFlow = 0;
    for (const auto& connection : snapshot.connections)
        inFlow += connection.state == QLatin1String("flow");
    m_flowBanner->setVisible(inFlow > 0);
    if (inFlow > 0)
        m_flowBanner->setText(
            tr("Flow control: the broker is pacing %n publishing connection(s), reading from "
               "them only as fast as it can write what they publish. The Connections page shows "
               "which (state \"flow\"); the log says why.",
               "", inFlow));
    m_nodes->applySnapshot(snapshot);
    m_connections->setText(count(quint64(snapshot.connections.size())));
    m_channels->setText(count(quint64(snapshot.channels.size())));
    m_queues->setText(count(quint64(snapshot.queues.size())));
    m_consumers->setText(count(quint64(snapshot.consumers.size())));
    m_ready->setText(count(ready));
    m_unacked->setText(count(unacked));
    const qint64 resident = snapshot.nodes.isEmpty() ? -1 : snapshot.nodes.first().memoryResident;
    m_memory->setText(resident < 0 ? QStringLiteral("–")
                                   : tr("%1 held, %2 in queues")
                                         .arg(QLocale().formattedDataSize(resident),
                                              QLocale().formattedDataSize(qint64(queuedBytes))));
}

void OverviewPage::clearHistory() {
    m_charts->clearHistory();
}
