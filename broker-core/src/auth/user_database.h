#pragma once

#include "auth/access.h"
#include "auth/topic_permission.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace warren::auth {

// configure/write/read permissions of one user in one vhost, as RabbitMQ's regular expressions.
struct Permissions {
    QRegularExpression configure;
    QRegularExpression write;
    QRegularExpression read;
    // The patterns as they were given ("" stays "", though it matches as "^$").
    QString configureText;
    QString writeText;
    QString readText;

    static Permissions fromPatterns(const QString& configure, const QString& write,
                                    const QString& read);
    static Permissions all() { return fromPatterns(".*", ".*", ".*"); }
};

struct User {
    QByteArray name;
    // base64(salt || H(salt || password)) with a 4-byte salt, RabbitMQ's format. H is SHA-512
    // for users made here; SHA-256 (RabbitMQ's default) and MD5 hashes are taken from imports.
    QByteArray passwordHash;
    QStringList tags;
    bool loopbackOnly = false;
};

// Users and their per-vhost permissions: the internal authentication backend.
class UserDatabase {
public:
    void addUser(const QByteArray& name, const QByteArray& password, QStringList tags,
                 bool loopbackOnly);
    // A user recovered from storage, whose password is already hashed.
    void addHashedUser(User user) { m_users.insert(user.name, std::move(user)); }
    const User* user(const QByteArray& name) const;
    const QHash<QByteArray, User>& users() const { return m_users; }
    // Changes tags, and the password unless `password` is null (RabbitMQ's put_user without one).
    void updateUser(const QByteArray& name, const QByteArray* password, QStringList tags);
    // Removes the user with every permission of theirs, topic permissions included.
    bool removeUser(const QByteArray& name);

    // RabbitMQ's validated user-id: a message's user_id must name the user who publishes it,
    // unless that user has the impersonator tag. The refusal's text when it does not.
    std::optional<QString> userIdRefusal(const QByteArray& publisher,
                                         const QByteArray& userId) const;

    enum class AuthResult { Ok, BadCredentials, LoopbackOnly };
    AuthResult authenticate(const QByteArray& name, const QByteArray& password,
                            bool peerIsLoopback) const;

    void setPermissions(const QByteArray& user, const QByteArray& vhost, Permissions permissions);
    const Permissions* permissions(const QByteArray& user, const QByteArray& vhost) const;
    bool clearPermissions(const QByteArray& user, const QByteArray& vhost);
    // Every permission of every vhost `vhost` (all when empty), for snapshots.
    const QHash<QByteArray, QHash<QByteArray, Permissions>>& allPermissions() const {
        return m_permissions;
    }
    // Removes every permission and topic permission in `vhost` (the vhost is going).
    void clearPermissionsOfVhost(const QByteArray& vhost);
    bool isAllowed(const QByteArray& user, const QByteArray& vhost, Access access,
                   const QByteArray& resource) const;

    // Topic permissions: per user, vhost and exchange, sorted by exchange.
    using TopicPermissions = QMap<QByteArray, TopicPermission>;
    void setTopicPermission(const QByteArray& user, const QByteArray& vhost,
                            const QByteArray& exchange, TopicPermission permission);
    const TopicPermission* topicPermission(const QByteArray& user, const QByteArray& vhost,
                                           const QByteArray& exchange) const;
    // The user's topic permissions in `vhost`; null when there are none.
    const TopicPermissions* topicPermissions(const QByteArray& user, const QByteArray& vhost) const;
    bool clearTopicPermission(const QByteArray& user, const QByteArray& vhost,
                              const QByteArray& exchange);
    const QHash<QByteArray, QHash<QByteArray, TopicPermissions>>& allTopicPermissions() const {
        return m_topicPermissions;
    }
    // RabbitMQ's rule for topic exchanges: with no topic permission for the exchange the
    // routing key is not checked at all; with one, it must match the write (publish) or read
    // (bind) pattern. `exchange` must be a topic exchange; others are never checked.
    bool isTopicAllowed(const QByteArray& exchange, Access access, const QByteArray& routingKey,
                        const TopicVariables& variables) const;

    // SHA-512, RabbitMQ's rabbit_password_hashing_sha512, for every password set in Warren.
    static QByteArray hashPassword(const QByteArray& password, const QByteArray& salt);
    static bool checkPassword(const QByteArray& password, const QByteArray& storedHash);
    // RabbitMQ's name of the algorithm a stored hash was made with, read off its length
    // (rabbit_password_hashing_sha256 for anything unrecognised, RabbitMQ's default).
    static QString hashingAlgorithm(const QByteArray& storedHash);

private:
    QHash<QByteArray, User> m_users;
    QHash<QByteArray, QHash<QByteArray, Permissions>> m_permissions; // user -> vhost -> perms
    // user -> vhost -> exchange -> patterns
    QHash<QByteArray, QHash<QByteArray, TopicPermissions>> m_topicPermissions;
};

} // namespace warren::auth
