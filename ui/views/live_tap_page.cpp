#include "views/live_tap_page.h"

#include "backends/broker_backend.h"
#include "models/body_format.h"
#include "models/exported_message.h"
#include "models/json_numbers.h"
#include "models/line_diff.h"
#include "models/tap_tree_model.h"
#include "models/top_talkers_model.h"
#include "views/background_file_writer.h"
#include "views/exchange_choices.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// The message's fields as lines; an MQTT broker's (`mqttBroker`) have a topic but no exchange,
// and it does not say how many subscribers got one.
QString describe(const warren::TappedMessage& message, bool topics, bool mqttBroker) {
    QStringList lines;
    if (!mqttBroker)
        lines << QStringLiteral("exchange: %1").arg(message.exchange);
    lines << (topics ? QStringLiteral("topic: %1") : QStringLiteral("routing_key: %1"))
                 .arg(message.routingKey)
          << QStringLiteral("published: %1")
                 .arg(QDateTime::fromMSecsSinceEpoch(message.publishedAtMs)
                          .toLocalTime()
                          .toString(Qt::ISODateWithMs));
    if (!mqttBroker)
        lines << QStringLiteral("routed to: %1").arg(message.routedQueues);
    for (const auto& [name, value] : message.properties)
        lines << QStringLiteral("%1: %2").arg(name, value);
    for (const auto& [name, value] : message.headers)
        lines << QStringLiteral("header %1: %2").arg(name, value);
    if (message.bodySize > message.body.size())
        lines << QStringLiteral("body: %1 of %2 bytes shown")
                     .arg(message.body.size())
                     .arg(message.bodySize);
    return lines.join(QLatin1Char('\n'));
}

// What the diff compares: the body, pretty-printed when it is JSON so that a changed field
// is one changed line.
QStringList comparable(const warren::TappedMessage& message) {
    const BodyView view =
        QJsonDocument::fromJson(message.body).isNull() ? BodyView::Text : BodyView::Json;
    return renderBody(message.body, view).split(QLatin1Char('\n'));
}

// The MQTT topic an AMQP routing key stands for, as RabbitMQ maps them: '.' and '/' swapped.
QString topicOfRoutingKey(QString key) {
    for (QChar& c : key)
        if (c == QLatin1Char('.'))
            c = QLatin1Char('/');
        else if (c == QLatin1Char('/'))
            c = QLatin1Char('.');
    return key;
}

} // namespace

