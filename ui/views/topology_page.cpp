#include "views/topology_page.h"

#include "backends/broker_backend.h"
#include "views/exchange_choices.h"

#include <QComboBox>
#include <QEvent>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
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
        m_startShown = false;
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
    for (const auto& link : std::as_const(layout.deadLetters))
        key << QStringLiteral("%1~%2:%3").arg(link.queue).arg(link.exchange).arg(link.routingKey);
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

void TopologyPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // After the layout has given the view its size, so the scroll bars have their ranges.
    QTimer::singleShot(0, this, &TopologyPage::showStartOnce);
}

void TopologyPage::showStartOnce() {
    if (m_startShown || m_layout.nodes.isEmpty() || !m_view->isVisible())
        return;
    m_startShown = true;
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum());
}

void TopologyPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Colours come from the palette: a theme switched while the page shows repaints it.
    if (event->type() == QEvent::PaletteChange)
        redraw();
}

TopologyPage::Colours TopologyPage::colours() const {
    const QPalette pal = palette();
    Colours c;
    // Lines and frames in a mix of the text and the background, not the palette's Mid/Dark
    // shades: a dark palette's Mid is nearly its background, and the edges vanished.
    const auto mix = [](const QColor& a, const QColor& b, qreal share) {
        return QColor::fromRgbF(a.redF() * share + b.redF() * (1 - share),
                                a.greenF() * share + b.greenF() * (1 - share),
                                a.blueF() * share + b.blueF() * (1 - share));
    };
    c.background = pal.color(QPalette::Base);
    c.text = pal.color(QPalette::Text);
    c.edge = mix(c.text, c.background, 0.55);
    c.frame = mix(c.text, c.background, 0.45);
    c.exchangeFill = mix(c.text, c.background, 0.08);
    c.queueFill = c.background;
    c.highlight = pal.color(QPalette::Highlight);
    c.highlightedText = pal.color(QPalette::HighlightedText);
    // Dead letters in a warm colour that reads on light and dark backgrounds alike.
    c.deadLetter =
        c.background.lightnessF() < 0.5 ? QColor(0xf0, 0x8a, 0x4b) : QColor(0xc2, 0x4e, 0x00);
    return c;
}

QGraphicsSimpleTextItem* TopologyPage::addLabel(const QString& label, const QPainterPath& along,
                                                const QFont& font, const QColor& ink,
                                                QList<QRectF>& taken, qreal width) {
    QStringList lines = label.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = elided(line, font, width > 0 ? width : ColumnGap + 40);
    auto* text = new QGraphicsSimpleTextItem(lines.join(QLatin1Char('\n')));
    text->setFont(font);
    text->setBrush(ink);
    text->setToolTip(label);
    const QSizeF size = text->boundingRect().size();
    // Edges into one queue meet at its box, so their midpoints crowd together: try points
    // along the edge, nearest the middle first, and take the first where the label overlaps no
    // other label and no box; failing that, the one that overlaps least.
    QRectF best;
    qreal bestOverlap = -1;
    for (const qreal at : {0.5, 0.35, 0.65, 0.2, 0.8, 0.42, 0.58, 0.28, 0.72, 0.12, 0.88}) {
        const QPointF point = along.pointAtPercent(at);
        const QRectF rect(point - QPointF(size.width() / 2, size.height() + 1), size);
        qreal overlap = 0;
        for (const QRectF& other : std::as_const(taken)) {
            const QRectF both = rect.intersected(other);
            overlap += both.width() * both.height();
        }
        if (bestOverlap < 0 || overlap < bestOverlap) {
            best = rect;
            bestOverlap = overlap;
        }
        if (overlap == 0)
            break;
    }
    taken.append(best.adjusted(-2, -1, 2, 1));
    // A plate of background behind the text keeps it readable where edges cross it.
    QColor plate = colours().background;
    plate.setAlphaF(0.85);
    auto* back = m_scene->addRect(best.adjusted(-2, 0, 2, 0), Qt::NoPen, plate);
    back->setZValue(1);
    text->setPos(best.topLeft());
    text->setZValue(2);
    text->setData(0, QStringLiteral("label"));
    m_scene->addItem(text);
    return text;
}

