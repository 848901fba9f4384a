#include "views/message_browser_page.h"

#include "backends/broker_backend.h"
#include "models/body_format.h"
#include "models/exported_message.h"
#include "models/json_pretty.h"
#include "models/peeked_message_model.h"
#include "views/background_body_search.h"
#include "views/background_file_writer.h"
#include "views/message_details_tree.h"
#include "views/message_import_reader.h"
#include "views/resend_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// The queue combo's data: vhost and name, which may contain any character but NUL.
QString queueKey(const QString& vhost, const QString& queue) {
    return vhost + QChar(0) + queue;
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
    , m_searchAll(new QPushButton(tr("Search &whole queue"), this))
    , m_bodyMode(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_properties(new MessageDetailsTree(this))
    , m_body(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_moveAction(new QAction(tr("&Move to…"), this))
    , m_copyAction(new QAction(tr("C&opy to…"), this))
    , m_requeueAction(new QAction(tr("&Requeue dead-lettered"), this))
    , m_importAction(new QAction(tr("&Import…"), this))
    , m_editAction(new QAction(tr("&Edit and re-send…"), this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop"), this)) {
    m_queue->setObjectName(QStringLiteral("browserQueue"));
    m_queue->setAccessibleName(tr("Queue to browse"));
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_queue->setMinimumContentsLength(24);
    m_count->setObjectName(QStringLiteral("browserCount"));
    m_count->setAccessibleName(tr("How many messages to peek at"));
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
    m_searchEdit->setAccessibleName(tr("Search message bodies"));
    m_searchEdit->setPlaceholderText(tr("Search in bodies"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchAll->setObjectName(QStringLiteral("browserSearchAll"));
    m_searchAll->setToolTip(tr("Search every ready message of the queue, not only those peeked "
                               "at, and show the ones that match"));
    connect(m_searchAll, &QPushButton::clicked, this, &MessageBrowserPage::searchWholeQueue);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("browserExport"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Queue:"), this));
    bar->addWidget(m_queue, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_peek);
    bar->addWidget(m_cancel);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_searchAll);
    bar->addWidget(exportButton);

    m_search->setSourceModel(m_model);
    m_search->setFilterRole(PeekedMessageModel::BodyRole);
    m_search->setFilterKeyColumn(0);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("browserView"));
    m_view->setAccessibleName(tr("Messages at the head of the queue"));
    m_view->setModel(m_search);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_properties->setObjectName(QStringLiteral("browserProperties"));
    m_properties->setAccessibleName(tr("Message properties and headers"));
    m_bodyMode->setObjectName(QStringLiteral("browserBodyMode"));
    m_bodyMode->setAccessibleName(tr("Show the body as"));
    // By the content type: JSON for application/json and +json types, else text.
    m_bodyMode->addItem(tr("Automatic"), AutomaticBodyView);
    m_bodyMode->addItem(tr("Text"), int(BodyView::Text));
    m_bodyMode->addItem(tr("JSON"), int(BodyView::Json));
    m_bodyMode->addItem(tr("Hex"), int(BodyView::Hex));
    m_body->setObjectName(QStringLiteral("browserBody"));
    m_body->setAccessibleName(tr("Message body"));
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
    // Headers such as x-death open into a tree a few levels deep: room for it.
    m_properties->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    details->setStretchFactor(0, 2);
    details->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(details);

    // Message operations, on the page so their shortcuts act only while it is shown.
    auto* tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("browserTools"));
    tools->setAccessibleName(tr("Message operations"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const struct {
        QAction* action;
        const char* name;
        QKeySequence shortcut;
        QString tip;
    } actions[] = {
        {m_moveAction, "browserMove", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         tr("Publish the selected messages elsewhere, then remove them from this queue")},
        {m_copyAction, "browserCopy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         tr("Publish copies of the selected messages elsewhere, leaving them here")},
        {m_requeueAction, "browserRequeue", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         tr("Send the selected dead-lettered messages back to where they died (x-death)")},
        {m_importAction, "browserImport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         tr("Publish the messages of an exported JSON-lines file")},
        {m_editAction, "browserEditResend", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
         tr("Open a copy of the current message in the Publish form, to change and send it")},
    };
    for (const auto& a : actions) {
        a.action->setObjectName(QString::fromLatin1(a.name));
        a.action->setShortcut(a.shortcut);
        a.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a.action->setToolTip(
            QStringLiteral("%1 (%2)").arg(a.tip, a.shortcut.toString(QKeySequence::NativeText)));
        tools->addAction(a.action);
        addAction(a.action);
        QWidget* button = tools->widgetForAction(a.action);
        button->setObjectName(QString::fromLatin1(a.name) + QStringLiteral("Button"));
        button->setAccessibleName(a.action->text().remove(QLatin1Char('&')));
    }
    connect(m_moveAction, &QAction::triggered, this,
            [this] { askAndTransfer(warren::MessageTransfer::Mode::Move); });
    connect(m_copyAction, &QAction::triggered, this,
            [this] { askAndTransfer(warren::MessageTransfer::Mode::Copy); });
    connect(m_requeueAction, &QAction::triggered, this,
            [this] { transferSelected(warren::MessageTransfer::Mode::RequeueDeadLettered); });
    connect(m_importAction, &QAction::triggered, this, &MessageBrowserPage::chooseImportFile);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (ResendDialog* dialog = editCurrent()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
    });

    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setAccessibleName(tr("Message browser status"));
    m_progress->setObjectName(QStringLiteral("browserProgress"));
    m_progress->setAccessibleName(tr("Export or import progress"));
    m_progress->hide();
    m_stop->setObjectName(QStringLiteral("browserStop"));
    m_stop->setAccessibleName(tr("Stop the export or import"));
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, this, &MessageBrowserPage::cancelWork);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(tools);
    layout->addWidget(split, 1);
    layout->addLayout(statusRow);

    if (!backend->canPeekMessages()) {
        m_peek->setEnabled(false);
        m_searchAll->setEnabled(false);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessageBrowserPage::updateActions);
    connect(backend, &BrokerBackend::operationFinished, this,
            &MessageBrowserPage::onOperationFinished);
    connect(this, &MessageBrowserPage::exportFinished, this,
            [this](const QString& path, const QString& error) {
                // A stop that came too late leaves a whole file: say what happened.
                const bool stopped = !error.isEmpty() && m_exportCancel && *m_exportCancel;
                m_exportCancel.reset();
                hideProgress();
                m_status->setText(stopped ? tr("Export stopped; %1 was not written.").arg(path)
                                  : error.isEmpty() ? tr("Exported to %1").arg(path)
                                                    : tr("Export failed: %1").arg(error));
            });
    m_targetPrompt = [this](MessageTargetDialog::Purpose purpose, const QStringList& exchanges,
                            const QStringList& queues) -> std::optional<MessageTarget> {
        MessageTargetDialog dialog(purpose, exchanges, queues, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.target();
    };
    updateActions();
}

void MessageBrowserPage::setQueues(const QList<warren::QueueInfo>& queues) {
    m_queues = queues;
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
    m_backend->execute(
        warren::commands::PeekMessages{m_pendingVhost, m_pendingQueue, m_count->value()});
}

void MessageBrowserPage::searchWholeQueue() {
    const auto [vhost, queue] = currentQueue();
    const QString text = m_searchEdit->text();
    if (queue.isEmpty() || isPeeking() || m_bodySearch || !m_backend->canPeekMessages())
        return;
    if (text.isEmpty()) {
        m_status->setText(tr("Type what to look for first."));
        return;
    }
    quint64 ready = 0;
    for (const auto& info : m_queues)
        if (info.vhost == vhost && info.name == queue)
            ready = info.messagesReady;
    // Every ready message the snapshot knew of, up to what one peek may copy.
    const int count = int(std::clamp<quint64>(ready, quint64(m_count->value()), WholeQueueLimit));
    m_wholeQueueText = text;
    m_pendingVhost = vhost;
    m_pendingQueue = queue;
    m_peek->setEnabled(false);
    m_searchAll->setEnabled(false);
    m_status->setText(tr("Reading %1 message(s) of %2…").arg(QLocale().toString(count), queue));
    showProgress(0, 0);
    m_backend->execute(warren::commands::PeekMessages{vhost, queue, count});
}

void MessageBrowserPage::cancelPeek() {
    if (!isPeeking())
        return;
    if (!m_wholeQueueText.isEmpty()) {
        m_wholeQueueText.clear();
        m_searchAll->setEnabled(true);
        hideProgress();
    }
    m_status->setText(tr("Stopped waiting for %1.").arg(m_pendingQueue));
    m_operationNote.clear();
    m_pendingVhost.clear();
    m_pendingQueue.clear();
    m_cancel->hide();
    m_peek->setEnabled(m_backend->canPeekMessages());
}

void MessageBrowserPage::onPeeked(const warren::OperationResult& result) {
    if (!isPeeking() || result.vhost != m_pendingVhost || result.target != m_pendingQueue)
        return; // an answer for an earlier choice, or one the user stopped waiting for
    m_pendingVhost.clear();
    m_pendingQueue.clear();
    m_cancel->hide();
    m_peek->setEnabled(m_backend->canPeekMessages());
    const QString searchFor = std::exchange(m_wholeQueueText, QString());
    if (!result.error.isEmpty()) {
        m_status->setText(tr("Could not peek at %1: %2").arg(result.target, result.error));
        m_operationNote.clear();
        m_searchAll->setEnabled(true);
        hideProgress();
        return;
    }
    if (!searchFor.isEmpty()) {
        searchBodies(result, searchFor);
        return;
    }
    const QString summary = tr("%1 of %2 ready message(s) in %3, left in place")
                                .arg(QLocale().toString(result.messages.size()),
                                     QLocale().toString(result.count), result.target);
    // The counts of the operation that asked for this peek stay in view.
    showMessages(result, result.messages,
                 m_operationNote.isEmpty() ? summary
                                           : m_operationNote + QLatin1Char(' ') + summary);
    m_operationNote.clear();
}

void MessageBrowserPage::searchBodies(const warren::OperationResult& result, const QString& text) {
    m_status->setText(
        tr("Searching %1 message(s)…").arg(QLocale().toString(result.messages.size())));
    showProgress(0, result.messages.size());
    m_bodySearch = searchBodiesInBackground(
        this, result.messages, text,
        [this, result](const QList<warren::PeekedMessage>& matches, qsizetype searched) {
            m_bodySearch.reset();
            m_searchAll->setEnabled(true);
            hideProgress();
            QString summary = tr("%n match(es) in %1 messages of %2", nullptr, int(matches.size()))
                                  .arg(QLocale().toString(searched), result.target);
            if (result.count > quint64(searched))
                summary += QLatin1Char(' ') +
                           tr("(the first %1 of %2 ready)")
                               .arg(QLocale().toString(searched), QLocale().toString(result.count));
            showMessages(result, matches, summary);
        },
        [this](qsizetype searched, qsizetype total) { showProgress(searched, total); });
}

void MessageBrowserPage::showMessages(const warren::OperationResult& result,
                                      const QList<warren::PeekedMessage>& messages,
                                      const QString& summary) {
    m_model->setMessages(messages);
    updateActions();
    m_view->resizeColumnsToContents();
    m_shownVhost = result.vhost;
    m_shownQueue = result.target;
    m_status->setText(summary);
    if (m_search->rowCount() > 0)
        m_view->selectRow(0);
    else
        showCurrentMessage();
}

void MessageBrowserPage::showCurrentMessage() {
    const QModelIndex current = m_search->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_properties->clear();
        m_body->clear();
        updateActions();
        return;
    }
    const warren::PeekedMessage& message = m_model->message(current.row());
    m_properties->showMessage(message);
    const int mode = m_bodyMode->currentData().toInt();
    BodyView view = BodyView(mode);
    if (mode == AutomaticBodyView) {
        view = BodyView::Text;
        for (const auto& [name, value] : message.properties)
            if (name == QLatin1String("content_type") && isJsonContentType(value))
                view = BodyView::Json;
    }
    m_body->setPlainText(renderBody(message.body, view));
    updateActions(); // Edit and re-send follows the current message
}

ResendDialog* MessageBrowserPage::editCurrent() {
    const QModelIndex current = m_search->mapToSource(m_view->currentIndex());
    if (!current.isValid() || !m_backend->canManage())
        return nullptr;
    warren::OutgoingMessage copy = outgoingCopy(m_model->message(current.row()));
    copy.vhost = m_shownVhost;
    return new ResendDialog(m_backend, m_exchanges, copy, this);
}

void MessageBrowserPage::chooseExportFile() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export messages"), QStringLiteral("messages.jsonl"),
                                     tr("JSON lines (*.jsonl *.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MessageBrowserPage::exportTo(const QString& path) {
    // What the search shows.
    QList<QByteArray> lines;
    for (int row = 0; row < m_search->rowCount(); ++row)
        lines.append(
            exportedLine(m_model->message(m_search->mapToSource(m_search->index(row, 0)).row())));
    m_status->setText(tr("Exporting %n message(s)…", nullptr, int(lines.size())));
    showProgress(0, lines.size());
    m_exportCancel = writeLinesInBackground(
        this, path, std::move(lines),
        [this, path](const QString& error) { emit exportFinished(path, error); },
        [this](qsizetype written, qsizetype total) { showProgress(written, total); });
}

void MessageBrowserPage::setExchanges(const QList<warren::ExchangeInfo>& exchanges) {
    m_exchanges = exchanges;
}

QStringList MessageBrowserPage::exchangeNames() const {
    const QString vhost = currentQueue().first;
    QStringList names;
    for (const auto& exchange : m_exchanges)
        if (exchange.vhost == vhost && !exchange.internal && !exchange.name.isEmpty())
            names << exchange.name;
    return names;
}

QStringList MessageBrowserPage::queueNames() const {
    const QString vhost = currentQueue().first;
    QStringList names;
    for (const auto& queue : m_queues)
        if (queue.vhost == vhost)
            names << queue.name;
    return names;
}

std::pair<QString, QString> MessageBrowserPage::currentQueue() const {
    const QStringList key = m_queue->currentData().toString().split(QChar(0));
    return key.size() == 2 ? std::pair{key[0], key[1]} : std::pair<QString, QString>{};
}

void MessageBrowserPage::updateActions() {
    const bool manage = m_backend->canManage();
    const bool selected = m_view->selectionModel()->hasSelection();
    for (QAction* action : {m_moveAction, m_copyAction, m_requeueAction})
        action->setEnabled(manage && selected && !m_transfer);
    m_editAction->setEnabled(manage && m_view->currentIndex().isValid());
    m_importAction->setEnabled(manage && !m_import);
}

void MessageBrowserPage::askAndTransfer(warren::MessageTransfer::Mode mode) {
    const auto target =
        m_targetPrompt(MessageTargetDialog::Purpose::Transfer, exchangeNames(), queueNames());
    if (target)
        transferSelected(mode, *target);
}

void MessageBrowserPage::transferSelected(warren::MessageTransfer::Mode mode,
                                          const MessageTarget& target) {
    if (m_transfer || !m_backend->canManage())
        return;
    warren::MessageTransfer transfer;
    transfer.mode = mode;
    // The messages shown came from the last peek's queue, named there by their queue ids.
    transfer.vhost = m_shownVhost;
    transfer.queue = m_shownQueue;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        transfer.messageIds << m_model->message(m_search->mapToSource(row).row()).id;
    if (transfer.queue.isEmpty() || transfer.messageIds.isEmpty())
        return;
    transfer.exchange = target.exchange;
    transfer.routingKey = target.routingKey;
    m_transfer = transfer;
    updateActions();
    m_status->setText(tr("Sending %n message(s)…", nullptr, int(transfer.messageIds.size())));
    m_backend->execute(warren::commands::TransferMessages{transfer});
}

void MessageBrowserPage::onOperationFinished(const warren::OperationResult& result) {
    using Kind = warren::OperationResult::Kind;
    if (result.kind == Kind::PeekMessages) {
        onPeeked(result);
        return;
    }
    if (result.kind == Kind::ImportMessages && m_importBatchInFlight) {
        m_importBatchInFlight = false;
        m_imported += result.count;
        m_importSkipped += result.skipped;
        if (!result.error.isEmpty() && m_importProblems.size() < 5)
            m_importProblems << result.error;
        sendNextImportBatch();
        finishImportIfDone();
        return;
    }
    const bool transferKind = result.kind == Kind::CopyMessages ||
                              result.kind == Kind::MoveMessages ||
                              result.kind == Kind::RequeueDeadLettered;
    if (!transferKind || !m_transfer || result.vhost != m_transfer->vhost ||
        result.target != m_transfer->queue)
        return;
    const warren::MessageTransfer done = *std::exchange(m_transfer, std::nullopt);
    updateActions();
    if (!result.error.isEmpty()) {
        m_status->setText(tr("Nothing sent: %1").arg(result.error));
        return;
    }
    QString text;
    switch (done.mode) {
    case warren::MessageTransfer::Mode::Copy:
        text = tr("Copied %n message(s)", nullptr, int(result.count));
        break;
    case warren::MessageTransfer::Mode::Move:
        text = tr("Moved %n message(s)", nullptr, int(result.count));
        break;
    case warren::MessageTransfer::Mode::RequeueDeadLettered:
        text = tr("Requeued %n dead-lettered message(s)", nullptr, int(result.count));
        break;
    }
    if (result.skipped > 0)
        text += tr("; %n skipped (no longer ready, or not dead-lettered)", nullptr,
                   int(result.skipped));
    m_status->setText(text + QLatin1Char('.'));
    m_operationNote = m_status->text();
    peek(); // what the queue holds now
}

void MessageBrowserPage::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import messages"), QString(),
                                                      tr("JSON lines (*.jsonl *.json)"));
    if (path.isEmpty())
        return;
    if (const auto target =
            m_targetPrompt(MessageTargetDialog::Purpose::Import, exchangeNames(), queueNames()))
        importFrom(path, *target);
}

void MessageBrowserPage::importFrom(const QString& path, const MessageTarget& target) {
    if (m_import || !m_backend->canManage())
        return;
    m_importTarget = target;
    m_importVhost = currentQueue().first;
    if (m_importVhost.isEmpty())
        m_importVhost = QStringLiteral("/");
    m_importBatches.clear();
    m_importBatchInFlight = false;
    m_importReadDone = false;
    m_importStopped = false;
    m_imported = 0;
    m_importSkipped = 0;
    m_importProblems.clear();
    m_badLines = 0;
    m_import = new MessageImportReader(this);
    connect(m_import, &MessageImportReader::batchRead, this,
            [this](QList<warren::OutgoingMessage> messages, qint64 read, qint64 size) {
                for (auto& m : messages) {
                    m.vhost = m_importVhost;
                    if (!m_importTarget.recordedExchange)
                        m.exchange = m_importTarget.exchange;
                    if (!m_importTarget.routingKey.isEmpty())
                        m.routingKey = m_importTarget.routingKey;
                }
                m_importBatches.append(std::move(messages));
                showProgress(read, size);
                sendNextImportBatch();
            });
    connect(m_import, &MessageImportReader::lineFailed, this,
            [this](int line, const QString& error) {
                ++m_badLines;
                if (m_importProblems.size() < 5)
                    m_importProblems << tr("line %1: %2").arg(line).arg(error);
            });
    connect(m_import, &MessageImportReader::finished, this, [this](const QString& error) {
        m_importReadDone = true;
        if (!error.isEmpty())
            m_importProblems.prepend(error);
        finishImportIfDone();
    });
    updateActions();
    m_status->setText(tr("Importing %1…").arg(path));
    showProgress(0, 0);
    m_import->start(path);
}

void MessageBrowserPage::sendNextImportBatch() {
    if (m_importBatchInFlight || m_importStopped || m_importBatches.isEmpty())
        return;
    m_importBatchInFlight = true;
    m_backend->execute(warren::commands::PublishMany{m_importBatches.takeFirst()});
}

void MessageBrowserPage::finishImportIfDone() {
    if (!m_import || m_importBatchInFlight ||
        !(m_importStopped || (m_importReadDone && m_importBatches.isEmpty())))
        return;
    m_import->cancel();
    m_import->disconnect(this); // batches it had already read are dropped with it
    m_import->deleteLater();
    m_import = nullptr;
    m_importBatches.clear();
    hideProgress();
    updateActions();
    QString text = m_importStopped
                       ? tr("Import stopped: %n message(s) published", nullptr, int(m_imported))
                       : tr("Imported %n message(s)", nullptr, int(m_imported));
    if (m_importSkipped > 0)
        text += tr("; %n reached no queue", nullptr, int(m_importSkipped));
    if (m_badLines > 0)
        text += tr("; %n line(s) unreadable", nullptr, m_badLines);
    if (!m_importProblems.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_importProblems.join(QStringLiteral("; ")));
    m_status->setText(text + QLatin1Char('.'));
    emit importFinished(m_imported, m_importSkipped, m_badLines);
    if (m_backend->canPeekMessages() && !currentQueue().second.isEmpty()) {
        m_operationNote = m_status->text();
        peek();
    }
}

void MessageBrowserPage::cancelWork() {
    if (m_exportCancel)
        *m_exportCancel = true;
    if (m_bodySearch) {
        *std::exchange(m_bodySearch, nullptr) = true;
        m_searchAll->setEnabled(true);
        hideProgress();
        m_status->setText(tr("Search stopped."));
    }
    if (!m_wholeQueueText.isEmpty())
        cancelPeek();
    if (m_import) {
        m_importStopped = true;
        m_import->cancel();
        finishImportIfDone(); // now, or when the batch in flight is answered
    }
}

void MessageBrowserPage::showProgress(qint64 done, qint64 total) {
    // A total of 0 shows a busy bar until the first batch tells the size.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
    m_progress->show();
    m_stop->show();
}

void MessageBrowserPage::hideProgress() {
    m_progress->hide();
    m_stop->hide();
}
