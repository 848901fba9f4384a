#include "views/connection_name_delegate.h"

#include <QFontMetrics>
#include <QStyle>
#include <QWidget>

namespace {
const QString arrow = QStringLiteral(" -> ");
} // namespace

QString ConnectionNameDelegate::fit(const QString& name, const QFontMetrics& metrics, int width) {
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    const qsizetype split = name.indexOf(arrow);
    if (split < 0)
        return metrics.elidedText(name, Qt::ElideMiddle, width);
    const QString client = name.left(split);
    const QString clientAndMore = client + arrow + QChar(0x2026);
    if (metrics.horizontalAdvance(clientAndMore) <= width)
        return clientAndMore;
    if (metrics.horizontalAdvance(client) <= width)
        return client;
    return metrics.elidedText(client, Qt::ElideLeft, width);
}

void ConnectionNameDelegate::initStyleOption(QStyleOptionViewItem* option,
                                             const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!option->widget)
        return;
    // The text rectangle the style will draw in, less the margins it keeps on both sides.
    const int margin = 2 * (option->widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin,
                                                                 option, option->widget) +
                            1);
    const int width = option->rect.width() - margin;
    if (width > 0)
        option->text = fit(option->text, option->fontMetrics, width);
}
