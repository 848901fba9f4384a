#include "settings_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace settings_location {

namespace {

// What QSettings files settings under when no organisation is named (qsettings.cpp).
const QString legacyOrganisation = QStringLiteral("Unknown Organization");

void migrateLegacySettings() {
    QSettings current;
    if (!current.allKeys().isEmpty())
        return; // already moved, or written since: never overwrite
    const QSettings legacy(legacyOrganisation, QCoreApplication::applicationName());
    const QStringList keys = legacy.allKeys();
    for (const QString& key : keys)
        current.setValue(key, legacy.value(key));
    // The old file stays: an older Warren started later still finds its settings.
}

} // namespace

void apply() {
    QCoreApplication::setOrganizationName(QStringLiteral("Warren"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("warren.dev"));
    migrateLegacySettings();
}

QString defaultDataDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName());
}

} // namespace settings_location
