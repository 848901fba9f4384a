#include "views/message_browser_page.h"

#include "backends/broker_backend.h"
#include "models/body_format.h"
#include "models/peeked_message_model.h"
#include "views/background_file_writer.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The queue combo's data: vhost and name, which may contain any character but NUL.
QString queueKey(const QString& vhost, const QString& queue) {
    return vhost + QChar(0) + queue;
}

QJsonObject pairsToJson(const QList<std::pair<QString, QString>>& pairs) {
    QJsonObject object;
    for (const auto& [name, value] : pairs)
        object.insert(name, value);
    return object;
}

} // namespace

MessageBrowserPage::MessageBrowserPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(new PeekedMessageModel(this))
    , m_search(new QSortFilterProxyModel(this))
    , m_queue(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_peek(new QPushButton(tr("&Peek"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_searchEdit(new QLineEdit(this))
    , m_bodyMode(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_properties(new QTableWidget(0, 2, this))
    , m_body(new QPlainTextEdit(this))
    , m_status(new QLabel(this)) {
    m_queue->setObjectName(QStringLiteral("browserQueue"));
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_queue->setMinimumContentsLength(24);
    m_count->setObjectName(QStringLiteral("browserCount"));
    m_count->setRange(1, 1000);
    m_count->setValue(50);
    m_count->setPrefix(tr("first "));
    m_peek->setObjectName(QStringLiteral("browserPeek"));
    m_peek->setToolTip(tr("Copy messages from the head of the queue without consuming them"));
    m_cancel->setObjectName(QStringLiteral("browserCancel"));
    m_cancel->setShortcut(QKeySequence::Cancel);
    m_cancel->setToolTip(tr("Stop waiting for the broker's answer"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &MessageBrowserPage::cancelPeek);
    m_searchEdit->setObjectName(QStringLiteral("browserSearch"));
    m_searchEdit->setPlaceholderText(tr("Search in bodies"));
    m_searchEdit->setClearButtonEnabled(true);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("browserExport"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Queue:"), this));
    bar->addWidget(m_queue, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_peek);
    bar->addWidget(m_cancel);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(exportButton);

    m_search->setSourceModel(m_model);
    m_search->setFilterRole(PeekedMessageModel::BodyRole);
    m_search->setFilterKeyColumn(0);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setModel(m_search);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_properties->setObjectName(QStringLiteral("browserProperties"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->hide();
    m_properties->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bodyMode->setObjectName(QStringLiteral("browserBodyMode"));
    m_bodyMode->addItem(tr("Text"), int(BodyView::Text));
    m_bodyMode->addItem(tr("JSON"), int(BodyView::Json));
    m_bodyMode->addItem(tr("Hex"), int(BodyView::Hex));
    m_body->setObjectName(QStringLiteral("browserBody"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* bodyPane = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(bodyPane);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(new QLabel(tr("Body as:"), bodyPane));
    modeRow->addWidget(m_bodyMode);
    modeRow->addStretch(1);
    bodyLayout->addLayout(modeRow);
    bodyLayout->addWidget(m_body, 1);
    auto* details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_properties);
    details->addWidget(bodyPane);
    details->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(details);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    if (!backend->canPeekMessages()) {
        m_peek->setEnabled(false);
        m_peek->setToolTip(tr("This broker does not let the console look into queues."));
    }
    connect(m_peek, &QPushButton::clicked, this, &MessageBrowserPage::peek);
    connect(exportButton, &QPushButton::clicked, this, &MessageBrowserPage::chooseExportFile);
    connect(m_searchEdit, &QLineEdit::textChanged, m_search,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_bodyMode, &QComboBox::currentIndexChanged, this,
            &MessageBrowserPage::showCurrentMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessageBrowserPage::showCurrentMessage);
    connect(backend, &BrokerBackend::messagesPeeked, this, &MessageBrowserPage::onPeeked);
    connect(this, &MessageBrowserPage::exportFinished, this,
            [this](const QString& path, const QString& error) {
                m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path)
                                                  : tr("Export failed: %1").arg(error));
            });
}

void MessageBrowserPage::setQueues(const QList<warren::QueueInfo>& queues) {
    const QString current = m_queue->currentData().toString();
    const QSignalBlocker blocker(m_queue);
    m_queue->clear();
    for (const auto& queue : queues)
        m_queue->addItem(queue.vhost == QLatin1String("/")
                             ? queue.name
                             : QStringLiteral("%1 (%2)").arg(queue.name, queue.vhost),
                         queueKey(queue.vhost, queue.name));
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(current)));
}

void MessageBrowserPage::selectQueue(const QString& vhost, const QString& queue) {
    const int index = m_queue->findData(queueKey(vhost, queue));
    if (index >= 0)
        m_queue->setCurrentIndex(index);
}

void MessageBrowserPage::peek() {
    const QStringList key = m_queue->currentData().toString().split(QChar(0));
    if (key.size() != 2)
        return;
    m_pendingVhost = key[0];
    m_pendingQueue = key[1];
    m_peek->setEnabled(false);
    m_cancel->show();
    m_status->setText(tr("Peeking at %1…").arg(m_pendingQueue));
    m_backend->peekMessages(m_pendingVhost, m_pendingQueue, m_count->value());
}

void MessageBrowserPage::cancelPeek() {
    if (!isPeeking())
        return;
    m_status->setText(tr("Stopped waiting for %1.").arg(m_pendingQueue));
    m_pendingVhost.clear();
    m_pendingQueue.clear();
    m_cancel->hide();
    m_peek->setEnabled(m_backend->canPeekMessages());
}

void MessageBrowserPage::onPeeked(const warren::PeekResult& result) {
    if (!isPeeking() || result.vhost != m_pendingVhost || result.queue != m_pendingQueue)
        return; // an answer for an earlier choice, or one the user stopped waiting for
    m_pendingVhost.clear();
    m_pendingQueue.clear();
    m_cancel->hide();
    m_peek->setEnabled(m_backend->canPeekMessages());
    if (!result.error.isEmpty()) {
        m_status->setText(tr("Could not peek at %1: %2").arg(result.queue, result.error));
        return;
    }
    m_model->setMessages(result.messages);
    m_view->resizeColumnsToContents();
    m_status->setText(tr("%1 of %2 ready message(s) in %3, left in place")
                          .arg(QLocale().toString(result.messages.size()),
                               QLocale().toString(result.messagesReady), result.queue));
    if (m_search->rowCount() > 0)
        m_view->selectRow(0);
    else
        showCurrentMessage();
}

void MessageBrowserPage::showCurrentMessage() {
    const QModelIndex current = m_search->mapToSource(m_view->currentIndex());
    m_properties->setRowCount(0);
    if (!current.isValid()) {
        m_body->clear();
        return;
    }
    const warren::PeekedMessage& message = m_model->message(current.row());
    QList<std::pair<QString, QString>> rows = {
        {tr("exchange"), message.exchange},
        {tr("routing key"), message.routingKey},
        {tr("redelivered"), message.redelivered ? tr("yes") : tr("no")}};
    rows += message.properties;
    for (const auto& [name, value] : message.headers)
        rows.append({QStringLiteral("headers.") + name, value});
    m_properties->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        m_properties->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        m_properties->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    m_body->setPlainText(renderBody(message.body, BodyView(m_bodyMode->currentData().toInt())));
}

void MessageBrowserPage::chooseExportFile() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export messages"), QStringLiteral("messages.jsonl"),
                                     tr("JSON lines (*.jsonl *.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MessageBrowserPage::exportTo(const QString& path) {
    // What the search shows, as RabbitMQ-like JSON objects; binary bodies as base64.
    QList<QByteArray> lines;
    for (int row = 0; row < m_search->rowCount(); ++row) {
        const auto& m = m_model->message(m_search->mapToSource(m_search->index(row, 0)).row());
        QJsonObject object{{QStringLiteral("exchange"), m.exchange},
                           {QStringLiteral("routing_key"), m.routingKey},
                           {QStringLiteral("redelivered"), m.redelivered},
                           {QStringLiteral("properties"), pairsToJson(m.properties)},
                           {QStringLiteral("headers"), pairsToJson(m.headers)}};
        if (isUtf8Text(m.body)) {
            object.insert(QStringLiteral("payload"), QString::fromUtf8(m.body));
            object.insert(QStringLiteral("payload_encoding"), QStringLiteral("string"));
        } else {
            object.insert(QStringLiteral("payload"), QString::fromLatin1(m.body.toBase64()));
            object.insert(QStringLiteral("payload_encoding"), QStringLiteral("base64"));
        }
        lines.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    m_status->setText(tr("Exporting %n message(s)…", nullptr, int(lines.size())));
    writeLinesInBackground(this, path, std::move(lines), [this, path](const QString& error) {
        emit exportFinished(path, error);
    });
}
