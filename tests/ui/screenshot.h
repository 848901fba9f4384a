#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

// With WARREN_SCREENSHOT_DIR set, shows `widget` and saves what it looks like there as `file`,
// for a person to look at; without it, does nothing.
inline void saveScreenshot(QWidget* widget, const QString& file) {
    const QString dir = qEnvironmentVariable("WARREN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QVERIFY(widget->grab().save(QDir(dir).filePath(file), "PNG"));
}
