#include "log/logger.h"

namespace warren::log {

void Logger::log(LogLevel level, const QString& category, const QString& connection,
                 const QString& text) {
    emit recorded(LogRecord{QDateTime::currentDateTimeUtc(), level, category, connection, text});
}

} // namespace warren::log
