#pragma once

#include <QDialog>
#include <warren/management.h>

class QCheckBox;
class QComboBox;
class QLineEdit;

// "New exchange": vhost, name, type, durability, auto-delete, internal, alternate exchange.
class ExchangeDialog final : public QDialog {
    Q_OBJECT
public:
    ExchangeDialog(const QStringList& vhosts, const QStringList& exchanges,
                   QWidget* parent = nullptr);

    warren::ExchangeDefinition definition() const;

private:
    QComboBox* m_vhost;
    QLineEdit* m_name;
    QComboBox* m_type;
    QCheckBox* m_durable;
    QCheckBox* m_autoDelete;
    QCheckBox* m_internal;
    QComboBox* m_alternateExchange;
};
