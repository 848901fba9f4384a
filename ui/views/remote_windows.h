#pragma once

#include "backends/connection_profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class BrokerBackend;
class ConsoleWindow;
class CopyDefinitionsDialog;
class QWidget;

// Answers "connect to this profile" from any console window with a window of its own for that
// broker, so that several brokers are open at once. Each such window owns its backend and is
// deleted, backend and all, when it is closed.
class RemoteWindows final : public QObject {
    Q_OBJECT
public:
    explicit RemoteWindows(QObject* parent = nullptr);

    // Opens a window for each connectRequested() of `window`, and of the windows opened so.
    void watch(ConsoleWindow* window);
    // The new window on that broker, shown (every kind of profile has a backend).
    ConsoleWindow* open(const ConnectionProfile& profile);
    // File > Copy definitions… of any watched window: the dialog over every open broker, `source`
    // preselected, shown (not modal) over `parent`.
    CopyDefinitionsDialog* copyDefinitions(BrokerBackend* source, QWidget* parent);

signals:
    void windowOpened(ConsoleWindow* window);

private:
    QList<QPointer<ConsoleWindow>> m_windows; // watched and still open, in opening order
};
