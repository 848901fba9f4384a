#include "views/console_window.h"

#include "backends/broker_backend.h"
#include "models/binding_table_model.h"
#include "models/channel_table_model.h"
#include "models/connection_profile_store.h"
#include "models/connection_table_model.h"
#include "models/consumer_table_model.h"
#include "models/exchange_table_model.h"
#include "models/preferences.h"
#include "models/queue_rate_histories.h"
#include "models/queue_table_model.h"
#include "views/app_icon.h"
#include "views/app_theme.h"
#include "views/broker_settings_page.h"
#include "views/command_palette.h"
#include "views/connect_app_card.h"
#include "views/connection_banner.h"
#include "views/connection_dialog.h"
#include "views/connection_name_delegate.h"
#include "views/connections_dialog.h"
#include "views/console_navigator.h"
#include "views/definitions_files.h"
#include "views/exchange_actions.h"
#include "views/feature_badge_delegate.h"
#include "views/live_tap_page.h"
#include "views/log_page.h"
#include "views/message_browser_page.h"
#include "views/overview_page.h"
#include "views/policies_page.h"
#include "views/preferences_dialog.h"
#include "views/publish_page.h"
#include "views/queue_detail_page.h"
#include "views/queue_dialog.h"
#include "views/retained_page.h"
#include "views/route_tester_page.h"
#include "views/saved_connection_login.h"
#include "views/table_page.h"
#include "views/topology_page.h"
#include "views/users_page.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <warren/broker.h>

namespace {

// Settings keys are not user-visible and must not be translated.
const QString geometryKey = QStringLiteral("ConsoleWindow/geometry");
const QString stateKey = QStringLiteral("ConsoleWindow/state");
const QString currentTabKey = QStringLiteral("ConsoleWindow/currentTab");
const QString headerKeyPattern = QStringLiteral("ConsoleWindow/%1Header");

QString formatListener(const warren::ListenerInfo& listener) {
    // IPv6 literals need brackets or the port reads as part of the address.
    const QString host = listener.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + listener.host + QLatin1Char(']')
                             : listener.host;
    return QStringLiteral("%1 %2:%3").arg(listener.scheme, host).arg(listener.port);
}

// A standard key where the platform has one, else ours (offscreen and some desktops have none
// for Quit or Preferences).
QKeySequence orFallback(QKeySequence::StandardKey standard, const QKeySequence& fallback) {
    const QKeySequence key(standard);
    return key.isEmpty() ? fallback : key;
}

} // namespace

