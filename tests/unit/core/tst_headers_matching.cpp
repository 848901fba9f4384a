#include "core/exchange.h"

#include <QTest>

using namespace warren::core;

class TestHeadersMatching : public QObject {
    Q_OBJECT
private slots:
    void allNeedsEveryHeader() {
        const FieldTable binding{{"x-match", "all"}, {"format", "pdf"}, {"type", "report"}};
        QVERIFY(headersMatch(binding, {{"format", "pdf"}, {"type", "report"}, {"extra", 1}}));
        QVERIFY(!headersMatch(binding, {{"format", "pdf"}}));
        QVERIFY(!headersMatch(binding, {{"format", "pdf"}, {"type", "log"}}));
    }
    void allIsTheDefault() {
        const FieldTable binding{{"format", "pdf"}, {"type", "report"}};
        QVERIFY(!headersMatch(binding, {{"format", "pdf"}}));
        QVERIFY(headersMatch(binding, {{"format", "pdf"}, {"type", "report"}}));
    }
    void anyNeedsOneHeader() {
        const FieldTable binding{{"x-match", "any"}, {"format", "pdf"}, {"type", "report"}};
        QVERIFY(headersMatch(binding, {{"type", "report"}}));
        QVERIFY(!headersMatch(binding, {{"type", "log"}}));
        QVERIFY(!headersMatch(binding, {}));
    }
    void xHeadersAreIgnoredUnlessWithX() {
        const FieldTable all{{"x-match", "all"}, {"x-tenant", "a"}};
        QVERIFY(headersMatch(all, {}));
        const FieldTable allWithX{{"x-match", "all-with-x"}, {"x-tenant", "a"}};
        QVERIFY(!headersMatch(allWithX, {}));
        QVERIFY(headersMatch(allWithX, {{"x-tenant", "a"}}));
        const FieldTable anyWithX{{"x-match", "any-with-x"}, {"x-tenant", "a"}, {"k", "v"}};
        QVERIFY(headersMatch(anyWithX, {{"x-tenant", "a"}}));
        const FieldTable any{{"x-match", "any"}, {"x-tenant", "a"}, {"k", "v"}};
        QVERIFY(!headersMatch(any, {{"x-tenant", "a"}}));
    }
    void valuesCompareWithTheirType() {
        const FieldTable binding{{"n", qint32(1)}};
        QVERIFY(headersMatch(binding, {{"n", qint32(1)}}));
        QVERIFY(!headersMatch(binding, {{"n", "1"}}));
    }
    void voidMatchesOnPresence() {
        const FieldTable binding{{"flag", Void{}}};
        QVERIFY(headersMatch(binding, {{"flag", "anything"}}));
        QVERIFY(!headersMatch(binding, {}));
    }
};

QTEST_APPLESS_MAIN(TestHeadersMatching)
#include "tst_headers_matching.moc"
