// The shipped translations: every string of the console translated in each language (lupdate
// marks new ones "unfinished"), German with one word for "publish", and Simplified Chinese
// without English words left where a reader expects Chinese ("Broker", "durable", "disc").

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation; // numerus forms joined by '\n'
    bool unfinished = false;
};

QList<Message> readTs(const QString& language) {
    QFile file(QDir(QStringLiteral(WARREN_TRANSLATIONS_DIR))
                   .filePath(QStringLiteral("warren_%1.ts").arg(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, false});
        } else if (xml.name() == u"source") {
            messages.back().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            messages.back().unfinished =
                xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            messages.back().translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return messages;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

    QString translated(QTranslator& translator, const char* context, const char* source) {
        return translator.translate(context, source);
    }

private slots:
    void everyStringIsTranslated_data() {
        QTest::addColumn<QString>("language");
        for (const char* language : {"de", "fr", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyStringIsTranslated() {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(language);
        QVERIFY(messages.size() > 900);
        QStringList missing;
        for (const Message& m : messages)
            if (m.unfinished || m.translation.trimmed().isEmpty())
                missing << m.context + QStringLiteral(" | ") + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void germanSaysVeroeffentlichenForEveryPublish() {
        // "Publisher" (a client that publishes) is a noun of its own; every "publish" verb is
        // veröffentlichen, never "senden", which is what Send is.
        const QRegularExpression publish(QStringLiteral("publish(?!er)"),
                                         QRegularExpression::CaseInsensitiveOption);
        QStringList mixed;
        for (const Message& m : readTs(QStringLiteral("de")))
            if (publish.match(m.source).hasMatch() &&
                !m.translation.contains(QStringLiteral("eröffentlich")))
                mixed << m.source + QStringLiteral(" → ") + m.translation;
        QVERIFY2(mixed.isEmpty(), qPrintable(mixed.join(QLatin1Char('\n'))));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/warren_de.qm")));
        QCOMPARE(translated(german, "ConsoleWindow", "Publish"), QStringLiteral("Veröffentlichen"));
        QCOMPARE(translated(german, "RateCharts", "Publish"), QStringLiteral("Veröffentlichen"));
        QCOMPARE(translated(german, "PasswordDialog", "&Remember password"),
                 QStringLiteral("Passwort &merken"));
    }

    void chineseLeavesNoEnglishBrokerDurableOrDisc() {
        QStringList english;
        for (const Message& m : readTs(QStringLiteral("zh_CN")))
            if (m.translation.contains(QStringLiteral("Broker")))
                english << m.translation;
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/warren_zh_CN.qm")));
        QCOMPARE(translated(chinese, "OverviewPage", "Broker"), QStringLiteral("代理"));
        QCOMPARE(translated(chinese, "TopologyLayout", "durable"), QStringLiteral("持久"));
        QCOMPARE(translated(chinese, "QueueTableModel", "durable"), QStringLiteral("持久"));
        QCOMPARE(translated(chinese, "NodeTableModel", "disc"), QStringLiteral("磁盘"));
        QCOMPARE(translated(chinese, "ConnectAppCard", "Connect your application"),
                 QStringLiteral("连接您的应用程序"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
