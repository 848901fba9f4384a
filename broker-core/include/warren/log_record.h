#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace warren {

enum class LogLevel { Debug, Info, Warning, Error };

// One structured log line. The console's log viewer filters on every field,
// so nothing here is pre-formatted into the text.
struct LogRecord {
    QDateTime time;
    LogLevel level = LogLevel::Info;
    QString category;   // e.g. "amqp", "connection", "broker", "http"
    QString connection; // connection name ("peer -> local"), empty when not about one
    QString text;
};

QString logLevelName(LogLevel level);
QString formatLogRecord(const LogRecord& record);

} // namespace warren

Q_DECLARE_METATYPE(warren::LogRecord)
