#include "views/permission_dialog.h"

#include "views/create_dialog_buttons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PermissionDialog::PermissionDialog(const QStringList& users, const QStringList& vhosts,
                                   QWidget* parent)
    : QDialog(parent)
    , m_user(new QComboBox(this))
    , m_vhost(new QComboBox(this))
    , m_configure(new QLineEdit(QStringLiteral(".*"), this))
    , m_write(new QLineEdit(QStringLiteral(".*"), this))
    , m_read(new QLineEdit(QStringLiteral(".*"), this)) {
    setWindowTitle(tr("Set permission"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setEditable(true);
    m_user->addItems(users);
    m_vhost->setObjectName(QStringLiteral("vhost"));
    m_vhost->addItems(vhosts.isEmpty() ? QStringList{QStringLiteral("/")} : vhosts);
    m_configure->setObjectName(QStringLiteral("configure"));
    m_write->setObjectName(QStringLiteral("write"));
    m_read->setObjectName(QStringLiteral("read"));
    auto* hint = new QLabel(tr("Regular expressions searched for in exchange and queue names, "
                               "as RabbitMQ does: \"^orders\\.\" allows names starting with "
                               "\"orders.\", an empty field allows nothing."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&Configure:"), m_configure);
    form->addRow(tr("&Write:"), m_write);
    form->addRow(tr("&Read:"), m_read);
    form->addRow(hint);
    layOutCreateDialog(this, form, m_user->lineEdit(), tr("&Set"));
}

void PermissionDialog::setPermission(const warren::PermissionDefinition& p) {
    m_user->setCurrentText(p.user);
    m_vhost->setCurrentText(p.vhost);
    m_configure->setText(p.configure);
    m_write->setText(p.write);
    m_read->setText(p.read);
}

warren::PermissionDefinition PermissionDialog::definition() const {
    warren::PermissionDefinition p;
    p.user = m_user->currentText().trimmed();
    p.vhost = m_vhost->currentText();
    p.configure = m_configure->text();
    p.write = m_write->text();
    p.read = m_read->text();
    return p;
}
