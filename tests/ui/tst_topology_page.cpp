#include "fake_backend.h"
#include "screenshot.h"
#include "views/app_theme.h"
#include "views/topology_page.h"

#include <QAbstractGraphicsShapeItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QTest>

namespace {

warren::ExchangeInfo exchange(const QString& name, const QString& type) {
    warren::ExchangeInfo info;
    info.vhost = QStringLiteral("/");
    info.name = name;
    info.type = type;
    info.durable = true;
    return info;
}

warren::QueueInfo queue(const QString& name, const QString& arguments = {}) {
    warren::QueueInfo info;
    info.vhost = QStringLiteral("/");
    info.name = name;
    info.durable = true;
    info.arguments = arguments;
    return info;
}

warren::BindingInfo binding(const QString& source, const QString& queue, const QString& key) {
    return {QStringLiteral("/"), source, queue, QStringLiteral("queue"), key, QString()};
}

// Orders routed by many keys into few queues (the labels of edges meeting at one queue used to
// land on top of each other), and a retry queue dead-lettering back into the main exchange.
warren::BrokerSnapshot crowdedSnapshot() {
    warren::BrokerSnapshot s;
    s.exchanges = {exchange(QStringLiteral("orders"), QStringLiteral("topic")),
                   exchange(QStringLiteral("orders.dlx"), QStringLiteral("fanout"))};
    s.queues = {
        queue(QStringLiteral("audit")),
        queue(QStringLiteral("orders.retry"),
              QStringLiteral("x-message-ttl: 5000, x-dead-letter-exchange: orders, "
                             "x-dead-letter-routing-key: order.retried")),
        queue(QStringLiteral("shipping"), QStringLiteral("x-dead-letter-exchange: orders.dlx")),
        queue(QStringLiteral("dead"))};
    for (const char* key : {"order.created", "order.paid", "order.shipped", "order.cancelled",
                            "order.refunded", "order.#"})
        s.bindings.append(
            binding(QStringLiteral("orders"), QStringLiteral("audit"), QString::fromLatin1(key)));
    s.bindings.append(binding(QStringLiteral("orders"), QStringLiteral("shipping"),
                              QStringLiteral("order.paid")));
    s.bindings.append(binding(QStringLiteral("orders.dlx"), QStringLiteral("dead"), QString()));
    return s;
}

QList<QGraphicsItem*> itemsTagged(const QGraphicsScene* scene, const QString& tag) {
    QList<QGraphicsItem*> tagged;
    for (QGraphicsItem* item : scene->items())
        if (item->data(0).toString() == tag)
            tagged.append(item);
    return tagged;
}

// WCAG's contrast ratio of two colours: 1 (none) to 21 (black on white).
qreal contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestTopologyPage final : public QObject {
    Q_OBJECT
private slots:
    void edgeLabelsDoNotOverlap() {
        FakeBackend backend;
        TopologyPage page(&backend);
        page.applySnapshot(crowdedSnapshot());
        const QList<QGraphicsItem*> labels = itemsTagged(page.scene(), QStringLiteral("label"));
        // One per pair of nodes with keyed bindings between them, one per dead-letter link.
        QCOMPARE(labels.size(), 2 + 2);
        const auto* audit = static_cast<QGraphicsSimpleTextItem*>([&] {
            for (QGraphicsItem* label : labels)
                if (label->toolTip().startsWith(QLatin1String("order.created")))
                    return label;
            return labels.first();
        }());
        // Six keys: three shown, the rest counted, all in the tool tip.
        QCOMPARE(audit->text(), QStringLiteral("order.created\norder.paid\norder.shipped\n"
                                               "… and 3 more"));
        QCOMPARE(audit->toolTip().count(QLatin1Char('\n')), 5);
        for (int i = 0; i < labels.size(); ++i)
            for (int j = i + 1; j < labels.size(); ++j) {
                const auto* a = static_cast<QGraphicsSimpleTextItem*>(labels[i]);
                const auto* b = static_cast<QGraphicsSimpleTextItem*>(labels[j]);
                QVERIFY2(!a->sceneBoundingRect().intersects(b->sceneBoundingRect()),
                         qPrintable(a->text() + QStringLiteral(" / ") + b->text()));
            }
    }

    void deadLetterLinksAreDrawn() {
        FakeBackend backend;
        TopologyPage page(&backend);
        page.applySnapshot(crowdedSnapshot());
        const TopologyLayout& layout = page.layoutShown();
        QCOMPARE(layout.deadLetters.size(), 2);
        QStringList links;
        for (const auto& link : layout.deadLetters)
            links << layout.nodes[link.queue].name + QStringLiteral(" > ") +
                         layout.nodes[link.exchange].name + QLatin1Char(' ') + link.routingKey;
        links.sort();
        QCOMPARE(links, QStringList({QStringLiteral("orders.retry > orders order.retried"),
                                     QStringLiteral("shipping > orders.dlx ")}));
        const QList<QGraphicsItem*> drawn =
            itemsTagged(page.scene(), QStringLiteral("dead-letter"));
        QCOMPARE(drawn.size(), 2);
        QStringList tips;
        for (const QGraphicsItem* item : drawn) {
            QCOMPARE(static_cast<const QGraphicsPathItem*>(item)->pen().style(), Qt::DashLine);
            tips << item->toolTip();
        }
        tips.sort();
        QCOMPARE(tips.first(), QStringLiteral("Dead letters of queue orders.retry go to exchange "
                                              "orders with routing key order.retried"));
        // No box is crossed: the link's path keeps out of every node but its two ends.
        for (const QGraphicsItem* item : drawn) {
            const QPainterPath path = static_cast<const QGraphicsPathItem*>(item)->path();
            for (const auto& node : layout.nodes) {
                const QRectF box = [&] {
                    for (QGraphicsItem* other : page.scene()->items())
                        if (other->toolTip().contains(node.name + QStringLiteral(" (")) &&
                            other->zValue() == 3)
                            return other->sceneBoundingRect();
                    return QRectF();
                }();
                QVERIFY(!box.isNull());
                for (qreal at = 0.02; at < 0.98; at += 0.02)
                    QVERIFY2(!box.adjusted(2, 2, -2, -2).contains(path.pointAtPercent(at)),
                             qPrintable(node.name));
            }
        }
    }

    // A graph wider and taller than the view opens at its top left, where the dead-letter lanes
    // and the first exchanges are, not scrolled to its middle.
    void largeGraphOpensAtItsStart() {
        FakeBackend backend;
        TopologyPage page(&backend);
        page.resize(360, 220);
        page.applySnapshot(crowdedSnapshot());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QRectF scene = page.scene()->sceneRect();
        QVERIFY(scene.width() > page.view()->viewport()->width());
        QTRY_VERIFY(page.view()->mapToScene(QPoint(0, 0)).x() <= scene.left() + 1);
        QVERIFY(page.view()->mapToScene(QPoint(0, 0)).y() <= scene.top() + 1);
    }

    void readableInTheDarkTheme() {
        FakeBackend backend;
        TopologyPage page(&backend);
        page.setPalette(AppTheme::darkPalette());
        page.applySnapshot(crowdedSnapshot());
        const QColor background = AppTheme::darkPalette().color(QPalette::Base);
        for (QGraphicsItem* item : page.scene()->items()) {
            if (item->data(0) == QStringLiteral("binding")) {
                const QColor edge = static_cast<QGraphicsPathItem*>(item)->pen().color();
                QVERIFY2(contrast(edge, background) >= 3, qPrintable(edge.name()));
            }
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                QVERIFY2(contrast(text->brush().color(), background) >= 4.5,
                         qPrintable(text->text()));
        }
        // Switching the theme while the page is open repaints it.
        page.setPalette(QPalette(Qt::white));
        const auto* label = static_cast<QGraphicsSimpleTextItem*>(
            itemsTagged(page.scene(), QStringLiteral("label")).first());
        QVERIFY(contrast(label->brush().color(), Qt::white) >= 4.5);
        page.setPalette(AppTheme::darkPalette());
        page.resize(1100, 600);
        saveScreenshot(&page, QStringLiteral("topology-dark.png"));
    }
};

QTEST_MAIN(TestTopologyPage)
#include "tst_topology_page.moc"
