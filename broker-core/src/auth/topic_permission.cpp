#include "auth/topic_permission.h"

namespace warren::auth {

namespace {

constexpr QLatin1String UsernameVariable("{username}");
constexpr QLatin1String VhostVariable("{vhost}");
constexpr QLatin1String ClientIdVariable("{client_id}");

QString effective(const QString& pattern) {
    return pattern.isEmpty() ? QStringLiteral("^$") : pattern;
}

QRegularExpression compiledUnlessVariable(const QString& pattern) {
    return TopicPermission::hasVariables(pattern) ? QRegularExpression()
                                                  : QRegularExpression(effective(pattern));
}

} // namespace

TopicPermission TopicPermission::fromPatterns(const QString& write, const QString& read) {
    return {write, read, compiledUnlessVariable(write), compiledUnlessVariable(read)};
}

bool TopicPermission::hasVariables(const QString& pattern) {
    return pattern.contains(UsernameVariable) || pattern.contains(VhostVariable) ||
           pattern.contains(ClientIdVariable);
}

QString TopicPermission::expand(const QString& pattern, const TopicVariables& variables) {
    // Plain text replacement, as RabbitMQ's expand_topic_permission does: the values are not
    // escaped, so a user name with regex characters in it means them.
    QString expanded = effective(pattern);
    expanded.replace(UsernameVariable, QString::fromUtf8(variables.username));
    expanded.replace(VhostVariable, QString::fromUtf8(variables.vhost));
    if (variables.clientId)
        expanded.replace(ClientIdVariable, QString::fromUtf8(*variables.clientId));
    return expanded;
}

bool TopicPermission::allows(Access access, const QByteArray& routingKey,
                             const TopicVariables& variables) const {
    if (access == Access::Configure)
        return false;
    const QString& text = access == Access::Write ? writeText : readText;
    const QRegularExpression& compiled = access == Access::Write ? write : read;
    const QString key = QString::fromUtf8(routingKey);
    if (!hasVariables(text))
        return compiled.match(key).hasMatch();
    return QRegularExpression(expand(text, variables)).match(key).hasMatch();
}

} // namespace warren::auth
