// The Routing tab offscreen: the form becomes the question, the answer lists the queues, and
// an empty answer says plainly that the message would be unroutable.

#include "fake_backend.h"
#include "models/route_explanation.h"
#include "views/route_tester_page.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace {

warren::ExchangeInfo exchange(const QString& name, const QString& type,
                              const QString& arguments = {}) {
    warren::ExchangeInfo info;
    info.vhost = QStringLiteral("/");
    info.name = name;
    info.type = type;
    info.arguments = arguments;
    return info;
}

warren::BindingInfo binding(const QString& source, const QString& destination, const QString& key,
                            const QString& arguments = {},
                            const QString& type = QStringLiteral("queue")) {
    return {QStringLiteral("/"), source, destination, type, key, arguments};
}

warren::QueueInfo queue(const QString& name) {
    warren::QueueInfo info;
    info.vhost = QStringLiteral("/");
    info.name = name;
    return info;
}

// A shop's routing: a topic exchange by region, an exchange-to-exchange binding into a fanout
// for auditing, a headers exchange, and a direct exchange with an alternate exchange.
warren::BrokerSnapshot shop() {
    warren::BrokerSnapshot s;
    s.exchanges = {exchange(QStringLiteral("orders"), QStringLiteral("topic")),
                   exchange(QStringLiteral("audit"), QStringLiteral("fanout")),
                   exchange(QStringLiteral("by-format"), QStringLiteral("headers")),
                   exchange(QStringLiteral("tasks"), QStringLiteral("direct"),
                            QStringLiteral("alternate-exchange: unrouted")),
                   exchange(QStringLiteral("unrouted"), QStringLiteral("fanout"))};
    for (const char* name : {"eu-orders", "all-orders", "us-orders", "audit.log", "pdf",
                             "pdf-or-a4", "resize", "unrouted-tasks"})
        s.queues.append(queue(QString::fromLatin1(name)));
    s.bindings = {
        binding(QStringLiteral("orders"), QStringLiteral("eu-orders"),
                QStringLiteral("order.*.eu")),
        binding(QStringLiteral("orders"), QStringLiteral("all-orders"), QStringLiteral("order.#")),
        binding(QStringLiteral("orders"), QStringLiteral("us-orders"),
                QStringLiteral("order.*.us")),
        binding(QStringLiteral("orders"), QStringLiteral("audit"),
                QStringLiteral("order.created.#"), {}, QStringLiteral("exchange")),
        binding(QStringLiteral("audit"), QStringLiteral("audit.log"), QString()),
        binding(QStringLiteral("by-format"), QStringLiteral("pdf"), QString(),
                QStringLiteral("x-match: all, format: pdf, size: a4")),
        binding(QStringLiteral("by-format"), QStringLiteral("pdf-or-a4"), QString(),
                QStringLiteral("x-match: any, format: pdf, size: a4")),
        binding(QStringLiteral("tasks"), QStringLiteral("resize"), QStringLiteral("resize")),
        binding(QStringLiteral("unrouted"), QStringLiteral("unrouted-tasks"), QString()),
    };
    return s;
}

} // namespace

class TestRouteTester : public QObject {
    Q_OBJECT
private slots:
    void topicPatternsMatchAsRabbitMqDoes() {
        const auto m = RouteExplanation::topicMatches;
        QVERIFY(m(QStringLiteral("order.*.eu"), QStringLiteral("order.created.eu")));
        QVERIFY(!m(QStringLiteral("order.*.eu"), QStringLiteral("order.created.x.eu")));
        QVERIFY(m(QStringLiteral("order.#"), QStringLiteral("order")));
        QVERIFY(m(QStringLiteral("order.#"), QStringLiteral("order.a.b.c")));
        QVERIFY(m(QStringLiteral("#.eu"), QStringLiteral("eu")));
        QVERIFY(m(QStringLiteral("#"), QString()));
        QVERIFY(!m(QStringLiteral("*"), QStringLiteral("a.b")));
        QVERIFY(m(QStringLiteral("a.#.z"), QStringLiteral("a.z")));
        QVERIFY(!m(QStringLiteral("a.#.z"), QStringLiteral("a.y")));
    }

