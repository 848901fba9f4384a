#include "models/policy_definition_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

namespace {

// "60000" → 60000, "true" → true, "[\"a\"]" → ["a"], dlx → "dlx".
QJsonValue valueOf(const QString& text) {
    const QJsonDocument wrapped =
        QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8());
    if (wrapped.isArray() && wrapped.array().size() == 1)
        return wrapped.array().first();
    return text;
}

} // namespace

PolicyDefinitionText PolicyDefinitionText::parse(const QString& text) {
    PolicyDefinitionText out;
    const QString trimmed = text.trimmed();
    QJsonObject object;
    if (trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (!document.isObject()) {
            out.problem = tr("The definition is not a JSON object: %1 at character %2.")
                              .arg(error.errorString())
                              .arg(error.offset);
            return out;
        }
        object = document.object();
    } else {
        const QStringList lines = trimmed.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            const QString key = line.left(equals).trimmed();
            if (equals <= 0 || key.isEmpty()) {
                out.problem = tr("Line %1 is not key=value: %2").arg(i + 1).arg(line);
                return out;
            }
            object.insert(key, valueOf(line.mid(equals + 1).trimmed()));
        }
    }
    if (object.isEmpty()) {
        out.problem = tr("A policy needs at least one key, such as message-ttl=60000.");
        return out;
    }
    out.json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return out;
}
