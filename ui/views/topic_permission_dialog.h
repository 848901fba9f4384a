#pragma once

#include <QDialog>
#include <warren/management.h>

class QComboBox;
class QLineEdit;

// "Set topic permission": which routing keys a user may publish and bind with on one topic
// exchange in one vhost.
class TopicPermissionDialog final : public QDialog {
    Q_OBJECT
public:
    // `exchanges`: the topic exchanges to offer; any other name may be typed.
    TopicPermissionDialog(const QStringList& users, const QStringList& vhosts,
                          const QStringList& exchanges, QWidget* parent = nullptr);

    // Starts from an existing row (editing it).
    void setPermission(const warren::TopicPermissionDefinition& permission);
    warren::TopicPermissionDefinition definition() const;

private:
    QComboBox* m_user;
    QComboBox* m_vhost;
    QComboBox* m_exchange;
    QLineEdit* m_write;
    QLineEdit* m_read;
};
