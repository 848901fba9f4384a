#pragma once

#include <QFrame>
#include <QList>
#include <warren/snapshot.h>

class QLabel;

// First steps on the Overview of the embedded broker: the AMQP URL an application connects
// to (from the listener actually open), the user, a Copy button and where to read on. Shown
// until dismissed; the dismissal is remembered in the settings.
class ConnectAppCard final : public QFrame {
    Q_OBJECT
public:
    explicit ConnectAppCard(QWidget* parent = nullptr);

    // The broker's listeners and default user; the card shows once an AMQP listener is open.
    void setBroker(const QList<warren::ListenerInfo>& listeners, const QString& user,
                   const QString& password);
    // What Copy puts on the clipboard; empty without an AMQP listener.
    QString url() const { return m_url; }
    void copyUrl();
    // Hides the card for good (remembered).
    void dismiss();
    static bool dismissed();

private:
    void updateVisibility();

    QString m_url;
    QLabel* m_urlLabel;
    QLabel* m_userLabel;
};
