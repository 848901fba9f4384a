#include "models/preferences.h"

#include <QSettings>

namespace {

// Settings keys are not user-visible and must not be translated.
const QString themeKey = QStringLiteral("Preferences/theme");
const QString refreshIntervalKey = QStringLiteral("Preferences/refreshIntervalMs");

// Stored as words, not enum values, so that reordering the enum cannot change a saved choice.
QString themeName(Preferences::Theme theme) {
    switch (theme) {
    case Preferences::Theme::System:
        return QStringLiteral("system");
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

} // namespace

QList<int> Preferences::refreshIntervals() {
    return {1000, 2000, 5000, 10000};
}

Preferences Preferences::load() {
    const QSettings settings;
    Preferences preferences;
    const QString theme = settings.value(themeKey).toString();
    for (Theme known : {Theme::System, Theme::Light, Theme::Dark})
        if (theme == themeName(known))
            preferences.theme = known;
    const int interval = settings.value(refreshIntervalKey).toInt();
    if (refreshIntervals().contains(interval))
        preferences.refreshIntervalMs = interval;
    return preferences;
}

void Preferences::save() const {
    QSettings settings;
    settings.setValue(themeKey, themeName(theme));
    settings.setValue(refreshIntervalKey, refreshIntervalMs);
}
