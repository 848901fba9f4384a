#pragma once

#include "models/topology_layout.h"

#include <QSet>
#include <QWidget>
#include <warren/management.h>
#include <warren/snapshot.h>

class BrokerBackend;
class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;

// The topology of one vhost as a graph: exchanges → exchanges → queues, routing keys on the
// edges. A route test (Routing tab) highlights the queues it reached. Redrawn only when the
// vhost's topology changes, not on every snapshot, so the view does not flicker or lose its
// scroll position.
class TopologyPage final : public QWidget {
    Q_OBJECT
public:
    explicit TopologyPage(BrokerBackend* backend, QWidget* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot);
    void setVhost(const QString& vhost);
    QString vhost() const;
    void setHighlightedQueues(const QStringList& queues);

    const TopologyLayout& layoutShown() const { return m_layout; }
    QSet<QString> highlightedQueues() const { return m_highlighted; }
    QGraphicsScene* scene() const { return m_scene; }
    class QGraphicsView* view() const {
        return m_view;
    }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // What the graph is drawn in, from the palette, so it reads in light and dark themes.
    struct Colours {
        QColor background, text, edge, frame, exchangeFill, queueFill, highlight, highlightedText,
            deadLetter;
    };
    Colours colours() const;
    // A label on `along`, where it overlaps no rectangle in `taken` if any point allows; adds
    // its own rectangle there. Lines longer than `width` (0: a column gap) are elided.
    class QGraphicsSimpleTextItem* addLabel(const QString& label, const class QPainterPath& along,
                                            const QFont& font, const QColor& ink,
                                            QList<QRectF>& taken, qreal width = 0);
    void onOperationFinished(const warren::OperationResult& result);
    void rebuild();
    void redraw();
    // Scrolls a graph larger than the view to its top left the first time it is seen: the
    // dead-letter lanes and the first exchanges are there (QGraphicsView would centre it).
    void showStartOnce();

    warren::BrokerSnapshot m_snapshot;
    TopologyLayout m_layout;
    QString m_layoutKey; // what the drawn layout was made from; unchanged means no redraw
    QSet<QString> m_highlighted;
    QComboBox* m_vhost;
    QLabel* m_summary;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    bool m_startShown = false; // this virtual host's graph was scrolled to its start
};
