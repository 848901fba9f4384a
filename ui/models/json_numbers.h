#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

// The numbers in a JSON body by their path ("temperature", "sensor.reading",
// "readings[2]"), so the live tap can chart a field over time.
QList<std::pair<QString, double>> numericFields(const QByteArray& json);
// The number at `path` in a JSON body; nullopt when the body is no JSON or has none there.
std::optional<double> numberAt(const QByteArray& json, const QString& path);
