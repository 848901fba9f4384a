#include "views/broker_workspace.h"

#include "backends/broker_backend.h"
#include "backends/remote_backends.h"
#include "views/app_icon.h"
#include "views/console_window.h"
#include "views/copy_definitions_dialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <algorithm>

namespace {

// Settings keys are not user-visible and must not be translated.
const QString geometryKey = QStringLiteral("BrokerWorkspace/geometry");
const QString splitterKey = QStringLiteral("BrokerWorkspace/splitter");
const QString sidebarKey = QStringLiteral("BrokerWorkspace/sidebarVisible");

// The profile's colour tag (the app's icon for the embedded broker, which has none) with a dot
// in its corner for the state, so a broker in trouble stands out in a long list.
QIcon stateIcon(const QString& colour, BrokerWorkspace::State state) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (colour.isEmpty()) {
        painter.drawPixmap(QRect(2, 2, 26, 26), warrenAppIcon().pixmap(26, 26));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromString(colour));
        painter.drawRoundedRect(QRectF(3, 3, 24, 24), 6, 6);
    }
    QColor mark;
    switch (state) {
    case BrokerWorkspace::State::Running:
        mark = QColor(0x2e, 0x9d, 0x4f);
        break;
    case BrokerWorkspace::State::Stopped:
        mark = QColor(0x8a, 0x8a, 0x8a);
        break;
    case BrokerWorkspace::State::Alert:
        mark = QColor(0xd9, 0x30, 0x25);
        break;
    }
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(mark);
    painter.drawEllipse(QPointF(24, 24), 7, 7);
    return QIcon(pixmap);
}

} // namespace

BrokerWorkspace::BrokerWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_factory(createRemoteBackend)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_brokersMenu(new QMenu(tr("B&rokers"), this)) {
    setWindowTitle(tr("Warren"));
    setWindowIcon(warrenAppIcon());

    m_sidebar->setObjectName(QStringLiteral("brokerList"));
    m_sidebar->setAccessibleName(tr("Open brokers"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    m_sidebar->setMinimumWidth(120);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &BrokerWorkspace::showCurrent);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this,
            &BrokerWorkspace::showSidebarMenu);
    m_stack->setObjectName(QStringLiteral("brokerStack"));
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 1000});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_brokersMenu->setObjectName(QStringLiteral("brokersMenu"));
    createActions();
    restoreSettings();
}

BrokerWorkspace::~BrokerWorkspace() = default;

