#pragma once

#include <QString>
#include <QUrl>

// How the console reaches a remote broker: its management interface, or for an MQTT broker the
// broker itself. Everything but the password is kept in the settings; the password lives in the
// system keychain.
struct ConnectionProfile {
    // Mqtt: any MQTT broker, reached as an MQTT client (mqtt://host:1883, mqtts://host:8883).
    enum class Kind { RabbitMQ, Warren, ActiveMQ, Mqtt };

    QString name;
    Kind kind = Kind::RabbitMQ;
    QUrl url; // the management API's root, e.g. http://127.0.0.1:15672/, or mqtt://host:port
    QString user;
    QString password;
    // Every change from the console is refused (e.g. for production).
    bool readOnly = false;
    int pollIntervalMs = 5000;
    // TLS: extra CA certificates, a client certificate and key (PEM files), and, for
    // development brokers with self-signed certificates only, no verification at all.
    QString caFile;
    QString clientCertificateFile;
    QString clientKeyFile;
    bool skipTlsVerification = false;
    QString colour; // a colour name the window is tagged with, e.g. "red"; empty: none

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};
