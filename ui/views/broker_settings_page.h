#pragma once

#include <QWidget>
#include <functional>
#include <optional>
#include <warren/broker_config.h>

class BrokerBackend;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The embedded broker's settings: listeners and limits to edit, default user, vhost and data
// directory to read. Applying restarts the broker on the new settings and keeps them for the
// next launch. Only for a backend that canControl().
class BrokerSettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit BrokerSettingsPage(BrokerBackend* backend, QWidget* parent = nullptr);

    // Asks before restarting the broker; tests answer instead of a modal message box.
    using Confirmation = std::function<bool(const QString& question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // Shows the backend's current settings, dropping unapplied edits.
    void revert();
    // The edits over the backend's current settings, or nullopt with *error set when an edit
    // is not valid (then Apply is disabled and the error shown under the listeners).
    std::optional<warren::BrokerConfig> editedConfig(QString* error) const;
    void apply();

private:
    QSpinBox* addSpinBox(const QString& objectName, const QString& accessibleName, int maximum);
    void validate();

    BrokerBackend* m_backend;
    Confirmation m_confirm;
    warren::BrokerConfig m_shown; // what revert() last showed, to tell edited fields apart
    QPlainTextEdit* m_listeners;
    QLabel* m_listenersError;
    QSpinBox* m_channelMax;
    QSpinBox* m_frameMax;
    QSpinBox* m_heartbeat;
    QSpinBox* m_memoryWatermark;
    QSpinBox* m_diskFreeLimit;
    QLabel* m_defaultUser;
    QLabel* m_defaultVhost;
    QLabel* m_dataDir;
    QPushButton* m_apply;
    QPushButton* m_revert;
};
