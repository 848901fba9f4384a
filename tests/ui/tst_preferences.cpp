// Preferences offscreen: saved and read back through QSettings (a test scope of its own),
// applied when the window starts, and changed from the dialog: the refresh interval reaches the
// backend, the theme the whole application, charts included.

#include "fake_backend.h"
#include "models/preferences.h"
#include "views/app_theme.h"
#include "views/console_window.h"
#include "views/preferences_dialog.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace {

// Answers the Preferences dialog the window is about to open with `theme` and `intervalMs`.
void answerPreferencesWith(Preferences::Theme theme, int intervalMs) {
    QTimer::singleShot(0, [theme, intervalMs] {
        auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* themes = dialog->findChild<QComboBox*>(QStringLiteral("themeChoice"));
        auto* intervals = dialog->findChild<QComboBox*>(QStringLiteral("refreshIntervalChoice"));
        QVERIFY(themes && intervals);
        themes->setCurrentIndex(themes->findData(int(theme)));
        intervals->setCurrentIndex(intervals->findData(intervalMs));
        dialog->accept();
    });
}

} // namespace

class TestPreferences final : public QObject {
    Q_OBJECT

    QString m_systemStyle;
    QColor m_systemWindow;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
        m_systemStyle = QApplication::style()->name();
        m_systemWindow = QApplication::palette().color(QPalette::Window);
    }

    void init() { QSettings().clear(); }

    void cleanup() { AppTheme::apply(Preferences::Theme::System); }

    void savedPreferencesAreReadBack() {
        QCOMPARE(Preferences::load(), Preferences{}); // nothing saved: the defaults
        QCOMPARE(Preferences::load().refreshIntervalMs, 0);
        Preferences chosen;
        chosen.theme = Preferences::Theme::Dark;
        chosen.refreshIntervalMs = 5000;
        chosen.save();
        QCOMPARE(Preferences::load(), chosen);
    }

    void nonsenseInTheSettingsFallsBackToTheDefaults() {
        QSettings settings;
        settings.setValue(QStringLiteral("Preferences/theme"), QStringLiteral("purple"));
        settings.setValue(QStringLiteral("Preferences/refreshIntervalMs"), 3);
        settings.sync();
        QCOMPARE(Preferences::load(), Preferences{});
    }

    void theWindowAppliesTheSavedIntervalAtStart() {
        {
            FakeBackend backend;
            ConsoleWindow window(&backend);
            QVERIFY(backend.refreshIntervals.isEmpty()); // none chosen: the backend's own
        }
        Preferences chosen;
        chosen.refreshIntervalMs = 2000;
        chosen.save();
        FakeBackend backend;
        ConsoleWindow window(&backend);
        QCOMPARE(backend.refreshIntervals, QList<int>{2000});
    }

    void theDialogShowsWhatIsSaved() {
        Preferences saved;
        saved.theme = Preferences::Theme::Light;
        saved.refreshIntervalMs = 10000;
        PreferencesDialog dialog(saved);
        QCOMPARE(dialog.preferences(), saved);
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("refreshIntervalChoice"))->count(),
                 int(Preferences::refreshIntervals().size()));
    }

    void theDialogChangesIntervalAndThemeAndSavesThem() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* preferences = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
        QVERIFY(preferences);
        // The platform's key for Preferences, or Ctrl+, where it has none (offscreen).
        const QKeySequence platform(QKeySequence::Preferences);
        QCOMPARE(preferences->shortcut(),
                 platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platform);

        answerPreferencesWith(Preferences::Theme::Dark, 5000);
        preferences->trigger();
        QCOMPARE(backend.refreshIntervals, QList<int>{5000});
        QCOMPARE(Preferences::load().theme, Preferences::Theme::Dark);
        QCOMPARE(Preferences::load().refreshIntervalMs, 5000);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QColor dark = AppTheme::darkPalette().color(QPalette::Window);
        QCOMPARE(QApplication::palette().color(QPalette::Window), dark);
        QTRY_COMPARE(window.palette().color(QPalette::Window), dark);
        // The charts paint with brushes of their own; they must follow too.
        auto* rates = window.findChild<QChartView*>(QStringLiteral("ratesChart"));
        QVERIFY(rates);
        QTRY_COMPARE(rates->chart()->backgroundBrush().color(),
                     AppTheme::darkPalette().color(QPalette::Base));
        // A restyled tab bar must not give the fixed tabs close buttons.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(!tabs->tabBar()->tabButton(0, QTabBar::RightSide));
        QVERIFY(!tabs->tabBar()->tabButton(0, QTabBar::LeftSide));

        // Back to the system's look: its own style and palette, not a forced light one.
        answerPreferencesWith(Preferences::Theme::System, 1000);
        preferences->trigger();
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
        QTRY_COMPARE(rates->chart()->backgroundBrush().color(),
                     QApplication::palette().color(QPalette::Base));
        QCOMPARE(Preferences::load().theme, Preferences::Theme::System);
        QCOMPARE(backend.refreshIntervals, (QList<int>{5000, 1000}));

        answerPreferencesWith(Preferences::Theme::Light, 1000);
        preferences->trigger();
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        QCOMPARE(Preferences::load().theme, Preferences::Theme::Light);
    }

    void aCancelledDialogChangesNothing() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QComboBox*>(QStringLiteral("themeChoice"))->setCurrentIndex(2);
            dialog->reject();
        });
        window.showPreferences();
        QVERIFY(backend.refreshIntervals.isEmpty());
        QCOMPARE(Preferences::load(), Preferences{});
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
    }

    void theSavedThemeIsAppliedAtStart() {
        Preferences chosen;
        chosen.theme = Preferences::Theme::Dark;
        chosen.save();
        FakeBackend backend;
        ConsoleWindow window(&backend);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 AppTheme::darkPalette().color(QPalette::Window));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
