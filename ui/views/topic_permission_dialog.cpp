#include "views/topic_permission_dialog.h"

#include "views/create_dialog_buttons.h"
#include "views/exchange_choices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

TopicPermissionDialog::TopicPermissionDialog(const QStringList& users, const QStringList& vhosts,
                                             const QStringList& exchanges, QWidget* parent)
    : QDialog(parent)
    , m_user(new QComboBox(this))
    , m_vhost(new QComboBox(this))
    , m_exchange(new QComboBox(this))
    , m_write(new QLineEdit(QStringLiteral(".*"), this))
    , m_read(new QLineEdit(QStringLiteral(".*"), this)) {
    setWindowTitle(tr("Set topic permission"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User"));
    m_user->setEditable(true);
    m_user->addItems(users);
    m_vhost->setObjectName(QStringLiteral("vhost"));
    m_vhost->setAccessibleName(tr("Virtual host"));
    m_vhost->addItems(vhosts.isEmpty() ? QStringList{QStringLiteral("/")} : vhosts);
    m_exchange->setObjectName(QStringLiteral("exchange"));
    m_exchange->setAccessibleName(tr("Topic exchange"));
    m_exchange->setEditable(true);
    m_exchange->addItems(sortedExchangeNames(exchanges));
    m_exchange->setCurrentText(QStringLiteral("amq.topic"));
    m_write->setObjectName(QStringLiteral("write"));
    m_write->setAccessibleName(tr("Routing keys that may be published"));
    m_read->setObjectName(QStringLiteral("read"));
    m_read->setAccessibleName(tr("Routing keys that may be bound"));
    auto* hint = new QLabel(tr("Regular expressions searched for in routing keys, as RabbitMQ "
                               "does: publishing checks the key against Write, binding a queue "
                               "checks the binding key against Read. {username} and {vhost} "
                               "stand for the client's own; an empty field allows nothing. Only "
                               "topic exchanges are checked."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&Exchange:"), m_exchange);
    form->addRow(tr("&Write:"), m_write);
    form->addRow(tr("&Read:"), m_read);
    form->addRow(hint);
    layOutCreateDialog(this, form, m_user->lineEdit(), tr("&Set"));
}

void TopicPermissionDialog::setPermission(const warren::TopicPermissionDefinition& p) {
    m_user->setCurrentText(p.user);
    m_vhost->setCurrentText(p.vhost);
    m_exchange->setCurrentText(p.exchange);
    m_write->setText(p.write);
    m_read->setText(p.read);
}

warren::TopicPermissionDefinition TopicPermissionDialog::definition() const {
    warren::TopicPermissionDefinition p;
    p.user = m_user->currentText().trimmed();
    p.vhost = m_vhost->currentText();
    p.exchange = m_exchange->currentText().trimmed();
    p.write = m_write->text();
    p.read = m_read->text();
    return p;
}
