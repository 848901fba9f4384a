#include "views/user_dialog.h"

#include "views/create_dialog_buttons.h"

#include <QFormLayout>
#include <QLineEdit>
#include <warren/snapshot.h>

UserDialog::UserDialog(const warren::UserInfo* existing, QWidget* parent)
    : QDialog(parent)
    , m_editing(existing != nullptr)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tags(new QLineEdit(this)) {
    setWindowTitle(m_editing ? tr("Edit user") : tr("New user"));
    m_name->setObjectName(QStringLiteral("name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("e.g. administrator, monitoring"));
    if (existing) {
        m_name->setText(existing->name);
        m_name->setReadOnly(true);
        m_password->setPlaceholderText(tr("unchanged"));
        m_tags->setText(existing->tags.join(QStringLiteral(", ")));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Tags:"), m_tags);
    layOutCreateDialog(this, form, m_name, m_editing ? tr("&Save") : QString());
}

warren::UserDefinition UserDialog::definition() const {
    warren::UserDefinition d;
    d.name = m_name->text().trimmed();
    d.password = m_password->text();
    d.keepPassword = m_editing && d.password.isEmpty();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            d.tags << tag.trimmed();
    return d;
}
