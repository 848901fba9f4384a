#pragma once

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <memory>

// Debian's real Mosquitto for the console's MQTT suites, started on 127.0.0.1 by the test and
// stopped by its PID, and its command-line clients (mosquitto-clients) to talk to it — or to
// any MQTT broker, the embedded one included.

// A port nobody listens on (until a broker is started on it).
inline quint16 freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// One Mosquitto with a configuration of its own, in a directory of its own.
struct Mosquitto {
    QTemporaryDir dir;
    std::unique_ptr<QProcess> process;
    quint16 port = 0;

    // Starts it on `onPort` (0: a free one), with `user` and `password` its only login when
    // `login`, else open to anonymous clients.
    bool start(quint16 onPort = 0, bool login = false,
               const QString& user = QStringLiteral("warren"),
               const QString& password = QStringLiteral("s3cret-mqtt")) {
        port = onPort ? onPort : freePort();
        QString config = QStringLiteral("listener %1 127.0.0.1\n"
                                        "persistence false\n"
                                        "sys_interval 1\n"
                                        // Run by root (CI), it would switch to a user that
                                        // cannot read this private directory.
                                        "user root\n")
                             .arg(port);
        if (login) {
            const QString passwords = dir.filePath(QStringLiteral("passwords"));
            if (QProcess::execute(
                    QStringLiteral("/usr/bin/mosquitto_passwd"),
                    {QStringLiteral("-b"), QStringLiteral("-c"), passwords, user, password}) != 0)
                return false;
            config += QStringLiteral("allow_anonymous false\npassword_file %1\n").arg(passwords);
        } else {
            config += QStringLiteral("allow_anonymous true\n");
        }
        QFile file(dir.filePath(QStringLiteral("mosquitto.conf")));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return false;
        file.close();
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral("/usr/sbin/mosquitto"),
                       {QStringLiteral("-c"), file.fileName()});
        if (!process->waitForStarted())
            return false;
        // It says so once its listener is open.
        QByteArray log;
        while (!log.contains(" running")) {
            if (process->state() != QProcess::Running || !process->waitForReadyRead(10000)) {
                qWarning().noquote() << log;
                return false;
            }
            log += process->readAll();
        }
        return true;
    }

    void stop() {
        if (!process || process->state() == QProcess::NotRunning)
            return;
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished();
        }
    }

    ~Mosquitto() { stop(); }
};

// Runs one of Mosquitto's clients to its end; its standard output, or "failed".
inline QByteArray runClient(const QString& program, const QStringList& arguments,
                            int expectedExit = 0) {
    QProcess client;
    client.start(program, arguments);
    if (!client.waitForFinished(20000) || client.exitCode() != expectedExit) {
        qWarning().noquote() << program << arguments << client.exitCode()
                             << client.readAllStandardError();
        return "failed";
    }
    return client.readAllStandardOutput();
}

// mosquitto_pub to the broker on `port` with `arguments`; whether it succeeded.
inline bool publish(quint16 port, const QStringList& arguments) {
    return runClient(QStringLiteral("/usr/bin/mosquitto_pub"),
                     QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("-p"), QString::number(port)} +
                         arguments) != "failed";
}
