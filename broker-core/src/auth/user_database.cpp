#include "auth/user_database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace warren::auth {

namespace {
// As RabbitMQ's internal backend: the pattern is searched for anywhere in the resource name
// (re:run without anchors, so "^" and "$" are the user's to write), and an empty pattern
// grants nothing (it stands for "^$").
QRegularExpression permissionPattern(const QString& pattern) {
    return QRegularExpression(pattern.isEmpty() ? QStringLiteral("^$") : pattern);
}
} // namespace

Permissions Permissions::fromPatterns(const QString& configure, const QString& write,
                                      const QString& read) {
    return {permissionPattern(configure),
            permissionPattern(write),
            permissionPattern(read),
            configure,
            write,
            read};
}

namespace {
constexpr qsizetype SaltSize = 4;

struct HashingAlgorithm {
    QCryptographicHash::Algorithm hash;
    qsizetype digestSize;
    const char* rabbitName;
};

constexpr HashingAlgorithm Sha512{QCryptographicHash::Sha512, 64, "rabbit_password_hashing_sha512"};
constexpr HashingAlgorithm Sha256{QCryptographicHash::Sha256, 32, "rabbit_password_hashing_sha256"};
constexpr HashingAlgorithm Md5{QCryptographicHash::Md5, 16, "rabbit_password_hashing_md5"};

// The salt is fixed at 4 bytes, so the decoded length tells the digest.
const HashingAlgorithm* algorithmOf(qsizetype decodedSize) {
    for (const HashingAlgorithm* algorithm : {&Sha512, &Sha256, &Md5})
        if (decodedSize == SaltSize + algorithm->digestSize)
            return algorithm;
    return nullptr;
}

QByteArray saltedHash(const HashingAlgorithm& algorithm, const QByteArray& password,
                      const QByteArray& salt) {
    return (salt + QCryptographicHash::hash(salt + password, algorithm.hash)).toBase64();
}
} // namespace

QByteArray UserDatabase::hashPassword(const QByteArray& password, const QByteArray& salt) {
    return saltedHash(Sha512, password, salt);
}

bool UserDatabase::checkPassword(const QByteArray& password, const QByteArray& storedHash) {
    const QByteArray raw = QByteArray::fromBase64(storedHash);
    const HashingAlgorithm* algorithm = algorithmOf(raw.size());
    if (!algorithm)
        return false;
    const QByteArray expected = saltedHash(*algorithm, password, raw.left(SaltSize));
    // Constant-time comparison: the time taken must not reveal how much of a guess matched.
    if (expected.size() != storedHash.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ storedHash[i]);
    return diff == 0;
}

QString UserDatabase::hashingAlgorithm(const QByteArray& storedHash) {
    const HashingAlgorithm* algorithm = algorithmOf(QByteArray::fromBase64(storedHash).size());
    return QLatin1String((algorithm ? algorithm : &Sha256)->rabbitName);
}

