#pragma once

#include "protocol/protocol_session.h"

#include <QtGlobal>
#include <functional>
#include <memory>

namespace warren::services {
struct BrokerContext;
}

namespace warren::protocol {

// Why a session stops reading its client for a while, and the bookkeeping that goes with it,
// the same for every protocol that publishes: a memory or disk alarm, Warren's own writers
// falling behind (flow), a reply waiting for definitions to reach the disk (so later answers
// keep their order), a failed login answered late, or a turn that has done enough work.
//
// Input that arrived before a hold is still buffered in the session's decoder; when the last
// hold ends, `resume` runs to handle it, and the socket is read again only if that did not
// hold once more.
class ReadGate {
public:
    enum Hold : quint8 {
        Alarm = 1 << 0,
        Flow = 1 << 1,
        Definitions = 1 << 2,
        Login = 1 << 3,
        Yield = 1 << 4,
    };

    ReadGate(Transport& transport, services::BrokerContext& context, std::function<void()> resume);

    bool held() const { return m_holds != 0; }
    bool holds(Hold hold) const { return (m_holds & hold) != 0; }
    bool alarmOn() const { return m_alarm; }
    bool inFlow() const { return holds(Flow); }

    void hold(Hold hold);
    void release(Hold hold);

    // Asked as the session reads a message from a publisher: holds it while an alarm lasts or
    // while Warren's writers are behind (only Warren's own backlogs count, never a queue's).
    void publishing();
    // A resource alarm started or ended.
    void setAlarm(bool on);
    // Ends this turn's reading: the rest waits for the next turn of the event loop, after this
    // turn's output has gone to the socket writer, where flow control sees it and other
    // connections get their turn.
    void yieldTurn();
    // Runs `reply` once the definitions changed so far are on disk (at once without a store),
    // reading nothing meanwhile. `alive` guards a session that is gone by then.
    void whenDefinitionsDurable(std::function<void()> reply);

private:
    Transport& m_transport;
    services::BrokerContext& m_context;
    std::function<void()> m_resume;
    quint8 m_holds = 0;
    bool m_alarm = false;
    std::shared_ptr<std::function<void()>> m_flowWaiter;
    // Callbacks that outlive the session (flow, definitions, deferred tasks) check this.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace warren::protocol
