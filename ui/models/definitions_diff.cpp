#include "models/definitions_diff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>

namespace definitions_diff {

namespace {

constexpr std::array AllCategories{
    Category::Vhost,  Category::User,     Category::Permission, Category::TopicPermission,
    Category::Policy, Category::Exchange, Category::Queue,      Category::Binding};

// lupdate files the tr() calls of this namespace under the namespace's name.
QString tr(const char* text) {
    return QCoreApplication::translate("definitions_diff", text);
}

// The same value however a broker wrote it: RabbitMQ and Warren may write 5 or 5.0 for one
// number, and object members in any order.
QJsonValue canonical(const QJsonValue& value) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return QJsonValue(qint64(d));
        return value;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(canonical(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), canonical(it.value()));
        return out;
    }
    return value;
}

QString text(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String:
        // An empty pattern grants nothing; say so visibly rather than print nothing.
        return value.toString().isEmpty() ? QStringLiteral("\"\"") : value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("(none)");
}

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// A user's tags as a sorted list, whether written as a list (3.9 and later) or "a,b".
QJsonValue tagsOf(const QJsonObject& user) {
    const QJsonValue tags = user.value(QLatin1String("tags"));
    QStringList list = tags.isArray() ? tags.toVariant().toStringList()
                                      : tags.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& tag : list)
        tag = tag.trimmed();
    list.sort();
    return QJsonArray::fromStringList(list);
}

// A queue's arguments without what only restates the default: a classic queue may or may not
// carry x-queue-type "classic" depending on the broker and version that declared it.
QJsonValue queueArguments(const QJsonObject& queue) {
    QJsonObject args = queue.value(QLatin1String("arguments")).toObject();
    if (args.value(QLatin1String("x-queue-type")).toString() == QLatin1String("classic"))
        args.remove(QLatin1String("x-queue-type"));
    return canonical(args);
}

QJsonValue flag(const QJsonObject& o, const char* key, bool fallback) {
    return o.value(QLatin1String(key)).toBool(fallback);
}

// One field compared between the source's and the target's copy of a definition.
struct Field {
    const char* label;
    QJsonValue (*read)(const QJsonObject&);
    bool secret = false; // shown as "differs" rather than by value (password hashes)
};

QList<Field> comparedFields(Category category) {
    switch (category) {
    case Category::Vhost:
    case Category::Binding: // everything about a binding is its identity
        return {};
    case Category::User:
        return {{"tags", tagsOf},
                {"password",
                 [](const QJsonObject& o) {
                     return QJsonValue(str(o, "hashing_algorithm") + QLatin1Char(':') +
                                       str(o, "password_hash"));
                 },
                 true}};
    case Category::Permission:
        return {
            {"configure", [](const QJsonObject& o) { return o.value(QLatin1String("configure")); }},
            {"write", [](const QJsonObject& o) { return o.value(QLatin1String("write")); }},
            {"read", [](const QJsonObject& o) { return o.value(QLatin1String("read")); }}};
    case Category::TopicPermission:
        return {{"write", [](const QJsonObject& o) { return o.value(QLatin1String("write")); }},
                {"read", [](const QJsonObject& o) { return o.value(QLatin1String("read")); }}};
    case Category::Policy:
        return {
            {"pattern", [](const QJsonObject& o) { return o.value(QLatin1String("pattern")); }},
            {"apply-to",
             [](const QJsonObject& o) {
                 return QJsonValue(
                     o.value(QLatin1String("apply-to")).toString(QStringLiteral("all")));
             }},
            {"priority",
             [](const QJsonObject& o) { return canonical(o.value(QLatin1String("priority"))); }},
            {"definition",
             [](const QJsonObject& o) { return canonical(o.value(QLatin1String("definition"))); }}};
    case Category::Exchange:
        return {{"type", [](const QJsonObject& o) { return o.value(QLatin1String("type")); }},
                {"durable", [](const QJsonObject& o) { return flag(o, "durable", true); }},
                {"auto_delete", [](const QJsonObject& o) { return flag(o, "auto_delete", false); }},
                {"internal", [](const QJsonObject& o) { return flag(o, "internal", false); }},
                {"arguments", [](const QJsonObject& o) {
                     return canonical(o.value(QLatin1String("arguments")));
                 }}};
    case Category::Queue:
        return {{"durable", [](const QJsonObject& o) { return flag(o, "durable", true); }},
                {"auto_delete", [](const QJsonObject& o) { return flag(o, "auto_delete", false); }},
                {"arguments", queueArguments}};
    }
    return {};
}

// Exchanges and queues are declared once: a redeclaration with other properties is refused.
bool changesInPlace(Category category) {
    return category != Category::Exchange && category != Category::Queue;
}

QString vhostOf(Category category, const QJsonObject& o) {
    return category == Category::Vhost || category == Category::User ? QString() : str(o, "vhost");
}

// How a person names the definition within its vhost; also its identity there.
QString nameOf(Category category, const QJsonObject& o) {
    switch (category) {
    case Category::Vhost:
    case Category::User:
    case Category::Policy:
    case Category::Exchange:
    case Category::Queue:
        return str(o, "name");
    case Category::Permission:
        return str(o, "user");
    case Category::TopicPermission:
        return QStringLiteral("%1 · %2").arg(str(o, "user"), str(o, "exchange"));
    case Category::Binding: {
        const QString source =
            str(o, "source").isEmpty() ? tr("(default exchange)") : str(o, "source");
        const QString destination = str(o, "destination_type") == QLatin1String("exchange")
                                        ? tr("exchange %1").arg(str(o, "destination"))
                                        : str(o, "destination");
        QString name =
            QStringLiteral("%1 → %2 (%3)").arg(source, destination, str(o, "routing_key"));
        const QJsonObject args = o.value(QLatin1String("arguments")).toObject();
        if (!args.isEmpty())
            name += QLatin1Char(' ') + text(canonical(args));
        return name;
    }
    }
    return {};
}

