#pragma once

#include <QIcon>

// Warren's icon (resources/warren.svg), painted with QPainter so that the window and the tray
// need no SVG plugin at run time. The .svg is what desktops show from the installed package.
QIcon warrenAppIcon();
