#include "fake_backend.h"
#include "fake_remotes.h"
#include "models/log_model.h"
#include "sample_snapshot.h"
#include "views/app_theme.h"
#include "views/broker_workspace.h"
#include "views/console_window.h"
#include "views/live_tap_page.h"
#include "views/log_page.h"
#include "views/message_browser_page.h"
#include "views/topology_page.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

// The "tab" of a row that shows a queue's own page rather than one of the fixed tabs.
const QString QueueTab = QStringLiteral("queueDetail"); // not a page of its own

// Renders the console full of realistic data and saves one PNG per tab, so a
// reviewer (or CI artefact) can see layout regressions a unit test cannot.
class TestConsoleScreenshot final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void grabEveryTab_data();
    void grabEveryTab();
    void grabWorkspace();
    void grabQueueBadgesLightAndDark();

private:
    void saveGrab(QWidget* window, const QString& file);
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
    QTest::addColumn<QString>("page"); // the tab's object name
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::newRow("overview") << QStringLiteral("overviewPage") << QString()
                              << QStringLiteral("warren-console-overview.png");
    QTest::newRow("queues") << QStringLiteral("queuesPage") << QString()
                            << QStringLiteral("warren-console-queues.png");
    QTest::newRow("exchanges") << QStringLiteral("exchangesPage") << QString()
                               << QStringLiteral("warren-console-exchanges.png");
    QTest::newRow("bindings") << QStringLiteral("bindingsPage") << QString()
                              << QStringLiteral("warren-console-bindings.png");
    QTest::newRow("topology") << QStringLiteral("topologyPage") << QString()
                              << QStringLiteral("warren-console-topology.png");
    QTest::newRow("connections") << QStringLiteral("connectionsPage") << QString()
                                 << QStringLiteral("warren-console-connections.png");
    QTest::newRow("channels") << QStringLiteral("channelsPage") << QString()
                              << QStringLiteral("warren-console-channels.png");
    QTest::newRow("consumers") << QStringLiteral("consumersPage") << QString()
                               << QStringLiteral("warren-console-consumers.png");
    QTest::newRow("messages") << QStringLiteral("messagesPage") << QString()
                              << QStringLiteral("warren-console-messages.png");
    QTest::newRow("live-tap") << QStringLiteral("liveTapPage") << QString()
                              << QStringLiteral("warren-console-live-tap.png");
    QTest::newRow("publish") << QStringLiteral("publishPage") << QString()
                             << QStringLiteral("warren-console-publish.png");
    QTest::newRow("routing") << QStringLiteral("routingPage") << QString()
                             << QStringLiteral("warren-console-routing.png");
    QTest::newRow("users") << QStringLiteral("usersPage") << QString()
                           << QStringLiteral("warren-console-users.png");
    QTest::newRow("logs") << QStringLiteral("logsPage") << QString()
                          << QStringLiteral("warren-console-logs.png");
    QTest::newRow("settings") << QStringLiteral("brokerSettingsPage") << QString()
                              << QStringLiteral("warren-console-broker-settings.png");
    // Not a fixed tab: the queue's own, opened as a double-click on the Queues tab would.
    QTest::newRow("queue") << QueueTab << QString() << QStringLiteral("warren-console-queue.png");
    // Translations run longer than English; these show whether titles still fit.
    QTest::newRow("queues-de") << QStringLiteral("queuesPage") << QStringLiteral("de")
                               << QStringLiteral("warren-console-queues-de.png");
    QTest::newRow("connections-fr") << QStringLiteral("connectionsPage") << QStringLiteral("fr")
                                    << QStringLiteral("warren-console-connections-fr.png");
    QTest::newRow("topology-zh_CN") << QStringLiteral("topologyPage") << QStringLiteral("zh_CN")
                                    << QStringLiteral("warren-console-topology-zh_CN.png");
}

