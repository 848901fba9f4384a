#pragma once

#include "models/snapshot_table_model.h"

// The exchanges of every vhost, one row per (vhost, name).
class ExchangeTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        VhostColumn,
        TypeColumn,
        FeaturesColumn,
        InRateColumn,
        OutRateColumn,
        ColumnCount
    };

    explicit ExchangeTableModel(QObject* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    void setExchanges(QList<warren::ExchangeInfo> exchanges);
    const warren::ExchangeInfo& exchangeAt(int row) const { return m_exchanges.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;
    QString cellText(int row, int column) const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    static QVariant valueOf(const warren::ExchangeInfo& exchange, int column);

    QList<warren::ExchangeInfo> m_exchanges;
};
