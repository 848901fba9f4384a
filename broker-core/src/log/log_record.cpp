#include <warren/log_record.h>

namespace warren {

QString logLevelName(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString formatLogRecord(const LogRecord& r) {
    QString line = r.time.toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                   QStringLiteral("[%1] %2").arg(logLevelName(r.level), -7).arg(r.category);
    if (!r.connection.isEmpty())
        line += QStringLiteral(" <%1>").arg(r.connection);
    return line + QStringLiteral(": ") + r.text;
}

} // namespace warren
