#include "views/queue_dialog.h"

#include "views/create_dialog_buttons.h"
#include "views/exchange_choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <limits>

QueueDialog::QueueDialog(const QStringList& vhosts, const QStringList& exchanges, QWidget* parent)
    : QDialog(parent)
    , m_vhost(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_durable(new QCheckBox(tr("Survives a broker restart"), this))
    , m_autoDelete(new QCheckBox(tr("Deleted when its last consumer goes"), this))
    , m_messageTtl(limitField(QStringLiteral("messageTtl"), tr(" ms")))
    , m_expires(limitField(QStringLiteral("expires"), tr(" ms")))
    , m_maxLength(limitField(QStringLiteral("maxLength"), tr(" messages")))
    , m_maxLengthBytes(limitField(QStringLiteral("maxLengthBytes"), tr(" bytes")))
    , m_overflow(new QComboBox(this))
    , m_deadLetterExchange(new QComboBox(this))
    , m_deadLetterRoutingKey(new QLineEdit(this))
    , m_maxPriority(new QSpinBox(this))
    , m_singleActiveConsumer(new QCheckBox(tr("Only one consumer at a time"), this)) {
    setWindowTitle(tr("New queue"));
    m_vhost->setObjectName(QStringLiteral("vhost"));
    m_vhost->addItems(vhosts.isEmpty() ? QStringList{QStringLiteral("/")} : vhosts);
    m_name->setObjectName(QStringLiteral("name"));
    m_type->setObjectName(QStringLiteral("queueType"));
    m_type->setAccessibleName(tr("Queue type"));
    m_type->addItem(tr("Classic"), QString()); // the broker's default: no x-queue-type
    m_type->addItem(tr("Quorum (replicated, durable)"), QStringLiteral("quorum"));
    m_type->addItem(tr("Stream (append-only log, durable)"), QStringLiteral("stream"));
    connect(m_type, &QComboBox::currentIndexChanged, this, &QueueDialog::typeChosen);
    m_durable->setObjectName(QStringLiteral("durable"));
    m_durable->setChecked(true);
    m_autoDelete->setObjectName(QStringLiteral("autoDelete"));
    m_overflow->setObjectName(QStringLiteral("overflow"));
    m_overflow->addItem(tr("Drop the oldest (default)"), QString());
    m_overflow->addItem(tr("Refuse new messages"), QStringLiteral("reject-publish"));
    m_overflow->addItem(tr("Refuse and dead-letter new messages"),
                        QStringLiteral("reject-publish-dlx"));
    m_deadLetterExchange->setObjectName(QStringLiteral("deadLetterExchange"));
    m_deadLetterExchange->setEditable(true);
    m_deadLetterExchange->addItem(QString());
    m_deadLetterExchange->addItems(sortedExchangeNames(exchanges));
    m_deadLetterRoutingKey->setObjectName(QStringLiteral("deadLetterRoutingKey"));
    m_maxPriority->setObjectName(QStringLiteral("maxPriority"));
    m_maxPriority->setRange(0, 255);
    m_maxPriority->setSpecialValueText(tr("not a priority queue"));
    m_singleActiveConsumer->setObjectName(QStringLiteral("singleActiveConsumer"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("Durable:"), m_durable);
    form->addRow(tr("Auto-delete:"), m_autoDelete);
    form->addRow(tr("Message &TTL:"), m_messageTtl);
    form->addRow(tr("Queue &expires after idle:"), m_expires);
    form->addRow(tr("Max &length:"), m_maxLength);
    form->addRow(tr("Max length in &bytes:"), m_maxLengthBytes);
    form->addRow(tr("When &full:"), m_overflow);
    form->addRow(tr("&Dead-letter exchange:"), m_deadLetterExchange);
    form->addRow(tr("Dead-letter &routing key:"), m_deadLetterRoutingKey);
    form->addRow(tr("Max &priority:"), m_maxPriority);
    form->addRow(tr("Single active consumer:"), m_singleActiveConsumer);

    layOutCreateDialog(this, form, m_name);
}

void QueueDialog::setQueueTypesAvailable(bool available, const QString& reason) {
    if (!available)
        m_type->setCurrentIndex(0);
    m_type->setEnabled(available);
    m_type->setToolTip(available ? QString() : reason);
}

void QueueDialog::typeChosen() {
    // RabbitMQ refuses quorum queues and streams that are transient or auto-delete.
    const bool replicated = !m_type->currentData().toString().isEmpty();
    if (replicated) {
        m_durable->setChecked(true);
        m_autoDelete->setChecked(false);
    }
    m_durable->setEnabled(!replicated);
    m_autoDelete->setEnabled(!replicated);
    const QString why = replicated ? tr("Quorum queues and streams are always durable and never "
                                        "deleted automatically.")
                                   : QString();
    m_durable->setToolTip(why);
    m_autoDelete->setToolTip(why);
}

QSpinBox* QueueDialog::limitField(const QString& objectName, const QString& suffix) {
    auto* field = new QSpinBox(this);
    field->setObjectName(objectName);
    field->setRange(0, std::numeric_limits<int>::max());
    field->setSuffix(suffix);
    field->setSpecialValueText(tr("no limit")); // 0 leaves the argument out
    return field;
}

warren::QueueDefinition QueueDialog::definition() const {
    warren::QueueDefinition d;
    d.vhost = m_vhost->currentText();
    d.name = m_name->text().trimmed();
    d.type = m_type->currentData().toString();
    d.durable = m_durable->isChecked();
    d.autoDelete = m_autoDelete->isChecked();
    auto limit = [](const QSpinBox* field) -> std::optional<qint64> {
        return field->value() > 0 ? std::optional<qint64>(field->value()) : std::nullopt;
    };
    d.messageTtlMs = limit(m_messageTtl);
    d.expiresMs = limit(m_expires);
    d.maxLength = limit(m_maxLength);
    d.maxLengthBytes = limit(m_maxLengthBytes);
    d.overflow = m_overflow->currentData().toString();
    d.deadLetterExchange = m_deadLetterExchange->currentText().trimmed();
    d.deadLetterRoutingKey = m_deadLetterRoutingKey->text().trimmed();
    d.maxPriority = m_maxPriority->value();
    d.singleActiveConsumer = m_singleActiveConsumer->isChecked();
    return d;
}
