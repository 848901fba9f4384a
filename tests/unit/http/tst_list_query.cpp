// RabbitMQ's list parameters on management API answers, without a broker: sorting on nested
// fields with missing ones first, pages and their counts, the name filter, columns, and the
// 400s RabbitMQ 3.10 gives for bad pages (checked against it by tests/interop/management).

#include "http/list_query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warren::http;

namespace {

QJsonArray items() {
    return QJsonDocument::fromJson(R"([
        {"name": "a1", "vhost": "/", "messages": 3, "message_stats": {"publish": 5}},
        {"name": "a2", "vhost": "/", "messages": 1},
        {"name": "b1", "vhost": "/", "messages": 2, "message_stats": {"publish": 9}},
        {"name": "c1", "vhost": "/", "messages": 0}])")
        .array();
}

QStringList names(const QJsonValue& list) {
    QStringList found;
    for (const QJsonValue& item : list.toArray())
        found << item.toObject().value(QStringLiteral("name")).toString();
    return found;
}

ListQueryAnswer query(const QString& text, bool pageable = true) {
    return applyListQuery(items(), QUrlQuery(text), pageable);
}

QString reason(const ListQueryAnswer& answer) {
    return answer.body.toObject().value(QStringLiteral("reason")).toString();
}

} // namespace

class TestListQuery : public QObject {
    Q_OBJECT
private slots:
    void sortsOnNestedFieldsWithMissingOnesFirst() {
        QCOMPARE(names(query(QStringLiteral("sort=messages")).body),
                 QStringList({"c1", "a2", "b1", "a1"}));
        QCOMPARE(names(query(QStringLiteral("sort=message_stats.publish")).body),
                 QStringList({"a2", "c1", "a1", "b1"}));
        // Reversing reverses ties too, as RabbitMQ does.
        QCOMPARE(names(query(QStringLiteral("sort=message_stats.publish&sort_reverse=true")).body),
                 QStringList({"b1", "a1", "c1", "a2"}));
        QCOMPARE(names(query(QStringLiteral("sort_reverse=true")).body),
                 QStringList({"c1", "b1", "a2", "a1"}));
    }

    void pagesWithRabbitmqsCounts() {
        const ListQueryAnswer answer = query(QStringLiteral("page=2&page_size=3"));
        QCOMPARE(answer.status, HttpStatus::Ok);
        const QJsonObject page = answer.body.toObject();
        QCOMPARE(names(page.value(QStringLiteral("items"))), QStringList({"c1"}));
        QCOMPARE(page.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(page.value(QStringLiteral("page_count")).toInt(), 2);
        QCOMPARE(page.value(QStringLiteral("page_size")).toInt(), 3);
        QCOMPARE(page.value(QStringLiteral("item_count")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("filtered_count")).toInt(), 4);
        QCOMPARE(page.value(QStringLiteral("total_count")).toInt(), 4);
        QCOMPARE(query(QStringLiteral("page=1")).body.toObject().value("page_size").toInt(), 100);
        // Without page, or where RabbitMQ does not page, the plain list.
        QVERIFY(query(QStringLiteral("page_size=1&name=zz")).body.isArray());
        QCOMPARE(query(QStringLiteral("page=1&page_size=1"), false).body.toArray().size(), 4);
    }

    void filtersByNameOrPattern() {
        const auto filtered = [](const QString& text) {
            const QJsonObject page = query(text).body.toObject();
            return std::make_pair(names(page.value(QStringLiteral("items"))),
                                  page.value(QStringLiteral("total_count")).toInt());
        };
        QCOMPARE(filtered(QStringLiteral("page=1&name=A")),
                 std::make_pair(QStringList({"a1", "a2"}), 4));
        QCOMPARE(filtered(QStringLiteral("page=1&name=.1")).first, QStringList());
        QCOMPARE(filtered(QStringLiteral("page=1&name=.1&use_regex=true")).first,
                 QStringList({"a1", "b1", "c1"}));
    }

    void keepsOnlyTheColumnsAskedFor() {
        const QJsonArray kept =
            query(QStringLiteral("columns=name,message_stats.publish")).body.toArray();
        QCOMPARE(kept.at(0).toObject(),
                 QJsonObject({{"name", "a1"}, {"message_stats", QJsonObject{{"publish", 5}}}}));
        QCOMPARE(kept.at(1).toObject(), QJsonObject({{"name", "a2"}}));
        // An item left with nothing is an empty list, as RabbitMQ renders it.
        QCOMPARE(query(QStringLiteral("columns=nope")).body.toArray().at(0),
                 QJsonValue(QJsonArray()));
        const ListQueryAnswer one = applyListQuery(items().at(0), QUrlQuery("columns=vhost"), true);
        QCOMPARE(one.body.toObject(), QJsonObject({{"vhost", "/"}}));
    }

    void refusesBadPagesAsRabbitmq_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("reason");
        const QString invalid = QStringLiteral("Pagination parameters are invalid");
        QTest::newRow("page not a number") << "page=x"
                                           << "bad_request" << invalid;
        QTest::newRow("size not a number") << "page=1&page_size=x"
                                           << "bad_request" << invalid;
        QTest::newRow("bad pattern") << "page=1&name=(&use_regex=true"
                                     << "bad_request" << invalid;
        QTest::newRow("page 0") << "page=0"
                                << "invalid_pagination_parameters"
                                << "Invalid pagination parameters: page number 0, page size "
                                   "undefined";
        QTest::newRow("size 501") << "page=1&page_size=501"
                                  << "invalid_pagination_parameters"
                                  << "Invalid pagination parameters: page number 1, page size 501";
        QTest::newRow("past the end") << "page=6&page_size=1"
                                      << "page_out_of_range"
                                      << "Page out of range, page: 6 page size: 1, len: 4";
    }

    void refusesBadPagesAsRabbitmq() {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QFETCH(QString, reason);
        const ListQueryAnswer answer = query(text);
        QCOMPARE(answer.status, HttpStatus::BadRequest);
        QCOMPARE(answer.body.toObject().value(QStringLiteral("error")).toString(), error);
        QCOMPARE(::reason(answer), reason);
        // The page just past the end is an empty one.
        QCOMPARE(query(QStringLiteral("page=5&page_size=1")).status, HttpStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_list_query.moc"
