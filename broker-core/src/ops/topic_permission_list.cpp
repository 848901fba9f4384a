#include "ops/topic_permission_list.h"

#include <QJsonObject>

namespace warren::ops {

QJsonArray topicPermissionList(const auth::UserDatabase& users, const QString* user,
                               const QString* vhost) {
    QJsonArray list;
    const auto& all = users.allTopicPermissions();
    for (auto byUser = all.cbegin(); byUser != all.cend(); ++byUser) {
        const QString userName = QString::fromUtf8(byUser.key());
        if (user && userName != *user)
            continue;
        for (auto byVhost = byUser->cbegin(); byVhost != byUser->cend(); ++byVhost) {
            const QString vhostName = QString::fromUtf8(byVhost.key());
            if (vhost && vhostName != *vhost)
                continue;
            for (auto p = byVhost->cbegin(); p != byVhost->cend(); ++p)
                list.append(QJsonObject{{QStringLiteral("user"), userName},
                                        {QStringLiteral("vhost"), vhostName},
                                        {QStringLiteral("exchange"), QString::fromUtf8(p.key())},
                                        {QStringLiteral("write"), p->writeText},
                                        {QStringLiteral("read"), p->readText}});
        }
    }
    return list;
}

} // namespace warren::ops
