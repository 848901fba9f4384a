// The one rule for the names clients give queues and exchanges, as every front end reads it:
// empty is the default exchange (or a server-named queue), "amq." is the broker's own.

#include "ops/naming_rules.h"

#include <QTest>

using namespace warren::ops;

Q_DECLARE_METATYPE(warren::ops::NameUse)

class TestNamingRules : public QObject {
    Q_OBJECT

private slots:
    void names_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<NameUse>("use");
        QTest::newRow("empty") << QString() << NameUse::Empty;
        QTest::newRow("built-in exchange") << QStringLiteral("amq.direct") << NameUse::Reserved;
        QTest::newRow("server-named queue") << QStringLiteral("amq.gen-x") << NameUse::Reserved;
        QTest::newRow("prefix alone") << QStringLiteral("amq.") << NameUse::Reserved;
        QTest::newRow("ordinary") << QStringLiteral("orders") << NameUse::Ordinary;
        // Case matters and the dot is part of the prefix, as in rabbit_channel:check_name.
        QTest::newRow("upper case") << QStringLiteral("AMQ.direct") << NameUse::Ordinary;
        QTest::newRow("no dot") << QStringLiteral("amqp") << NameUse::Ordinary;
        QTest::newRow("inside") << QStringLiteral("x.amq.y") << NameUse::Ordinary;
    }
    void names() {
        QFETCH(QString, name);
        QFETCH(NameUse, use);
        QCOMPARE(nameUse(QStringView(name)), use);
        QCOMPARE(nameUse(QByteArrayView(name.toUtf8())), use);
        QCOMPARE(isBrokerName(QStringView(name)), use != NameUse::Ordinary);
    }
};

QTEST_GUILESS_MAIN(TestNamingRules)
#include "tst_naming_rules.moc"
