#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

// Runs pika against the broker on 127.0.0.1:`port` with `script` after a connection `c` and a
// channel `ch` are open; returns its stdout, or "FAILED" (with its stderr as a warning). The
// including test defines WARREN_TEST_PYTHON: Debian's python3, where python3-pika lives.
inline QByteArray runPika(quint16 port, const QString& script) {
    QProcess python;
    python.start(QStringLiteral(WARREN_TEST_PYTHON),
                 {QStringLiteral("-c"),
                  QStringLiteral("import pika\n"
                                 "c = pika.BlockingConnection(pika.ConnectionParameters("
                                 "'127.0.0.1', %1))\n"
                                 "ch = c.channel()\n")
                          .arg(port) +
                      script + QStringLiteral("\nc.close()\n")});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        qWarning("pika failed: %s", python.readAllStandardError().constData());
    return python.exitCode() == 0 ? python.readAllStandardOutput() : QByteArray("FAILED");
}
