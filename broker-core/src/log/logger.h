#pragma once

#include <QObject>
#include <warren/log_record.h>

namespace warren::log {

// The broker's log: every record goes out as a structured LogRecord signal; what is printed
// (stderr when headless) and what is shown (the console's log viewer) is the receivers' choice.
class Logger : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void log(LogLevel level, const QString& category, const QString& connection,
             const QString& text);
    void info(const QString& category, const QString& text) {
        log(LogLevel::Info, category, {}, text);
    }
    void warning(const QString& category, const QString& text) {
        log(LogLevel::Warning, category, {}, text);
    }
    void error(const QString& category, const QString& text) {
        log(LogLevel::Error, category, {}, text);
    }

signals:
    void recorded(const warren::LogRecord& record);
};

} // namespace warren::log
