#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What copying one broker's definitions (RabbitMQ's definitions document, as GET
// /api/definitions writes it) onto another would change there. An import only adds and updates:
// what the target has and the source lacks stays, and a queue or exchange that exists with other
// properties cannot be redeclared, so it is a conflict the copy leaves alone.
//
// Compared: vhosts, users (tags, password hash), permissions, topic permissions, policies,
// exchanges, queues and bindings. Not copied: runtime parameters and global parameters (the
// cluster's name and id belong to the target), and what a broker declares itself (the default
// exchange, amq.* exchanges).
namespace definitions_diff {

// The kinds of definition, in the order an import applies them.
enum class Category { Vhost, User, Permission, TopicPermission, Policy, Exchange, Queue, Binding };

enum class Action {
    Create,       // the target lacks it: the copy creates it
    Update,       // the target has it with other settings the copy overwrites (a user's tags)
    Conflict,     // the target has it with other properties it cannot change in place
    OnlyInTarget, // the target has it and the source does not: left as it is
    Unsupported,  // the target has no such thing (a Warren has no policies): not copied
};

struct Change {
    Category category = Category::Vhost;
    Action action = Action::Create;
    QString vhost;            // empty for users and vhosts themselves
    QString name;             // how a person names it: "orders", "alice", "ex → q (key)"
    QStringList differences;  // Update and Conflict: "durable: true → false", one per field
    QJsonObject sourceObject; // as in the source document (empty for OnlyInTarget)
    QJsonObject targetObject; // as in the target document (empty for Create)
    bool willApply() const { return action == Action::Create || action == Action::Update; }
};

// Everything that differs between the two documents, grouped by category in import order and
// sorted by vhost and name within one.
QList<Change> compare(const QJsonObject& source, const QJsonObject& target);

// Marks what `changes` would create or update of `category` as Unsupported: the target lacks it.
void leaveUnsupported(QList<Change>& changes, Category category);

// The definitions document that applies `changes` (those that willApply()), with the vhosts
// they live in added so the import does not refuse them.
QJsonObject importDocument(const QList<Change>& changes);

// The key of `category` in a definitions document, e.g. "topic_permissions".
QLatin1String documentKey(Category category);
// A translated, plural name of the category for headings ("Queues").
QString categoryLabel(Category category);
QString actionLabel(Action action);

} // namespace definitions_diff