void TestConsoleScreenshot::grabEveryTab() {
    QFETCH(QString, page);
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
    if (page == QueueTab) // before the history, so that its charts draw the minute too
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
    if (page != QueueTab) {
        auto* pageWidget = tabs->findChild<QWidget*>(page);
        QVERIFY2(pageWidget, qPrintable(page));
        tabs->setCurrentWidget(pageWidget);
    }
    if (auto* topology = qobject_cast<TopologyPage*>(tabs->currentWidget()))
        topology->setVhost(QStringLiteral("shop")); // the sample's vhost with a real topology
    if (auto* browser = window.findChild<MessageBrowserPage*>(QStringLiteral("messagesPage"))) {
        browser->selectQueue(QStringLiteral("shop"), QStringLiteral("orders.created"));
        browser->peek(); // the fake backend answers at once
    }
    if (auto* tap = qobject_cast<LiveTapPage*>(tabs->currentWidget())) {
        tap->setTarget(QStringLiteral("shop"), QStringLiteral("orders"));
        tap->start();
        // Forty seconds of traffic, the last of them after the previous tick: rates are
        // what arrived in the last second.
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 40'000;
        const auto traffic = sampleTap(40, startMs);
        const auto lastSecond = std::find_if(traffic.cbegin(), traffic.cend(), [&](const auto& m) {
            return m.publishedAtMs >= startMs + 39'000;
        });
        warren::TapBatch batch;
        batch.tapId = backend.lastTapId;
        batch.messages = QList(traffic.cbegin(), lastSecond);
        emit backend.tapUpdated(batch);
        tap->tick(QDateTime::currentMSecsSinceEpoch() - 1000);
        batch.messages = QList(lastSecond, traffic.cend());
        emit backend.tapUpdated(batch);
        tap->tick(QDateTime::currentMSecsSinceEpoch());
        tap->selectKey(QStringLiteral("sensor.warehouse.temp"));
        tap->chartField(QStringLiteral("celsius"));
        tap->findChild<QTabWidget*>(QStringLiteral("tapDetail"))->setCurrentIndex(2);
    }
    // Log records reach the view in batches; show this one now.
    window.findChild<LogPage*>(QStringLiteral("logsPage"))->model()->flush();
    // Pages with a table show a selected row; the overview and publish pages have none.
    // (The live tap has chosen its key above.)
    auto* view = qobject_cast<LiveTapPage*>(tabs->currentWidget())
                     ? nullptr
                     : tabs->currentWidget()->findChild<QTableView*>();
    if (view)
        view->selectRow(1);
    QCoreApplication::processEvents();
    saveGrab(&window, file);
}

// Several brokers in one window: the embedded one, a read-only production broker in view and a
// staging broker in trouble, as the sidebar lists them.
void TestConsoleScreenshot::grabWorkspace() {
    FakeBackend embedded;
    embedded.name = QStringLiteral("Embedded broker");
    embedded.presetState(QStringLiteral("Running"), sampleListeners());
    QList<QPointer<FakeBackend>> remotes;
    BrokerWorkspace workspace;
    workspace.setBackendFactory(fakeRemotes(&remotes, QStringLiteral("Connected")));
    workspace.addEmbedded(&embedded);
    ConnectionProfile staging;
    staging.name = QStringLiteral("Staging");
    staging.colour = QStringLiteral("green");
    workspace.open(staging);
    ConnectionProfile production;
    production.name = QStringLiteral("Production");
    production.colour = QStringLiteral("red");
    production.readOnly = true;
    workspace.open(production);
    workspace.resize(1300, 680);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    for (const auto& snapshot : sampleHistory(60)) {
        emit embedded.snapshotUpdated(snapshot);
        emit remotes.at(1)->snapshotUpdated(snapshot);
    }
    remotes.at(0)->announceStatus(QStringLiteral("Unreachable: Connection refused"));
    emit remotes.at(0)->alertChanged(QStringLiteral("Staging: Connection refused"));
    QCoreApplication::processEvents();
    saveGrab(&workspace, QStringLiteral("warren-workspace.png"));
}

// The Queues tab's Features badges in the light theme above the dark one, in one picture, to
// see that the pills read in both.
void TestConsoleScreenshot::grabQueueBadgesLightAndDark() {
    auto restoreTheme = qScopeGuard([] { AppTheme::apply(Preferences::Theme::System); });
    QList<QImage> grabs;
    for (auto theme : {Preferences::Theme::Light, Preferences::Theme::Dark}) {
        FakeBackend backend;
        backend.presetState(QStringLiteral("Running"), sampleListeners());
        ConsoleWindow window(&backend);
        AppTheme::apply(theme); // after the window, which applies the saved (system) theme
        window.resize(1300, 420);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        emit backend.snapshotUpdated(sampleHistory(2).last());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(tabs->findChild<QWidget*>(QStringLiteral("queuesPage")));
        tabs->currentWidget()->findChild<QTableView*>()->selectRow(7); // orders.created: D TTL DLX
        QCoreApplication::processEvents();
        grabs.append(window.grab().toImage());
        QVERIFY(!grabs.last().isNull());
    }
    QImage both(grabs.first().width(), grabs.first().height() + grabs.last().height(),
                QImage::Format_ARGB32);
    QPainter painter(&both);
    painter.drawImage(0, 0, grabs.first());
    painter.drawImage(0, grabs.first().height(), grabs.last());
    painter.end();
    const QString path = QDir(m_outputDir).filePath(QStringLiteral("warren-queues-badges.png"));
    QVERIFY2(both.save(path, "PNG"), qPrintable(path));
    qInfo("screenshot saved to %s", qPrintable(QDir::toNativeSeparators(path)));
}

void TestConsoleScreenshot::saveGrab(QWidget* window, const QString& file) {
    const QImage image = window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window->size() * window->devicePixelRatio());

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
