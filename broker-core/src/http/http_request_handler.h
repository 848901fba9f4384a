#pragma once

#include "http/http_request.h"
#include "http/http_responder.h"
#include "http/http_response.h"

#include <optional>

namespace warren::http {

// What an HTTP session serves requests with (the management API).
class HttpRequestHandler {
public:
    virtual ~HttpRequestHandler() = default;
    // A request's head has arrived and none of its body has been read: the answer to give
    // instead of reading it (not found, not logged in, not allowed), or nothing to go on. May
    // record who the request is from (HttpRequest::setUser).
    virtual std::optional<HttpResponse> admit(HttpRequest& request) = 0;
    // The whole request, admitted and with its body; answered through `responder`, now or
    // later. Nothing else is read from the connection until it is answered.
    virtual void handle(const HttpRequest& request, const HttpResponder& responder) = 0;
};

} // namespace warren::http
