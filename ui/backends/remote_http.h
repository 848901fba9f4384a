#pragma once

#include "backends/connection_profile.h"

#include <QNetworkRequest>
#include <QString>

class QNetworkReply;

// What the backends that reach a broker over HTTP (its management API, Jolokia) share: how
// long a request may take, how a failed one is described, how polling backs off.
namespace remote_http {

// A request without an answer after this long counts as unreachable.
constexpr int RequestTimeoutMs = 10000;

// A JSON request to `url` as `profile` says: BASIC auth, the timeout above, its TLS settings.
QNetworkRequest request(const ConnectionProfile& profile, const QUrl& url);

// Why `reply` brought no usable answer, in one translated sentence; empty when it did. 401 is
// a refused login; other HTTP errors are left to the caller, which knows the body's shape.
QString transportFailure(QNetworkReply* reply, int httpStatus);

// The delay before the next poll after `failures` failed ones in a row: 1×, 2×, 4×… `baseMs`,
// at most a minute; `baseMs` itself once the broker answers.
int pollDelayMs(int baseMs, int failures);

} // namespace remote_http