void TopologyPage::redraw() {
    m_scene->clear();
    const Colours c = colours();
    m_view->setBackgroundBrush(c.background);
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
    // Labels keep clear of the boxes and of each other.
    QList<QRectF> taken;
    for (const auto& node : std::as_const(m_layout.nodes))
        taken.append(QRectF(nodeOrigin(node), QSizeF(NodeWidth, NodeHeight)));

    // Edges first, so the boxes sit on top of them.
    // Bindings between the same exchange and queue share one line, their keys listed in one
    // label: drawn apart they lay on the same curve and their labels on top of each other.
    QHash<std::pair<int, int>, QStringList> keysOf;
    for (const auto& edge : std::as_const(m_layout.edges)) {
        QString label = edge.routingKey;
        if (!edge.arguments.isEmpty())
            label += (label.isEmpty() ? QString() : QStringLiteral("  ")) + edge.arguments;
        QStringList& keys = keysOf[{edge.from, edge.to}];
        if (!label.isEmpty())
            keys.append(label);
    }
    QSet<std::pair<int, int>> drawn;
    for (const auto& edge : std::as_const(m_layout.edges)) {
        if (drawn.contains({edge.from, edge.to}))
            continue;
        drawn.insert({edge.from, edge.to});
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
        QPen pen(lit ? c.highlight : c.edge, lit ? 2.5 : 1.3);
        m_scene->addPath(path, pen)->setData(0, QStringLiteral("binding"));
        QPainterPath arrow(end);
        arrow.lineTo(end + QPointF(-9, -4.5));
        arrow.lineTo(end + QPointF(-9, 4.5));
        arrow.closeSubpath();
        m_scene->addPath(arrow, Qt::NoPen, pen.color());
        const QStringList& keys = keysOf.value({edge.from, edge.to});
        if (keys.isEmpty())
            continue;
        constexpr int MaxLines = 4;
        QStringList lines = keys.mid(0, keys.size() > MaxLines ? MaxLines - 1 : MaxLines);
        if (keys.size() > MaxLines)
            lines << tr("… and %n more", nullptr, int(keys.size() - lines.size()));
        addLabel(lines.join(QLatin1Char('\n')), lastSegment, small, c.text, taken)
            ->setToolTip(keys.join(QLatin1Char('\n')));
    }

    // Dead-letter links run backwards (from a queue to an exchange left of it): out of the
    // queue's right side, over the top of the picture and into the exchange's left side, each
    // in a lane of its own, so they cross no box and no other dead-letter link.
    for (int k = 0; k < m_layout.deadLetters.size(); ++k) {
        const TopologyDeadLetterLink& link = m_layout.deadLetters[k];
        const TopologyNode& queue = m_layout.nodes[link.queue];
        const TopologyNode& exchange = m_layout.nodes[link.exchange];
        const QPointF start = nodeOrigin(queue) + QPointF(NodeWidth, NodeHeight / 2);
        const QPointF end = nodeOrigin(exchange) + QPointF(0, NodeHeight / 2);
        const qreal lane = 24 + 14 * k;
        const qreal top = -lane - 4;
        QPainterPath path(start);
        path.lineTo(start.x() + lane, start.y());
        path.lineTo(start.x() + lane, top);
        path.lineTo(end.x() - lane, top);
        path.lineTo(end.x() - lane, end.y());
        path.lineTo(end);
        auto* item = m_scene->addPath(path, QPen(c.deadLetter, 1.5, Qt::DashLine));
        item->setData(0, QStringLiteral("dead-letter"));
        const QString tip =
            link.routingKey.isEmpty()
                ? tr("Dead letters of queue %1 go to exchange %2").arg(queue.name, exchange.name)
                : tr("Dead letters of queue %1 go to exchange %2 with routing key %3")
                      .arg(queue.name, exchange.name, link.routingKey);
        item->setToolTip(tip);
        QPainterPath arrow(end);
        arrow.lineTo(end + QPointF(-9, -4.5));
        arrow.lineTo(end + QPointF(-9, 4.5));
        arrow.closeSubpath();
        m_scene->addPath(arrow, Qt::NoPen, c.deadLetter);
        // Along the top, where nothing else runs.
        QPainterPath over(QPointF(start.x() + lane, top));
        over.lineTo(end.x() - lane, top);
        addLabel(link.routingKey.isEmpty()
                     ? tr("dead letters from %1").arg(queue.name)
                     : tr("dead letters from %1, key %2").arg(queue.name, link.routingKey),
                 over, small, c.deadLetter, taken, over.length() - 20)
            ->setToolTip(tip);
    }

    for (const auto& node : std::as_const(m_layout.nodes)) {
        const QRectF box(nodeOrigin(node), QSizeF(NodeWidth, NodeHeight));
        QPainterPath shape;
        shape.addRoundedRect(box, node.isQueue ? 6 : NodeHeight / 2,
                             node.isQueue ? 6 : NodeHeight / 2);
        const bool lit = node.isQueue && m_highlighted.contains(node.name);
        const QColor fill = lit ? c.highlight : node.isQueue ? c.queueFill : c.exchangeFill;
        auto* item = m_scene->addPath(shape, QPen(c.frame, 1), fill);
        item->setZValue(3);
        item->setToolTip(node.isQueue ? tr("Queue %1 (%2)").arg(node.name, node.detail)
                                      : tr("Exchange %1 (%2)").arg(node.name, node.detail));
        const QColor ink = lit ? c.highlightedText : c.text;
        auto* name = m_scene->addSimpleText(elided(node.name, bold, NodeWidth - 20), bold);
        name->setBrush(ink);
        name->setZValue(4);
        name->setPos(box.left() + (NodeWidth - name->boundingRect().width()) / 2, box.top() + 5);
        auto* detail = m_scene->addSimpleText(
            node.isQueue ? tr("queue, %1").arg(node.detail) : node.detail, small);
        detail->setBrush(ink);
        detail->setZValue(4);
        detail->setPos(box.left() + (NodeWidth - detail->boundingRect().width()) / 2,
                       box.bottom() - detail->boundingRect().height() - 5);
    }
    if (m_layout.nodes.isEmpty()) {
        auto* empty = m_scene->addSimpleText(tr("Nothing declared in this virtual host yet."));
        empty->setBrush(palette().color(QPalette::PlaceholderText));
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    if (isVisible())
        QTimer::singleShot(0, this, &TopologyPage::showStartOnce);
}
