#include "models/saved_broker_settings.h"

#include <QSettings>
#include <QStringList>
#include <limits>
#include <optional>

namespace {

// Settings keys are not user-visible and must not be translated.
const QString groupName = QStringLiteral("BrokerSettings");
const QString listenersKey = QStringLiteral("listeners");
const QString channelMaxKey = QStringLiteral("channelMax");
const QString frameMaxKey = QStringLiteral("frameMax");
const QString heartbeatKey = QStringLiteral("heartbeatSeconds");
const QString memoryKey = QStringLiteral("memoryHighWatermarkBytes");
const QString diskKey = QStringLiteral("diskFreeLimitBytes");

// The stored number if it is one within [low, high], else nullopt.
std::optional<quint64> number(const QSettings& settings, const QString& key, quint64 low,
                              quint64 high) {
    bool ok = false;
    const quint64 value = settings.value(key).toULongLong(&ok);
    return ok && value >= low && value <= high ? std::optional<quint64>(value) : std::nullopt;
}

} // namespace

QString SavedBrokerSettings::formatListener(const warren::ListenerSpec& spec) {
    const QString host = spec.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + spec.host + QLatin1Char(']')
                             : spec.host;
    return QStringLiteral("%1=%2:%3").arg(spec.scheme, host).arg(spec.port);
}

void SavedBrokerSettings::save(const warren::BrokerConfig& config) {
    QSettings settings;
    settings.beginGroup(groupName);
    QStringList listeners;
    for (const auto& spec : config.listeners)
        listeners << formatListener(spec);
    settings.setValue(listenersKey, listeners);
    settings.setValue(channelMaxKey, config.channelMax);
    settings.setValue(frameMaxKey, config.frameMax);
    settings.setValue(heartbeatKey, config.heartbeatSeconds);
    settings.setValue(memoryKey, config.memoryHighWatermarkBytes);
    settings.setValue(diskKey, config.diskFreeLimitBytes);
}

bool SavedBrokerSettings::applyTo(warren::BrokerConfig* config) {
    QSettings settings;
    settings.beginGroup(groupName);
    if (!settings.contains(listenersKey))
        return false;
    QList<warren::ListenerSpec> listeners;
    bool listenersValid = true;
    for (const QString& text : settings.value(listenersKey).toStringList()) {
        QString error;
        if (auto spec = warren::parseListenerSpec(text, &error))
            listeners.append(*spec);
        else
            listenersValid = false;
    }
    if (listenersValid)
        config->listeners = listeners; // empty: the default listeners
    if (auto value = number(settings, channelMaxKey, 0, std::numeric_limits<quint16>::max()))
        config->channelMax = quint16(*value);
    // AMQP 0-9-1 section 4.2.3: no frame may be smaller than 4096 octets.
    if (auto value = number(settings, frameMaxKey, 4096, std::numeric_limits<quint32>::max()))
        config->frameMax = quint32(*value);
    if (auto value = number(settings, heartbeatKey, 0, std::numeric_limits<quint16>::max()))
        config->heartbeatSeconds = quint16(*value);
    if (auto value = number(settings, memoryKey, 0, std::numeric_limits<quint64>::max()))
        config->memoryHighWatermarkBytes = *value;
    if (auto value = number(settings, diskKey, 0, std::numeric_limits<quint64>::max()))
        config->diskFreeLimitBytes = *value;
    return true;
}

void SavedBrokerSettings::clear() {
    QSettings settings;
    settings.remove(groupName);
}
