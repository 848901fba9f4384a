// Every control of the console can be named by a screen reader: an accessible name of its
// own, a label that is its buddy, or (buttons) its text. Dialogs opened from the window are
// checked by their own tests; this walks every page of the main window: the workspace with its
// broker list, the embedded broker's console and a remote one's.

#include "fake_backend.h"
#include "fake_remotes.h"
#include "sample_snapshot.h"
#include "views/broker_workspace.h"
#include "views/console_window.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

namespace {

// The window as the app shows it: the embedded broker and a remote one, each with a queue tab
// open, the remote one (with its connection banner) in view.
struct Workspace {
    FakeBackend backend;
    QList<QPointer<FakeBackend>> remotes;
    BrokerWorkspace window;

    Workspace() {
        backend.presetState(QStringLiteral("Running"), sampleListeners());
        window.setBackendFactory(fakeRemotes(&remotes, QStringLiteral("Running")));
        ConnectionProfile profile;
        profile.name = QStringLiteral("Production");
        profile.colour = QStringLiteral("red");
        profile.readOnly = true;
        ConsoleWindow* embedded = window.addEmbedded(&backend);
        ConsoleWindow* production = window.open(profile);
        emit backend.snapshotUpdated(sampleSnapshot());
        emit remotes.at(0)->snapshotUpdated(sampleSnapshot());
        for (ConsoleWindow* console : {embedded, production})
            console->openQueueDetail(QStringLiteral("shop"), QStringLiteral("orders.created"));
    }
};

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void everyControlHasAName() {
        Workspace workspace;
        BrokerWorkspace& window = workspace.window;

        QSet<const QWidget*> labelled;
        for (const QLabel* label : window.findChildren<QLabel*>())
            if (label->buddy())
                labelled.insert(label->buddy());

        QStringList unnamed;
        for (QWidget* widget : window.findChildren<QWidget*>()) {
            const bool control =
                qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                qobject_cast<QTextEdit*>(widget) || qobject_cast<QAbstractItemView*>(widget) ||
                qobject_cast<QAbstractButton*>(widget);
            if (!control)
                continue;
            // Parts Qt builds inside other controls (a combo's line edit, a tab bar's scroll
            // buttons, a table's corner button) are named by their owner.
            if (qobject_cast<QComboBox*>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
                qobject_cast<QLineEdit*>(widget->parentWidget()) ||
                widget->objectName().startsWith(QLatin1String("qt_")) ||
                widget->parentWidget()->inherits("QTabBar") ||
                widget->parentWidget()->inherits("QAbstractItemView") ||
                widget->inherits("QComboBoxListView"))
                continue;
            if (!widget->accessibleName().isEmpty() || labelled.contains(widget))
                continue;
            if (const auto* button = qobject_cast<QAbstractButton*>(widget)) {
                QString text = button->text();
                if (const auto* tool = qobject_cast<const QToolButton*>(button);
                    tool && tool->defaultAction())
                    text = tool->defaultAction()->text();
                if (!text.remove(QLatin1Char('&')).trimmed().isEmpty())
                    continue;
            }
            unnamed << QStringLiteral("%1 '%2' in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(), widget->parentWidget()->objectName());
        }
        for (const QString& line : std::as_const(unnamed))
            qWarning("unnamed: %s", qPrintable(line));
        QCOMPARE(unnamed.size(), 0);
    }

    // Every action can be reached from the keyboard: a shortcut of its own.
    void everyActionHasAShortcut() {
        Workspace workspace;
        BrokerWorkspace& window = workspace.window;
        QStringList missing;
        QHash<QKeySequence, QString> seen;
        QStringList clashes;
        for (const QAction* action : window.findChildren<QAction*>()) {
            const QString text = QString(action->text()).remove(QLatin1Char('&'));
            // (A menu's disabled placeholder such as "No recent connections" is no action.)
            if (text.isEmpty() || action->isSeparator() || action->menu() ||
                text == QLatin1String("No recent connections"))
                continue;
            if (action->shortcut().isEmpty()) {
                missing << text;
                continue;
            }
            // The same key on two actions of one context fires neither.
            if (action->shortcutContext() == Qt::WindowShortcut) {
                if (seen.contains(action->shortcut()) && seen.value(action->shortcut()) != text)
                    clashes << text + QStringLiteral(" / ") + seen.value(action->shortcut());
                seen.insert(action->shortcut(), text);
            }
        }
        for (const QString& name : std::as_const(missing))
            qWarning("no shortcut: %s", qPrintable(name));
        for (const QString& clash : std::as_const(clashes))
            qWarning("same shortcut: %s", qPrintable(clash));
        QCOMPARE(missing.size(), 0);
        QCOMPARE(clashes.size(), 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