    void explainsWhichBindingTookTheMessage() {
        const warren::BrokerSnapshot s = shop();
        const RouteExplanation topic(s, {QStringLiteral("/"),
                                         QStringLiteral("orders"),
                                         QStringLiteral("order.created.eu"),
                                         {}});
        QCOMPARE(topic.pathsTo(QStringLiteral("eu-orders")),
                 QStringList{QStringLiteral("orders (topic) by “order.*.eu”")});
        QCOMPARE(
            topic.pathsTo(QStringLiteral("audit.log")),
            QStringList{QStringLiteral("orders (topic) by “order.created.#” → audit (fanout)")});
        QVERIFY(topic.pathsTo(QStringLiteral("us-orders")).isEmpty());

        const RouteExplanation headers(s, {QStringLiteral("/"),
                                           QStringLiteral("by-format"),
                                           QString(),
                                           {{QStringLiteral("format"), QStringLiteral("pdf")}}});
        QVERIFY(headers.pathsTo(QStringLiteral("pdf")).isEmpty()); // all: size missing
        QCOMPARE(headers.pathsTo(QStringLiteral("pdf-or-a4")).size(), 1);

        const RouteExplanation alternate(
            s, {QStringLiteral("/"), QStringLiteral("tasks"), QStringLiteral("thumbnail"), {}});
        QCOMPARE(alternate.pathsTo(QStringLiteral("unrouted-tasks")),
                 QStringList{QStringLiteral("tasks (direct), no binding matched: its alternate "
                                            "exchange → unrouted (fanout)")});

        const RouteExplanation cc(s, {QStringLiteral("/"),
                                      QStringLiteral("tasks"),
                                      QStringLiteral("thumbnail"),
                                      {{QStringLiteral("CC"), QStringLiteral("resize")}}});
        QCOMPARE(cc.pathsTo(QStringLiteral("resize")),
                 QStringList{QStringLiteral("tasks (direct) by “resize”")});

        const RouteExplanation direct(
            s, {QStringLiteral("/"), QString(), QStringLiteral("resize"), {}});
        QCOMPARE(direct.pathsTo(QStringLiteral("resize")),
                 QStringList{QStringLiteral("the default exchange by its name")});
    }

    void thePageShowsTheBindingBesideEachQueue() {
        FakeBackend backend;
        backend.routeAnswer = {QStringLiteral("eu-orders"), QStringLiteral("all-orders"),
                               QStringLiteral("audit.log")};
        RouteTesterPage page(&backend);
        page.setSnapshot(shop());
        page.findChild<QComboBox*>(QStringLiteral("routeExchange"))
            ->setCurrentText(QStringLiteral("orders"));
        page.findChild<QLineEdit*>(QStringLiteral("routeRoutingKey"))
            ->setText(QStringLiteral("order.created.eu"));
        page.test();
        QCOMPARE(page.shownQueues(), backend.routeAnswer);
        QCOMPARE(page.shownPaths(QStringLiteral("all-orders")),
                 QStringList{QStringLiteral("orders (topic) by “order.#”")});
        QCOMPARE(
            page.shownPaths(QStringLiteral("audit.log")),
            QStringList{QStringLiteral("orders (topic) by “order.created.#” → audit (fanout)")});
    }

    void asksTheBackendAndListsTheQueues() {
        FakeBackend backend;
        backend.routeAnswer = {QStringLiteral("orders.created"), QStringLiteral("audit.log")};
        RouteTesterPage page(&backend);
        page.setExchanges(sampleSnapshot().exchanges);
        page.findChild<QComboBox*>(QStringLiteral("routeVhost"))
            ->setCurrentText(QStringLiteral("shop"));
        page.findChild<QComboBox*>(QStringLiteral("routeExchange"))
            ->setCurrentText(QStringLiteral("orders"));
        page.findChild<QLineEdit*>(QStringLiteral("routeRoutingKey"))
            ->setText(QStringLiteral("order.created.eu"));
        page.findChild<QPlainTextEdit*>(QStringLiteral("routeHeaders"))
            ->setPlainText(QStringLiteral("CC: audit.log"));
        page.findChild<QPushButton*>(QStringLiteral("routeTest"))->click();

        QCOMPARE(backend.routeTests.size(), 1);
        QCOMPARE(backend.routeTests[0].vhost, QStringLiteral("shop"));
        QCOMPARE(backend.routeTests[0].exchange, QStringLiteral("orders"));
        QCOMPARE(backend.routeTests[0].headers.size(), 1);
        QCOMPARE(page.shownQueues(), backend.routeAnswer);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("routeVerdict"))
                    ->text()
                    .contains(QStringLiteral("2 queue")));

        backend.routeAnswer.clear();
        page.test();
        QVERIFY(page.shownQueues().isEmpty());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("routeVerdict"))
                    ->text()
                    .startsWith(QStringLiteral("Unroutable")));
    }
};

QTEST_MAIN(TestRouteTester)
#include "tst_route_tester.moc"