ConsoleWindow::ConsoleWindow(BrokerBackend* backend, QWidget* parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_definitionsFiles(new DefinitionsFiles(backend, this))
    , m_queues(new QueueTableModel(this))
    , m_queueHistories(std::make_unique<QueueRateHistories>())
    , m_exchanges(new ExchangeTableModel(this))
    , m_bindings(new BindingTableModel(this))
    , m_connections(new ConnectionTableModel(this))
    , m_channels(new ChannelTableModel(this))
    , m_consumers(new ConsumerTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_profiles(new ConnectionProfileStore(this))
    , m_statusLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this)) {
    Q_ASSERT(backend);
    setWindowTitle(tr("%1 — Warren").arg(backend->displayName()));
    setWindowIcon(warrenAppIcon());

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_overviewPage = new OverviewPage(m_tabs);
    m_overviewPage->setObjectName(QStringLiteral("overviewPage"));
    m_tabs->addTab(m_overviewPage, tr("Overview"));
    m_queuesPage = addPage(m_queues, QStringLiteral("queues"), tr("Filter queues by name"));
    m_queuesPage->view()->setItemDelegateForColumn(
        QueueTableModel::FeaturesColumn,
        new FeatureBadgeDelegate(QueueTableModel::BadgesRole, QueueTableModel::BadgeToolTipsRole,
                                 m_queuesPage->view()));
    m_exchangesPage =
        addPage(m_exchanges, QStringLiteral("exchanges"), tr("Filter exchanges by name"));
    m_bindingsPage =
        addPage(m_bindings, QStringLiteral("bindings"), tr("Filter bindings by exchange"));
    m_topologyPage = new TopologyPage(backend, m_tabs);
    m_topologyPage->setObjectName(QStringLiteral("topologyPage"));
    m_tabs->addTab(m_topologyPage, tr("Topology"));
    m_connectionsPage =
        addPage(m_connections, QStringLiteral("connections"), tr("Filter connections by name"));
    m_channelsPage =
        addPage(m_channels, QStringLiteral("channels"), tr("Filter channels by connection"));
    m_consumersPage =
        addPage(m_consumers, QStringLiteral("consumers"), tr("Filter consumers by queue"));
    // Addresses keep their client port however narrow the column (never "10.0.0.7:53…5672").
    m_connectionsPage->view()->setItemDelegateForColumn(
        ConnectionTableModel::NameColumn, new ConnectionNameDelegate(m_connectionsPage->view()));
    m_channelsPage->view()->setItemDelegateForColumn(
        ChannelTableModel::ConnectionColumn, new ConnectionNameDelegate(m_channelsPage->view()));
    m_consumersPage->view()->setItemDelegateForColumn(
        ConsumerTableModel::ConnectionColumn, new ConnectionNameDelegate(m_consumersPage->view()));
    // Screen readers name each table by what it lists.
    m_queuesPage->setTitle(tr("Queues"));
    m_exchangesPage->setTitle(tr("Exchanges"));
    m_bindingsPage->setTitle(tr("Bindings"));
    m_connectionsPage->setTitle(tr("Connections"));
    m_channelsPage->setTitle(tr("Channels"));
    m_consumersPage->setTitle(tr("Consumers"));
    m_browserPage = new MessageBrowserPage(backend, m_tabs);
    m_browserPage->setObjectName(QStringLiteral("messagesPage"));
    m_tabs->addTab(m_browserPage, tr("Messages"));
    m_tapPage = new LiveTapPage(backend, m_tabs);
    m_tapPage->setObjectName(QStringLiteral("liveTapPage"));
    m_tabs->addTab(m_tapPage, tr("Live tap"));
    m_retainedPage = new RetainedPage(backend, m_tabs);
    m_retainedPage->setObjectName(QStringLiteral("retainedPage"));
    m_tabs->addTab(m_retainedPage, tr("Retained"));
    m_publishPage = new PublishPage(backend, m_tabs);
    m_publishPage->setObjectName(QStringLiteral("publishPage"));
    m_tabs->addTab(m_publishPage, tr("Publish"));
    m_routePage = new RouteTesterPage(backend, m_tabs);
    m_routePage->setObjectName(QStringLiteral("routingPage"));
    m_tabs->addTab(m_routePage, tr("Routing"));
    m_usersPage = new UsersPage(backend, m_tabs);
    m_usersPage->setObjectName(QStringLiteral("usersPage"));
    m_tabs->addTab(m_usersPage, tr("Users"));
    m_policiesPage = new PoliciesPage(backend, m_tabs);
    m_policiesPage->setObjectName(QStringLiteral("policiesPage"));
    m_tabs->addTab(m_policiesPage, tr("Policies"));
    m_logPage = new LogPage(m_tabs);
    m_logPage->setObjectName(QStringLiteral("logsPage"));
    m_tabs->addTab(m_logPage, tr("Logs"));
    if (backend->canControl()) {
        m_settingsPage = new BrokerSettingsPage(backend, m_tabs);
        m_settingsPage->setObjectName(QStringLiteral("brokerSettingsPage"));
        m_tabs->addTab(m_settingsPage, tr("Broker settings"));
    }
    // Only the queue tabs opened later can be closed: the fixed ones lose their close buttons.
    m_tabs->setTabsClosable(true);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
            if (QWidget* button = m_tabs->tabBar()->tabButton(tab, side)) {
                m_tabs->tabBar()->setTabButton(tab, side, nullptr);
                button->deleteLater();
            }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ConsoleWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConsoleWindow::updateCloseTabAction);
    createNavigator();
    updateTabTitles();
    disableUnsupportedTabs();
    // A remote broker may turn out to lack a view (a Warren has no policies) once it answers.
    connect(backend, &BrokerBackend::featuresChanged, this, &ConsoleWindow::disableUnsupportedTabs);
    // A lasting problem (the broker unreachable, the login refused) sits above the tabs until
    // it clears, so that stale numbers are never taken for live ones.
    m_alertBanner = new QLabel(this);
    m_alertBanner->setObjectName(QStringLiteral("alertBanner"));
    m_alertBanner->setWordWrap(true);
    m_alertBanner->setMargin(style()->pixelMetric(QStyle::PM_LayoutLeftMargin) / 2);
    m_alertBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fde2e1; color: #6b0f0c; border-bottom: 1px solid "
                       "#e0a19e; }"));
    m_alertBanner->setAccessibleName(tr("Connection problem"));
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_alertBanner);
    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("navigatorSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_navigator->sizeHint().width(), 1000});
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    showAlert(backend->alert());

    createMenus();

    m_statusLabel->setObjectName(QStringLiteral("brokerStatus"));
    m_updatedLabel->setObjectName(QStringLiteral("lastUpdate"));
    // Line the status text up with the tables' left edge.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    m_statusLabel->setContentsMargins(margin, 0, 0, 0);
    m_updatedLabel->setContentsMargins(0, 0, margin, 0);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_updatedLabel);

    connect(backend, &BrokerBackend::snapshotUpdated, this, &ConsoleWindow::applySnapshot);
    connect(backend, &BrokerBackend::statusChanged, this, &ConsoleWindow::setStatus);
    connect(backend, &BrokerBackend::listenersChanged, this, &ConsoleWindow::setListeners);
    connect(backend, &BrokerBackend::errorOccurred, this, &ConsoleWindow::showError);
    m_passwordPrompt = PasswordDialog::prompt(this);
    // A password the keychain would not take is asked for again at the next connect; say so.
    connect(m_profiles, &ConnectionProfileStore::keychainFailed, this,
            [this](const QString& name, const QString& error) {
                showError(tr("the keychain could not store the password of '%1' (%2); it will "
                             "be asked for when connecting")
                              .arg(name, error));
            });
    connect(backend, &BrokerBackend::alertChanged, this, &ConsoleWindow::showAlert);
    connect(backend, &BrokerBackend::logRecorded, m_logPage, &LogPage::append);
    connect(backend, &BrokerBackend::operationFinished, this, &ConsoleWindow::onOperationFinished);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Warren"), question) == QMessageBox::Yes;
    };
    m_reasonPrompt = [this](const QString& question) -> std::optional<QString> {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Close connection"), question, QLineEdit::Normal,
                                  tr("Closed via the Warren console"), &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    createQueueActions();
    m_exchangeActions =
        new ExchangeActions(backend, m_exchangesPage, m_bindingsPage, m_bindings, this);
    m_exchangeActions->setConfirmation([this](const QString& question) {
        return m_confirm(question); // whatever answers the window's questions answers these
    });
    m_usersPage->setConfirmation([this](const QString& question) { return m_confirm(question); });
    m_policiesPage->setConfirmation(
        [this](const QString& question) { return m_confirm(question); });
    m_retainedPage->setConfirmation(
        [this](const QString& question) { return m_confirm(question); });
    if (m_settingsPage)
        m_settingsPage->setConfirmation(
            [this](const QString& question) { return m_confirm(question); });
    // A tray icon where the desktop has a tray: the broker keeps running with the window
    // hidden, and its state shows in the tooltip.
    if (backend->canControl() && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(warrenAppIcon(), this);
        auto* trayMenu = new QMenu(this);
        trayMenu->addAction(tr("Show Warren"), this, [this] {
            QWidget* top = window(); // the workspace when this console sits in one
            top->showNormal();
            top->raise();
            top->activateWindow();
        });
        trayMenu->addSeparator();
        trayMenu->addAction(m_startAction);
        trayMenu->addAction(m_stopAction);
        trayMenu->addAction(m_restartAction);
        m_tray->setContextMenu(trayMenu);
        m_tray->show();
    }
    updateBrokerActions();
    auto* closeConnection = new QAction(tr("&Close connection…"), this);
    closeConnection->setObjectName(QStringLiteral("closeConnectionAction"));
    closeConnection->setShortcut(QKeySequence::Delete);
    closeConnection->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    closeConnection->setEnabled(backend->canManage());
    connect(closeConnection, &QAction::triggered, this, &ConsoleWindow::closeSelectedConnections);
    m_connectionsPage->addToolButton(closeConnection);

    m_status = backend->status();
    setListeners(backend->listeners());

    restoreSettings();
    applyPreferences(Preferences::load());
    updateCloseTabAction();
    // Do not wait out the backend's refresh interval for the first picture.
    backend->refresh();
}

