#pragma once

#include <QHash>
#include <QPointer>
#include <QTreeWidget>

class QTabWidget;

// The console's views as a grouped list down the left edge, in place of a tab bar that no
// longer fits once a broker has fifteen views and some queues open (at 1300 px the tabs
// scrolled out of sight). It mirrors a QTabWidget whose bar is hidden: the tab widget stays the
// one owner of the pages, their titles, tooltips and enabled states, and of which is current,
// so the console and its tests keep driving tabs; sync() copies what changed into the list.
class ConsoleNavigator final : public QTreeWidget {
    Q_OBJECT
public:
    // Hides the bar of `tabs` and follows its current page both ways.
    explicit ConsoleNavigator(QTabWidget* tabs, QWidget* parent = nullptr);

    // A heading in the list; pages assigned to it are listed under it in the tabs' order.
    int addGroup(const QString& title);
    void assign(QWidget* page, int group);
    // Where pages no group was assigned to go (the queues opened in their own view), shown
    // only while it holds any. Those pages can be closed from the list.
    void setOpenPagesGroup(int group) { m_openPagesGroup = group; }

    // Copies the tabs' pages, titles, tooltips and enabled states into the list.
    void sync();
    // The list's row for `page`, for tests; nullptr if it has none.
    QTreeWidgetItem* itemFor(const QWidget* page) const;

    // Wide enough for the longest title, not the tree view's generous default.
    QSize sizeHint() const override;

signals:
    // The user closed an open page from the list (context menu or middle click).
    void closeRequested(int tabIndex);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    static constexpr int PageRole = Qt::UserRole + 1;

    QWidget* pageOf(const QTreeWidgetItem* item) const;
    bool closable(const QWidget* page) const;
    void showCurrentTab();
    void showSelectedPage();
    void showContextMenu(const QPoint& position);

    QTabWidget* m_tabs;
    QList<QTreeWidgetItem*> m_groups;
    QHash<const QWidget*, int> m_groupOf;
    QHash<const QWidget*, QTreeWidgetItem*> m_items;
    int m_openPagesGroup = -1;
    bool m_syncing = false;
};
