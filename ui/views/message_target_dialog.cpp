#include "views/message_target_dialog.h"

#include "views/exchange_choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

MessageTargetDialog::MessageTargetDialog(Purpose purpose, const QStringList& exchanges,
                                         const QStringList& queues, QWidget* parent)
    : QDialog(parent)
    , m_queue(new QComboBox(this))
    , m_recorded(new QCheckBox(tr("Each message's recorded exchange"), this))
    , m_exchange(new QComboBox(this))
    , m_routingKey(new QLineEdit(this)) {
    m_queue->setObjectName(QStringLiteral("targetQueue"));
    m_queue->setAccessibleName(tr("Target queue"));
    m_queue->setEditable(true);
    m_queue->setInsertPolicy(QComboBox::NoInsert);
    m_queue->addItem(QString());
    QStringList sortedQueues = queues;
    sortedQueues.sort(Qt::CaseInsensitive);
    m_queue->addItems(sortedQueues);
    m_queue->lineEdit()->setPlaceholderText(tr("(through the exchange below)"));
    // Brokers hold thousands of queues: any part of a name finds it.
    m_queue->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_queue->completer()->setFilterMode(Qt::MatchContains);
    m_queue->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_queue, &QComboBox::currentTextChanged, this, &MessageTargetDialog::updateFields);
    m_recorded->setObjectName(QStringLiteral("targetRecordedExchange"));
    m_recorded->setAccessibleName(tr("Publish to each message's recorded exchange"));
    m_exchange->setObjectName(QStringLiteral("targetExchange"));
    m_exchange->setAccessibleName(tr("Target exchange"));
    m_exchange->setEditable(true);
    m_exchange->addItem(QString()); // the default exchange: a queue by its name
    for (const QString& name : sortedExchangeNames(exchanges))
        if (!name.isEmpty())
            m_exchange->addItem(name);
    m_exchange->lineEdit()->setPlaceholderText(tr("(default exchange)"));
    m_routingKey->setObjectName(QStringLiteral("targetRoutingKey"));
    m_routingKey->setAccessibleName(tr("Target routing key"));
    m_routingKey->setPlaceholderText(tr("blank: each message's own"));

    auto* form = new QFormLayout;
    if (purpose == Purpose::Import) {
        setWindowTitle(tr("Import messages to"));
        m_recorded->setChecked(true);
        form->addRow(m_recorded);
        connect(m_recorded, &QCheckBox::toggled, this, &MessageTargetDialog::updateFields);
    } else {
        setWindowTitle(tr("Publish messages to"));
        m_recorded->hide();
    }
    form->addRow(tr("&Queue:"), m_queue);
    form->addRow(tr("&Exchange:"), m_exchange);
    form->addRow(tr("&Routing key:"), m_routingKey);
    auto* note = new QLabel(
        tr("A queue chosen here gets the messages directly, through the default exchange; "
           "leave it empty to publish through an exchange and routing key instead."),
        this);
    note->setWordWrap(true);
    form->addRow(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("targetButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateFields();
}

void MessageTargetDialog::updateFields() {
    const bool toQueue = !m_queue->currentText().trimmed().isEmpty();
    const bool recorded = m_recorded->isChecked() && !m_recorded->isHidden();
    m_recorded->setEnabled(!toQueue);
    m_exchange->setEnabled(!toQueue && !recorded);
    m_routingKey->setEnabled(!toQueue);
}

MessageTarget MessageTargetDialog::target() const {
    // A queue is reached through the default exchange, its name the routing key.
    if (const QString queue = m_queue->currentText().trimmed(); !queue.isEmpty())
        return {false, QString(), queue};
    return {m_recorded->isChecked() && !m_recorded->isHidden(), m_exchange->currentText().trimmed(),
            m_routingKey->text().trimmed()};
}