ConsoleWindow::~ConsoleWindow() = default;

bool ConsoleWindow::confirmQuit() {
    // Only the embedded broker ends with the app; a remote one keeps its clients.
    if (!m_backend->canControl() || !m_backend->isRunning())
        return true;
    const int clients = int(m_lastSnapshot.connections.size());
    return clients == 0 ||
           m_confirm(tr("%n client(s) connected to the embedded broker will be disconnected. "
                        "Quit anyway?",
                        nullptr, clients));
}

void ConsoleWindow::closeEvent(QCloseEvent* event) {
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void ConsoleWindow::createNavigator() {
    m_navigator = new ConsoleNavigator(m_tabs, this);
    const int broker = m_navigator->addGroup(tr("Broker"));
    const int messaging = m_navigator->addGroup(tr("Messaging"));
    const int administration = m_navigator->addGroup(tr("Administration"));
    m_navigator->setOpenPagesGroup(m_navigator->addGroup(tr("Open queues")));
    const std::pair<QWidget*, int> groups[] = {
        {m_overviewPage, broker},         {m_topologyPage, broker},
        {m_connectionsPage, broker},      {m_channelsPage, broker},
        {m_consumersPage, broker},        {m_queuesPage, messaging},
        {m_exchangesPage, messaging},     {m_bindingsPage, messaging},
        {m_browserPage, messaging},       {m_publishPage, messaging},
        {m_tapPage, messaging},           {m_retainedPage, messaging},
        {m_routePage, messaging},         {m_usersPage, administration},
        {m_policiesPage, administration}, {m_logPage, administration},
        {m_settingsPage, administration},
    };
    for (const auto& [page, group] : groups)
        if (page) // no Broker settings on a remote broker
            m_navigator->assign(page, group);
    connect(m_navigator, &ConsoleNavigator::closeRequested, this, &ConsoleWindow::closeTab);
}

TablePage* ConsoleWindow::addPage(SnapshotTableModel* model, const QString& name,
                                  const QString& filterPlaceholder) {
    auto* page = new TablePage(model, filterPlaceholder, m_tabs);
    // Object names let tests and saved settings find each page.
    page->setObjectName(name + QStringLiteral("Page"));
    page->view()->setObjectName(name + QStringLiteral("View"));
    page->filterEdit()->setObjectName(name + QStringLiteral("Filter"));
    page->regexToggle()->setObjectName(name + QStringLiteral("Regex"));
    m_tabs->addTab(page, QString());
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConsoleWindow::updateTabTitles);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConsoleWindow::updateTabTitles);
    connect(model, &QAbstractItemModel::modelReset, this, &ConsoleWindow::updateTabTitles);
    return page;
}

