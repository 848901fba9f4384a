#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>

class BrokerBackend;
class CopyDefinitionsDialog;
class QTreeWidget;
class QTreeWidgetItem;

// Shared by the suites that copy definitions between real brokers (tst_copy_definitions,
// tst_remote_backend).

// Runs one change on `backend` and says whether it was done (a refusal is logged).
bool changeDone(BrokerBackend* backend, const std::function<void()>& change);

// A small shop's topology on "/": vhost "shop", topic exchange "orders" bound with "order.*" to
// queue "billing" (x-message-ttl 60 s), and user "alice" (password "secret", tag monitoring)
// who may write and read on "/".
bool buildShop(BrokerBackend* backend);

// The definitions `backend` exports now; empty if none came.
QJsonObject definitionsOf(BrokerBackend* backend);
// Whether definitions[key] lists an object named `name`.
bool hasNamed(const QJsonObject& definitions, const char* key, const QString& name);

// The change row for `name` under the `category` heading of the dialog's preview.
QTreeWidgetItem* changeItem(QTreeWidget* tree, const QString& category, const QString& name);

// Compares, applies every ticked change and waits for the comparison after it; returns the
// import's error (empty: applied), or a sentence saying which step never answered.
// `beforeApply` sees the preview first (e.g. to grab a screenshot of it).
QString compareAndApply(CopyDefinitionsDialog& dialog,
                        const std::function<void(CopyDefinitionsDialog&)>& beforeApply = {});
// The pika script that publishes to "orders" and prints what "billing" received, then logs in as
// alice on `port`: prints "first order" and "alice in" when the shop works there.
QString shopWorksScript(quint16 port);
