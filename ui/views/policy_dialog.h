#pragma once

#include <QDialog>
#include <warren/management.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// "New policy" (or editing one, which replaces it): vhost, name, the pattern of queue or
// exchange names it applies to, what it applies to, its priority and its definition. OK is
// enabled only while the pattern is a valid regular expression and the definition a usable
// one (PolicyDefinitionText), and a line under the form says what is wrong otherwise.
class PolicyDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PolicyDialog(const QStringList& vhosts, QWidget* parent = nullptr);

    // Starts from an existing policy (editing it: vhost and name stay as they are).
    void setPolicy(const warren::PolicyDefinition& policy);
    warren::PolicyDefinition definition() const;
    // Why OK is disabled; empty while it is enabled.
    QString problem() const;

private:
    void validate();

    QComboBox* m_vhost;
    QLineEdit* m_name;
    QLineEdit* m_pattern;
    QComboBox* m_applyTo;
    QSpinBox* m_priority;
    QPlainTextEdit* m_definition;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};
