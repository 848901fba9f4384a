// Where the app keeps its settings: ~/.config/Warren/warren.conf (not Qt's "Unknown
// Organization" folder), with the settings found in that old folder copied over once, and the
// broker's data left where it always was.

#include "settings_location.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsLocation final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        // Before any QSettings: it reads where the user's configuration lives once.
        qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QStringLiteral("warren"));
    }

    void settingsMoveToTheWarrenFolderWithWhatWasSavedBefore() {
        const QString config = QDir(m_home.path()).filePath(QStringLiteral("config"));
        {
            // What Warren wrote while it named no organisation.
            QSettings before;
            QCOMPARE(before.fileName(),
                     config + QStringLiteral("/Unknown Organization/warren.conf"));
            before.setValue(QStringLiteral("Console/theme"), QStringLiteral("dark"));
            before.beginWriteArray(QStringLiteral("Connections/profiles"), 1);
            before.setArrayIndex(0);
            before.setValue(QStringLiteral("name"), QStringLiteral("production"));
            before.endArray();
        }
        settings_location::apply();
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Warren"));
        QSettings after;
        QCOMPARE(after.fileName(), config + QStringLiteral("/Warren/warren.conf"));
        QCOMPARE(after.value(QStringLiteral("Console/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(after.beginReadArray(QStringLiteral("Connections/profiles")), 1);
        after.setArrayIndex(0);
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("production"));
        after.endArray();
    }

    void theMoveHappensOnlyOnce() {
        QSettings(QStringLiteral("Unknown Organization"), QStringLiteral("warren"))
            .setValue(QStringLiteral("Console/theme"), QStringLiteral("light"));
        QSettings().setValue(QStringLiteral("Console/theme"), QStringLiteral("system"));
        settings_location::apply(); // the next start
        QCOMPARE(QSettings().value(QStringLiteral("Console/theme")).toString(),
                 QStringLiteral("system"));
    }

    void theBrokerDataStaysWhereItWas() {
        QCOMPARE(settings_location::defaultDataDir(),
                 QDir(m_home.path()).filePath(QStringLiteral("data/warren")));
    }
};

QTEST_GUILESS_MAIN(TestSettingsLocation)
#include "tst_settings_location.moc"
