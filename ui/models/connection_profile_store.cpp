#include "models/connection_profile_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace {

// Settings and JSON keys are not user-visible and must not be translated.
const QString profilesKey = QStringLiteral("Connections/profiles");
const QString recentKey = QStringLiteral("Connections/recent");
// Named for what it is, for anyone who opens the file.
const QString plainPasswordsKey = QStringLiteral("PasswordsNotEncrypted");
const QString keychainService = QStringLiteral("Warren");
const QString exportFormatKey = QStringLiteral("warrenConnections");
const QString exportProfilesKey = QStringLiteral("profiles");
constexpr int exportFormatVersion = 1;
constexpr int maxRecent = 8;
constexpr int minPollIntervalMs = 500;

// One map for both QSettings and JSON, so the two can never disagree about a field. The
// password is deliberately absent: neither place may ever hold it.
QVariantMap toMap(const ConnectionProfile& p) {
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("kind"), ConnectionProfileStore::kindName(p.kind)},
        {QStringLiteral("url"), p.url.adjusted(QUrl::RemoveUserInfo).toString()},
        {QStringLiteral("user"), p.user},
        {QStringLiteral("readOnly"), p.readOnly},
        {QStringLiteral("pollIntervalMs"), p.pollIntervalMs},
        {QStringLiteral("caFile"), p.caFile},
        {QStringLiteral("clientCertificateFile"), p.clientCertificateFile},
        {QStringLiteral("clientKeyFile"), p.clientKeyFile},
        {QStringLiteral("skipTlsVerification"), p.skipTlsVerification},
        {QStringLiteral("colour"), p.colour},
    };
}

ConnectionProfile fromMap(const QVariantMap& m) {
    ConnectionProfile p;
    p.name = m.value(QStringLiteral("name")).toString();
    const QString kind = m.value(QStringLiteral("kind")).toString();
    for (auto known : {ConnectionProfile::Kind::RabbitMQ, ConnectionProfile::Kind::Warren,
                       ConnectionProfile::Kind::ActiveMQ, ConnectionProfile::Kind::Mqtt})
        if (kind == ConnectionProfileStore::kindName(known))
            p.kind = known;
    p.url = QUrl(m.value(QStringLiteral("url")).toString());
    p.user = m.value(QStringLiteral("user")).toString();
    p.readOnly = m.value(QStringLiteral("readOnly")).toBool();
    p.pollIntervalMs = m.value(QStringLiteral("pollIntervalMs"), p.pollIntervalMs).toInt();
    p.caFile = m.value(QStringLiteral("caFile")).toString();
    p.clientCertificateFile = m.value(QStringLiteral("clientCertificateFile")).toString();
    p.clientKeyFile = m.value(QStringLiteral("clientKeyFile")).toString();
    p.skipTlsVerification = m.value(QStringLiteral("skipTlsVerification")).toBool();
    const QString colour = m.value(QStringLiteral("colour")).toString();
    if (ConnectionProfileStore::colourNames().contains(colour))
        p.colour = colour;
    return p;
}

qsizetype indexOf(const QList<ConnectionProfile>& profiles, const QString& name) {
    for (qsizetype i = 0; i < profiles.size(); ++i)
        if (profiles[i].name == name)
            return i;
    return -1;
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QObject* parent)
    : QObject(parent) {}

ConnectionProfileStore::~ConnectionProfileStore() = default;

QString ConnectionProfileStore::kindName(ConnectionProfile::Kind kind) {
    switch (kind) {
    case ConnectionProfile::Kind::RabbitMQ:
        return QStringLiteral("rabbitmq");
    case ConnectionProfile::Kind::Warren:
        return QStringLiteral("warren");
    case ConnectionProfile::Kind::ActiveMQ:
        return QStringLiteral("activemq");
    case ConnectionProfile::Kind::Mqtt:
        return QStringLiteral("mqtt");
    }
    return QStringLiteral("rabbitmq");
}

QStringList ConnectionProfileStore::colourNames() {
    return {QString(),
            QStringLiteral("red"),
            QStringLiteral("orange"),
            QStringLiteral("yellow"),
            QStringLiteral("green"),
            QStringLiteral("blue"),
            QStringLiteral("purple")};
}

QList<ConnectionProfile> ConnectionProfileStore::profiles() const {
    QSettings settings;
    QList<ConnectionProfile> profiles;
    const int count = settings.beginReadArray(profilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        QVariantMap map;
        for (const QString& key : settings.childKeys())
            map.insert(key, settings.value(key));
        profiles.append(fromMap(map));
    }
    settings.endArray();
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString& name) const {
    const auto all = profiles();
    const qsizetype index = indexOf(all, name);
    return index < 0 ? std::nullopt : std::optional<ConnectionProfile>(all[index]);
}

