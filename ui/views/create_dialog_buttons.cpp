#include "views/create_dialog_buttons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

void layOutCreateDialog(QDialog* dialog, QFormLayout* form, QLineEdit* name,
                        const QString& acceptText) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* create = buttons->button(QDialogButtonBox::Ok);
    create->setText(acceptText.isEmpty() ? QCoreApplication::translate("CreateDialog", "&Create")
                                         : acceptText);
    create->setEnabled(!name->text().trimmed().isEmpty());
    QObject::connect(name, &QLineEdit::textChanged, create, [create](const QString& text) {
        create->setEnabled(!text.trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
}
