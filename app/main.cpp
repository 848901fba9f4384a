// The warren executable: parse arguments, pick headless or window, nothing else.

#include "headless_runner.h"
#include "key_rotation_request.h"
#include "settings_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <warren/broker.h>

#ifdef WARREN_WITH_GUI
#include "backends/embedded_backend.h"
#include "models/saved_broker_settings.h"
#include "signal_watcher.h"
#include "views/broker_workspace.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#endif

#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/resource.h>

namespace {

// Each client connection is a descriptor; the usual soft limit of 1024 would cap a broker at
// about a thousand clients, so take everything the hard limit allows (as RabbitMQ's scripts do).
void raiseDescriptorLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

bool wantsHeadless(int argc, char** argv) {
    // --rotate-key only signals another process: it needs no display either.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "--rotate-key") == 0)
            return true;
#ifdef WARREN_WITH_GUI
    // Without a display there is no window to open: run as a plain broker.
    return qEnvironmentVariableIsEmpty("DISPLAY") &&
           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen");
#else
    return true;
#endif
}

int fail(const QString& message) {
    std::fprintf(stderr, "warren: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
#ifdef WARREN_WITH_GUI
    if (!headless)
        app = std::make_unique<QApplication>(argc, argv);
    else
#endif
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("warren"));
    settings_location::apply();
    QCoreApplication::setApplicationVersion(warren::versionString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Warren: a desktop broker console with an embedded message broker."));
    parser.addHelpOption();
    parser.addVersionOption();
#ifdef WARREN_WITH_GUI
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"), QCoreApplication::translate("main", "Run without a window."));
#else
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "Run without a window (this build has none: it "
                                            "always runs headless)."));
#endif
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the broker's data in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Listen for SCHEME on HOST:PORT (repeatable; port 0 "
                                            "picks a free port). Schemes: amqp, amqps, http, "
                                            "mqtt, mqtts, stomp, stomps, ws."),
        QStringLiteral("SCHEME=HOST:PORT"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Read settings from the JSON file FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption rotateKeyOption(
        QStringLiteral("rotate-key"),
        QCoreApplication::translate("main", "Ask the Warren running on the data directory to "
                                            "re-encrypt its store under a new key, and exit."));
    parser.addOptions({headlessOption, dataDirOption, listenOption, configOption, rotateKeyOption});
    parser.process(*app); // handles --help and --version and exits

    warren::BrokerConfig config;
    QString error;
    if (parser.isSet(configOption)) {
        auto loaded = warren::BrokerConfig::fromJsonFile(parser.value(configOption), &error);
        if (!loaded)
            return fail(error);
        config = *loaded;
    }
    if (parser.isSet(dataDirOption))
        config.dataDir = parser.value(dataDirOption);
    if (config.dataDir.isEmpty())
        config.dataDir = settings_location::defaultDataDir();
    config.dataDir = QDir(config.dataDir).absolutePath();
    if (parser.isSet(rotateKeyOption))
        return requestKeyRotation(config.dataDir);
    if (parser.isSet(listenOption)) {
        config.listeners.clear();
        for (const QString& value : parser.values(listenOption)) {
            auto spec = warren::parseListenerSpec(value, &error);
            if (!spec)
                return fail(error);
            config.listeners.append(*spec);
        }
    }

#ifdef WARREN_WITH_GUI
    // Listeners and limits edited in the console's Broker settings, unless the command line
    // says how this broker is to run: then it wins, whole, over what an earlier session kept.
    if (!headless && !parser.isSet(configOption) && !parser.isSet(listenOption) &&
        !parser.isSet(dataDirOption))
        SavedBrokerSettings::applyTo(&config);
#endif

#ifndef WARREN_WITH_GUI
    // Built without Qt Widgets (WARREN_GUI=OFF), like qbittorrent-nox: whoever starts it
    // without --headless may expect a window, so say once why none opens, and serve anyway.
    if (!parser.isSet(headlessOption))
        std::fprintf(stderr, "warren: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "this build has no console window (built with WARREN_GUI=OFF); "
                                 "running headless, as with --headless.")));
#endif

    raiseDescriptorLimit();
    // Without a window nobody reads periodic snapshots; building one walks every connection
    // (a pause of several milliseconds with 10,000 clients), so headless brokers only build
    // them on request.
    if (headless)
        config.snapshotIntervalMs = 0;
    warren::Broker broker(config);
    if (headless) {
        HeadlessRunner runner(broker);
        runner.start();
        return app->exec();
    }
#ifdef WARREN_WITH_GUI
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("warren"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    EmbeddedBackend backend(&broker);
    // One window for every broker: File > Connect to broker… adds each remote one beside this.
    BrokerWorkspace workspace;
    workspace.addEmbedded(&backend);
    workspace.show();
    // Before the broker starts: once it holds the data directory, `warren --rotate-key` may
    // send SIGHUP, whose default action would end the process.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &broker,
                     &warren::Broker::rotateStoreKey);
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, qApp,
                     &QCoreApplication::quit);
    broker.start();
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, &broker, &warren::Broker::stop);
    return app->exec();
#else
    return 0;
#endif
}