// Definitions that are not the user's to copy: what every broker declares for itself.
bool builtIn(Category category, const QJsonObject& o) {
    if (category != Category::Exchange)
        return false;
    const QString name = str(o, "name");
    return name.isEmpty() || name.startsWith(QLatin1String("amq."));
}

using Keyed = QMap<QPair<QString, QString>, QJsonObject>;

Keyed keyed(Category category, const QJsonObject& document) {
    Keyed out;
    for (const QJsonValue& v : document.value(documentKey(category)).toArray()) {
        const QJsonObject o = v.toObject();
        if (!builtIn(category, o))
            out.insert({vhostOf(category, o), nameOf(category, o)}, o);
    }
    return out;
}

} // namespace

QLatin1String documentKey(Category category) {
    switch (category) {
    case Category::Vhost:
        return QLatin1String("vhosts");
    case Category::User:
        return QLatin1String("users");
    case Category::Permission:
        return QLatin1String("permissions");
    case Category::TopicPermission:
        return QLatin1String("topic_permissions");
    case Category::Policy:
        return QLatin1String("policies");
    case Category::Exchange:
        return QLatin1String("exchanges");
    case Category::Queue:
        return QLatin1String("queues");
    case Category::Binding:
        return QLatin1String("bindings");
    }
    return {};
}

QString categoryLabel(Category category) {
    switch (category) {
    case Category::Vhost:
        return tr("Virtual hosts");
    case Category::User:
        return tr("Users");
    case Category::Permission:
        return tr("Permissions");
    case Category::TopicPermission:
        return tr("Topic permissions");
    case Category::Policy:
        return tr("Policies");
    case Category::Exchange:
        return tr("Exchanges");
    case Category::Queue:
        return tr("Queues");
    case Category::Binding:
        return tr("Bindings");
    }
    return {};
}

QString actionLabel(Action action) {
    switch (action) {
    case Action::Create:
        return tr("Create");
    case Action::Update:
        return tr("Update");
    case Action::Conflict:
        return tr("Conflict: left as it is");
    case Action::OnlyInTarget:
        return tr("Only in target: kept");
    case Action::Unsupported:
        return tr("Not supported by the target");
    }
    return {};
}

QList<Change> compare(const QJsonObject& source, const QJsonObject& target) {
    QList<Change> changes;
    for (Category category : AllCategories) {
        const Keyed from = keyed(category, source);
        const Keyed to = keyed(category, target);
        for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
            Change change;
            change.category = category;
            change.vhost = it.key().first;
            change.name = it.key().second;
            change.sourceObject = it.value();
            const auto existing = to.constFind(it.key());
            if (existing == to.constEnd()) {
                change.action = Action::Create;
                changes.append(change);
                continue;
            }
            change.targetObject = existing.value();
            for (const Field& field : comparedFields(category)) {
                const QJsonValue was = field.read(change.targetObject);
                const QJsonValue now = field.read(change.sourceObject);
                if (was == now)
                    continue;
                change.differences
                    << (field.secret ? tr("%1: differs").arg(QLatin1String(field.label))
                                     : QStringLiteral("%1: %2 → %3")
                                           .arg(QLatin1String(field.label), text(was), text(now)));
            }
            if (change.differences.isEmpty())
                continue;
            change.action = changesInPlace(category) ? Action::Update : Action::Conflict;
            changes.append(change);
        }
        for (auto it = to.constBegin(); it != to.constEnd(); ++it) {
            if (from.contains(it.key()))
                continue;
            Change change;
            change.category = category;
            change.action = Action::OnlyInTarget;
            change.vhost = it.key().first;
            change.name = it.key().second;
            change.targetObject = it.value();
            changes.append(change);
        }
    }
    // Within a category: by vhost, then name (QMap gave that order for each side already).
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        if (a.category != b.category)
            return a.category < b.category;
        if (a.vhost != b.vhost)
            return a.vhost < b.vhost;
        return a.name < b.name;
    });
    return changes;
}

void leaveUnsupported(QList<Change>& changes, Category category) {
    for (Change& change : changes)
        if (change.category == category && change.willApply())
            change.action = Action::Unsupported;
}

QJsonObject importDocument(const QList<Change>& changes) {
    QMap<Category, QJsonArray> lists;
    QSet<QString> vhostsListed;
    QSet<QString> vhostsNeeded;
    for (const Change& change : changes) {
        if (!change.willApply())
            continue;
        lists[change.category].append(change.sourceObject);
        if (change.category == Category::Vhost)
            vhostsListed.insert(change.name);
        else if (!change.vhost.isEmpty())
            vhostsNeeded.insert(change.vhost);
    }
    // Re-listing a vhost the target has changes nothing there, and spares a refusal when its
    // own entry was not chosen.
    QStringList missing(vhostsNeeded.cbegin(), vhostsNeeded.cend());
    missing.sort();
    for (const QString& vhost : std::as_const(missing))
        if (!vhostsListed.contains(vhost))
            lists[Category::Vhost].append(QJsonObject{{QStringLiteral("name"), vhost}});
    QJsonObject document;
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it)
        document.insert(documentKey(it.key()), it.value());
    return document;
}

} // namespace definitions_diff
