#include "views/password_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const PasswordQuestion& question, QWidget* parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember password"), this))
    , m_plain(new QCheckBox(tr("Store in &plain settings file (not encrypted)"), this))
    , m_plainWarning(new QLabel(this)) {
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password for %1").arg(question.profileName));
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("passwordQuestion"));
    intro->setWordWrap(true);
    intro->setText(question.keychainError.isEmpty()
                       ? tr("No password is saved for '%1'. Enter the password of %2:")
                             .arg(question.profileName, question.user)
                       : tr("The keychain could not give the password for '%1': %2\n"
                            "Enter the password of %3:")
                             .arg(question.profileName, question.keychainError, question.user));
    m_password->setObjectName(QStringLiteral("promptedPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setAccessibleName(tr("Remember password"));
    m_plain->setObjectName(QStringLiteral("plainSettingsPassword"));
    m_plain->setAccessibleName(tr("Store in plain settings file"));
    m_plainWarning->setObjectName(QStringLiteral("plainSettingsWarning"));
    m_plainWarning->setAccessibleName(tr("Warning"));
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_plainWarning->setText(tr("⚠ Anyone who can read your settings file can read this "
                               "password. Use this only if the keychain cannot be made to work."));
    m_plainWarning->setVisible(false);
    // Only a keychain that failed makes the plain file an option, and only to remember.
    const bool keychainFailed = !question.keychainError.isEmpty();
    m_plain->setVisible(keychainFailed);
    m_plain->setEnabled(false);
    connect(m_remember, &QCheckBox::toggled, this, [this](bool remember) {
        m_plain->setEnabled(remember);
        if (!remember)
            m_plain->setChecked(false);
    });
    connect(m_plain, &QCheckBox::toggled, this, [this](bool plain) {
        m_plainWarning->setVisible(plain);
        adjustSize(); // room for the warning, never cut off
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_plain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("passwordButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_plainWarning);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

PasswordAnswer PasswordDialog::answer() const {
    return {m_password->text(), m_remember->isChecked(),
            m_plain->isVisible() && m_plain->isChecked()};
}

PasswordPrompt PasswordDialog::prompt(QWidget* parent) {
    return [parent = QPointer<QWidget>(parent)](
               const PasswordQuestion& question) -> std::optional<PasswordAnswer> {
        // Over whatever dialog is up (the saved connections), else over the window.
        QWidget* over = QApplication::activeModalWidget();
        PasswordDialog dialog(question, over ? over : parent.data());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.answer();
    };
}
