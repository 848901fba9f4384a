#include "views/app_icon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

// Paints the 128×128 design of resources/warren.svg scaled to `size`.
QPixmap paintIcon(int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 128.0, size / 128.0);

    QPainterPath tile;
    tile.addRoundedRect(QRectF(4, 4, 120, 120), 24, 24);
    painter.fillPath(tile, QColor(0x3d, 0x6b, 0x4f));
    QPainterPath earth;
    earth.addRect(QRectF(4, 52, 120, 72));
    painter.fillPath(tile.intersected(earth), QColor(0x6b, 0x4a, 0x2f));

    const QColor sand(0xf2, 0xe6, 0xc9);
    QPen tunnel(sand, 9, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(tunnel);
    painter.setBrush(Qt::NoBrush);
    QPainterPath left(QPointF(24, 52));
    left.cubicTo(QPointF(24, 72), QPointF(44, 80), QPointF(64, 86));
    QPainterPath right(QPointF(104, 52));
    right.cubicTo(QPointF(104, 72), QPointF(84, 80), QPointF(64, 86));
    painter.drawPath(left);
    painter.drawPath(right);
    painter.drawLine(QPointF(64, 86), QPointF(64, 112));

    painter.setPen(Qt::NoPen);
    painter.setBrush(sand);
    painter.drawEllipse(QPointF(64, 86), 15, 10);
    painter.drawEllipse(QPointF(92, 30), 9, 9);
    return pixmap;
}

} // namespace

QIcon warrenAppIcon() {
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}
