// RabbitMQ's policies in the core: validation with RabbitMQ's messages, which policy applies to
// a name, how a policy and x-arguments combine, and a vhost applying policies to its queues and
// exchanges as they are set, changed and deleted.

#include "core/policy.h"
#include "core/vhost.h"

#include <QJsonDocument>
#include <QTest>

using namespace warren::core;

namespace {

QJsonObject object(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

Policy policy(const char* name, const char* pattern, const char* definition, double priority = 0,
              const char* applyTo = "all") {
    auto made = Policy::make(name, QString::fromLatin1(pattern), QString::fromLatin1(applyTo),
                             priority, object(definition));
    if (auto* why = std::get_if<QString>(&made))
        qFatal("policy refused: %s", qPrintable(*why));
    return std::get<Policy>(made);
}

QString refusal(const QJsonValue& pattern, const QJsonValue& definition,
                const QJsonValue& applyTo = QJsonValue::Undefined,
                const QJsonValue& priority = QJsonValue::Undefined) {
    auto made = Policy::make("p", pattern, applyTo, priority, definition);
    const QString* why = std::get_if<QString>(&made);
    return why ? *why : QString();
}

MessagePtr message(const QByteArray& text) {
    auto m = std::make_shared<Message>();
    m->routingKey = "q";
    m->body = text;
    return m;
}

} // namespace

class TestPolicy : public QObject {
    Q_OBJECT
private slots:
    void refusesWhatRabbitMqRefuses() {
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"bogus": 1, "also": "x"})")),
                 QStringLiteral("[{<<\"also\">>,<<\"x\">>},{<<\"bogus\">>,1}] are not recognised "
                                "policy settings"));
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"message-ttl": -1})")),
                 QStringLiteral("-1 is not a valid message TTL"));
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"expires": 0})")),
                 QStringLiteral("0 is not a valid queue expiry"));
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"max-length": 1.5})")),
                 QStringLiteral("1.5 is not a valid maximum length"));
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"max-length-bytes": "9"})")),
                 QStringLiteral("<<\"9\">> is not a valid maximum length in bytes"));
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"overflow": "drop-tail"})")),
                 QStringLiteral("<<\"drop-tail\">> is not a valid overflow value"));
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"dead-letter-exchange": 3})")),
                 QStringLiteral("3 is not a valid dead letter exchange name"));
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"alternate-exchange": true})")),
                 QStringLiteral("true is not a valid alternate exchange name"));
        QCOMPARE(refusal(QStringLiteral("a"), QJsonObject()), QStringLiteral("no policy provided"));
        QVERIFY(refusal(QStringLiteral("("), object(R"({"max-length": 1})"))
                    .startsWith(QStringLiteral("pattern should be regular expression but is "
                                               "invalid")));
        QCOMPARE(
            refusal(QStringLiteral("a"), object(R"({"max-length": 1})"), QStringLiteral("lazy")),
            QStringLiteral("apply-to 'lazy' unrecognised; should be 'queues', 'classic_queues', "
                           "'quorum_queues', 'streams', 'exchanges' or 'all'"));
        // RabbitMQ 3.12's kinds are taken (a definitions file may carry them); null is not "all".
        QVERIFY(
            refusal(QStringLiteral("a"), object(R"({"max-length": 1})"), QStringLiteral("streams"))
                .isEmpty());
        QVERIFY(!refusal(QStringLiteral("a"), object(R"({"max-length": 1})"), QJsonValue::Null)
                     .isEmpty());
        QCOMPARE(refusal(QStringLiteral("a"), object(R"({"max-length": 1})"), QJsonValue::Undefined,
                         QStringLiteral("3")),
                 QStringLiteral("priority should be a number, actually was <<\"3\">>"));
        QVERIFY(refusal(QStringLiteral("a"), object(R"({"max-length": 1})")).isEmpty());
    }

    void patternsAreSearchedForAndApplyToFilters() {
        const Policy unanchored = policy("p", "jobs", R"({"max-length": 1})");
        QVERIFY(unanchored.matches(Policy::Target::Queue, "app.jobs.high"));
        QVERIFY(unanchored.matches(Policy::Target::Exchange, "jobs"));
        QVERIFY(!unanchored.matches(Policy::Target::Queue, "app.job"));
        const Policy anchored = policy("p", "^jobs$", R"({"max-length": 1})", 0, "queues");
        QVERIFY(anchored.matches(Policy::Target::Queue, "jobs"));
        QVERIFY(!anchored.matches(Policy::Target::Queue, "jobs2"));
        QVERIFY(!anchored.matches(Policy::Target::Exchange, "jobs"));
        const Policy classic = policy("p", "", R"({"max-length": 1})", 0, "classic_queues");
        QVERIFY(classic.matches(Policy::Target::Queue, "any"));
        QVERIFY(!classic.matches(Policy::Target::Exchange, "any"));
        QCOMPARE(classic.applyToName(), QStringLiteral("classic_queues"));
        // Warren's queues are all classic: a quorum-queue or stream policy matches none of them.
        for (const char* kind : {"quorum_queues", "streams"}) {
            const Policy other = policy("p", "", R"({"max-length": 1})", 0, kind);
            QVERIFY(!other.matches(Policy::Target::Queue, "any"));
            QVERIFY(!other.matches(Policy::Target::Exchange, "any"));
            QCOMPARE(other.applyToName(), QLatin1String(kind));
        }
        const Policy exchanges = policy("p", "", R"({"alternate-exchange": "ae"})", 0, "exchanges");
        QVERIFY(!exchanges.matches(Policy::Target::Queue, "any"));
        QCOMPARE(exchanges.alternateExchange(), std::optional<QByteArray>("ae"));
    }

    void theHighestPriorityWinsAndTiesGoToTheLastName() {
        PolicyMap policies;
        for (const Policy& p :
             {policy("a-low", "^q", R"({"max-length": 1})", 1),
              policy("b-high", "^q\\.", R"({"max-length": 2})", 7),
              policy("c-high", "^q\\.x", R"({"max-length": 3})", 7),
              policy("d-other", "^other", R"({"max-length": 4})", 99),
              policy("e-exchanges", "^q", R"({"alternate-exchange": "x"})", 50, "exchanges")})
            policies.insert_or_assign(p.name(), p);
        QCOMPARE(effectivePolicy(policies, Policy::Target::Queue, "q")->name(), "a-low");
        QCOMPARE(effectivePolicy(policies, Policy::Target::Queue, "q.y")->name(), "b-high");
        QCOMPARE(effectivePolicy(policies, Policy::Target::Queue, "q.x")->name(), "c-high");
        QCOMPARE(effectivePolicy(policies, Policy::Target::Exchange, "q.x")->name(), "e-exchanges");
        QCOMPARE(effectivePolicy(policies, Policy::Target::Queue, "none"), nullptr);
    }

    void limitsTakeTheSmallerAndArgumentsWinTheRest() {
        const Policy p = policy("p", "", R"({"message-ttl": 500, "expires": 9000,
            "max-length": 10, "max-length-bytes": 100, "overflow": "reject-publish",
            "dead-letter-exchange": "policy-dlx", "dead-letter-routing-key": "policy-key"})");
        // Nothing declared: the policy's values.
        QueueArguments none;
        QueueArguments effective = withPolicy(none, {}, &p);
        QCOMPARE(effective.messageTtlMs, std::optional<qint64>(500));
        QCOMPARE(effective.expiresMs, std::optional<qint64>(9000));
        QCOMPARE(effective.maxLength, std::optional<qint64>(10));
        QCOMPARE(effective.maxLengthBytes, std::optional<qint64>(100));
        QCOMPARE(effective.overflow, QueueArguments::Overflow::RejectPublish);
        QCOMPARE(effective.deadLetterExchange, std::optional<QByteArray>("policy-dlx"));
        QCOMPARE(effective.deadLetterRoutingKey, std::optional<QByteArray>("policy-key"));
        // Declared: the smaller limit, the declared overflow and dead-lettering.
        const FieldTable table{{"x-message-ttl", FieldValue(qint64(100))},
                               {"x-expires", FieldValue(qint64(20000))},
                               {"x-max-length", FieldValue(qint64(50))},
                               {"x-max-length-bytes", FieldValue(qint64(10))},
                               {"x-overflow", FieldValue(QByteArray("drop-head"))},
                               {"x-dead-letter-exchange", FieldValue(QByteArray("own-dlx"))}};
        const auto declared = std::get<QueueArguments>(QueueArguments::parse(table, "q", "/"));
        effective = withPolicy(declared, table, &p);
        QCOMPARE(effective.messageTtlMs, std::optional<qint64>(100));
        QCOMPARE(effective.expiresMs, std::optional<qint64>(9000));
        QCOMPARE(effective.maxLength, std::optional<qint64>(10));
        QCOMPARE(effective.maxLengthBytes, std::optional<qint64>(10));
        QCOMPARE(effective.overflow, QueueArguments::Overflow::DropHead);
        QCOMPARE(effective.deadLetterExchange, std::optional<QByteArray>("own-dlx"));
        // No x-dead-letter-routing-key was declared: the policy's.
        QCOMPARE(effective.deadLetterRoutingKey, std::optional<QByteArray>("policy-key"));
        QCOMPARE(withPolicy(declared, table, nullptr).maxLength, std::optional<qint64>(50));
    }

    void aVhostAppliesPoliciesAsTheyChange() {
        Vhost vhost("/");
        auto queue = std::get<std::shared_ptr<Queue>>(
            vhost.declareQueue({"jobs", {}, {{"x-max-length", FieldValue(qint64(10))}}}));
        for (int i = 0; i < 6; ++i)
            queue->publish(message("m" + QByteArray::number(i)));
        vhost.putPolicy(policy("short", "^jobs$", R"({"max-length": 4})"));
        QCOMPARE(queue->policy()->name(), "short");
        // Lowered: cut from the head at once.
        QCOMPARE(queue->readyCount(), quint64(4));
        QCOMPARE(queue->get(false)->message->body, QByteArray("m2"));
        // The declaration is left as it was, so a redeclaration still compares with it.
        QVERIFY(std::holds_alternative<std::shared_ptr<Queue>>(
            vhost.declareQueue({"jobs", {}, {{"x-max-length", FieldValue(qint64(10))}}})));
        // Deleted: the declared limit again.
        QVERIFY(vhost.deletePolicy("short"));
        QVERIFY(!vhost.deletePolicy("short"));
        QCOMPARE(queue->policy(), nullptr);
        QCOMPARE(queue->parsedArguments().maxLength, std::optional<qint64>(10));
        // A queue or exchange declared later is born under the policy.
        vhost.putPolicy(policy("ae", "^late", R"({"alternate-exchange": "amq.fanout"})"));
        auto exchange = std::get<std::shared_ptr<Exchange>>(
            vhost.declareExchange({"late.x", "direct", {}, {}}));
        QCOMPARE(exchange->policy()->name(), "ae");
        QCOMPARE(exchange->alternateExchange(), std::optional<QByteArray>("amq.fanout"));
        // A declared alternate-exchange argument wins over the policy's.
        auto own = std::get<std::shared_ptr<Exchange>>(vhost.declareExchange(
            {"late.own", "direct", {}, {{"alternate-exchange", FieldValue(QByteArray("mine"))}}}));
        QCOMPARE(own->alternateExchange(), std::optional<QByteArray>("mine"));
    }

    void rejectOverflowKeepsWhatIsQueued() {
        Vhost vhost("/");
        auto queue = std::get<std::shared_ptr<Queue>>(vhost.declareQueue({"q", {}, {}}));
        for (int i = 0; i < 3; ++i)
            queue->publish(message("m"));
        vhost.putPolicy(policy("p", "", R"({"max-length": 1, "overflow": "reject-publish"})"));
        QCOMPARE(queue->readyCount(), quint64(3));
        QCOMPARE(queue->publish(message("refused")), Queue::PublishResult::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
