#pragma once

#include "http/http_response.h"

#include <functional>
#include <memory>

namespace warren::http {

// How a handler answers one request, at once or later (after a store commit). Copies share
// the one answer: the first respond() is sent, later ones are ignored, and so is any once the
// client's connection has closed (the session drops the target, the responder finds it gone).
class HttpResponder {
public:
    // Held by the session for the request in flight.
    struct Target {
        std::function<void(HttpResponse)> deliver;
        bool answered = false;
    };

    HttpResponder() = default;
    explicit HttpResponder(std::weak_ptr<Target> target)
        : m_target(std::move(target)) {}

    void respond(HttpResponse response) const {
        // A strong reference for the call: delivering may make the session drop its own.
        const std::shared_ptr<Target> target = m_target.lock();
        if (!target || target->answered)
            return;
        target->answered = true;
        target->deliver(std::move(response));
    }

    // The request can still be answered.
    bool pending() const {
        const std::shared_ptr<Target> target = m_target.lock();
        return target && !target->answered;
    }

private:
    std::weak_ptr<Target> m_target;
};

} // namespace warren::http
