#pragma once

#include <QDialog>
#include <warren/management.h>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// "New queue": a name, its type (classic, quorum, stream; where the broker has them),
// durability, and RabbitMQ's common arguments as fields (TTL, expiry, length limits, overflow,
// dead-lettering, priorities, single active consumer).
class QueueDialog final : public QDialog {
    Q_OBJECT
public:
    QueueDialog(const QStringList& vhosts, const QStringList& exchanges, QWidget* parent = nullptr);

    warren::QueueDefinition definition() const;
    // Whether the broker has quorum queues and streams; where it does not, the type stays
    // classic and its field says `reason`.
    void setQueueTypesAvailable(bool available, const QString& reason);

private:
    void typeChosen();
    QSpinBox* limitField(const QString& objectName, const QString& suffix);

    QComboBox* m_vhost;
    QLineEdit* m_name;
    QComboBox* m_type;
    QCheckBox* m_durable;
    QCheckBox* m_autoDelete;
    QSpinBox* m_messageTtl;
    QSpinBox* m_expires;
    QSpinBox* m_maxLength;
    QSpinBox* m_maxLengthBytes;
    QComboBox* m_overflow;
    QComboBox* m_deadLetterExchange;
    QLineEdit* m_deadLetterRoutingKey;
    QSpinBox* m_maxPriority;
    QCheckBox* m_singleActiveConsumer;
};
