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

// Asks for a MessageTarget: an exchange of the vhost (or the default exchange) and a routing
// key. For an import it may also keep each message's recorded exchange, the default there.
class MessageTargetDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Transfer, Import };
    MessageTargetDialog(Purpose purpose, const QStringList& exchanges, QWidget* parent = nullptr);

    MessageTarget target() const;

private:
    QCheckBox* m_recorded;
    QComboBox* m_exchange;
    QLineEdit* m_routingKey;
};