void ConsoleWindow::createMenus() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* connectAction =
        fileMenu->addAction(tr("C&onnect to broker…"), this, &ConsoleWindow::showConnections);
    connectAction->setObjectName(QStringLiteral("connectToBrokerAction"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = fileMenu->addMenu(tr("&Recent connections"));
    m_recentMenu->setObjectName(QStringLiteral("recentConnectionsMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ConsoleWindow::updateRecentMenu);
    updateRecentMenu();
    auto* copyDefinitionsAction = fileMenu->addAction(
        tr("Copy &definitions…"), this, [this] { emit copyDefinitionsRequested(m_backend); });
    copyDefinitionsAction->setObjectName(QStringLiteral("copyDefinitionsAction"));
    copyDefinitionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    copyDefinitionsAction->setEnabled(m_backend->supports(BrokerBackend::Feature::Definitions));
    auto* exportDefinitionsAction = fileMenu->addAction(
        tr("E&xport definitions…"), m_definitionsFiles, &DefinitionsFiles::exportToFile);
    exportDefinitionsAction->setObjectName(QStringLiteral("exportDefinitionsAction"));
    exportDefinitionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto* importDefinitionsAction = fileMenu->addAction(
        tr("&Import definitions…"), m_definitionsFiles, &DefinitionsFiles::importFromFile);
    importDefinitionsAction->setObjectName(QStringLiteral("importDefinitionsAction"));
    importDefinitionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    for (QAction* action : {exportDefinitionsAction, importDefinitionsAction})
        action->setEnabled(m_backend->supports(BrokerBackend::Feature::Definitions));
    connect(m_definitionsFiles, &DefinitionsFiles::reported, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    fileMenu->addSeparator();
    m_closeTabAction = fileMenu->addAction(tr("&Close tab"), this, &ConsoleWindow::closeCurrentTab);
    m_closeTabAction->setObjectName(QStringLiteral("closeTabAction"));
    // Every binding the platform has for closing a document (Ctrl+W, and Ctrl+F4 on some).
    m_closeTabAction->setShortcuts(QKeySequence::Close);
    fileMenu->addSeparator();
    // The window this console sits in: itself alone, or the workspace around it.
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, [this] { window()->close(); });
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(orFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quitAction->setMenuRole(QAction::QuitRole);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    auto* refreshAction = viewMenu->addAction(tr("&Refresh"), m_backend, &BrokerBackend::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    auto* filterAction = viewMenu->addAction(tr("&Filter"), this, &ConsoleWindow::focusFilter);
    filterAction->setShortcut(QKeySequence::Find);
    auto* paletteAction =
        viewMenu->addAction(tr("&Go to…"), this, &ConsoleWindow::showCommandPalette);
    paletteAction->setObjectName(QStringLiteral("commandPaletteAction"));
    paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    viewMenu->addSeparator();
    auto* preferencesAction =
        viewMenu->addAction(tr("&Preferences…"), this, &ConsoleWindow::showPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setShortcut(
        orFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    auto* brokerMenu = menuBar()->addMenu(tr("&Broker"));
    m_startAction = brokerMenu->addAction(tr("&Start"), m_backend, &BrokerBackend::startBroker);
    m_startAction->setObjectName(QStringLiteral("startBrokerAction"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_stopAction = brokerMenu->addAction(tr("S&top"), m_backend, &BrokerBackend::stopBroker);
    m_stopAction->setObjectName(QStringLiteral("stopBrokerAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    m_restartAction =
        brokerMenu->addAction(tr("&Restart"), m_backend, &BrokerBackend::restartBroker);
    m_restartAction->setObjectName(QStringLiteral("restartBrokerAction"));
    m_restartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    if (m_settingsPage) {
        brokerMenu->addSeparator();
        auto* settingsAction = brokerMenu->addAction(
            tr("S&ettings"), this, [this] { m_tabs->setCurrentWidget(m_settingsPage); });
        settingsAction->setObjectName(QStringLiteral("brokerSettingsAction"));
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    }
    brokerMenu->menuAction()->setVisible(m_backend->canControl());

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = helpMenu;
    auto* aboutAction = helpMenu->addAction(tr("&About Warren"), this, &ConsoleWindow::showAbout);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setShortcut(orFallback(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    auto* aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    aboutQtAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
}

ConnectionsDialog* ConsoleWindow::showConnections() {
    auto* dialog = new ConnectionsDialog(m_profiles, this);
    dialog->setObjectName(QStringLiteral("connectionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPasswordPrompt(m_passwordPrompt);
    connect(dialog, &ConnectionsDialog::connectRequested, this, &ConsoleWindow::requestConnection);
    dialog->open();
    return dialog;
}

void ConsoleWindow::connectToSaved(const QString& name) {
    const auto profile = m_profiles->profile(name);
    if (!profile)
        return;
    loginToSavedConnection(m_profiles, *profile, this, m_passwordPrompt,
                           [this](const std::optional<ConnectionProfile>& withPassword) {
                               if (withPassword)
                                   requestConnection(*withPassword);
                           });
}

void ConsoleWindow::requestConnection(const ConnectionProfile& profile) {
    m_profiles->noteConnected(profile.name);
    emit connectRequested(profile);
}

void ConsoleWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList names = m_profiles->recentNames();
    for (const QString& name : names) {
        const auto profile = m_profiles->profile(name);
        auto* action = m_recentMenu->addAction(
            ConnectionDialog::colourIcon(profile ? profile->colour : QString()), name, this,
            [this, name] { connectToSaved(name); });
        action->setObjectName(QStringLiteral("recentConnection"));
    }
    // Disabling the menu instead would keep it from ever showing (and refilling) again.
    if (names.isEmpty())
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
}

void ConsoleWindow::setConnectionBanner(const ConnectionProfile& profile) {
    QWidget* tabs = takeCentralWidget();
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("remoteConsole"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new ConnectionBanner(profile, page));
    layout->addWidget(tabs, 1);
    setCentralWidget(page);
}

void ConsoleWindow::focusFilter() {
    QLineEdit* filter = nullptr;
    if (auto* page = qobject_cast<TablePage*>(m_tabs->currentWidget()))
        filter = page->filterEdit();
    else if (m_tabs->currentWidget() == m_logPage)
        filter = m_logPage->findChild<QLineEdit*>(QStringLiteral("logsFilter"));
    if (filter) {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    }
}

void ConsoleWindow::updateTabTitles() {
    m_tabs->setTabText(m_tabs->indexOf(m_queuesPage),
                       tr("Queues (%1)").arg(QLocale().toString(m_queues->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_exchangesPage),
                       tr("Exchanges (%1)").arg(QLocale().toString(m_exchanges->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_bindingsPage),
                       tr("Bindings (%1)").arg(QLocale().toString(m_bindings->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_connectionsPage),
                       tr("Connections (%1)").arg(QLocale().toString(m_connections->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_channelsPage),
                       tr("Channels (%1)").arg(QLocale().toString(m_channels->rowCount())));
    m_tabs->setTabText(m_tabs->indexOf(m_consumersPage),
                       tr("Consumers (%1)").arg(QLocale().toString(m_consumers->rowCount())));
    if (m_navigator)
        m_navigator->sync();
}

void ConsoleWindow::disableUnsupportedTabs() {
    using Feature = BrokerBackend::Feature;
    const std::pair<QWidget*, Feature> pages[] = {
        {m_exchangesPage, Feature::Exchanges},
        {m_bindingsPage, Feature::Bindings},
        {m_topologyPage, Feature::Bindings},
        {m_connectionsPage, Feature::Connections},
        {m_channelsPage, Feature::Channels},
        {m_consumersPage, Feature::Consumers},
        {m_tapPage, Feature::Tap},
        {m_retainedPage, Feature::Retained},
        {m_queuesPage, Feature::Queues},
        {m_browserPage, Feature::Queues},
        {m_routePage, Feature::RouteTesting},
        {m_usersPage, Feature::Users},
        {m_policiesPage, Feature::Policies},
        {m_logPage, Feature::Logs},
    };
    for (const auto& [page, feature] : pages) {
        // Greyed out rather than removed: the tab stays where users look for it and its
        // tooltip says why it is empty here. Run again on featuresChanged, so both ways.
        const bool supported = m_backend->supports(feature);
        const int tab = m_tabs->indexOf(page);
        m_tabs->setTabEnabled(tab, supported);
        m_tabs->setTabToolTip(tab, supported ? QString() : m_backend->unsupportedReason(feature));
    }
    m_navigator->sync();
}

void ConsoleWindow::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    m_lastSnapshot = snapshot;
    m_overviewPage->applySnapshot(snapshot);
    m_browserPage->setQueues(snapshot.queues);
    m_tapPage->setSnapshot(snapshot);
    m_browserPage->setExchanges(snapshot.exchanges);
    m_publishPage->setExchanges(snapshot.exchanges);
    m_routePage->setSnapshot(snapshot);
    m_vhostNames.clear();
    for (const auto& vhost : snapshot.vhosts)
        m_vhostNames << vhost.name;
    m_exchangeNames.clear();
    for (const auto& exchange : snapshot.exchanges)
        if (!exchange.name.isEmpty() && !m_exchangeNames.contains(exchange.name))
            m_exchangeNames << exchange.name;
    m_queues->applySnapshot(snapshot);
    m_queueHistories->applySnapshot(snapshot); // before the queue pages, which draw from it
    m_exchanges->applySnapshot(snapshot);
    m_bindings->applySnapshot(snapshot);
    m_topologyPage->applySnapshot(snapshot);
    m_usersPage->applySnapshot(snapshot);
    m_policiesPage->applySnapshot(snapshot);
    m_exchangeActions->setSnapshot(snapshot);
    m_connections->applySnapshot(snapshot);
    m_channels->applySnapshot(snapshot);
    m_consumers->applySnapshot(snapshot);
    for (QueueDetailPage* page : queueDetailPages())
        page->applySnapshot(snapshot);
    if (snapshot.alarms != m_alarms) {
        m_alarms = snapshot.alarms;
        updateStatusLabel();
    }

    const QDateTime takenAt =
        snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTime();
    m_updatedLabel->setText(
        tr("Updated %1")
            .arg(QLocale().toString(takenAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
}

void ConsoleWindow::setStatus(const QString& status) {
    m_status = status;
    updateStatusLabel();
    updateBrokerActions();
}

void ConsoleWindow::setListeners(const QList<warren::ListenerInfo>& listeners) {
    m_listeners = listeners;
    updateStatusLabel();
    // Only for the broker this app runs: a remote one's listeners say nothing of how to reach it.
    if (m_backend->canControl()) {
        const warren::BrokerConfig config = m_backend->brokerConfig();
        m_overviewPage->connectCard()->setBroker(listeners, config.defaultUser,
                                                 config.defaultPassword);
    }
}

void ConsoleWindow::updateStatusLabel() {
    QStringList parts;
    parts << (m_status.isEmpty() ? tr("Unknown") : m_status);
    for (const auto& listener : m_listeners) {
        parts << formatListener(listener);
    }
    // A resource alarm blocks every publisher: it belongs in the lasting status, not a toast.
    for (const auto& alarm : m_alarms) {
        parts << (alarm == QLatin1String("memory") ? tr("Memory alarm: publishers blocked")
                                                   : tr("Disk alarm: publishers blocked"));
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void ConsoleWindow::showAlert(const QString& alert) {
    m_alertBanner->setText(tr("⚠ %1").arg(alert));
    m_alertBanner->setVisible(!alert.isEmpty());
}

void ConsoleWindow::showError(const QString& message) {
    // Transient: the status label still carries the lasting state (e.g. "Failed").
    statusBar()->showMessage(tr("Error: %1").arg(message), 15000);
}

void ConsoleWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Warren"),
        tr("<h3>Warren %1</h3>"
           "<p>A desktop console for message brokers, with an embedded AMQP 0-9-1 broker.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(warren::versionString().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void ConsoleWindow::restoreSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1100, 680);
    }
    restoreState(settings.value(stateKey).toByteArray());
    m_tabs->setCurrentIndex(settings.value(currentTabKey, 0).toInt());
    // A tab saved with another broker may be one this broker cannot back.
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(0);
    for (auto* page : {m_queuesPage, m_exchangesPage, m_bindingsPage, m_connectionsPage,
                       m_channelsPage, m_consumersPage}) {
        page->restoreHeaderState(
            settings.value(headerKeyPattern.arg(page->view()->objectName())).toByteArray());
    }
}

void ConsoleWindow::addWorkspaceMenu(QMenu* brokers, QAction* viewToggle) {
    menuBar()->insertMenu(m_helpMenu->menuAction(), brokers);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(viewToggle);
}

void ConsoleWindow::saveSettings() const {
    QSettings settings;
    // Inside a workspace the workspace's window has the geometry worth keeping, not this pane.
    if (isWindow())
        settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(currentTabKey, m_tabs->currentIndex());
    for (auto* page : {m_queuesPage, m_exchangesPage, m_bindingsPage, m_connectionsPage,
                       m_channelsPage, m_consumersPage}) {
        settings.setValue(headerKeyPattern.arg(page->view()->objectName()),
                          page->saveHeaderState());
    }
}

void ConsoleWindow::createQueueActions() {
    auto* create = new QAction(tr("&New queue…"), this);
    create->setObjectName(QStringLiteral("newQueueAction"));
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, &ConsoleWindow::createQueue);
    auto* purge = new QAction(tr("&Purge…"), this);
    purge->setObjectName(QStringLiteral("purgeQueueAction"));
    purge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    purge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(purge, &QAction::triggered, this, &ConsoleWindow::purgeSelectedQueues);
    auto* remove = new QAction(tr("&Delete…"), this);
    remove->setObjectName(QStringLiteral("deleteQueueAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only on the Queues tab
    m_queuesPage->addAction(remove);
    connect(remove, &QAction::triggered, this, &ConsoleWindow::deleteSelectedQueues);
    auto* open = new QAction(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openQueueAction"));
    open->setShortcut(QKeySequence::Open);
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    open->setToolTip(tr("Open the selected queues, each in a tab of its own"));
    connect(open, &QAction::triggered, this, &ConsoleWindow::openSelectedQueues);
    m_queuesPage->addToolButton(open);
    // Double-click or Enter on a row (activation, whatever the platform calls it).
    connect(m_queuesPage->view(), &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) {
                openQueueDetail(
                    index.siblingAtColumn(QueueTableModel::VhostColumn).data().toString(),
                    index.siblingAtColumn(QueueTableModel::NameColumn).data().toString());
            });
    for (QAction* action : {create, purge, remove}) {
        action->setEnabled(m_backend->canManage());
        if (!m_backend->canManage())
            action->setToolTip(tr("This broker does not allow changes from the console."));
        m_queuesPage->addToolButton(action);
    }
}

QList<std::pair<QString, QString>> ConsoleWindow::selectedQueues() const {
    QList<std::pair<QString, QString>> queues;
    for (const QModelIndex& row : m_queuesPage->view()->selectionModel()->selectedRows())
        queues.append({row.siblingAtColumn(QueueTableModel::VhostColumn).data().toString(),
                       row.siblingAtColumn(QueueTableModel::NameColumn).data().toString()});
    return queues;
}

void ConsoleWindow::createQueue() {
    QueueDialog dialog(m_vhostNames, m_exchangeNames, this);
    dialog.setObjectName(QStringLiteral("queueDialog"));
    dialog.setQueueTypesAvailable(m_backend->supports(BrokerBackend::Feature::QueueTypes),
                                  m_backend->unsupportedReason(BrokerBackend::Feature::QueueTypes));
    if (dialog.exec() == QDialog::Accepted)
        m_backend->execute(warren::commands::DeclareQueue{dialog.definition()});
}

void ConsoleWindow::confirmForQueues(
    const QList<std::pair<QString, QString>>& queues,
    const std::function<QString(int count, const QString& names)>& question,
    const std::function<void(const QString& vhost, const QString& name)>& act) {
    if (queues.isEmpty())
        return;
    QStringList names;
    for (const auto& queue : queues)
        names << queue.second;
    if (!m_confirm(question(int(queues.size()), names.join(QStringLiteral(", ")))))
        return;
    for (const auto& [vhost, name] : queues)
        act(vhost, name);
}

void ConsoleWindow::purgeSelectedQueues() {
    purgeQueues(selectedQueues());
}

void ConsoleWindow::deleteSelectedQueues() {
    deleteQueues(selectedQueues());
}

void ConsoleWindow::purgeQueues(const QList<std::pair<QString, QString>>& queues) {
    confirmForQueues(
        queues,
        [](int count, const QString& names) {
            return tr("Purge %n queue(s)? Their ready messages are deleted for good: %1", nullptr,
                      count)
                .arg(names);
        },
        [this](const QString& vhost, const QString& name) {
            m_backend->execute(warren::commands::PurgeQueue{vhost, name});
        });
}

void ConsoleWindow::deleteQueues(const QList<std::pair<QString, QString>>& queues) {
    confirmForQueues(
        queues,
        [](int count, const QString& names) {
            return tr("Delete %n queue(s) with their messages and bindings? %1", nullptr, count)
                .arg(names);
        },
        [this](const QString& vhost, const QString& name) {
            m_backend->execute(warren::commands::DeleteQueue{vhost, name});
        });
}

QList<QueueDetailPage*> ConsoleWindow::queueDetailPages() const {
    QList<QueueDetailPage*> pages;
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        if (auto* page = qobject_cast<QueueDetailPage*>(m_tabs->widget(tab)))
            pages.append(page);
    return pages;
}

QueueDetailPage* ConsoleWindow::openQueueDetail(const QString& vhost, const QString& queue) {
    for (QueueDetailPage* page : queueDetailPages())
        if (page->vhost() == vhost && page->queueName() == queue) {
            m_tabs->setCurrentWidget(page);
            return page;
        }
    auto* page =
        new QueueDetailPage(vhost, queue, m_backend->canManage(), m_queueHistories.get(), m_tabs);
    page->setObjectName(QStringLiteral("queueDetailPage"));
    connect(page, &QueueDetailPage::purgeRequested, this,
            [this](const QString& v, const QString& q) {
                purgeQueues({{v, q}});
            });
    connect(page, &QueueDetailPage::deleteRequested, this,
            [this](const QString& v, const QString& q) {
                deleteQueues({{v, q}});
            });
    connect(page, &QueueDetailPage::browseRequested, this,
            [this](const QString& v, const QString& q) {
                m_tabs->setCurrentWidget(m_browserPage);
                m_browserPage->selectQueue(v, q);
            });
    // Filled from the last snapshot at once rather than blank until the next one.
    if (!m_lastSnapshot.queues.isEmpty() || m_lastSnapshot.takenAt.isValid())
        page->applySnapshot(m_lastSnapshot);
    const int tab = m_tabs->addTab(page, tr("Queue %1").arg(queue));
    m_tabs->setTabToolTip(tab, tr("Queue %1 in virtual host %2").arg(queue, vhost));
    m_navigator->sync();
    m_tabs->setCurrentIndex(tab);
    return page;
}

void ConsoleWindow::openSelectedQueues() {
    for (const auto& [vhost, name] : selectedQueues())
        openQueueDetail(vhost, name);
}

void ConsoleWindow::closeTab(int index) {
    if (auto* page = qobject_cast<QueueDetailPage*>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        page->deleteLater();
        m_navigator->sync();
    }
}

void ConsoleWindow::closeCurrentTab() {
    closeTab(m_tabs->currentIndex());
}

void ConsoleWindow::updateCloseTabAction() {
    if (m_closeTabAction)
        m_closeTabAction->setEnabled(qobject_cast<QueueDetailPage*>(m_tabs->currentWidget()) !=
                                     nullptr);
}

void ConsoleWindow::showPreferences() {
    PreferencesDialog dialog(Preferences::load(), this);
    dialog.setObjectName(QStringLiteral("preferencesDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    applyPreferences(chosen);
}

void ConsoleWindow::applyPreferences(const Preferences& preferences) {
    AppTheme::apply(preferences.theme);
    if (preferences.refreshIntervalMs > 0)
        m_backend->setRefreshInterval(preferences.refreshIntervalMs);
}

void ConsoleWindow::updateBrokerActions() {
    const bool running = m_backend->isRunning();
    m_startAction->setEnabled(m_backend->canControl() && !running);
    m_stopAction->setEnabled(m_backend->canControl() && running);
    m_restartAction->setEnabled(m_backend->canControl() && running);
    if (m_tray)
        m_tray->setToolTip(tr("Warren — %1").arg(m_status));
}

void ConsoleWindow::showCommandPalette() {
    QList<CommandPalette::Entry> entries;
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        if (m_tabs->isTabEnabled(tab)) // a view this broker cannot back leads nowhere
            entries.append({tr("View  %1").arg(m_tabs->tabText(tab)), tab, {}, {}});
    const int queuesTab = m_tabs->indexOf(m_queuesPage);
    for (const auto& queue : std::as_const(m_lastSnapshot.queues))
        entries.append({tr("Queue  %1 (%2)").arg(queue.name, queue.vhost), queuesTab, queue.vhost,
                        queue.name});
    const int exchangesTab = m_tabs->indexOf(m_exchangesPage);
    for (const auto& exchange : std::as_const(m_lastSnapshot.exchanges))
        if (!exchange.name.isEmpty())
            entries.append({tr("Exchange  %1 (%2)").arg(exchange.name, exchange.vhost),
                            exchangesTab, exchange.vhost, exchange.name});
    auto* palette = new CommandPalette(std::move(entries), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    palette->move(mapToGlobal(QPoint((width() - palette->width()) / 2, height() / 6)));
    connect(palette, &CommandPalette::chosen, this, [this](const CommandPalette::Entry& entry) {
        m_tabs->setCurrentIndex(entry.tab);
        auto* page = qobject_cast<TablePage*>(m_tabs->widget(entry.tab));
        if (!page || entry.name.isEmpty())
            return;
        // Select the row with that name and vhost (columns 0 and 1 on both tabs).
        QAbstractItemModel* model = page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == entry.name &&
                model->index(row, 1).data().toString() == entry.vhost) {
                page->view()->selectRow(row);
                page->view()->scrollTo(model->index(row, 0));
                break;
            }
    });
    palette->show();
    palette->searchEdit()->setFocus();
}

void ConsoleWindow::closeSelectedConnections() {
    QStringList names;
    for (const QModelIndex& row : m_connectionsPage->view()->selectionModel()->selectedRows())
        names << row.siblingAtColumn(ConnectionTableModel::NameColumn).data().toString();
    if (names.isEmpty())
        return;
    const auto reason = m_reasonPrompt(
        tr("Close %n connection(s)? Clients are told CONNECTION_FORCED with this reason:", nullptr,
           int(names.size())));
    if (!reason)
        return;
    for (const QString& name : std::as_const(names))
        m_backend->execute(warren::commands::CloseConnection{name, *reason});
}

void ConsoleWindow::onOperationFinished(const warren::OperationResult& result) {
    using Kind = warren::OperationResult::Kind;
    // Queries and taps whose view shows the answer, and its failure, itself.
    if (result.kind == Kind::PeekMessages || result.kind == Kind::ExportDefinitions ||
        result.kind == Kind::StartTap || result.kind == Kind::StopTap ||
        result.kind == Kind::ListRetained || result.kind == Kind::DeleteRetained ||
        result.kind == Kind::PublishToTopic)
        return;
    if (!result.error.isEmpty()) {
        showError(result.error);
        return;
    }
    switch (result.kind) {
    case Kind::DeclareQueue:
        statusBar()->showMessage(tr("Queue '%1' created").arg(result.target), 8000);
        break;
    case Kind::PurgeQueue:
        statusBar()->showMessage(
            tr("Queue '%1' purged: %n message(s) deleted", nullptr, int(result.count))
                .arg(result.target),
            8000);
        break;
    case Kind::DeleteQueue:
        statusBar()->showMessage(tr("Queue '%1' deleted").arg(result.target), 8000);
        break;
    case Kind::Publish:
        return; // the Publish tab reports its own
    case Kind::TestRoute:
        return; // answered on the Routing tab
    case Kind::CloseConnection:
        statusBar()->showMessage(tr("Connection %1 closed").arg(result.target), 8000);
        break;
    case Kind::DeclareExchange:
        statusBar()->showMessage(tr("Exchange '%1' created").arg(result.target), 8000);
        break;
    case Kind::DeleteExchange:
        statusBar()->showMessage(tr("Exchange '%1' deleted").arg(result.target), 8000);
        break;
    case Kind::AddBinding:
        statusBar()->showMessage(tr("Binding from '%1' added").arg(result.target), 8000);
        break;
    case Kind::RemoveBinding:
        statusBar()->showMessage(tr("Binding from '%1' removed").arg(result.target), 8000);
        break;
    case Kind::PutUser:
        statusBar()->showMessage(tr("User '%1' saved").arg(result.target), 8000);
        break;
    case Kind::DeleteUser:
        statusBar()->showMessage(tr("User '%1' deleted").arg(result.target), 8000);
        break;
    case Kind::SetPermission:
        statusBar()->showMessage(
            tr("Permissions of '%1' in '%2' set").arg(result.target, result.vhost), 8000);
        break;
    case Kind::ClearPermission:
        statusBar()->showMessage(
            tr("Permissions of '%1' in '%2' cleared").arg(result.target, result.vhost), 8000);
        break;
    case Kind::AddVhost:
        statusBar()->showMessage(tr("Virtual host '%1' created").arg(result.target), 8000);
        break;
    case Kind::DeleteVhost:
        statusBar()->showMessage(tr("Virtual host '%1' deleted").arg(result.target), 8000);
        break;
    case Kind::SetTopicPermission:
        statusBar()->showMessage(
            tr("Topic permission of '%1' in '%2' set").arg(result.target, result.vhost), 8000);
        break;
    case Kind::ClearTopicPermission:
        statusBar()->showMessage(
            tr("Topic permission of '%1' in '%2' cleared").arg(result.target, result.vhost), 8000);
        break;
    case Kind::PutPolicy:
        statusBar()->showMessage(tr("Policy '%1' in '%2' saved").arg(result.target, result.vhost),
                                 8000);
        break;
    case Kind::DeletePolicy:
        statusBar()->showMessage(tr("Policy '%1' in '%2' deleted").arg(result.target, result.vhost),
                                 8000);
        break;
    case Kind::CheckAccess:
    case Kind::CheckTopicAccess:
        return; // answered on the Users tab
    case Kind::CopyMessages:
    case Kind::MoveMessages:
    case Kind::RequeueDeadLettered:
    case Kind::ImportMessages:
        break; // the Messages tab reports the counts; the refresh shows the new queue depths
    case Kind::ImportDefinitions:
        statusBar()->showMessage(
            tr("Definitions imported: %n object(s)", nullptr, int(result.count)), 8000);
        break;
    case Kind::PeekMessages:
    case Kind::ExportDefinitions:
    case Kind::StartTap:
    case Kind::StopTap:
    case Kind::ListRetained:
    case Kind::DeleteRetained: // the Retained tab reports its own
    case Kind::PublishToTopic: // and the Publish tab
        return;                // handled above
    }
    m_backend->refresh(); // show the change now rather than at the next tick
}
