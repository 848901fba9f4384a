#pragma once

#include <QDialog>
#include <warren/management.h>
#include <warren/snapshot.h>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// "Add binding": from an exchange of a vhost to a queue or another exchange, with a routing
// key and, for headers exchanges, arguments as "name: value" lines. The choices come from
// the latest snapshot; names may also be typed.
class BindingDialog final : public QDialog {
    Q_OBJECT
public:
    explicit BindingDialog(const warren::BrokerSnapshot& snapshot, QWidget* parent = nullptr);

    warren::BindingDefinition definition() const;
    // Preselects a source exchange (the one selected on the Exchanges tab).
    void setSource(const QString& vhost, const QString& exchange);

private:
    void fillChoices();

    warren::BrokerSnapshot m_snapshot;
    QComboBox* m_vhost;
    QComboBox* m_source;
    QComboBox* m_destinationType;
    QComboBox* m_destination;
    QLineEdit* m_routingKey;
    QPlainTextEdit* m_arguments;
};
