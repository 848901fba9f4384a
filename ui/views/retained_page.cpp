#include "views/retained_page.h"

#include "backends/broker_backend.h"
#include "models/body_format.h"
#include "models/retained_table_model.h"
#include "views/table_page.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RetainedPage::RetainedPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(new RetainedTableModel(this))
    , m_table(new TablePage(m_model, tr("Filter retained messages by topic"), this))
    , m_payload(new QPlainTextEdit(this))
    , m_status(new QLabel(this)) {
    m_table->setTitle(tr("Retained messages"));
    m_table->setObjectName(QStringLiteral("retainedTable"));
    m_table->view()->setObjectName(QStringLiteral("retainedView"));
    m_table->filterEdit()->setObjectName(QStringLiteral("retainedFilter"));
    // Not F5: that is the window's Refresh, which brings a snapshot and with it this list; one
    // key on two actions in view would fire neither.
    m_refreshAction = new QAction(tr("Re&load"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshRetainedAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &RetainedPage::refresh);
    m_table->addToolButton(m_refreshAction);
    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteRetainedAction"));
    m_deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &RetainedPage::deleteSelected);
    m_table->addToolButton(m_deleteAction);

    m_payload->setObjectName(QStringLiteral("retainedPayload"));
    m_payload->setAccessibleName(tr("Payload of the selected retained message"));
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Select a topic to see its retained payload."));
    m_status->setObjectName(QStringLiteral("retainedStatus"));
    m_status->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_payload);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Warren"), question) == QMessageBox::Yes;
    };
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                showSelected();
                updateActions();
            });
    connect(backend, &BrokerBackend::operationFinished, this, &RetainedPage::onOperationFinished);
    // Kept current while in view, at the pace the broker's snapshots come.
    connect(backend, &BrokerBackend::snapshotUpdated, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(backend, &BrokerBackend::featuresChanged, this, &RetainedPage::updateActions);
    updateActions();
}

void RetainedPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void RetainedPage::refresh() {
    if (m_listing || !m_backend->supports(BrokerBackend::Feature::Retained))
        return;
    m_listing = true;
    m_backend->execute(warren::commands::ListRetained{m_backend->mqttVhost()});
}

void RetainedPage::deleteSelected() {
    QStringList topics;
    for (int row : m_table->selectedSourceRows())
        topics << m_model->messageAt(row).topic;
    if (topics.isEmpty() ||
        !m_confirm(tr("Clear the retained message of %n topic(s)? New subscribers will no longer "
                      "get it: %1",
                      nullptr, int(topics.size()))
                       .arg(topics.join(QStringLiteral(", ")))))
        return;
    for (const QString& topic : std::as_const(topics))
        m_backend->execute(warren::commands::DeleteRetained{m_backend->mqttVhost(), topic});
}

void RetainedPage::onOperationFinished(const warren::OperationResult& result) {
    using Kind = warren::OperationResult::Kind;
    if (result.kind == Kind::ListRetained) {
        m_listing = false;
        if (!result.error.isEmpty()) {
            m_status->setText(result.error);
            return;
        }
        m_model->setRetained(result.retained, QDateTime::currentMSecsSinceEpoch());
        m_status->setText(tr("%n retained message(s)", nullptr, int(result.retained.size())));
        showSelected(); // the selected topic's payload may have been replaced
    } else if (result.kind == Kind::DeleteRetained) {
        if (!result.error.isEmpty()) {
            m_status->setText(result.error);
            return;
        }
        m_status->setText(tr("Retained message of '%1' cleared").arg(result.target));
        refresh();
    }
}

void RetainedPage::showSelected() {
    const QList<int> rows = m_table->selectedSourceRows();
    if (rows.size() != 1) {
        m_payload->clear();
        return;
    }
    const warren::RetainedMessage& message = m_model->messageAt(rows.first());
    const QLocale locale;
    QStringList lines;
    lines << tr("topic: %1").arg(message.topic) << tr("qos: %1").arg(message.qos)
          << tr("size: %1").arg(locale.formattedDataSize(message.payloadSize));
    if (message.storedAt.isValid())
        lines << tr("stored: %1")
                     .arg(locale.toString(message.storedAt.toLocalTime(), QLocale::LongFormat));
    if (!message.contentType.isEmpty())
        lines << tr("content type: %1").arg(message.contentType);
    if (message.payload.size() < message.payloadSize)
        lines << tr("(the first %1 shown)").arg(locale.formattedDataSize(message.payload.size()));
    const bool json = !QJsonDocument::fromJson(message.payload).isNull();
    const BodyView view = json                          ? BodyView::Json
                          : isUtf8Text(message.payload) ? BodyView::Text
                                                        : BodyView::Hex;
    m_payload->setPlainText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                            renderBody(message.payload, view));
}

void RetainedPage::updateActions() {
    const bool supported = m_backend->supports(BrokerBackend::Feature::Retained);
    const bool allowed = supported && m_backend->canManage();
    m_refreshAction->setEnabled(supported);
    m_deleteAction->setEnabled(allowed && !m_table->selectedSourceRows().isEmpty());
    m_deleteAction->setToolTip(
        !supported ? m_backend->unsupportedReason(BrokerBackend::Feature::Retained)
        : !allowed ? tr("This broker does not allow changes from the console.")
                   : QString());
}