void UserDatabase::addUser(const QByteArray& name, const QByteArray& password, QStringList tags,
                           bool loopbackOnly) {
    QByteArray salt(SaltSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    m_users.insert(name, User{name, hashPassword(password, salt), std::move(tags), loopbackOnly});
}

void UserDatabase::updateUser(const QByteArray& name, const QByteArray* password,
                              QStringList tags) {
    auto it = m_users.find(name);
    if (it == m_users.end())
        return;
    it->tags = std::move(tags);
    if (password) {
        QByteArray salt(SaltSize, Qt::Uninitialized);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
        it->passwordHash = hashPassword(*password, salt);
    }
}

bool UserDatabase::removeUser(const QByteArray& name) {
    m_permissions.remove(name);
    m_topicPermissions.remove(name);
    return m_users.remove(name) > 0;
}

bool UserDatabase::clearPermissions(const QByteArray& user, const QByteArray& vhost) {
    auto it = m_permissions.find(user);
    return it != m_permissions.end() && it->remove(vhost) > 0;
}

void UserDatabase::clearPermissionsOfVhost(const QByteArray& vhost) {
    for (auto& byVhost : m_permissions)
        byVhost.remove(vhost);
    for (auto& byVhost : m_topicPermissions)
        byVhost.remove(vhost);
}

const User* UserDatabase::user(const QByteArray& name) const {
    auto it = m_users.constFind(name);
    return it == m_users.constEnd() ? nullptr : &*it;
}

std::optional<QString> UserDatabase::userIdRefusal(const QByteArray& publisher,
                                                   const QByteArray& userId) const {
    if (userId == publisher)
        return std::nullopt;
    if (const User* found = user(publisher);
        found && found->tags.contains(QLatin1String("impersonator")))
        return std::nullopt;
    return QStringLiteral("user_id property set to '%1' but authenticated user was '%2'")
        .arg(QString::fromUtf8(userId), QString::fromUtf8(publisher));
}

UserDatabase::AuthResult UserDatabase::authenticate(const QByteArray& name,
                                                    const QByteArray& password,
                                                    bool peerIsLoopback) const {
    const User* found = user(name);
    if (!found || !checkPassword(password, found->passwordHash))
        return AuthResult::BadCredentials;
    if (found->loopbackOnly && !peerIsLoopback)
        return AuthResult::LoopbackOnly;
    return AuthResult::Ok;
}

void UserDatabase::setPermissions(const QByteArray& user, const QByteArray& vhost,
                                  Permissions permissions) {
    m_permissions[user].insert(vhost, std::move(permissions));
}

const Permissions* UserDatabase::permissions(const QByteArray& user,
                                             const QByteArray& vhost) const {
    auto u = m_permissions.constFind(user);
    if (u == m_permissions.constEnd())
        return nullptr;
    auto v = u->constFind(vhost);
    return v == u->constEnd() ? nullptr : &*v;
}

bool UserDatabase::isAllowed(const QByteArray& user, const QByteArray& vhost, Access access,
                             const QByteArray& resource) const {
    const Permissions* p = permissions(user, vhost);
    if (!p)
        return false;
    const QRegularExpression& pattern = access == Access::Configure ? p->configure
                                        : access == Access::Write   ? p->write
                                                                    : p->read;
    return pattern.match(QString::fromUtf8(resource)).hasMatch();
}

void UserDatabase::setTopicPermission(const QByteArray& user, const QByteArray& vhost,
                                      const QByteArray& exchange, TopicPermission permission) {
    m_topicPermissions[user][vhost].insert(exchange, std::move(permission));
}

const UserDatabase::TopicPermissions*
UserDatabase::topicPermissions(const QByteArray& user, const QByteArray& vhost) const {
    auto u = m_topicPermissions.constFind(user);
    if (u == m_topicPermissions.constEnd())
        return nullptr;
    auto v = u->constFind(vhost);
    return v == u->constEnd() || v->isEmpty() ? nullptr : &*v;
}

const TopicPermission* UserDatabase::topicPermission(const QByteArray& user,
                                                     const QByteArray& vhost,
                                                     const QByteArray& exchange) const {
    const TopicPermissions* all = topicPermissions(user, vhost);
    if (!all)
        return nullptr;
    auto it = all->constFind(exchange);
    return it == all->constEnd() ? nullptr : &*it;
}

bool UserDatabase::clearTopicPermission(const QByteArray& user, const QByteArray& vhost,
                                        const QByteArray& exchange) {
    auto u = m_topicPermissions.find(user);
    if (u == m_topicPermissions.end())
        return false;
    auto v = u->find(vhost);
    if (v == u->end() || v->remove(exchange) == 0)
        return false;
    if (v->isEmpty())
        u->erase(v);
    return true;
}

bool UserDatabase::isTopicAllowed(const QByteArray& exchange, Access access,
                                  const QByteArray& routingKey,
                                  const TopicVariables& variables) const {
    const TopicPermission* p = topicPermission(variables.username, variables.vhost, exchange);
    return !p || p->allows(access, routingKey, variables);
}

} // namespace warren::auth
