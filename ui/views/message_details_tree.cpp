#include "views/message_details_tree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

QString scalarText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toDouble() == double(value.toInteger()) ? QString::number(value.toInteger())
                                                             : QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    default:
        return QStringLiteral("void");
    }
}

// Adds `value` under `parent` as `name`, opening tables and arrays into children.
void addValue(QTreeWidgetItem* parent, const QString& name, const QJsonValue& value, bool inDeath) {
    auto* item = new QTreeWidgetItem(parent, {name});
    if (value.isObject()) {
        const QJsonObject table = value.toObject();
        item->setText(1, QCoreApplication::translate("MessageDetailsTree", "table, %n field(s)",
                                                     nullptr, int(table.size())));
        for (auto it = table.begin(); it != table.end(); ++it)
            addValue(item, it.key(), it.value(), inDeath);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, QCoreApplication::translate("MessageDetailsTree", "array, %n entry(s)",
                                                     nullptr, int(array.size())));
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(item, QStringLiteral("[%1]").arg(i), array.at(i), inDeath);
    } else if (inDeath && name == QLatin1String("time") && value.isDouble()) {
        // x-death's time is an AMQP timestamp: seconds since the epoch.
        const QDateTime when = QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
        item->setText(1,
                      QStringLiteral("%1 (%2)").arg(scalarText(value), when.toString(Qt::ISODate)));
    } else {
        item->setText(1, scalarText(value));
    }
}

} // namespace

MessageDetailsTree::MessageDetailsTree(QWidget* parent)
    : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderLabels({tr("Property"), tr("Value")});
    header()->setStretchLastSection(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void MessageDetailsTree::showMessage(const warren::PeekedMessage& message) {
    clear();
    auto* root = invisibleRootItem();
    new QTreeWidgetItem(root, {tr("exchange"), message.exchange});
    new QTreeWidgetItem(root, {tr("routing key"), message.routingKey});
    new QTreeWidgetItem(root, {tr("redelivered"), message.redelivered ? tr("yes") : tr("no")});
    for (const auto& [name, value] : message.properties)
        new QTreeWidgetItem(root, {name, value});
    if (!message.headers.isEmpty()) {
        auto* headers =
            new QTreeWidgetItem(root, {QStringLiteral("headers"),
                                       tr("%n header(s)", nullptr, int(message.headers.size()))});
        for (const auto& [name, value] : message.headers)
            addValue(headers, name, value,
                     name == QLatin1String("x-death") || name == QLatin1String("x-first-death"));
    }
    expandAll();
    resizeColumnToContents(0);
}
