#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

// Draws a connection's name ("10.0.0.7:53122 -> 127.0.0.1:5672") so that a narrow column never
// cuts a port in half: it drops the broker's side first (the same for every row), then the
// host's start, keeping the client's port, which is what tells two connections apart. Other
// names elide in the middle as everywhere else in the tables.
class ConnectionNameDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // What is shown of `name` in `width` pixels.
    static QString fit(const QString& name, const QFontMetrics& metrics, int width);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
