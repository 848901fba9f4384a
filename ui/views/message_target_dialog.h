#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLineEdit;

// Where moved, copied or imported messages are published.
struct MessageTarget {
    bool recordedExchange = false; // imports: each message's own exchange
    QString exchange;              // "" is the default exchange (routing key = queue name)
    QString routingKey;            // blank: each message keeps its own
};

// Asks for a MessageTarget: a queue of the vhost picked from its list (typing completes a
// name), or an exchange (or the default exchange) and a routing key. For an import it may
// also keep each message's recorded exchange, the default there.
class MessageTargetDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Transfer, Import };
    MessageTargetDialog(Purpose purpose, const QStringList& exchanges,
                        const QStringList& queues = {}, QWidget* parent = nullptr);

    MessageTarget target() const;

private:
    void updateFields();

    QComboBox* m_queue; // "" : publish through the exchange below instead
    QCheckBox* m_recorded;
    QComboBox* m_exchange;
    QLineEdit* m_routingKey;
};
