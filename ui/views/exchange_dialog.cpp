#include "views/exchange_dialog.h"

#include "views/create_dialog_buttons.h"
#include "views/exchange_choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

ExchangeDialog::ExchangeDialog(const QStringList& vhosts, const QStringList& exchanges,
                               QWidget* parent)
    : QDialog(parent)
    , m_vhost(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_durable(new QCheckBox(tr("Survives a broker restart"), this))
    , m_autoDelete(new QCheckBox(tr("Deleted when its last binding goes"), this))
    , m_internal(new QCheckBox(tr("Only other exchanges publish to it"), this))
    , m_alternateExchange(new QComboBox(this)) {
    setWindowTitle(tr("New exchange"));
    m_vhost->setObjectName(QStringLiteral("vhost"));
    m_vhost->addItems(vhosts.isEmpty() ? QStringList{QStringLiteral("/")} : vhosts);
    m_name->setObjectName(QStringLiteral("name"));
    m_type->setObjectName(QStringLiteral("type"));
    for (const char* type : {"direct", "fanout", "topic", "headers"})
        m_type->addItem(QString::fromLatin1(type), QString::fromLatin1(type));
    m_durable->setObjectName(QStringLiteral("durable"));
    m_durable->setChecked(true);
    m_autoDelete->setObjectName(QStringLiteral("autoDelete"));
    m_internal->setObjectName(QStringLiteral("internal"));
    m_alternateExchange->setObjectName(QStringLiteral("alternateExchange"));
    m_alternateExchange->setEditable(true);
    m_alternateExchange->addItem(QString());
    m_alternateExchange->addItems(sortedExchangeNames(exchanges));
    m_alternateExchange->setToolTip(tr("Messages this exchange cannot route go there instead"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Durable:"), m_durable);
    form->addRow(tr("Auto-delete:"), m_autoDelete);
    form->addRow(tr("Internal:"), m_internal);
    form->addRow(tr("&Alternate exchange:"), m_alternateExchange);

    layOutCreateDialog(this, form, m_name);
}

warren::ExchangeDefinition ExchangeDialog::definition() const {
    warren::ExchangeDefinition d;
    d.vhost = m_vhost->currentText();
    d.name = m_name->text().trimmed();
    d.type = m_type->currentData().toString();
    d.durable = m_durable->isChecked();
    d.autoDelete = m_autoDelete->isChecked();
    d.internal = m_internal->isChecked();
    d.alternateExchange = m_alternateExchange->currentText().trimmed();
    return d;
}