void BrokerWorkspace::createActions() {
    m_closeAction =
        m_brokersMenu->addAction(tr("&Close broker"), this, &BrokerWorkspace::closeCurrentBroker);
    m_closeAction->setObjectName(QStringLiteral("closeBrokerAction"));
    // Not Ctrl+W: that closes the console's queue tabs, and one key for both would either fire
    // neither or close a whole broker where a tab was meant.
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_nextAction = m_brokersMenu->addAction(tr("&Next broker"), this, &BrokerWorkspace::nextBroker);
    m_nextAction->setObjectName(QStringLiteral("nextBrokerAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousAction =
        m_brokersMenu->addAction(tr("&Previous broker"), this, &BrokerWorkspace::previousBroker);
    m_previousAction->setObjectName(QStringLiteral("previousBrokerAction"));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_brokersMenu->addSeparator();
    auto* group = new QActionGroup(this);
    for (int i = 0; i < 9; ++i) {
        auto* action = m_brokersMenu->addAction(QString(), this, [this, i] { setCurrentIndex(i); });
        action->setObjectName(QStringLiteral("switchBrokerAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        action->setVisible(false); // until a broker fills the place
        group->addAction(action);
        m_switchActions.append(action);
    }

    m_sidebarAction = new QAction(tr("&Broker list"), this);
    m_sidebarAction->setObjectName(QStringLiteral("showBrokerListAction"));
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    m_sidebarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_sidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    // Also on the workspace itself, so they work whichever console (if any) shows.
    addActions(m_brokersMenu->actions());
    addAction(m_sidebarAction);
}

ConsoleWindow* BrokerWorkspace::addEmbedded(BrokerBackend* backend) {
    return addConsole(backend, std::nullopt);
}

ConsoleWindow* BrokerWorkspace::open(const ConnectionProfile& profile) {
    for (int i = 0; i < brokerCount(); ++i)
        if (m_entries.at(i).profile && m_entries.at(i).profile->name == profile.name) {
            setCurrentIndex(i);
            return m_entries.at(i).console;
        }
    std::unique_ptr<BrokerBackend> backend = m_factory(profile);
    ConsoleWindow* console = addConsole(backend.get(), profile);
    // A child made after the console's pages is deleted after them, so no page outlives it.
    backend.release()->setParent(console);
    console->setConnectionBanner(profile);
    return console;
}

ConsoleWindow* BrokerWorkspace::addConsole(BrokerBackend* backend,
                                           std::optional<ConnectionProfile> profile) {
    auto* console = new ConsoleWindow(backend);
    // A main window of its own until here; now a pane of this one.
    console->setWindowFlags(Qt::Widget);
    console->addWorkspaceMenu(m_brokersMenu, m_sidebarAction);
    m_entries.append({console, backend, std::move(profile), backend->alert(), false});
    m_stack->addWidget(console);
    auto* item = new QListWidgetItem(m_sidebar); // updateEntry fills it
    // Two lines high but no width of its own: rows then span the list and a long state is
    // elided where it ends rather than widening the list behind a scroll bar.
    const int lines = 2 * m_sidebar->fontMetrics().lineSpacing();
    item->setSizeHint(QSize(1, std::max(lines, m_sidebar->iconSize().height()) + 6));
    updateEntry(brokerCount() - 1);

    connect(console, &ConsoleWindow::connectRequested, this,
            [this](const ConnectionProfile& p) { open(p); });
    connect(console, &ConsoleWindow::copyDefinitionsRequested, this,
            &BrokerWorkspace::copyDefinitions);
    connect(console, &QWidget::windowTitleChanged, this, [this, console](const QString& title) {
        if (console == currentConsole())
            setWindowTitle(title);
    });
    connect(backend, &BrokerBackend::statusChanged, this,
            [this, backend] { updateEntry(indexOf(backend)); });
    connect(backend, &BrokerBackend::alertChanged, this, [this, backend](const QString& alert) {
        const int index = indexOf(backend);
        if (index < 0)
            return;
        m_entries[index].alert = alert;
        updateEntry(index);
    });
    connect(backend, &BrokerBackend::snapshotUpdated, this, [this, backend] {
        const int index = indexOf(backend);
        if (index < 0 || m_entries.at(index).seenSnapshot)
            return; // only the first answer changes the mark
        m_entries[index].seenSnapshot = true;
        updateEntry(index);
    });

    setCurrentIndex(brokerCount() - 1);
    updateActions();
    emit brokerOpened(console);
    return console;
}

CopyDefinitionsDialog* BrokerWorkspace::copyDefinitions(BrokerBackend* source) {
    QList<BrokerBackend*> brokers;
    for (const Entry& entry : std::as_const(m_entries))
        brokers.append(entry.backend);
    auto* dialog = new CopyDefinitionsDialog(brokers, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ConsoleWindow* BrokerWorkspace::console(int index) const {
    return index >= 0 && index < brokerCount() ? m_entries.at(index).console : nullptr;
}

int BrokerWorkspace::currentIndex() const {
    return m_sidebar->currentRow();
}

void BrokerWorkspace::setCurrentIndex(int index) {
    if (index >= 0 && index < brokerCount())
        m_sidebar->setCurrentRow(index);
}

int BrokerWorkspace::indexOf(const BrokerBackend* backend) const {
    for (int i = 0; i < brokerCount(); ++i)
        if (m_entries.at(i).backend == backend)
            return i;
    return -1; // closed, its backend not yet deleted
}

QString BrokerWorkspace::name(int index) const {
    const Entry& entry = m_entries.at(index);
    return entry.profile ? entry.profile->name : entry.backend->displayName();
}

BrokerWorkspace::State BrokerWorkspace::state(int index) const {
    const Entry& entry = m_entries.at(index);
    if (!entry.alert.isEmpty())
        return State::Alert;
    // The embedded broker says whether it serves; a remote one is up once it has answered.
    const bool up = entry.profile ? entry.seenSnapshot : entry.backend->isRunning();
    return up ? State::Running : State::Stopped;
}

void BrokerWorkspace::updateEntry(int index) {
    if (index < 0 || index >= brokerCount())
        return;
    const Entry& entry = m_entries.at(index);
    const State mark = state(index);
    QString status = entry.backend->status();
    if (status.isEmpty())
        status = mark == State::Running ? tr("Running") : tr("Stopped");
    if (entry.profile && entry.profile->readOnly)
        status = tr("%1 · read-only").arg(status);
    QListWidgetItem* item = m_sidebar->item(index);
    item->setIcon(stateIcon(entry.profile ? entry.profile->colour : QString(), mark));
    item->setText(name(index) + QLatin1Char('\n') + status);
    item->setData(StateRole, int(mark));
    item->setToolTip(entry.alert.isEmpty() ? status : entry.alert);
    item->setData(Qt::AccessibleTextRole,
                  tr("%1, %2").arg(name(index), entry.alert.isEmpty() ? status : entry.alert));
    if (index < m_switchActions.size())
        m_switchActions.at(index)->setText(tr("&%1 %2").arg(index + 1).arg(name(index)));
}

void BrokerWorkspace::showCurrent() {
    const int index = currentIndex();
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    setWindowTitle(m_entries.at(index).console->windowTitle());
    updateActions();
}

void BrokerWorkspace::updateActions() {
    const int current = currentIndex();
    m_closeAction->setEnabled(current >= 0 && current < brokerCount() &&
                              m_entries.at(current).profile.has_value());
    m_nextAction->setEnabled(brokerCount() > 1);
    m_previousAction->setEnabled(brokerCount() > 1);
    for (int i = 0; i < m_switchActions.size(); ++i) {
        m_switchActions.at(i)->setVisible(i < brokerCount());
        m_switchActions.at(i)->setChecked(i == current);
    }
}

void BrokerWorkspace::closeBroker(int index) {
    if (index < 0 || index >= brokerCount() || !m_entries.at(index).profile)
        return;
    const Entry entry = m_entries.takeAt(index);
    // Stack first, then the list, whose new current row then names the right console.
    m_stack->removeWidget(entry.console);
    entry.console->hide();
    delete m_sidebar->takeItem(index);
    for (int i = index; i < brokerCount(); ++i)
        updateEntry(i); // their Ctrl+number moved up by one
    showCurrent();
    // Later: the close may have come from the console's own menu, still on the stack.
    entry.console->deleteLater(); // its backend with it
}

void BrokerWorkspace::nextBroker() {
    if (brokerCount() > 0)
        setCurrentIndex((currentIndex() + 1) % brokerCount());
}

void BrokerWorkspace::previousBroker() {
    if (brokerCount() > 0)
        setCurrentIndex((currentIndex() + brokerCount() - 1) % brokerCount());
}

QMenu* BrokerWorkspace::createSidebarMenu(int index) {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("brokerListMenu"));
    ConsoleWindow* target = console(index);
    if (!target)
        return menu;
    // The console rather than the row: the row may move before the menu is answered.
    const auto indexOfTarget = [this, target] {
        for (int i = 0; i < brokerCount(); ++i)
            if (m_entries.at(i).console == target)
                return i;
        return -1;
    };
    auto* show = menu->addAction(tr("&Show"), this,
                                 [this, indexOfTarget] { setCurrentIndex(indexOfTarget()); });
    show->setObjectName(QStringLiteral("showBrokerAction"));
    auto* close = menu->addAction(tr("&Close broker"), this,
                                  [this, indexOfTarget] { closeBroker(indexOfTarget()); });
    close->setObjectName(QStringLiteral("closeBrokerMenuAction"));
    close->setEnabled(m_entries.at(index).profile.has_value());
    if (!close->isEnabled())
        close->setToolTip(tr("The embedded broker stays open with the window."));
    return menu;
}

void BrokerWorkspace::showSidebarMenu(const QPoint& position) {
    const QModelIndex row = m_sidebar->indexAt(position);
    if (!row.isValid())
        return;
    QMenu* menu = createSidebarMenu(row.row());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_sidebar->viewport()->mapToGlobal(position));
}

void BrokerWorkspace::closeEvent(QCloseEvent* event) {
    // Closing this window quits, and the embedded broker's clients go with it: ask its console.
    for (const Entry& entry : std::as_const(m_entries))
        if (!entry.profile && !entry.console->confirmQuit()) {
            event->ignore();
            return;
        }
    saveSettings();
    // The consoles are panes here: none gets a close event of its own. The one in view has the
    // layout the user last looked at.
    if (ConsoleWindow* current = currentConsole())
        current->saveSettings();
    QWidget::closeEvent(event);
}

void BrokerWorkspace::restoreSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1300, 720);
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_sidebarAction->setChecked(settings.value(sidebarKey, true).toBool());
}

void BrokerWorkspace::saveSettings() const {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(sidebarKey, m_sidebarAction->isChecked());
}