LiveTapPage::LiveTapPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_tree(new TapTreeModel(this))
    , m_talkers(new TopTalkersModel(this))
    , m_vhost(new QComboBox(this))
    , m_exchange(new QComboBox(this))
    , m_asTopics(new QCheckBox(tr("MQTT &topics"), this))
    , m_startPause(new QPushButton(this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_rankBy(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_treeView(new QTreeView(this))
    , m_talkersView(new QTableView(this))
    , m_latest(new QPlainTextEdit(this))
    , m_diff(new QPlainTextEdit(this))
    , m_field(new QComboBox(this))
    , m_series(new QLineSeries(this))
    , m_ticker(new QTimer(this)) {
    m_vhost->setObjectName(QStringLiteral("tapVhost"));
    m_vhost->setAccessibleName(tr("Virtual host to tap"));
    m_exchange->setObjectName(QStringLiteral("tapExchange"));
    m_exchange->setAccessibleName(tr("Exchange to tap"));
    m_exchange->setMinimumContentsLength(18);
    m_asTopics->setObjectName(QStringLiteral("tapAsTopics"));
    m_asTopics->setToolTip(tr("Show keys as MQTT topics, with '/' between levels, as MQTT "
                              "clients name them."));
    m_startPause->setObjectName(QStringLiteral("tapStartPause"));
    m_startPause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_clear->setObjectName(QStringLiteral("tapClear"));
    m_clear->setAccessibleName(tr("Clear what the tap has seen"));
    m_export->setObjectName(QStringLiteral("tapExport"));
    m_export->setAccessibleName(tr("Export tapped messages"));
    m_status->setObjectName(QStringLiteral("tapStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    auto* vhostLabel = new QLabel(tr("&Vhost:"), this);
    vhostLabel->setBuddy(m_vhost);
    auto* exchangeLabel = new QLabel(tr("E&xchange:"), this);
    exchangeLabel->setBuddy(m_exchange);
    bar->addWidget(vhostLabel);
    bar->addWidget(m_vhost);
    bar->addWidget(exchangeLabel);
    bar->addWidget(m_exchange);
    bar->addWidget(m_asTopics);
    bar->addWidget(m_startPause);
    bar->addWidget(m_clear);
    bar->addWidget(m_export);
    bar->addStretch(1);

    m_treeView->setObjectName(QStringLiteral("tapTree"));
    m_treeView->setAccessibleName(tr("Routing keys seen by the tap"));
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setSectionResizeMode(TapTreeModel::KeyColumn, QHeaderView::Stretch);
    m_treeView->header()->setStretchLastSection(false);

    m_rankBy->setObjectName(QStringLiteral("tapRankBy"));
    m_rankBy->setAccessibleName(tr("Rank top talkers by"));
    m_rankBy->addItem(tr("by messages"), int(TopTalkersModel::RankBy::Messages));
    m_rankBy->addItem(tr("by bytes"), int(TopTalkersModel::RankBy::Bytes));
    m_talkersView->setObjectName(QStringLiteral("tapTopTalkers"));
    m_talkersView->setAccessibleName(tr("Top talkers"));
    m_talkersView->setModel(m_talkers);
    m_talkersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_talkersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_talkersView->verticalHeader()->hide();
    m_talkersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_talkersView->horizontalHeader()->setSectionResizeMode(TopTalkersModel::KeyColumn,
                                                            QHeaderView::Stretch);
    auto* talkersBox = new QWidget(this);
    auto* talkersLayout = new QVBoxLayout(talkersBox);
    talkersLayout->setContentsMargins(0, 0, 0, 0);
    auto* talkersTitle = new QHBoxLayout;
    talkersTitle->addWidget(new QLabel(tr("Top talkers"), talkersBox));
    talkersTitle->addWidget(m_rankBy);
    talkersTitle->addStretch(1);
    talkersLayout->addLayout(talkersTitle);
    talkersLayout->addWidget(m_talkersView);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_treeView);
    left->addWidget(talkersBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    for (QPlainTextEdit* text : {m_latest, m_diff}) {
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_latest->setObjectName(QStringLiteral("tapLatest"));
    m_latest->setAccessibleName(tr("Latest message on the selected key"));
    m_diff->setObjectName(QStringLiteral("tapDiff"));
    m_diff->setAccessibleName(tr("Difference to the previous message on the selected key"));

    m_field->setObjectName(QStringLiteral("tapChartField"));
    m_field->setAccessibleName(tr("Number to chart"));
    m_field->setMinimumContentsLength(20);
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    // Wall-clock time on the x axis: what a tap shows is happening now.
    m_chartX = new QDateTimeAxis(chart);
    m_chartX->setFormat(QStringLiteral("HH:mm:ss"));
    m_chartX->setTickCount(5);
    m_chartY = new QValueAxis(chart);
    for (QAbstractAxis* axis : std::initializer_list<QAbstractAxis*>{m_chartX, m_chartY}) {
        axis->setLabelsBrush(palette().text());
        axis->setTitleBrush(palette().text());
    }
    chart->addAxis(m_chartX, Qt::AlignBottom);
    chart->addAxis(m_chartY, Qt::AlignLeft);
    m_series->setParent(nullptr); // the chart owns its series
    chart->addSeries(m_series);
    m_series->attachAxis(m_chartX);
    m_series->attachAxis(m_chartY);
    auto* chartView = new QChartView(chart, this);
    chartView->setObjectName(QStringLiteral("tapChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    auto* chartPage = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPage);
    auto* fieldRow = new QHBoxLayout;
    auto* fieldLabel = new QLabel(tr("&Field:"), chartPage);
    fieldLabel->setBuddy(m_field);
    fieldRow->addWidget(fieldLabel);
    fieldRow->addWidget(m_field);
    fieldRow->addStretch(1);
    chartLayout->addLayout(fieldRow);
    chartLayout->addWidget(chartView, 1);

    auto* detail = new QTabWidget(this);
    detail->setObjectName(QStringLiteral("tapDetail"));
    detail->addTab(m_latest, tr("Latest"));
    detail->addTab(m_diff, tr("Changes"));
    detail->addTab(chartPage, tr("Chart"));

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_vhost, &QComboBox::currentIndexChanged, this, [this] {
        fillExchanges();
        onTargetChosen();
    });
    connect(m_exchange, &QComboBox::currentIndexChanged, this, &LiveTapPage::onTargetChosen);
    connect(m_asTopics, &QCheckBox::toggled, this, [this](bool topics) {
        // Keys split one way and the other would make two trees of one traffic: start afresh.
        clear();
        m_tree->setSeparator(topics ? QLatin1Char('/') : QLatin1Char('.'));
        m_talkers->setTopics(topics);
        m_treeView->setAccessibleName(topics ? tr("Topics seen by the tap")
                                             : tr("Routing keys seen by the tap"));
    });
    connect(m_startPause, &QPushButton::clicked, this, [this] { isTapping() ? pause() : start(); });
    connect(m_clear, &QPushButton::clicked, this, &LiveTapPage::clear);
    connect(m_export, &QPushButton::clicked, this, &LiveTapPage::chooseExportFile);
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, [this] {
        m_talkers->setRankBy(TopTalkersModel::RankBy(m_rankBy->currentData().toInt()));
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_selectedKey = m_tree->fullKey(current);
                showSelected();
            });
    // Only the user's choice selects a key: when the ranking changes under the selection, the
    // row it was on now holds another key, and the view's current row must follow the key.
    connect(m_talkersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_rankingTalkers)
                    selectKey(m_talkers->routingKey(current.row()));
            });
    connect(m_talkers, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rankingTalkers = true; });
    connect(m_talkers, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_talkers->rowCount(); ++row)
            if (m_talkers->routingKey(row) == m_selectedKey)
                m_talkersView->selectRow(row);
        m_rankingTalkers = false;
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &LiveTapPage::rebuildChart);
    connect(m_tree, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        // New branches open where traffic arrives, down to a readable depth.
        if (parent.isValid() && !m_tree->parent(parent).isValid())
            m_treeView->expand(parent);
    });
    connect(backend, &BrokerBackend::tapUpdated, this, &LiveTapPage::onTapUpdated);
    connect(backend, &BrokerBackend::operationFinished, this, &LiveTapPage::onOperationFinished);
    connect(m_ticker, &QTimer::timeout, this,
            [this] { tick(QDateTime::currentMSecsSinceEpoch()); });
    m_ticker->start(1000);

    // A remote broker says only once it answers whether it is a Warren, which can be tapped.
    const auto followBackend = [this, vhostLabel, exchangeLabel] {
        // An MQTT broker has topics, not vhosts and exchanges to choose among.
        const bool mqttBroker = !m_backend->supports(BrokerBackend::Feature::Exchanges) &&
                                m_backend->supports(BrokerBackend::Feature::TopicPublishing);
        for (QWidget* w : std::initializer_list<QWidget*>{vhostLabel, m_vhost, exchangeLabel,
                                                          m_exchange, m_asTopics})
            w->setVisible(!mqttBroker);
        m_mqttBroker = mqttBroker;
        if (mqttBroker)
            m_asTopics->setChecked(true);
        setEnabled(m_backend->canTap());
        setToolTip(m_backend->canTap()
                       ? QString()
                       : tr("This broker cannot show the console a copy of its traffic."));
    };
    connect(backend, &BrokerBackend::featuresChanged, this, followBackend);
    followBackend();
    updateStatus();
}

LiveTapPage::~LiveTapPage() {
    // Stopped once this page and the window around it have gone: a backend may answer a command
    // at once, and that answer must not reach a window half destroyed. A backend that goes
    // first drops the call (its remote taps end by the broker's idle timeout).
    if (m_tapId != 0)
        QMetaObject::invokeMethod(
            m_backend,
            [backend = m_backend, tapId = m_tapId] {
                backend->execute(warren::commands::StopTap{tapId});
            },
            Qt::QueuedConnection);
}

void LiveTapPage::setSnapshot(const warren::BrokerSnapshot& snapshot) {
    m_exchanges = snapshot.exchanges;
    const QString current = m_vhost->currentText();
    QStringList vhosts;
    for (const auto& vhost : snapshot.vhosts)
        vhosts << vhost.name;
    QStringList shown;
    for (int i = 0; i < m_vhost->count(); ++i)
        shown << m_vhost->itemText(i);
    if (shown != vhosts) {
        const QSignalBlocker blocker(m_vhost);
        m_vhost->clear();
        m_vhost->addItems(vhosts);
        m_vhost->setCurrentIndex(std::max<qsizetype>(0, vhosts.indexOf(current)));
    }
    fillExchanges();
}

void LiveTapPage::fillExchanges() {
    // Item data: the exchange's name, "" for the default exchange; no data: all exchanges.
    const QVariant current = m_exchange->currentData();
    const bool hadChoice = m_exchange->count() > 0;
    QStringList inVhost;
    for (const auto& exchange : std::as_const(m_exchanges))
        if (exchange.vhost == m_vhost->currentText())
            inVhost << exchange.name;
    QList<QVariant> names{QVariant()};
    QStringList labels{tr("(all exchanges)")};
    for (const QString& name : sortedExchangeNames(inVhost)) {
        names << QVariant(name);
        labels << (name.isEmpty() ? tr("(AMQP default)") : name);
    }
    QList<QVariant> shown;
    for (int i = 0; i < m_exchange->count(); ++i)
        shown << m_exchange->itemData(i);
    if (shown == names)
        return;
    const QSignalBlocker blocker(m_exchange);
    m_exchange->clear();
    for (qsizetype i = 0; i < names.size(); ++i)
        m_exchange->addItem(labels.at(i), names.at(i));
    const int keep = hadChoice ? m_exchange->findData(current) : -1;
    m_exchange->setCurrentIndex(std::max(0, keep));
}

void LiveTapPage::setTarget(const QString& vhost, const std::optional<QString>& exchange) {
    const int vhostRow = m_vhost->findText(vhost);
    if (vhostRow < 0) {
        const QSignalBlocker blocker(m_vhost);
        m_vhost->addItem(vhost);
        m_vhost->setCurrentIndex(m_vhost->count() - 1);
    } else {
        const QSignalBlocker blocker(m_vhost);
        m_vhost->setCurrentIndex(vhostRow);
    }
    fillExchanges();
    const QVariant wanted = exchange ? QVariant(*exchange) : QVariant();
    int row = m_exchange->findData(wanted);
    if (row < 0) {
        m_exchange->addItem(*exchange, wanted);
        row = m_exchange->count() - 1;
    }
    m_exchange->setCurrentIndex(row);
    onTargetChosen();
}

bool LiveTapPage::showsTopics() const {
    return m_asTopics->isChecked();
}

void LiveTapPage::setShowsTopics(bool topics) {
    m_asTopics->setChecked(topics || m_mqttBroker);
}

void LiveTapPage::onTargetChosen() {
    const QString vhost = m_vhost->currentText();
    const QVariant data = m_exchange->currentData();
    const auto exchange = data.isValid() ? std::optional(data.toString()) : std::nullopt;
    if (vhost == m_tapVhost && exchange == m_tapExchange)
        return;
    // The embedded broker's MQTT exchange carries MQTT clients' topics: show them as such.
    if (exchange && m_backend->canControl() && *exchange == m_backend->brokerConfig().mqttExchange)
        m_asTopics->setChecked(true);
    // Counts of two targets mixed would mean nothing: a new target starts afresh.
    const bool wasTapping = isTapping();
    if (wasTapping)
        pause();
    clear();
    m_tapVhost = vhost;
    m_tapExchange = exchange;
    if (wasTapping)
        start();
}

void LiveTapPage::start() {
    if (isTapping() || m_vhost->currentText().isEmpty())
        return;
    m_tapVhost = m_vhost->currentText();
    const QVariant data = m_exchange->currentData();
    m_tapExchange = data.isValid() ? std::optional(data.toString()) : std::nullopt;
    m_endReason.clear();
    m_tapId = warren::newTapId();
    updateStatus();
    m_backend->execute(warren::commands::StartTap{m_tapId, m_tapVhost, m_tapExchange});
}

void LiveTapPage::pause() {
    if (!isTapping())
        return;
    m_backend->execute(warren::commands::StopTap{std::exchange(m_tapId, 0)});
    updateStatus();
}

void LiveTapPage::clear() {
    m_tree->clear();
    m_talkers->setTotals({});
    m_ring.clear();
    m_ringBytes = 0;
    m_seen = 0;
    m_dropped = 0;
    m_selectedKey.clear();
    m_latest->clear();
    m_diff->clear();
    m_field->clear();
    m_series->clear();
    updateStatus();
}

void LiveTapPage::onTapUpdated(const warren::TapBatch& batch) {
    if (batch.tapId != m_tapId || m_tapId == 0)
        return; // a tap this page has let go of, or another page's
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_seen += quint64(batch.messages.size());
    m_dropped += batch.dropped;
    QList<warren::TappedMessage> messages = batch.messages;
    if (showsTopics() && !m_mqttBroker)
        for (warren::TappedMessage& message : messages)
            message.routingKey = topicOfRoutingKey(message.routingKey);
    m_tree->addMessages(messages, nowMs);
    bool selectedChanged = false;
    for (const warren::TappedMessage& message : std::as_const(messages)) {
        m_ring.push_back(message);
        m_ringBytes += message.body.size();
        while (m_ring.size() > size_t(RingCapacity) || m_ringBytes > RingByteLimit) {
            m_ringBytes -= m_ring.front().body.size();
            m_ring.pop_front();
        }
        if (!m_selectedKey.isNull() && message.routingKey == m_selectedKey) {
            selectedChanged = true;
            appendChartPoint(message);
        }
    }
    if (selectedChanged)
        showSelected();
    if (!batch.error.isEmpty()) {
        m_tapId = 0;
        m_endReason = batch.error;
    }
    updateStatus();
}

void LiveTapPage::onOperationFinished(const warren::OperationResult& result) {
    if (result.kind != warren::OperationResult::Kind::StartTap || result.tapId != m_tapId ||
        m_tapId == 0 || result.error.isEmpty())
        return;
    m_tapId = 0;
    m_endReason = result.error;
    updateStatus();
}

void LiveTapPage::tick(qint64 nowMs) {
    m_tree->tick(nowMs);
    m_talkers->setTotals(m_tree->keyTotals());
}

void LiveTapPage::selectKey(const QString& routingKey) {
    const QModelIndex index = m_tree->indexOfKey(routingKey);
    if (index.isValid()) {
        m_treeView->setCurrentIndex(index);
        m_treeView->scrollTo(index);
    }
    m_selectedKey = routingKey;
    showSelected();
}

void LiveTapPage::showSelected() {
    const QModelIndex index = m_tree->indexOfKey(m_selectedKey);
    const auto latest = m_tree->latest(index);
    if (!latest) {
        m_latest->setPlainText(m_selectedKey.isNull()
                                   ? QString()
                                   : tr("No message has carried exactly this key yet."));
        m_diff->clear();
        return;
    }
    const BodyView view =
        QJsonDocument::fromJson(latest->body).isNull() ? BodyView::Text : BodyView::Json;
    m_latest->setPlainText(describe(*latest, showsTopics(), m_mqttBroker) + QStringLiteral("\n\n") +
                           renderBody(latest->body, view));
    const auto previous = m_tree->previous(index);
    showDiff(previous ? &*previous : nullptr, *latest);

    // The chart offers the numbers of the latest body; the chosen one stays if still there.
    const QString chosen = m_field->currentText();
    QStringList fields;
    for (const auto& field : numericFields(latest->body))
        fields << field.first;
    QStringList offered;
    for (int i = 0; i < m_field->count(); ++i)
        offered << m_field->itemText(i);
    if (offered != fields) {
        const QSignalBlocker blocker(m_field);
        m_field->clear();
        m_field->addItems(fields);
        m_field->setCurrentIndex(std::max<qsizetype>(0, fields.indexOf(chosen)));
        rebuildChart();
    }
}

void LiveTapPage::showDiff(const warren::TappedMessage* before,
                           const warren::TappedMessage& after) {
    m_diff->clear();
    if (!before) {
        m_diff->setPlainText(tr("Only one message on this key so far."));
        return;
    }
    QTextCursor cursor(m_diff->document());
    QTextCharFormat same;
    QTextCharFormat removed;
    removed.setBackground(QColor(255, 80, 80, 70));
    QTextCharFormat added;
    added.setBackground(QColor(60, 200, 60, 70));
    bool first = true;
    for (const DiffLine& line : diffLines(comparable(*before), comparable(after))) {
        if (!first)
            cursor.insertText(QStringLiteral("\n"), same);
        first = false;
        switch (line.kind) {
        case DiffLine::Kind::Same:
            cursor.insertText(QStringLiteral("  ") + line.text, same);
            break;
        case DiffLine::Kind::Removed:
            cursor.insertText(QStringLiteral("- ") + line.text, removed);
            break;
        case DiffLine::Kind::Added:
            cursor.insertText(QStringLiteral("+ ") + line.text, added);
            break;
        }
    }
}

void LiveTapPage::chartField(const QString& path) {
    m_field->setCurrentIndex(m_field->findText(path));
}

void LiveTapPage::rebuildChart() {
    m_series->clear();
    for (const warren::TappedMessage& message : m_ring)
        if (message.routingKey == m_selectedKey)
            appendChartPoint(message);
}

void LiveTapPage::appendChartPoint(const warren::TappedMessage& message) {
    const QString path = m_field->currentText();
    if (path.isEmpty())
        return;
    const auto value = numberAt(message.body, path);
    if (!value)
        return;
    if (m_series->count() >= MaxChartPoints)
        m_series->remove(0);
    m_series->append(double(message.publishedAtMs), *value);
    // Fit the axes to what is shown, with a little room so a flat line is visible.
    const auto points = m_series->points();
    double low = points.front().y();
    double high = low;
    for (const QPointF& point : points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    const double pad = high > low ? (high - low) * 0.1 : std::max(1.0, std::abs(high) * 0.1);
    m_chartY->setRange(low - pad, high + pad);
    m_chartX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.front().x())),
                       QDateTime::fromMSecsSinceEpoch(
                           qint64(std::max(points.back().x(), points.front().x() + 1000))));
}

