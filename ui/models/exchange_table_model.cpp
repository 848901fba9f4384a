#include "models/exchange_table_model.h"

#include <QFont>
#include <QStringList>
#include <utility>

ExchangeTableModel::ExchangeTableModel(QObject* parent)
    : SnapshotTableModel(parent) {}

void ExchangeTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    setExchanges(snapshot.exchanges);
}

void ExchangeTableModel::setExchanges(QList<warren::ExchangeInfo> exchanges) {
    mergeRows(
        m_exchanges, std::move(exchanges),
        [](const warren::ExchangeInfo& exchange) {
            return std::pair(exchange.vhost, exchange.name);
        },
        &ExchangeTableModel::valueOf);
}

int ExchangeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int ExchangeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind ExchangeTableModel::columnKind(int column) const {
    switch (column) {
    case InRateColumn:
    case OutRateColumn:
        return ColumnKind::Rate;
    default:
        return ColumnKind::Text;
    }
}

QString ExchangeTableModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Name");
    case VhostColumn:
        return tr("Vhost");
    case TypeColumn:
        return tr("Type");
    case FeaturesColumn:
        return tr("Features");
    case InRateColumn:
        return tr("In/s");
    case OutRateColumn:
        return tr("Out/s");
    }
    return {};
}

QVariant ExchangeTableModel::cellValue(int row, int column) const {
    return valueOf(m_exchanges.at(row), column);
}

QString ExchangeTableModel::cellText(int row, int column) const {
    const auto& exchange = m_exchanges.at(row);
    if (column == NameColumn && exchange.name.isEmpty()) {
        return tr("(AMQP default)");
    }
    return SnapshotTableModel::cellText(row, column);
}

QVariant ExchangeTableModel::cellData(int row, int column, int role) const {
    const auto& exchange = m_exchanges.at(row);
    if (role == Qt::FontRole && column == NameColumn && exchange.name.isEmpty()) {
        // Set apart because it is a placeholder, not a name a client can declare.
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::ToolTipRole) {
        return {};
    }
    if (column == FeaturesColumn) {
        QStringList features;
        features << (exchange.durable ? tr("Durable") : tr("Transient"));
        if (exchange.autoDelete) {
            features << tr("Auto-delete");
        }
        if (exchange.internal) {
            features << tr("Internal");
        }
        return features.join(QStringLiteral(", "));
    }
    if (column == NameColumn && !exchange.arguments.isEmpty()) {
        return tr("Arguments: %1").arg(exchange.arguments);
    }
    return {};
}

QVariant ExchangeTableModel::valueOf(const warren::ExchangeInfo& exchange, int column) {
    switch (column) {
    case NameColumn:
        return exchange.name;
    case VhostColumn:
        return exchange.vhost;
    case TypeColumn:
        return exchange.type;
    case FeaturesColumn: {
        // RabbitMQ's management UI abbreviations, which operators already read.
        QStringList features;
        if (exchange.durable) {
            features << QStringLiteral("D");
        }
        if (exchange.autoDelete) {
            features << QStringLiteral("AD");
        }
        if (exchange.internal) {
            features << QStringLiteral("I");
        }
        return features.join(QLatin1Char(' '));
    }
    case InRateColumn:
        return exchange.publishInRate;
    case OutRateColumn:
        return exchange.publishOutRate;
    }
    return {};
}
