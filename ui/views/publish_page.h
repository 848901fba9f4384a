#pragma once

#include <QList>
#include <QWidget>
#include <warren/management.h>
#include <warren/snapshot.h>

class BrokerBackend;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// "Publish": compose a message (vhost, exchange, routing key, content type, persistence,
// headers, body typed or loaded from a file), send it through the backend, and keep a
// history of what was sent this session to look at again or re-send.
class PublishPage final : public QWidget {
    Q_OBJECT
public:
    explicit PublishPage(BrokerBackend* backend, QWidget* parent = nullptr);

    // Vhosts and exchanges to offer, from the latest snapshot.
    void setExchanges(const QList<warren::ExchangeInfo>& exchanges);
    // The message the form describes now.
    warren::OutgoingMessage message() const;
    void fill(const warren::OutgoingMessage& message);
    void send();
    void resendSelected();
    void loadBody(const QString& path);

    const QList<warren::OutgoingMessage>& history() const { return m_history; }
    static constexpr int HistoryLimit = 50;

private:
    void onFinished(const warren::OperationResult& result);
    void updateExchangeChoices();

    BrokerBackend* m_backend;
    QList<warren::ExchangeInfo> m_exchanges;
    QComboBox* m_vhost;
    QComboBox* m_exchange;
    QLineEdit* m_routingKey;
    QLineEdit* m_contentType;
    QCheckBox* m_persistent;
    QPlainTextEdit* m_headers;
    QPlainTextEdit* m_body;
    QPushButton* m_send;
    QListWidget* m_historyList;
    QLabel* m_status;
    QList<warren::OutgoingMessage> m_history; // newest first
    int m_pending = 0;                        // publishes awaiting their answer
};
