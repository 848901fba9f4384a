#pragma once

#include <QList>

// The console's own preferences, kept in QSettings: how it looks and how often it refreshes.
// Read at start-up and written when the Preferences dialog is accepted.
class Preferences {
public:
    enum class Theme { System, Light, Dark };

    Theme theme = Theme::System;
    // How often the backend sends a snapshot: one of refreshIntervals(), or 0 while none was
    // chosen, when the backend keeps the one its broker was configured with.
    int refreshIntervalMs = 0;

    // What is saved, or the defaults; values from an older or edited file that make no sense
    // fall back to the defaults rather than reach the broker.
    static Preferences load();
    void save() const;

    // The intervals offered: fast enough to watch a burst, slow enough for a laptop on battery.
    static QList<int> refreshIntervals();

    friend bool operator==(const Preferences&, const Preferences&) = default;
};
