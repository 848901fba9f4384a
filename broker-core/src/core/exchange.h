#pragma once

#include "core/field_value.h"
#include "core/message.h"
#include "core/policy.h"
#include "core/topic_trie.h"

#include <QHash>
#include <optional>
#include <vector>

namespace warren::core {

class Queue;
class Exchange;

enum class ExchangeType { Direct, Fanout, Topic, Headers };
std::optional<ExchangeType> exchangeTypeFromName(QByteArrayView name);
QByteArray exchangeTypeName(ExchangeType type);

// A binding from an exchange to a queue or to another exchange (RabbitMQ's e2e extension).
struct Binding {
    Queue* queue = nullptr; // exactly one of queue / exchange is set
    Exchange* exchange = nullptr;
    QByteArray routingKey;
    FieldTable arguments;

    bool sameAs(const Binding& other) const;
};

// Topic patterns: words split on '.', '*' matches exactly one word, '#' zero or more.
bool topicMatches(QByteArrayView pattern, QByteArrayView routingKey);
// Headers exchange match with x-match all/any/all-with-x/any-with-x.
bool headersMatch(const FieldTable& bindingArguments, const FieldTable& messageHeaders);

struct ExchangeStats {
    quint64 publishedIn = 0;
    quint64 publishedOut = 0;
};

class Exchange {
public:
    struct Options {
        bool durable = false;
        bool autoDelete = false;
        bool internal = false;
    };

    Exchange(QByteArray name, ExchangeType type, Options options, FieldTable arguments);

    const QByteArray& name() const { return m_name; }
    ExchangeType type() const { return m_type; }
    const Options& options() const { return m_options; }
    const FieldTable& arguments() const { return m_arguments; }
    // The declared alternate-exchange argument, else the policy's (rabbit_policy:get_arg: the
    // argument wins).
    std::optional<QByteArray> alternateExchange() const;
    const Policy* policy() const { return m_policy ? &*m_policy : nullptr; }
    void applyPolicy(const Policy* policy) {
        m_policy = policy ? std::optional<Policy>(*policy) : std::nullopt;
    }
    bool isDefault() const { return m_name.isEmpty(); }

    // Adds a binding; false when an identical one exists (binding is idempotent).
    bool addBinding(Binding binding);
    bool removeBinding(const Binding& binding);
    void removeBindingsTo(const Queue* queue);
    void removeBindingsTo(const Exchange* exchange);
    const std::vector<Binding>& bindings() const { return m_bindings; }
    bool hasBindingFor(const Binding& binding) const;

    // Appends the bindings whose destination matches one of the routing keys.
    void match(const Message& message, const std::vector<QByteArray>& routingKeys,
               std::vector<const Binding*>& out) const;

    ExchangeStats& stats() { return m_stats; }

private:
    QByteArray m_name;
    ExchangeType m_type;
    Options m_options;
    FieldTable m_arguments;
    std::optional<Policy> m_policy;
    std::vector<Binding> m_bindings;
    // Direct exchanges look bindings up by key instead of scanning them all.
    QHash<QByteArray, std::vector<size_t>> m_directIndex;
    TopicTrie m_topicIndex; // topic exchanges: patterns by word
    ExchangeStats m_stats;

    void rebuildIndex();
};

} // namespace warren::core
