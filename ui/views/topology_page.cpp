#include "views/topology_page.h"

#include "backends/broker_backend.h"
#include "views/exchange_choices.h"

#include <QComboBox>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr qreal NodeWidth = 190;
constexpr qreal NodeHeight = 46;
constexpr qreal ColumnGap = 150;
constexpr qreal RowGap = 22;

QPointF nodeOrigin(const TopologyNode& node) {
    return {node.column * (NodeWidth + ColumnGap), node.row * (NodeHeight + RowGap)};
}

QString elided(const QString& text, const QFont& font, qreal width) {
    return QFontMetricsF(font).elidedText(text, Qt::ElideMiddle, width);
}
} // namespace

TopologyPage::TopologyPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_vhost(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this)) {
    m_vhost->setObjectName(QStringLiteral("topologyVhost"));
    m_vhost->setAccessibleName(tr("Virtual host"));
    m_summary->setObjectName(QStringLiteral("topologySummary"));
    m_view->setObjectName(QStringLiteral("topologyView"));
    m_view->setAccessibleName(tr("Topology graph"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    auto* fit = new QPushButton(tr("&Fit to window"), this);
    fit->setObjectName(QStringLiteral("topologyFit"));
    connect(fit, &QPushButton::clicked, this, [this] {
        m_view->fitInView(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20),
                          Qt::KeepAspectRatio);
    });
    auto* actualSize = new QPushButton(tr("&Actual size"), this);
    connect(actualSize, &QPushButton::clicked, this, [this] { m_view->resetTransform(); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Virtual host:"), this));
    bar->addWidget(m_vhost);
    bar->addWidget(m_summary, 1);
    bar->addWidget(fit);
    bar->addWidget(actualSize);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_vhost, &QComboBox::currentTextChanged, this, [this] {
        m_highlighted.clear();
        rebuild();
    });
    connect(backend, &BrokerBackend::operationFinished, this, &TopologyPage::onOperationFinished);
}

void TopologyPage::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    m_snapshot = snapshot;
    fillVhostChoices(m_vhost, snapshot.exchanges);
    rebuild();
}

void TopologyPage::setVhost(const QString& vhost) {
    m_vhost->setCurrentText(vhost);
    rebuild();
}

QString TopologyPage::vhost() const {
    return m_vhost->currentText();
}

void TopologyPage::setHighlightedQueues(const QStringList& queues) {
    m_highlighted = QSet<QString>(queues.cbegin(), queues.cend());
    redraw();
}

void TopologyPage::onOperationFinished(const warren::OperationResult& result) {
    if (result.kind != warren::OperationResult::Kind::TestRoute || !result.error.isEmpty())
        return;
    if (result.vhost != vhost())
        setVhost(result.vhost);
    setHighlightedQueues(result.queues);
}

void TopologyPage::rebuild() {
    TopologyLayout layout = layoutTopology(m_snapshot, vhost());
    // Counters change every second; the picture only when nodes or edges do.
    QStringList key;
    for (const auto& node : std::as_const(layout.nodes))
        key << node.name + (node.isQueue ? QStringLiteral("|q|") : QStringLiteral("|e|")) +
                   node.detail;
    for (const auto& edge : std::as_const(layout.edges))
        key << QStringLiteral("%1>%2:%3:%4")
                   .arg(edge.from)
                   .arg(edge.to)
                   .arg(edge.routingKey, edge.arguments);
    const QString layoutKey = vhost() + QChar(0x1e) + key.join(QChar(0x1f));
    if (layoutKey == m_layoutKey)
        return;
    m_layoutKey = layoutKey;
    m_layout = std::move(layout);
    int exchanges = 0;
    for (const auto& node : std::as_const(m_layout.nodes))
        exchanges += node.isQueue ? 0 : 1;
    m_summary->setText(tr("%n exchange(s)", nullptr, exchanges) + QStringLiteral(", ") +
                       tr("%n queue(s)", nullptr, int(m_layout.nodes.size()) - exchanges) +
                       QStringLiteral(", ") +
                       tr("%n binding(s)", nullptr, int(m_layout.edges.size())));
    redraw();
}

void TopologyPage::redraw() {
    m_scene->clear();
    const QPalette pal = palette();
    const QFont bold = [this] {
        QFont f = font();
        f.setBold(true);
        return f;
    }();
    const QFont small = [this] {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        return f;
    }();

    // Edges first, so the boxes sit on top of them.
    for (const auto& edge : std::as_const(m_layout.edges)) {
        const TopologyNode& from = m_layout.nodes[edge.from];
        const TopologyNode& to = m_layout.nodes[edge.to];
        // Through the centre of each slot between, then into the target.
        QList<QPointF> points{nodeOrigin(from) + QPointF(NodeWidth, NodeHeight / 2)};
        for (int i = 0; i < edge.viaRows.size(); ++i) {
            const TopologyNode slot{QString(), false, QString(), from.column + 1 + i,
                                    edge.viaRows[i]};
            points << nodeOrigin(slot) + QPointF(0, NodeHeight / 2)
                   << nodeOrigin(slot) + QPointF(NodeWidth, NodeHeight / 2);
        }
        points << nodeOrigin(to) + QPointF(0, NodeHeight / 2);
        const QPointF end = points.last();
        QPainterPath path(points.first());
        QPainterPath lastSegment;
        for (int i = 1; i < points.size(); ++i) {
            const QPointF a = points[i - 1];
            const QPointF b = points[i];
            if (i % 2 == 0) { // across a slot: straight
                path.lineTo(b);
                continue;
            }
            const qreal bend = std::max<qreal>(40, (b.x() - a.x()) / 2);
            path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
            lastSegment = QPainterPath(a);
            lastSegment.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
        }
        const bool lit = to.isQueue && m_highlighted.contains(to.name);
        QPen pen(lit ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), lit ? 2.5 : 1.3);
        m_scene->addPath(path, pen);
        QPainterPath arrow(end);
        arrow.lineTo(end + QPointF(-9, -4.5));
        arrow.lineTo(end + QPointF(-9, 4.5));
        arrow.closeSubpath();
        m_scene->addPath(arrow, Qt::NoPen, pen.color());
        QString label = edge.routingKey.isEmpty() ? QString() : edge.routingKey;
        if (!edge.arguments.isEmpty())
            label += (label.isEmpty() ? QString() : QStringLiteral("  ")) + edge.arguments;
        if (!label.isEmpty()) {
            auto* text = m_scene->addSimpleText(elided(label, small, ColumnGap + 40), small);
            text->setBrush(pal.color(QPalette::Text));
            const QPointF middle = lastSegment.pointAtPercent(0.5);
            text->setPos(middle - QPointF(text->boundingRect().width() / 2,
                                          text->boundingRect().height() + 1));
            text->setToolTip(label);
        }
    }

    for (const auto& node : std::as_const(m_layout.nodes)) {
        const QRectF box(nodeOrigin(node), QSizeF(NodeWidth, NodeHeight));
        QPainterPath shape;
        shape.addRoundedRect(box, node.isQueue ? 6 : NodeHeight / 2,
                             node.isQueue ? 6 : NodeHeight / 2);
        const bool lit = node.isQueue && m_highlighted.contains(node.name);
        const QColor fill = lit            ? pal.color(QPalette::Highlight)
                            : node.isQueue ? pal.color(QPalette::Base)
                                           : pal.color(QPalette::AlternateBase);
        auto* item = m_scene->addPath(shape, QPen(pal.color(QPalette::Dark), 1), fill);
        item->setToolTip(node.isQueue ? tr("Queue %1 (%2)").arg(node.name, node.detail)
                                      : tr("Exchange %1 (%2)").arg(node.name, node.detail));
        const QColor ink = lit ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
        auto* name = m_scene->addSimpleText(elided(node.name, bold, NodeWidth - 20), bold);
        name->setBrush(ink);
        name->setPos(box.left() + (NodeWidth - name->boundingRect().width()) / 2, box.top() + 5);
        auto* detail = m_scene->addSimpleText(
            node.isQueue ? tr("queue, %1").arg(node.detail) : node.detail, small);
        detail->setBrush(ink);
        detail->setPos(box.left() + (NodeWidth - detail->boundingRect().width()) / 2,
                       box.bottom() - detail->boundingRect().height() - 5);
    }
    if (m_layout.nodes.isEmpty()) {
        auto* empty = m_scene->addSimpleText(tr("Nothing declared in this virtual host yet."));
        empty->setBrush(pal.color(QPalette::PlaceholderText));
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
}
