#include "views/connections_dialog.h"

#include "models/connection_profile_store.h"
#include "views/background_file_writer.h"
#include "views/connection_dialog.h"
#include "views/saved_connection_login.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// An exported file holds a handful of profiles; anything far larger is not one.
constexpr qint64 maxImportBytes = 1 << 20;

QPushButton* button(const QString& text, const QString& objectName, const QString& accessibleName,
                    QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(ConnectionProfileStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_new(button(tr("&New…"), QStringLiteral("newConnection"), tr("New connection"), this))
    , m_edit(button(tr("&Edit…"), QStringLiteral("editConnection"), tr("Edit connection"), this))
    , m_delete(
          button(tr("&Delete…"), QStringLiteral("deleteConnection"), tr("Delete connection"), this))
    , m_import(button(tr("&Import…"), QStringLiteral("importConnections"), tr("Import connections"),
                      this))
    , m_export(button(tr("E&xport…"), QStringLiteral("exportConnections"), tr("Export connections"),
                      this))
    , m_connect(button(tr("&Connect"), QStringLiteral("connectConnection"), tr("Connect"), this))
    , m_message(new QLabel(this)) {
    Q_ASSERT(store);
    setWindowTitle(tr("Connect to broker"));
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Saved connections"));
    m_message->setObjectName(QStringLiteral("connectionsMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_connect->setDefault(true);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Warren"), question) == QMessageBox::Yes;
    };
    m_chooseFile = [this](bool save) {
        const QString filter = tr("Warren connections (*.json);;All files (*)");
        return save ? QFileDialog::getSaveFileName(this, tr("Export connections"),
                                                   tr("connections.json"), filter)
                    : QFileDialog::getOpenFileName(this, tr("Import connections"), QString(),
                                                   filter);
    };
    m_passwordPrompt = PasswordDialog::prompt(this);
    connect(store, &ConnectionProfileStore::keychainFailed, this,
            [this](const QString& name, const QString& error) {
                showMessage(tr("The keychain could not store the password of '%1': %2\nYou will "
                               "be asked for it when connecting.")
                                .arg(name, error));
            });

    connect(m_new, &QPushButton::clicked, this, &ConnectionsDialog::newConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionsDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionsDialog::deleteSelected);
    connect(m_import, &QPushButton::clicked, this, &ConnectionsDialog::importConnections);
    connect(m_export, &QPushButton::clicked, this, &ConnectionsDialog::exportConnections);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionsDialog::connectSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ConnectionsDialog::connectSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::updateButtons);

    auto* side = new QVBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_delete})
        side->addWidget(b);
    side->addSpacing(12);
    for (QPushButton* b : {m_import, m_export})
        side->addWidget(b);
    side->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("connectionsButtons"));
    // Not wired to accepted(): the dialog closes only once the password is there.
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 360);
    reload();
}

void ConnectionsDialog::reload(const QString& selectName) {
    const QString keep = selectName.isEmpty() ? selectedName() : selectName;
    m_list->clear();
    for (const ConnectionProfile& p : m_store->profiles()) {
        QString text = tr("%1 — %2").arg(p.name, p.url.toDisplayString());
        if (p.readOnly)
            text += tr(" (read-only)");
        auto* item = new QListWidgetItem(ConnectionDialog::colourIcon(p.colour), text, m_list);
        item->setData(Qt::UserRole, p.name);
    }
    if (!keep.isEmpty())
        select(keep);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

bool ConnectionsDialog::select(const QString& name) {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

QString ConnectionsDialog::selectedName() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConnectionsDialog::updateButtons() {
    const bool chosen = !selectedName().isEmpty();
    m_edit->setEnabled(chosen && !m_connecting);
    m_delete->setEnabled(chosen && !m_connecting);
    m_connect->setEnabled(chosen && !m_connecting);
    m_export->setEnabled(m_list->count() > 0);
}

void ConnectionsDialog::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectionsDialog::newConnection() {
    ConnectionDialog dialog(m_store, nullptr, this);
    dialog.setObjectName(QStringLiteral("connectionDialog"));
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.profile().name);
}

void ConnectionsDialog::editSelected() {
    const auto existing = m_store->profile(selectedName());
    if (!existing)
        return;
    ConnectionDialog dialog(m_store, &*existing, this);
    dialog.setObjectName(QStringLiteral("connectionDialog"));
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.profile().name);
}

void ConnectionsDialog::deleteSelected() {
    const QString name = selectedName();
    if (name.isEmpty() ||
        !m_confirm(tr("Delete the connection '%1' and its saved password?").arg(name)))
        return;
    m_store->remove(name);
    reload();
}

void ConnectionsDialog::importConnections() {
    const QString path = m_chooseFile(false);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > maxImportBytes) {
        showMessage(tr("%1 is too large to be a file of connections.").arg(path));
        return;
    }
    const auto report = m_store->importProfiles(file.readAll());
    if (!report.error.isEmpty()) {
        showMessage(report.error);
        return;
    }
    QStringList lines;
    lines << tr("%n connection(s) imported, without passwords.", nullptr,
                int(report.imported.size()));
    if (!report.renamed.isEmpty())
        lines << tr("Renamed, as the name was taken: %1")
                     .arg(report.renamed.join(QStringLiteral(", ")));
    if (!report.skipped.isEmpty())
        lines << tr("Skipped: %1").arg(report.skipped.join(QStringLiteral("; ")));
    showMessage(lines.join(QLatin1Char('\n')));
    reload(report.imported.isEmpty() ? QString() : report.imported.front());
}

void ConnectionsDialog::exportConnections() {
    const QString path = m_chooseFile(true);
    if (path.isEmpty())
        return;
    const int count = int(m_store->profiles().size());
    writeLinesInBackground(this, path, {m_store->exportProfiles().trimmed()},
                           [this, path, count](const QString& error) {
                               showMessage(error.isEmpty()
                                               ? tr("%n connection(s) exported to %1, without "
                                                    "passwords.",
                                                    nullptr, count)
                                                     .arg(path)
                                               : tr("Cannot write %1: %2").arg(path, error));
                           });
}

void ConnectionsDialog::connectSelected() {
    const auto chosen = m_store->profile(selectedName());
    if (!chosen || m_connecting)
        return;
    m_connecting = true;
    updateButtons();
    showMessage(tr("Reading the password from the keychain…"));
    loginToSavedConnection(m_store, *chosen, this, m_passwordPrompt,
                           [this](const std::optional<ConnectionProfile>& profile) {
                               m_connecting = false;
                               updateButtons();
                               showMessage(QString());
                               if (!profile)
                                   return;
                               emit connectRequested(*profile);
                               accept();
                           });
}
