#pragma once

#include "backends/connection_profile.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <deque>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// The saved connections: every field but the password in QSettings (an array under
// "Connections/profiles", plus the recently opened names), the password in the system keychain
// through QtKeychain under the service "Warren" and the profile's name. Only when the keychain
// fails and the person explicitly asks for it is a password kept in the settings file instead
// (rememberPasswordInPlainSettings). QSettings is read on every call, so each window's store
// sees what another one saved.
//
// Keychain jobs never block: they run one after another in the order asked (a read asked after
// a write sees what was written) and report through callbacks and keychainFailed().
class ConnectionProfileStore final : public QObject {
    Q_OBJECT
public:
    // What save() does with the keychain entry.
    enum class Password {
        Replace, // store profile.password (an empty one removes the entry)
        Keep,    // leave the entry as it is (moved to the new name on a rename)
    };
    // What importProfiles() did.
    struct ImportReport {
        QStringList imported; // names as saved
        QStringList renamed;  // "old → new" for names that were taken
        QStringList skipped;  // "name: reason" for entries that were refused
        QString error;        // the file as a whole could not be read
    };

    explicit ConnectionProfileStore(QObject* parent = nullptr);
    ~ConnectionProfileStore() override;

    // Without passwords, in the order saved.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& name) const;

    // Why `profile` cannot be saved, empty if it can: a name of its own (other than
    // `previousName`, the one it is saved under now when editing), an http or https URL with a
    // host, a poll interval of at least 500 ms.
    QString validate(const ConnectionProfile& profile, const QString& previousName = {}) const;
    // Saves `profile`, replacing the one saved as `previousName` (empty: a new one). Refuses
    // with the reason what validate() refuses. A rename moves the keychain entry along.
    QString save(const ConnectionProfile& profile, const QString& previousName = {},
                 Password password = Password::Replace);
    // Forgets the profile and deletes its password from the keychain.
    void remove(const QString& name);

    // What readPassword() found.
    struct PasswordLookup {
        QString password;
        bool found = false;    // a password is stored (in the keychain or the plain settings)
        QString keychainError; // the keychain could not be asked (no entry is not an error)
    };
    // Reads the password of `name`: the keychain's entry, else the one kept in the plain
    // settings; `done` runs on `context`'s thread, not at all if `context` is gone.
    void readPassword(const QString& name, QObject* context,
                      std::function<void(const PasswordLookup& lookup)> done);
    // Stores the password of `name` in the keychain; a failure comes through keychainFailed().
    void rememberPassword(const QString& name, const QString& password);
    // Keeps the password of `name` in the settings file, NOT encrypted: only for when the
    // keychain failed and the person chose this knowing it.
    void rememberPasswordInPlainSettings(const QString& name, const QString& password);
    bool keychainBusy() const { return m_running || !m_steps.empty(); }

    // Profiles as JSON, never with a password, for another machine or a colleague.
    QByteArray exportProfiles() const;
    // Adds the profiles of an exported file. A name already taken is not overwritten: the
    // imported profile is saved as "name (2)" (or the next free number), so that importing
    // never silently changes a connection in use. Passwords are never read from the file.
    ImportReport importProfiles(const QByteArray& json);

    // The names connected to most recently, newest first (those still saved).
    QStringList recentNames() const;
    void noteConnected(const QString& name);

    static QString kindName(ConnectionProfile::Kind kind);
    // The colour tags offered: "" (none), red, orange, yellow, green, blue, purple.
    static QStringList colourNames();

signals:
    void profilesChanged();
    // A write or delete in the keychain failed; the profile itself was saved.
    void keychainFailed(const QString& name, const QString& error);
    // The last queued keychain job finished.
    void keychainIdle();

private:
    using Step = std::function<void()>;
    void writeAll(const QList<ConnectionProfile>& profiles);
    void setRecent(const QStringList& names);
    // Runs `job` after those queued before it (or, with `first`, before every other queued
    // one), then `done` with it.
    void enqueue(QKeychain::Job* job, std::function<void(QKeychain::Job*)> done,
                 bool first = false);
    void writeSecret(const QString& name, const QString& password, bool first = false);
    void deleteSecret(const QString& name, bool first = false);
    void runNext();
    // The passwords kept in the plain settings, by profile name.
    static QVariantMap plainPasswords();
    static void setPlainPassword(const QString& name, const QString& password);

    std::deque<Step> m_steps;
    bool m_running = false;
};
