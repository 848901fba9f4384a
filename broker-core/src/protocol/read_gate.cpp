#include "protocol/read_gate.h"

#include "services/broker_context.h"
#include "services/durable_definitions.h"
#include "services/flow_control.h"

namespace warren::protocol {

ReadGate::ReadGate(Transport& transport, services::BrokerContext& context,
                   std::function<void()> resume)
    : m_transport(transport)
    , m_context(context)
    , m_resume(std::move(resume)) {}

void ReadGate::hold(Hold hold) {
    if (m_holds == 0)
        m_transport.pauseReading();
    m_holds |= hold;
}

void ReadGate::release(Hold hold) {
    if (!holds(hold))
        return;
    m_holds &= quint8(~hold);
    if (m_holds != 0)
        return;
    m_resume(); // what arrived before the hold
    if (m_holds == 0)
        m_transport.resumeReading();
}

void ReadGate::publishing() {
    if (m_alarm) {
        if (!holds(Alarm))
            hold(Alarm);
        return;
    }
    if (holds(Flow) || !m_context.flow || !m_context.flow->behind())
        return;
    hold(Flow);
    if (!m_flowWaiter)
        m_flowWaiter = std::make_shared<std::function<void()>>([this] { release(Flow); });
    m_context.flow->wait(m_flowWaiter);
}

void ReadGate::setAlarm(bool on) {
    m_alarm = on;
    if (!on)
        release(Alarm);
}

void ReadGate::yieldTurn() {
    hold(Yield);
    m_transport.defer([this] { release(Yield); });
}

void ReadGate::whenDefinitionsDurable(std::function<void()> reply) {
    services::DurableDefinitions* definitions = m_context.definitions;
    if (!definitions || definitions->allCommitted()) {
        reply();
        return;
    }
    hold(Definitions);
    definitions->whenCommitted(
        [alive = std::weak_ptr<bool>(m_alive), this, reply = std::move(reply)] {
            if (alive.expired())
                return;
            reply();
            release(Definitions);
        });
}

} // namespace warren::protocol
