#pragma once

#include "models/route_explanation.h"

#include <QWidget>
#include <warren/management.h>
#include <warren/snapshot.h>

class BrokerBackend;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// "Where would this message go?": an exchange, a routing key and headers in; the queues the
// broker would route it to out, through bindings, exchange-to-exchange bindings, alternate
// exchanges and CC/BCC headers, without publishing anything.
class RouteTesterPage final : public QWidget {
    Q_OBJECT
public:
    explicit RouteTesterPage(BrokerBackend* backend, QWidget* parent = nullptr);

    void setExchanges(const QList<warren::ExchangeInfo>& exchanges);
    // The exchanges to choose from, and the bindings that say which one took a message.
    void setSnapshot(const warren::BrokerSnapshot& snapshot);
    void test();
    QStringList shownQueues() const;
    // The bindings shown for `queue` in the last answer, one line per way it was reached.
    QStringList shownPaths(const QString& queue) const;

private:
    void onFinished(const warren::OperationResult& result);
    void updateExchangeChoices();

    BrokerBackend* m_backend;
    QList<warren::ExchangeInfo> m_exchanges;
    warren::BrokerSnapshot m_topology; // exchanges, queues and bindings only
    RouteExplanation::Message m_tested;
    QComboBox* m_vhost;
    QComboBox* m_exchange;
    QLineEdit* m_routingKey;
    QPlainTextEdit* m_headers;
    QListWidget* m_queues;
    QLabel* m_verdict;
    bool m_waiting = false;
};
