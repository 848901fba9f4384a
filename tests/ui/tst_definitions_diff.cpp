// The preview of "copy definitions from A to B": what an import of A's definitions document
// into B would create, update, leave alone as a conflict, or keep because only B has it — on
// documents shaped as RabbitMQ 3.10 and Warren export them.

#include "models/definitions_diff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace definitions_diff;

namespace {

QJsonObject document(const char* json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "document",
               qPrintable(error.errorString()));
    return doc.object();
}

const Change* find(const QList<Change>& changes, Category category, const QString& name) {
    for (const Change& c : changes)
        if (c.category == category && c.name == name)
            return &c;
    return nullptr;
}

} // namespace

class TestDefinitionsDiff : public QObject {
    Q_OBJECT
private slots:
    void identicalDocumentsDifferInNothing() {
        const QJsonObject doc = document(
            R"({"vhosts":[{"name":"/"}],"queues":[{"name":"q","vhost":"/","durable":true,"auto_delete":false,"arguments":{"x-message-ttl":1000}}]})");
        QVERIFY(compare(doc, doc).isEmpty());
    }

    void whatTheTargetLacksIsCreatedInDependencyOrder() {
        const QJsonObject source = document(
            R"({"vhosts":[{"name":"/"},{"name":"shop"}],"users":[{"name":"alice","password_hash":"h1","hashing_algorithm":"rabbit_password_hashing_sha256","tags":["monitoring"]}],"permissions":[{"user":"alice","vhost":"shop","configure":".*","write":".*","read":".*"}],"exchanges":[{"name":"orders","vhost":"shop","type":"topic","durable":true,"auto_delete":false,"internal":false,"arguments":{}}],"queues":[{"name":"billing","vhost":"shop","durable":true,"auto_delete":false,"arguments":{}}],"bindings":[{"source":"orders","vhost":"shop","destination":"billing","destination_type":"queue","routing_key":"order.*","arguments":{}}]})");
        const QJsonObject target = document(R"({"vhosts":[{"name":"/"}]})");
        const QList<Change> changes = compare(source, target);
        QList<Category> order;
        for (const Change& c : changes) {
            QCOMPARE(c.action, Action::Create);
            order << c.category;
        }
        QCOMPARE(order, (QList<Category>{Category::Vhost, Category::User, Category::Permission,
                                         Category::Exchange, Category::Queue, Category::Binding}));
        QCOMPARE(changes[0].name, QStringLiteral("shop"));
        QCOMPARE(changes[2].name, QStringLiteral("alice"));
        QCOMPARE(changes[2].vhost, QStringLiteral("shop"));
        QCOMPARE(changes[5].name, QStringLiteral("orders → billing (order.*)"));

        const QJsonObject import = importDocument(changes);
        QCOMPARE(import.value(QLatin1String("queues")).toArray().size(), 1);
        QCOMPARE(import.value(QLatin1String("bindings")).toArray().first().toObject(),
                 source.value(QLatin1String("bindings")).toArray().first().toObject());
        QCOMPARE(import.value(QLatin1String("vhosts")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("shop")}}}));
    }

    void settingsThatChangeInPlaceAreUpdatesAndPropertiesAreConflicts() {
        const QJsonObject source = document(
            R"({"users":[{"name":"bob","password_hash":"new","hashing_algorithm":"rabbit_password_hashing_sha256","tags":["administrator","monitoring"]}],"permissions":[{"user":"bob","vhost":"/","configure":"","write":".*","read":".*"}],"policies":[{"vhost":"/","name":"ttl","pattern":"^t\\.","apply-to":"queues","priority":1,"definition":{"message-ttl":5000}}],"queues":[{"name":"q","vhost":"/","durable":true,"auto_delete":false,"arguments":{"x-max-length":10}}],"exchanges":[{"name":"e","vhost":"/","type":"direct","durable":true,"auto_delete":false,"internal":false,"arguments":{}}]})");
        const QJsonObject target = document(
            R"({"users":[{"name":"bob","password_hash":"old","hashing_algorithm":"rabbit_password_hashing_sha256","tags":"monitoring"}],"permissions":[{"user":"bob","vhost":"/","configure":".*","write":".*","read":".*"}],"policies":[{"vhost":"/","name":"ttl","pattern":"^t\\.","apply-to":"queues","priority":1,"definition":{"message-ttl":1000}}],"queues":[{"name":"q","vhost":"/","durable":true,"auto_delete":false,"arguments":{}}],"exchanges":[{"name":"e","vhost":"/","type":"fanout","durable":true,"auto_delete":false,"internal":false,"arguments":{}}]})");
        const QList<Change> changes = compare(source, target);
        QCOMPARE(changes.size(), 5);

        const Change* user = find(changes, Category::User, QStringLiteral("bob"));
        QVERIFY(user);
        QCOMPARE(user->action, Action::Update);
        // Tags written as "a,b" (before 3.9) and as a list compare as sets; hashes are not shown.
        QCOMPARE(user->differences,
                 (QStringList{
                     QStringLiteral("tags: [\"monitoring\"] → [\"administrator\",\"monitoring\"]"),
                     QStringLiteral("password: differs")}));
        QCOMPARE(find(changes, Category::Permission, QStringLiteral("bob"))->differences,
                 QStringList{QStringLiteral("configure: .* → \"\"")});
        const Change* policy = find(changes, Category::Policy, QStringLiteral("ttl"));
        QCOMPARE(policy->action, Action::Update);
        QCOMPARE(policy->differences,
                 QStringList{QStringLiteral(
                     "definition: {\"message-ttl\":1000} → {\"message-ttl\":5000}")});

        const Change* queue = find(changes, Category::Queue, QStringLiteral("q"));
        QCOMPARE(queue->action, Action::Conflict);
        QVERIFY(!queue->willApply());
        QCOMPARE(find(changes, Category::Exchange, QStringLiteral("e"))->differences,
                 QStringList{QStringLiteral("type: fanout → direct")});

        // Only what can change in place goes into the import.
        const QJsonObject import = importDocument(changes);
        QVERIFY(!import.contains(QLatin1String("queues")));
        QVERIFY(!import.contains(QLatin1String("exchanges")));
        QCOMPARE(import.value(QLatin1String("users")).toArray().size(), 1);
        QCOMPARE(import.value(QLatin1String("policies")).toArray().size(), 1);
        QCOMPARE(import.value(QLatin1String("vhosts")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("/")}}}));
    }

    void whatTheTargetLacksIsNotImported() {
        const QJsonObject source = document(
            R"({"policies":[{"vhost":"/","name":"ttl","pattern":".*","apply-to":"queues","priority":0,"definition":{"message-ttl":5000}}],"queues":[{"name":"q","vhost":"/","durable":true,"auto_delete":false,"arguments":{}}]})");
        QList<Change> changes = compare(source, QJsonObject());
        leaveUnsupported(changes, Category::Policy);
        QCOMPARE(find(changes, Category::Policy, QStringLiteral("ttl"))->action,
                 Action::Unsupported);
        QCOMPARE(find(changes, Category::Queue, QStringLiteral("q"))->action, Action::Create);
        const QJsonObject import = importDocument(changes);
        QVERIFY(!import.contains(QLatin1String("policies")));
        QCOMPARE(import.value(QLatin1String("queues")).toArray().size(), 1);
    }

    void howABrokerWritesAValueIsNotADifference() {
        // Warren writes no x-queue-type for a classic queue, RabbitMQ 3.10 may; numbers come
        // back as 5 or 5.0; built-in exchanges are each broker's own.
        const QJsonObject source = document(
            R"({"queues":[{"name":"q","vhost":"/","durable":true,"auto_delete":false,"arguments":{"x-queue-type":"classic","x-message-ttl":5.0}}],"exchanges":[{"name":"amq.direct","vhost":"/","type":"direct","durable":true,"auto_delete":false,"internal":false,"arguments":{}}]})");
        const QJsonObject target = document(
            R"({"queues":[{"name":"q","vhost":"/","durable":true,"auto_delete":false,"arguments":{"x-message-ttl":5}}],"exchanges":[{"name":"amq.topic","vhost":"/","type":"topic","durable":true,"auto_delete":false,"internal":false,"arguments":{}}]})");
        QVERIFY(compare(source, target).isEmpty());
    }

    void whatOnlyTheTargetHasIsKept() {
        const QJsonObject source = document(R"({"queues":[]})");
        const QJsonObject target = document(
            R"({"queues":[{"name":"legacy","vhost":"/","durable":true,"auto_delete":false,"arguments":{}}]})");
        const QList<Change> changes = compare(source, target);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].action, Action::OnlyInTarget);
        QVERIFY(importDocument(changes).isEmpty());
    }

    void bindingsDifferingOnlyInArgumentsAreDistinct() {
        const QJsonObject source = document(
            R"({"bindings":[{"source":"h","vhost":"/","destination":"q","destination_type":"queue","routing_key":"","arguments":{"x-match":"all","a":1}}]})");
        const QJsonObject target = document(
            R"({"bindings":[{"source":"h","vhost":"/","destination":"q","destination_type":"queue","routing_key":"","arguments":{"x-match":"any","a":1}}]})");
        const QList<Change> changes = compare(source, target);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].action == Action::Create || changes[1].action == Action::Create, true);
        QCOMPARE(changes[0].action == Action::OnlyInTarget ||
                     changes[1].action == Action::OnlyInTarget,
                 true);
    }
};

QTEST_GUILESS_MAIN(TestDefinitionsDiff)
#include "tst_definitions_diff.moc"
