#pragma once

#include "backends/broker_backend.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The next request a backend sends to `server`, standing in for its broker: the head (request
// line and headers) and the body, as far as Content-Length says. The request is left unanswered
// unless `answer` is given, which is written back on its connection. Waits by running the event
// loop: the backend's requests go out from it.
struct SentRequest {
    QByteArray head;
    QByteArray body;
    QByteArray requestLine() const { return head.left(head.indexOf("\r\n")); }
    QByteArray header(const QByteArray& name) const {
        for (const QByteArray& line : head.split('\n'))
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(line.indexOf(':') + 1).trimmed();
        return {};
    }
};

inline void requestSent(QTcpServer& server, SentRequest* request, const QByteArray& answer = {}) {
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 20000);
    QTcpSocket* peer = server.nextPendingConnection();
    QByteArray bytes;
    QTRY_VERIFY_WITH_TIMEOUT((bytes += peer->readAll()).contains("\r\n\r\n"), 20000);
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    request->head = bytes.left(end);
    const qsizetype length = request->header("Content-Length").toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT((bytes += peer->readAll()).size() >= end + 4 + length, 20000);
    request->body = bytes.mid(end + 4, length);
    if (!answer.isEmpty())
        peer->write(answer);
}

// The Authorization header of the first request `backend` sends to `server` when refreshed.
inline void authorizationSent(BrokerBackend& backend, QTcpServer& server, QByteArray* header) {
    backend.refresh();
    SentRequest request;
    requestSent(server, &request);
    *header = request.header("Authorization");
}
