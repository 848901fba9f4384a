#include "core/exchange.h"

#include <QList>
#include <algorithm>

namespace warren::core {

std::optional<ExchangeType> exchangeTypeFromName(QByteArrayView name) {
    if (name == "direct")
        return ExchangeType::Direct;
    if (name == "fanout")
        return ExchangeType::Fanout;
    if (name == "topic")
        return ExchangeType::Topic;
    if (name == "headers")
        return ExchangeType::Headers;
    return std::nullopt;
}

QByteArray exchangeTypeName(ExchangeType type) {
    switch (type) {
    case ExchangeType::Direct:
        return "direct";
    case ExchangeType::Fanout:
        return "fanout";
    case ExchangeType::Topic:
        return "topic";
    case ExchangeType::Headers:
        return "headers";
    }
    return "direct";
}

bool Binding::sameAs(const Binding& other) const {
    return queue == other.queue && exchange == other.exchange && routingKey == other.routingKey &&
           sameArguments(arguments, other.arguments);
}

namespace {

bool topicMatchWords(const std::vector<QByteArrayView>& pattern, size_t p,
                     const std::vector<QByteArrayView>& key, size_t k) {
    while (p < pattern.size()) {
        if (pattern[p] == "#") {
            // Collapse runs of '#', then try every split point for what '#' swallows.
            while (p + 1 < pattern.size() && pattern[p + 1] == "#")
                ++p;
            if (p + 1 == pattern.size())
                return true;
            for (size_t skip = k; skip <= key.size(); ++skip)
                if (topicMatchWords(pattern, p + 1, key, skip))
                    return true;
            return false;
        }
        if (k >= key.size())
            return false;
        if (pattern[p] != "*" && pattern[p] != key[k])
            return false;
        ++p;
        ++k;
    }
    return k == key.size();
}

} // namespace

// Values compare as RabbitMQ's Erlang does: integers by value whatever their width.
static bool sameValue(const FieldValue& a, const FieldValue& b) {
    auto ia = a.toInteger(), ib = b.toInteger();
    if (ia && ib)
        return *ia == *ib;
    return a == b;
}

bool topicMatches(QByteArrayView pattern, QByteArrayView routingKey) {
    return topicMatchWords(TopicTrie::splitWords(pattern), 0, TopicTrie::splitWords(routingKey), 0);
}

bool headersMatch(const FieldTable& bindingArguments, const FieldTable& messageHeaders) {
    QByteArray mode = "all";
    if (const FieldValue* xMatch = findField(bindingArguments, "x-match"))
        if (auto text = xMatch->toBytes())
            mode = *text;
    const bool any = mode.startsWith("any");
    const bool includeX = mode.endsWith("-with-x");
    bool sawCandidate = false;
    for (const auto& [name, expected] : bindingArguments) {
        if (name.startsWith("x-") && !includeX)
            continue;
        if (name == "x-match")
            continue;
        sawCandidate = true;
        const FieldValue* actual = findField(messageHeaders, name);
        // A void value in the binding matches on presence alone (RabbitMQ's rule).
        const bool matched = actual && (expected.is<Void>() || sameValue(*actual, expected));
        if (any && matched)
            return true;
        if (!any && !matched)
            return false;
    }
    // With nothing to compare, 'all' matches every message and 'any' none.
    (void)sawCandidate;
    return !any;
}

Exchange::Exchange(QByteArray name, ExchangeType type, Options options, FieldTable arguments)
    : m_name(std::move(name))
    , m_type(type)
    , m_options(options)
    , m_arguments(std::move(arguments)) {}

std::optional<QByteArray> Exchange::alternateExchange() const {
    if (const FieldValue* value = findField(m_arguments, "alternate-exchange"))
        return value->toBytes();
    return m_policy ? m_policy->alternateExchange() : std::nullopt;
}

bool Exchange::hasBindingFor(const Binding& binding) const {
    for (const auto& existing : m_bindings)
        if (existing.sameAs(binding))
            return true;
    return false;
}

bool Exchange::addBinding(Binding binding) {
    if (hasBindingFor(binding))
        return false;
    m_bindings.push_back(std::move(binding));
    if (m_type == ExchangeType::Direct)
        m_directIndex[m_bindings.back().routingKey].push_back(m_bindings.size() - 1);
    else if (m_type == ExchangeType::Topic)
        m_topicIndex.add(m_bindings.back().routingKey, m_bindings.size() - 1);
    return true;
}

bool Exchange::removeBinding(const Binding& binding) {
    for (auto it = m_bindings.begin(); it != m_bindings.end(); ++it)
        if (it->sameAs(binding)) {
            m_bindings.erase(it);
            rebuildIndex();
            return true;
        }
    return false;
}

void Exchange::removeBindingsTo(const Queue* queue) {
    std::erase_if(m_bindings, [queue](const Binding& b) { return b.queue == queue; });
    rebuildIndex();
}

void Exchange::removeBindingsTo(const Exchange* exchange) {
    std::erase_if(m_bindings, [exchange](const Binding& b) { return b.exchange == exchange; });
    rebuildIndex();
}

void Exchange::rebuildIndex() {
    // Bindings change rarely and routing happens per message, so the indexes are rebuilt
    // whole on removal rather than kept incrementally.
    m_directIndex.clear();
    m_topicIndex.clear();
    for (size_t i = 0; i < m_bindings.size(); ++i) {
        if (m_type == ExchangeType::Direct)
            m_directIndex[m_bindings[i].routingKey].push_back(i);
        else if (m_type == ExchangeType::Topic)
            m_topicIndex.add(m_bindings[i].routingKey, i);
    }
}

void Exchange::match(const Message& message, const std::vector<QByteArray>& routingKeys,
                     std::vector<const Binding*>& out) const {
    switch (m_type) {
    case ExchangeType::Fanout:
        for (const auto& binding : m_bindings)
            out.push_back(&binding);
        return;
    case ExchangeType::Direct:
        for (const auto& key : routingKeys) {
            auto it = m_directIndex.constFind(key);
            if (it != m_directIndex.constEnd())
                for (size_t index : *it)
                    out.push_back(&m_bindings[index]);
        }
        return;
    case ExchangeType::Topic: {
        std::vector<size_t> matched;
        for (const auto& key : routingKeys)
            m_topicIndex.match(key, matched);
        if (routingKeys.size() > 1) { // CC/BCC keys may match the same binding again
            std::sort(matched.begin(), matched.end());
            matched.erase(std::unique(matched.begin(), matched.end()), matched.end());
        }
        for (size_t index : matched)
            out.push_back(&m_bindings[index]);
        return;
    }
    case ExchangeType::Headers: {
        const FieldTable& headers = message.properties.headersOrEmpty();
        for (const auto& binding : m_bindings)
            if (headersMatch(binding.arguments, headers))
                out.push_back(&binding);
        return;
    }
    }
}

} // namespace warren::core
