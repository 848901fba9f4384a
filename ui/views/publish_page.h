#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <optional>
#include <utility>
#include <warren/management.h>
#include <warren/snapshot.h>

class BrokerBackend;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// "Publish": compose a message (vhost, exchange, routing key, every AMQP basic property,
// headers, body typed or loaded from a file) — or, where the broker takes them, an MQTT
// message (topic, QoS, retain, content type, payload) — send it through the backend, and keep
// a history of what was sent this session, with when and where, to load into the form again
// or re-send.
class PublishPage final : public QWidget {
    Q_OBJECT
public:
    explicit PublishPage(BrokerBackend* backend, QWidget* parent = nullptr);

    // Where the form sends: to an exchange (AMQP) or to an MQTT topic. Only what the backend
    // supports is offered; an MQTT broker has topics alone.
    enum class Target { Exchange, MqttTopic };
    Target target() const;
    void setTarget(Target target);

    // Vhosts and exchanges to offer, from the latest snapshot.
    void setExchanges(const QList<warren::ExchangeInfo>& exchanges);
    // The message the form describes now. Properties left blank are not sent.
    warren::OutgoingMessage message() const;
    warren::TopicMessage topicMessage() const;
    // Shows `message` in the form, every field replaced (blank where it has none).
    void fill(const warren::OutgoingMessage& message);
    void fill(const warren::TopicMessage& message);
    // Sends the form's message; false (and the reason in the status line) when a field is not
    // something AMQP can carry (a timestamp that is no date, an expiration that is no number).
    bool send();
    void resendSelected();
    void loadSelected(); // the history entry chosen, back into the form
    void loadBody(const QString& path);

    struct Sent {
        QDateTime at; // local time it was handed to the broker
        warren::OutgoingMessage message;
        std::optional<warren::TopicMessage> topicMessage; // set: it went to an MQTT topic
    };
    const QList<Sent>& history() const { return m_history; } // newest first
    static constexpr int HistoryLimit = 50;

private:
    void onFinished(const warren::OperationResult& result);
    void updateExchangeChoices();
    void showTargetFields();
    void addToHistory(const Sent& sent, const QString& text, const QString& toolTip);
    QString problem() const; // why the form cannot be sent, empty when it can

    BrokerBackend* m_backend;
    QList<warren::ExchangeInfo> m_exchanges;
    QComboBox* m_target;
    QComboBox* m_vhost;
    QComboBox* m_exchange;
    QLineEdit* m_routingKey;
    QLineEdit* m_contentType;
    QCheckBox* m_persistent;
    QSpinBox* m_priority; // -1: not set
    QLineEdit* m_timestamp;
    // The string properties other than content_type, by their AMQP names.
    QList<std::pair<QString, QLineEdit*>> m_textProperties;
    QLineEdit* m_topic;
    QComboBox* m_qos;
    QCheckBox* m_retain;
    QFormLayout* m_form;
    QWidget* m_amqpProperties; // the AMQP-only fields, hidden for MQTT
    QWidget* m_headersBlock;
    QPlainTextEdit* m_headers;
    QPlainTextEdit* m_body;
    QPushButton* m_send;
    QListWidget* m_historyList;
    QLabel* m_status;
    QList<Sent> m_history;
    int m_pending = 0; // publishes awaiting their answer
};
