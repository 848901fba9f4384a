#include "fake_backend.h"
#include "models/log_model.h"
#include "sample_snapshot.h"
#include "views/console_window.h"
#include "views/log_page.h"
#include "views/message_browser_page.h"
#include "views/topology_page.h"

#include <QDir>
#include <QImage>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

// The "tab" of a row that shows a queue's own page rather than one of the fixed tabs.
constexpr int QueueTab = -1;

// Renders the console full of realistic data and saves one PNG per tab, so a
// reviewer (or CI artefact) can see layout regressions a unit test cannot.
class TestConsoleScreenshot final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void grabEveryTab_data();
    void grabEveryTab();

private:
    QString m_outputDir;
};

void TestConsoleScreenshot::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_screenshot"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_outputDir = qEnvironmentVariable("WARREN_SCREENSHOT_DIR", QDir::currentPath());
    QVERIFY(QDir().mkpath(m_outputDir));
}

void TestConsoleScreenshot::grabEveryTab_data() {
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("overview") << 0 << QString() << QStringLiteral("warren-console-overview.png");
    QTest::newRow("queues") << 1 << QString() << QStringLiteral("warren-console-queues.png");
    QTest::newRow("exchanges") << 2 << QString() << QStringLiteral("warren-console-exchanges.png");
    QTest::newRow("bindings") << 3 << QString() << QStringLiteral("warren-console-bindings.png");
    QTest::newRow("topology") << 4 << QString() << QStringLiteral("warren-console-topology.png");
    QTest::newRow("connections") << 5 << QString()
                                 << QStringLiteral("warren-console-connections.png");
    QTest::newRow("channels") << 6 << QString() << QStringLiteral("warren-console-channels.png");
    QTest::newRow("consumers") << 7 << QString() << QStringLiteral("warren-console-consumers.png");
    QTest::newRow("messages") << 8 << QString() << QStringLiteral("warren-console-messages.png");
    QTest::newRow("publish") << 9 << QString() << QStringLiteral("warren-console-publish.png");
    QTest::newRow("routing") << 10 << QString() << QStringLiteral("warren-console-routing.png");
    QTest::newRow("users") << 11 << QString() << QStringLiteral("warren-console-users.png");
    QTest::newRow("logs") << 12 << QString() << QStringLiteral("warren-console-logs.png");
    QTest::newRow("settings") << 13 << QString()
                              << QStringLiteral("warren-console-broker-settings.png");
    // Not a fixed tab: the queue's own, opened as a double-click on the Queues tab would.
    QTest::newRow("queue") << QueueTab << QString() << QStringLiteral("warren-console-queue.png");
    // Translations run longer than English; these show whether titles still fit.
    QTest::newRow("queues-de") << 1 << QStringLiteral("de")
                               << QStringLiteral("warren-console-queues-de.png");
    QTest::newRow("connections-fr")
        << 5 << QStringLiteral("fr") << QStringLiteral("warren-console-connections-fr.png");
    QTest::newRow("topology-zh_CN")
        << 4 << QStringLiteral("zh_CN") << QStringLiteral("warren-console-topology-zh_CN.png");
}

void TestConsoleScreenshot::grabEveryTab() {
    QFETCH(int, tab);
    QFETCH(QString, language);
    QFETCH(QString, file);

    QTranslator translator;
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(english); });
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/warren_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QLocale::setDefault(QLocale(language));
    }

    FakeBackend backend;
    backend.presetState(QStringLiteral("Running"), sampleListeners());
    ConsoleWindow window(&backend);
    window.resize(1100, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (tab == QueueTab) // before the history, so that its charts draw the minute too
        window.openQueueDetail(QStringLiteral("shop"), QStringLiteral("orders.created"));
    for (const auto& snapshot : sampleHistory(60)) // a minute of charts for the overview
        emit backend.snapshotUpdated(snapshot);
    for (const auto& record : sampleLog())
        emit backend.logRecorded(record);

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    if (!language.isEmpty()) {
        QVERIFY2(!tabs->tabText(1).startsWith(QStringLiteral("Queues")),
                 qPrintable(tabs->tabText(1)));
    }
    if (tab != QueueTab)
        tabs->setCurrentIndex(tab);
    if (auto* topology = qobject_cast<TopologyPage*>(tabs->currentWidget()))
        topology->setVhost(QStringLiteral("shop")); // the sample's vhost with a real topology
    if (auto* browser = window.findChild<MessageBrowserPage*>(QStringLiteral("messagesPage"))) {
        browser->selectQueue(QStringLiteral("shop"), QStringLiteral("orders.created"));
        browser->peek(); // the fake backend answers at once
    }
    // Log records reach the view in batches; show this one now.
    window.findChild<LogPage*>(QStringLiteral("logsPage"))->model()->flush();
    // Pages with a table show a selected row; the overview and publish pages have none.
    if (auto* view = tabs->currentWidget()->findChild<QTableView*>())
        view->selectRow(1);
    QCoreApplication::processEvents();

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());

    // A blank or single-colour grab means nothing was painted.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 64; y += 3) {
        for (int x = 0; x < image.width() && colours.size() < 64; x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() >= 16,
             qPrintable(QStringLiteral("only %1 colours in the grab").arg(colours.size())));

    const QString path = QDir(m_outputDir).filePath(file);
    QVERIFY2(image.save(path, "PNG"), qPrintable(path));
    qInfo("screenshot saved to %s", qPrintable(QDir::toNativeSeparators(path)));
}

QTEST_MAIN(TestConsoleScreenshot)
#include "tst_console_screenshot.moc"
