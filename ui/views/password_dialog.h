#pragma once

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

// Why a saved connection needs its password typed, and what was typed.
struct PasswordQuestion {
    QString profileName;
    QString user;
    QString keychainError; // empty: the keychain works but holds no password for this profile
};
struct PasswordAnswer {
    QString password;
    bool remember = false;      // store it for next time
    bool plainSettings = false; // in the settings file, not encrypted (only after keychainError)
};
// Asks for a password; nullopt: cancelled. Tests answer instead of a modal dialog.
using PasswordPrompt = std::function<std::optional<PasswordAnswer>(const PasswordQuestion&)>;

// Asks for the password of a saved connection the keychain has none for, offering to remember
// it. When the keychain itself failed it says why, and offers (warned, unticked) to keep the
// password in the plain settings file instead.
class PasswordDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PasswordDialog(const PasswordQuestion& question, QWidget* parent = nullptr);

    PasswordAnswer answer() const;
    // The prompt that shows this dialog, modal over `parent`.
    static PasswordPrompt prompt(QWidget* parent);

private:
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QCheckBox* m_plain;
    QLabel* m_plainWarning;
};
