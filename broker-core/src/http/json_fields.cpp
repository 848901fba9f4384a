#include "http/json_fields.h"

#include <QStringList>

namespace warren::http {

std::optional<QString> missingKeys(const QJsonObject& body,
                                   std::initializer_list<const char*> keys) {
    QStringList missing;
    for (const char* key : keys)
        if (!body.contains(QLatin1String(key)))
            missing << QStringLiteral("{key_missing,%1}").arg(QLatin1String(key));
    if (missing.isEmpty())
        return std::nullopt;
    const QString oneLine = QStringLiteral("[%1]").arg(missing.join(QLatin1Char(',')));
    return oneLine.size() <= 80 ? oneLine
                                : QStringLiteral("[%1]").arg(missing.join(QStringLiteral(",\n ")));
}

} // namespace warren::http