void ConnectionProfileStore::writeAll(const QList<ConnectionProfile>& profiles) {
    QSettings settings;
    settings.remove(profilesKey); // entries past the new end would otherwise linger
    settings.beginWriteArray(profilesKey, int(profiles.size()));
    for (int i = 0; i < int(profiles.size()); ++i) {
        settings.setArrayIndex(i);
        const QVariantMap map = toMap(profiles[i]);
        for (auto it = map.begin(); it != map.end(); ++it)
            settings.setValue(it.key(), it.value());
    }
    settings.endArray();
    settings.sync();
    emit profilesChanged();
}

QString ConnectionProfileStore::validate(const ConnectionProfile& profile,
                                         const QString& previousName) const {
    if (profile.name.trimmed().isEmpty())
        return tr("The connection needs a name.");
    if (profile.name != profile.name.trimmed())
        return tr("The name must not begin or end with blanks.");
    if (profile.name != previousName && this->profile(profile.name))
        return tr("A connection named '%1' already exists.").arg(profile.name);
    const QString scheme = profile.url.scheme();
    // An MQTT broker is reached by MQTT itself, the others through their HTTP management API.
    if (profile.kind == ConnectionProfile::Kind::Mqtt) {
        if (!profile.url.isValid() ||
            (scheme != QLatin1String("mqtt") && scheme != QLatin1String("mqtts")))
            return tr("The URL of an MQTT broker must start with mqtt:// or mqtts://.");
        if (profile.url.host().isEmpty())
            return tr("The URL needs a host, e.g. mqtt://broker.example.com:1883.");
    } else {
        if (!profile.url.isValid() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("The URL must start with http:// or https://.");
        if (profile.url.host().isEmpty())
            return tr("The URL needs a host, e.g. https://broker.example.com:15672/.");
    }
    if (profile.pollIntervalMs < minPollIntervalMs)
        return tr("The polling interval must be at least %1 ms.").arg(minPollIntervalMs);
    return {};
}

QString ConnectionProfileStore::save(const ConnectionProfile& profile, const QString& previousName,
                                     Password password) {
    if (const QString problem = validate(profile, previousName); !problem.isEmpty())
        return problem;
    auto all = profiles();
    const qsizetype index = previousName.isEmpty() ? -1 : indexOf(all, previousName);
    ConnectionProfile stored = profile;
    stored.password.clear();
    // A pasted http://user:password@host/ must not leave its password in the settings file:
    // the user goes to its field, the password to the keychain (unless one was typed).
    stored.url = profile.url.adjusted(QUrl::RemoveUserInfo);
    if (stored.user.isEmpty())
        stored.user = profile.url.userName();
    const QString secret = profile.password.isEmpty() ? profile.url.password() : profile.password;
    if (index < 0)
        all.append(stored);
    else
        all[index] = stored;
    writeAll(all);

    const bool renamed = index >= 0 && previousName != profile.name;
    if (renamed) {
        // Read as saved: recentNames() no longer lists the old name, which is gone by now.
        QStringList recent = QSettings().value(recentKey).toStringList();
        for (QString& name : recent)
            if (name == previousName)
                name = profile.name;
        setRecent(recent);
    }
    switch (password) {
    case Password::Replace:
        setPlainPassword(profile.name, {});
        if (secret.isEmpty())
            deleteSecret(profile.name);
        else
            writeSecret(profile.name, secret);
        if (renamed) {
            deleteSecret(previousName);
            setPlainPassword(previousName, {});
        }
        break;
    case Password::Keep:
        if (!renamed)
            break;
        if (const QVariant plain = plainPasswords().value(previousName); plain.isValid()) {
            setPlainPassword(profile.name, plain.toString());
            setPlainPassword(previousName, {});
        }
        // Moved in three steps, kept together at the head of the queue so that nothing asked
        // in the meantime sees the entry half moved.
        {
            auto* read = new QKeychain::ReadPasswordJob(keychainService, this);
            read->setKey(previousName);
            enqueue(read, [this, from = previousName, to = profile.name](QKeychain::Job* job) {
                auto* done = static_cast<QKeychain::ReadPasswordJob*>(job);
                if (done->error() != QKeychain::NoError)
                    return; // nothing to move (or nothing readable: keep what is there)
                deleteSecret(from, true);
                writeSecret(to, done->textData(), true);
            });
        }
        break;
    }
    return {};
}

void ConnectionProfileStore::remove(const QString& name) {
    auto all = profiles();
    const qsizetype index = indexOf(all, name);
    if (index < 0)
        return;
    all.removeAt(index);
    writeAll(all);
    QStringList recent = recentNames();
    recent.removeAll(name);
    setRecent(recent);
    setPlainPassword(name, {});
    deleteSecret(name);
}

void ConnectionProfileStore::readPassword(const QString& name, QObject* context,
                                          std::function<void(const PasswordLookup& lookup)> done) {
    auto* job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setKey(name);
    enqueue(job, [name, context = QPointer<QObject>(context),
                  done = std::move(done)](QKeychain::Job* finished) {
        if (!context)
            return;
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        PasswordLookup lookup;
        switch (read->error()) {
        case QKeychain::NoError:
            lookup.password = read->textData();
            lookup.found = true;
            done(lookup);
            return;
        case QKeychain::EntryNotFound:
            break;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            lookup.keychainError = read->errorString();
            break;
        }
        if (const QVariant plain = plainPasswords().value(name); plain.isValid()) {
            lookup.password = plain.toString();
            lookup.found = true;
        }
        done(lookup);
    });
}

void ConnectionProfileStore::rememberPassword(const QString& name, const QString& password) {
    writeSecret(name, password);
}

void ConnectionProfileStore::rememberPasswordInPlainSettings(const QString& name,
                                                             const QString& password) {
    setPlainPassword(name, password);
}

QVariantMap ConnectionProfileStore::plainPasswords() {
    QSettings settings;
    settings.beginGroup(plainPasswordsKey);
    QVariantMap all;
    for (const QString& key : settings.childKeys())
        all.insert(QUrl::fromPercentEncoding(key.toLatin1()), settings.value(key).toString());
    return all;
}

void ConnectionProfileStore::setPlainPassword(const QString& name, const QString& password) {
    QSettings settings;
    settings.beginGroup(plainPasswordsKey);
    // A profile name may hold '/', which QSettings reads as a group.
    const QString key = QString::fromLatin1(QUrl::toPercentEncoding(name));
    if (password.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, password);
}

void ConnectionProfileStore::writeSecret(const QString& name, const QString& password, bool first) {
    auto* job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setKey(name);
    job->setTextData(password);
    enqueue(
        job,
        [this, name](QKeychain::Job* done) {
            if (done->error() != QKeychain::NoError) {
                emit keychainFailed(name, done->errorString());
                return;
            }
            setPlainPassword(name, {}); // the keychain holds it now: no copy in the clear
        },
        first);
}

void ConnectionProfileStore::deleteSecret(const QString& name, bool first) {
    auto* job = new QKeychain::DeletePasswordJob(keychainService, this);
    job->setKey(name);
    enqueue(
        job,
        [this, name](QKeychain::Job* done) {
            // Nothing to delete is what deleting wanted.
            if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
                emit keychainFailed(name, done->errorString());
        },
        first);
}

void ConnectionProfileStore::enqueue(QKeychain::Job* job, std::function<void(QKeychain::Job*)> done,
                                     bool first) {
    job->setAutoDelete(true); // after finished() has been handled
    connect(job, &QKeychain::Job::finished, this,
            [this, done = std::move(done)](QKeychain::Job* j) {
                done(j);
                m_running = false;
                runNext();
            });
    Step step = [job] { job->start(); };
    if (first)
        m_steps.push_front(std::move(step));
    else
        m_steps.push_back(std::move(step));
    if (!m_running)
        runNext();
}

void ConnectionProfileStore::runNext() {
    if (m_running)
        return;
    if (m_steps.empty()) {
        emit keychainIdle();
        return;
    }
    m_running = true;
    Step step = std::move(m_steps.front());
    m_steps.pop_front();
    step();
}

QByteArray ConnectionProfileStore::exportProfiles() const {
    QJsonArray list;
    for (const ConnectionProfile& p : profiles())
        list.append(QJsonObject::fromVariantMap(toMap(p)));
    const QJsonObject root{{exportFormatKey, exportFormatVersion}, {exportProfilesKey, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ConnectionProfileStore::ImportReport
ConnectionProfileStore::importProfiles(const QByteArray& json) {
    ImportReport report;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !root.contains(exportFormatKey) ||
        !root.value(exportProfilesKey).isArray()) {
        report.error = tr("This is not a file of Warren connections.");
        return report;
    }
    auto all = profiles();
    for (const QJsonValue& entry : root.value(exportProfilesKey).toArray()) {
        ConnectionProfile p = fromMap(entry.toObject().toVariantMap());
        const QString original = p.name;
        for (int n = 2; !original.trimmed().isEmpty() && indexOf(all, p.name) >= 0; ++n)
            p.name = QStringLiteral("%1 (%2)").arg(original).arg(n);
        if (const QString problem = validate(p); !problem.isEmpty()) {
            report.skipped << tr("%1: %2").arg(original, problem);
            continue;
        }
        if (p.name != original)
            report.renamed << tr("%1 → %2").arg(original, p.name);
        // Saved one by one, so a later entry of the same file sees the names taken before.
        all.append(p);
        writeAll(all);
        report.imported << p.name;
    }
    return report;
}

QStringList ConnectionProfileStore::recentNames() const {
    const QStringList names = QSettings().value(recentKey).toStringList();
    const auto saved = profiles();
    QStringList present;
    for (const QString& name : names)
        if (indexOf(saved, name) >= 0)
            present << name;
    return present;
}

void ConnectionProfileStore::noteConnected(const QString& name) {
    QStringList recent = recentNames();
    recent.removeAll(name);
    recent.prepend(name);
    setRecent(recent.mid(0, maxRecent));
}

void ConnectionProfileStore::setRecent(const QStringList& names) {
    QSettings settings;
    settings.setValue(recentKey, names);
}
