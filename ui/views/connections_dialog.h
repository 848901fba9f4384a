#pragma once

#include "backends/connection_profile.h"
#include "views/password_dialog.h"

#include <QDialog>
#include <functional>
#include <optional>

class ConnectionProfileStore;
class QLabel;
class QListWidget;
class QPushButton;

// File > Connect to broker…: the saved connections, to create, edit, delete, import, export
// and connect to. Connect reads the password from the keychain (asynchronously), asks for it
// when none is stored, then emits the profile with it and closes. What the keychain fails to
// store is shown, never dropped.
class ConnectionsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionsDialog(ConnectionProfileStore* store, QWidget* parent = nullptr);

    // Asks before deleting; tests answer instead of a modal message box.
    using Confirmation = std::function<bool(const QString& question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Picks the file to import from (save == false) or export to; empty: cancelled.
    using FileChooser = std::function<QString(bool save)>;
    void setFileChooser(FileChooser choose) { m_chooseFile = std::move(choose); }
    // Asks for the password when none is stored or the keychain cannot give it.
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }

    QListWidget* list() const { return m_list; }
    // Selects the profile named `name` (false if there is none).
    bool select(const QString& name);
    void newConnection();
    void editSelected();
    void deleteSelected();
    void importConnections();
    void exportConnections();
    void connectSelected();

signals:
    void connectRequested(const ConnectionProfile& profile);

private:
    void reload(const QString& selectName = {});
    QString selectedName() const;
    void updateButtons();
    void showMessage(const QString& message);

    ConnectionProfileStore* m_store;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_connect;
    QLabel* m_message;
    bool m_connecting = false; // a password read is out
    Confirmation m_confirm;
    FileChooser m_chooseFile;
    PasswordPrompt m_passwordPrompt;
};
