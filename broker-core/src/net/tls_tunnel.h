#pragma once

#include "net/epoll_poller.h"

#include <QObject>
#include <string>

struct bio_st;
struct ssl_st;

namespace warren::net {

// Carries one amqps connection: TLS on the client's TCP socket, plain bytes on one end of a
// socket pair whose other end a SocketConnection serves exactly as a TCP client. So the AMQP
// session, the socket writer thread, flow control and the goodbye-and-linger close all stay
// what they are for amqp, and TLS lives in this one place.
//
// OpenSSL works on memory buffers only (no socket BIO), so every system call is here, non-
// blocking, on the broker thread's poller, and TLS never blocks on the socket. Each direction
// holds at most BufferLimit bytes before it stops reading its source, so a slow side paces
// the other instead of filling memory.
class TlsTunnel final : public QObject {
    Q_OBJECT
public:
    static constexpr size_t BufferLimit = 256 * 1024;
    // After either side said goodbye (or the handshake failed): how long the other side may
    // take to close before the tunnel closes anyway.
    static constexpr int LingerMs = 1000;

    // Takes ownership of both descriptors and of `ssl` (a server session).
    TlsTunnel(int tcp, int plain, ssl_st* ssl, EpollPoller& poller, QObject* parent = nullptr);
    ~TlsTunnel() override;

    // Encrypts and sends what the plain side still holds, as far as the kernel takes it now
    // without waiting (the broker is stopping).
    void drain();

private:
    class Side final : public PollHandler {
    public:
        Side(TlsTunnel& tunnel, bool tcp)
            : m_tunnel(tunnel)
            , m_tcp(tcp) {}
        void onPollEvent(bool readable, bool writable, bool hangup) override;

    private:
        TlsTunnel& m_tunnel;
        bool m_tcp;
    };

    void onEvent(bool tcp, bool readable, bool writable, bool hangup);
    void sideGone(bool tcp);
    void step();
    void readTcp();
    void readPlain();
    void runTls();
    void failTls();
    bool send(int descriptor, std::string& buffer);
    void closeWhenDone();
    void startLinger();
    void finish();
    void updateInterest();

    int m_tcp;
    int m_plain;
    ssl_st* m_ssl;
    bio_st* m_fromNetwork; // owned by m_ssl
    bio_st* m_toNetwork;   // owned by m_ssl
    EpollPoller& m_poller;
    Side m_tcpSide{*this, true};
    Side m_plainSide{*this, false};

    std::string m_toTcp;     // TLS records for the client
    std::string m_toPlain;   // decrypted bytes for the session
    std::string m_fromPlain; // the session's bytes, waiting for the handshake or the record layer

    bool m_handshakeDone = false;
    bool m_tcpEof = false;   // the client closed its side (or said close_notify)
    bool m_plainEof = false; // the session shut down its side: say close_notify
    bool m_closeNotifySent = false;
    bool m_tcpShutDown = false;
    bool m_plainShutDown = false;
    bool m_failed = false; // TLS failed: the alert goes out, nothing else
    bool m_lingering = false;
    bool m_finished = false;
    bool m_tcpGone = false;   // hung up: unwatched, nothing more is written to it
    bool m_plainGone = false; // likewise
    bool m_registered = false;
    bool m_watchTcpRead = false, m_watchTcpWrite = false;
    bool m_watchPlainRead = false, m_watchPlainWrite = false;
};

} // namespace warren::net
