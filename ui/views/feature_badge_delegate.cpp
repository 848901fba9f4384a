#include "views/feature_badge_delegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <algorithm>

namespace {

constexpr int Padding = 4; // inside a pill, left and right
constexpr int Gap = 3;     // between pills
constexpr int Margin = 3;  // between the cell's edge and the first pill

QColor mix(const QColor& a, const QColor& b, double amountOfB) {
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QStringList badgesOf(const QModelIndex& index, int role) {
    return index.data(role).toStringList();
}

} // namespace

FeatureBadgeDelegate::FeatureBadgeDelegate(int badgesRole, int toolTipsRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_badgesRole(badgesRole)
    , m_toolTipsRole(toolTipsRole) {}

FeatureBadgeDelegate::Colours FeatureBadgeDelegate::colours(const QPalette& palette,
                                                            bool selected) {
    if (!selected) {
        // A tint of the text colour over the background: light grey pills with dark letters
        // on a light theme, dark grey with light letters on a dark one.
        const QColor background = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        return {mix(background, text, 0.16), mix(background, text, 0.45), text};
    }
    // On a selected row, pills in the selection's text colour with letters in a deep shade of
    // the selection: the selection's own white on blue is too faint for small letters.
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor fill = mix(palette.color(QPalette::HighlightedText), highlight, 0.12);
    const QColor text = fill.lightnessF() > 0.5 ? highlight.darker(300) : highlight.lighter(300);
    return {fill, palette.color(QPalette::HighlightedText), text};
}

QList<QRect> FeatureBadgeDelegate::badgeRects(const QStyleOptionViewItem& option,
                                              const QModelIndex& index) const {
    QList<QRect> rects;
    const QFontMetrics metrics(option.font);
    const int height = std::max(1, std::min(metrics.height() + 2, option.rect.height() - 2));
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    int left = option.rect.left() + Margin;
    for (const QString& badge : badgesOf(index, m_badgesRole)) {
        const int width = metrics.horizontalAdvance(badge) + 2 * Padding;
        rects.append(QRect(left, top, width, height));
        left += width + Gap;
    }
    return rects;
}

void FeatureBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear(); // the pills say it
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QStringList badges = badgesOf(index, m_badgesRole);
    const QList<QRect> rects = badgeRects(option, index);
    const Colours colour = colours(option.palette, option.state.testFlag(QStyle::State_Selected));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    painter->setClipRect(option.rect);
    for (int i = 0; i < badges.size(); ++i) {
        const QRectF pill = QRectF(rects.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->setPen(QPen(colour.border, 1));
        painter->setBrush(colour.fill);
        painter->drawRoundedRect(pill, 4, 4);
        painter->setPen(colour.text);
        painter->drawText(rects.at(i), Qt::AlignCenter, badges.at(i));
    }
    painter->restore();
}

QSize FeatureBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QList<QRect> rects = badgeRects(option, index);
    if (!rects.isEmpty())
        size.setWidth(std::max(size.width(), rects.last().right() - option.rect.left() + Margin));
    return size;
}

bool FeatureBadgeDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                     const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event && event->type() == QEvent::ToolTip) {
        const QList<QRect> rects = badgeRects(option, index);
        const QStringList tips = index.data(m_toolTipsRole).toStringList();
        for (int i = 0; i < rects.size() && i < tips.size(); ++i)
            if (rects.at(i).contains(event->pos())) {
                // The rectangles are the viewport's, where the pointer must stay for the tip.
                QToolTip::showText(event->globalPos(), tips.at(i), view->viewport(), rects.at(i));
                return true;
            }
    }
    // Between pills: the whole cell's tool tip, every badge in it.
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
