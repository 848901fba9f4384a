#pragma once

#include <QDialog>
#include <warren/management.h>
#include <warren/snapshot.h>

class QLineEdit;

// "New user" and "Edit user": name, password (left empty when editing: unchanged) and tags.
class UserDialog final : public QDialog {
    Q_OBJECT
public:
    // With `existing` set, the name is fixed and an empty password keeps the current one.
    explicit UserDialog(const warren::UserInfo* existing, QWidget* parent = nullptr);

    warren::UserDefinition definition() const;

private:
    bool m_editing;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_tags;
};
