#pragma once

#include "models/preferences.h"

#include <QPalette>

// Puts the whole application in the chosen theme. Light and dark are forced with the Fusion
// style, which draws every control from the palette (platform styles may ignore it); following
// the system gives back the style and palette the application started with.
class AppTheme {
public:
    static void apply(Preferences::Theme theme);
    static QPalette darkPalette();
};
