#pragma once

#include <QString>

// Where Warren keeps its settings and, unless told otherwise, its broker's data.
namespace settings_location {

// Names the organisation (Warren, warren.dev), so the settings live in ~/.config/Warren/ rather
// than Qt's "Unknown Organization" folder, and, when the new place is still empty, copies the
// settings kept there before. Call once the application name is set, before any QSettings.
void apply();

// ~/.local/share/warren: where the broker's data always was. Naming the organisation would move
// Qt's AppDataLocation (to ~/.local/share/Warren/warren) and leave existing data behind.
QString defaultDataDir();

} // namespace settings_location
