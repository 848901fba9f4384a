#pragma once

#include <QColor>
#include <QList>
#include <QRect>
#include <QStyledItemDelegate>

// Draws a cell's badges (the model's BadgesRole, "D", "TTL", …) as small rounded pills, as
// RabbitMQ's management UI does, and shows the tool tip of the one under the pointer
// (BadgeToolTipsRole). Colours come from the view's palette, so they read in light and dark.
class FeatureBadgeDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    FeatureBadgeDelegate(int badgesRole, int toolTipsRole, QObject* parent = nullptr);

    struct Colours {
        QColor fill;
        QColor border;
        QColor text;
    };
    static Colours colours(const QPalette& palette, bool selected);

    // Where each badge of `index` sits in a cell drawn with `option`, left to right.
    QList<QRect> badgeRects(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    int m_badgesRole;
    int m_toolTipsRole;
};
