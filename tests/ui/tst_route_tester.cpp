// The Routing tab offscreen: the form becomes the question, the answer lists the queues, and
// an empty answer says plainly that the message would be unroutable.

#include "fake_backend.h"
#include "views/route_tester_page.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

class TestRouteTester : public QObject {
    Q_OBJECT
private slots:
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
