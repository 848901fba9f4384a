#pragma once

#include "backends/connection_profile.h"

#include <QDialog>
#include <QIcon>

class ConnectionProfileStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// "New connection" and "Edit connection": one profile's fields. Accepting saves it in the store;
// what the store refuses (a name taken, a URL without host…) is shown and the dialog stays open.
class ConnectionDialog final : public QDialog {
    Q_OBJECT
public:
    // With `existing` set, edits that profile: an empty password field keeps its password.
    ConnectionDialog(ConnectionProfileStore* store, const ConnectionProfile* existing,
                     QWidget* parent = nullptr);

    // What the fields hold, the password as typed.
    ConnectionProfile profile() const;
    // The colour names of ConnectionProfileStore::colourNames(), as a person reads them.
    static QString colourLabel(const QString& colour);
    // A small square of that colour (empty icon for none), for lists and menus.
    static QIcon colourIcon(const QString& colour);

public slots:
    void accept() override;

private:
    bool isMqtt() const;
    // The URL's hint and the fields that apply follow the kind of broker (and for MQTT, TLS).
    void updateForKind();
    // A line edit with a button that picks a file into it.
    QWidget* fileField(QLineEdit* edit, const QString& objectName, const QString& accessibleName,
                       const QString& title);

    ConnectionProfileStore* m_store;
    QString m_previousName; // empty when new
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_readOnly;
    QSpinBox* m_pollInterval;
    QLineEdit* m_caFile;
    QLineEdit* m_certificateFile;
    QLineEdit* m_keyFile;
    QCheckBox* m_skipVerification;
    QLabel* m_skipWarning;
    QComboBox* m_colour;
    QLabel* m_error;
};