void LiveTapPage::updateStatus() {
    const QLocale locale;
    QString state;
    if (isTapping())
        state = m_mqttBroker ? tr("Tapping every topic")
                : !m_tapExchange
                    ? tr("Tapping every exchange of %1").arg(m_tapVhost)
                    : tr("Tapping %1 in %2")
                          .arg(m_tapExchange->isEmpty() ? tr("(AMQP default)") : *m_tapExchange,
                               m_tapVhost);
    else if (!m_endReason.isEmpty())
        state = tr("Stopped: %1").arg(m_endReason);
    else
        state = m_seen > 0 ? tr("Paused") : tr("Not tapping");
    QString text =
        tr("%1 · %n message(s) seen", nullptr, int(std::min<quint64>(m_seen, INT_MAX))).arg(state);
    if (m_dropped > 0)
        text += tr(" · %n not shown (faster than the console takes them)", nullptr,
                   int(std::min<quint64>(m_dropped, INT_MAX)));
    m_status->setText(text);
    m_startPause->setText(isTapping() ? tr("&Pause") : (m_seen > 0 ? tr("&Resume") : tr("&Start")));
    m_startPause->setAccessibleName(isTapping() ? tr("Pause the tap") : tr("Start the tap"));
    m_export->setEnabled(!m_ring.empty());
}

void LiveTapPage::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export tapped messages"),
                                                      QStringLiteral("tap.jsonl"),
                                                      tr("JSON lines (*.jsonl *.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void LiveTapPage::exportTo(const QString& path) {
    QList<QByteArray> lines;
    lines.reserve(qsizetype(m_ring.size()));
    for (const warren::TappedMessage& message : m_ring) {
        // Tapped headers are text; exported as JSON strings.
        const QList<std::pair<QString, QJsonValue>> headers(message.headers.cbegin(),
                                                            message.headers.cend());
        QJsonObject object = messageToJson(message.exchange, message.routingKey, message.properties,
                                           headers, message.body);
        object.insert(QStringLiteral("published_at"),
                      QDateTime::fromMSecsSinceEpoch(message.publishedAtMs, Qt::UTC)
                          .toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("payload_bytes"), message.bodySize);
        lines.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    m_status->setText(tr("Exporting %n message(s)…", nullptr, int(lines.size())));
    writeLinesInBackground(this, path, std::move(lines), [this, path](const QString& error) {
        updateStatus();
        if (!error.isEmpty())
            m_status->setText(tr("Export failed: %1").arg(error));
        emit exportFinished(path, error);
    });
}
