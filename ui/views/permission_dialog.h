#pragma once

#include <QDialog>
#include <warren/management.h>

class QComboBox;
class QLineEdit;

// "Set permission": a user's configure, write and read patterns in one vhost.
class PermissionDialog final : public QDialog {
    Q_OBJECT
public:
    PermissionDialog(const QStringList& users, const QStringList& vhosts,
                     QWidget* parent = nullptr);

    // Starts from an existing row (editing it).
    void setPermission(const warren::PermissionDefinition& permission);
    warren::PermissionDefinition definition() const;

private:
    QComboBox* m_user;
    QComboBox* m_vhost;
    QLineEdit* m_configure;
    QLineEdit* m_write;
    QLineEdit* m_read;
};
