#include "models/queue_features.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace {

using Arguments = QList<std::pair<QString, QString>>;

// One argument a badge stands for, with the unit its value is in ("" for none). A qualifier
// only says how another argument acts (the overflow of a length limit), so it joins a badge
// that one of the others has made and on its own is just another argument.
struct KnownArgument {
    QLatin1String name;
    const char* unit = "";
    bool qualifier = false;
};

struct KnownBadge {
    const char* text;
    QList<KnownArgument> arguments;
};

const QList<KnownBadge>& knownBadges() {
    // RabbitMQ's KNOWN_ARGS (rabbitmq_management priv/www/js/global.js), with the length limits
    // and the dead-letter routing key and overflow folded into the badge they qualify.
    static const QList<KnownBadge> badges{
        {"TTL", {{QLatin1String("x-message-ttl"), QT_TRANSLATE_NOOP("QueueFeatures", "ms")}}},
        {"Exp", {{QLatin1String("x-expires"), QT_TRANSLATE_NOOP("QueueFeatures", "ms")}}},
        {"Lim",
         {{QLatin1String("x-max-length"), QT_TRANSLATE_NOOP("QueueFeatures", "messages")},
          {QLatin1String("x-max-length-bytes"), QT_TRANSLATE_NOOP("QueueFeatures", "bytes")},
          {QLatin1String("x-overflow"), "", true}}},
        {"DLX",
         {{QLatin1String("x-dead-letter-exchange")},
          {QLatin1String("x-dead-letter-routing-key"), "", true}}},
        {"Pri", {{QLatin1String("x-max-priority")}}},
        {"SAC", {{QLatin1String("x-single-active-consumer")}}},
    };
    return badges;
}

QString line(const QString& name, const QString& value, const char* unit) {
    // The default exchange has no name: say which one an empty DLX means.
    const QString shown = value.isEmpty() && name == QLatin1String("x-dead-letter-exchange")
                              ? QueueFeatures::tr("\"\" (the default exchange)")
                              : value;
    return *unit ? QueueFeatures::tr("%1 = %2 %3")
                       .arg(name, shown, QCoreApplication::translate("QueueFeatures", unit))
                 : QueueFeatures::tr("%1 = %2").arg(name, shown);
}

} // namespace

QList<std::pair<QString, QString>> QueueFeatures::parseArguments(const QString& summary) {
    static const QRegularExpression item(QStringLiteral("(?:^|, )([^\\s,:]+): "));
    Arguments out;
    QRegularExpressionMatchIterator it = item.globalMatch(summary);
    QString name;
    qsizetype valueStart = -1;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (valueStart >= 0)
            out.append({name, summary.mid(valueStart, match.capturedStart() - valueStart)});
        name = match.captured(1);
        valueStart = match.capturedEnd();
    }
    if (valueStart >= 0)
        out.append({name, summary.mid(valueStart)});
    return out;
}

QList<QueueFeatures::Badge> QueueFeatures::of(const warren::QueueInfo& queue) {
    QList<Badge> badges;
    if (queue.durable)
        badges.append({QStringLiteral("D"), tr("D: durable, survives a broker restart")});
    if (queue.autoDelete)
        badges.append({QStringLiteral("AD"),
                       tr("AD: auto-delete, deleted when its last consumer unsubscribes")});
    if (queue.exclusive)
        badges.append({QStringLiteral("Excl"),
                       tr("Excl: exclusive, used by one connection and deleted with it")});

    Arguments rest = parseArguments(queue.arguments);
    const auto find = [&rest](QLatin1String name) {
        return std::find_if(rest.begin(), rest.end(),
                            [name](const auto& a) { return a.first == name; });
    };
    for (const KnownBadge& known : knownBadges()) {
        const bool shown = std::any_of(
            known.arguments.cbegin(), known.arguments.cend(),
            [&](const KnownArgument& a) { return !a.qualifier && find(a.name) != rest.end(); });
        if (!shown)
            continue;
        QStringList lines;
        for (const KnownArgument& argument : known.arguments) {
            const auto found = find(argument.name);
            if (found == rest.end())
                continue;
            lines << line(found->first, found->second, argument.unit);
            rest.erase(found);
        }
        const QString text = QLatin1String(known.text);
        badges.append({text, text + QStringLiteral(": ") + lines.join(QLatin1Char('\n'))});
    }
    if (!rest.isEmpty()) {
        QStringList lines;
        for (const auto& [name, value] : std::as_const(rest))
            lines << tr("%1 = %2").arg(name, value);
        badges.append({QStringLiteral("Args"), tr("Args: other arguments") + QLatin1Char('\n') +
                                                   lines.join(QLatin1Char('\n'))});
    }
    return badges;
}
