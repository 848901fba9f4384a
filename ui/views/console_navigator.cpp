#include "views/console_navigator.h"

#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>

ConsoleNavigator::ConsoleNavigator(QTabWidget* tabs, QWidget* parent)
    : QTreeWidget(parent)
    , m_tabs(tabs) {
    setObjectName(QStringLiteral("consoleNavigator"));
    setAccessibleName(tr("Views"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideMiddle); // a queue's name keeps its start and its end
    setContextMenuPolicy(Qt::CustomContextMenu);
    // Narrow windows stay possible: titles elide rather than the window refusing to shrink.
    setMinimumWidth(80);
    m_tabs->tabBar()->hide();
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConsoleNavigator::showCurrentTab);
    connect(this, &QTreeWidget::currentItemChanged, this, &ConsoleNavigator::showSelectedPage);
    connect(this, &QWidget::customContextMenuRequested, this, &ConsoleNavigator::showContextMenu);
}

int ConsoleNavigator::addGroup(const QString& title) {
    auto* group = new QTreeWidgetItem(this, {title});
    // A heading, not a destination: it can be neither selected nor folded away.
    group->setFlags(Qt::ItemIsEnabled);
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    group->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    group->setExpanded(true);
    m_groups.append(group);
    return int(m_groups.size()) - 1;
}

void ConsoleNavigator::assign(QWidget* page, int group) {
    m_groupOf.insert(page, group);
}

QTreeWidgetItem* ConsoleNavigator::itemFor(const QWidget* page) const {
    return m_items.value(page);
}

QWidget* ConsoleNavigator::pageOf(const QTreeWidgetItem* item) const {
    return item ? item->data(0, PageRole).value<QWidget*>() : nullptr;
}

bool ConsoleNavigator::closable(const QWidget* page) const {
    return page && !m_groupOf.contains(page);
}

void ConsoleNavigator::sync() {
    if (m_groups.isEmpty())
        return;
    m_syncing = true;
    const int fallback = m_openPagesGroup >= 0 ? m_openPagesGroup : int(m_groups.size()) - 1;
    QSet<const QWidget*> present;
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        QWidget* page = m_tabs->widget(tab);
        present.insert(page);
        QTreeWidgetItem* group = m_groups.at(m_groupOf.value(page, fallback));
        QTreeWidgetItem* item = m_items.value(page);
        if (!item) {
            item = new QTreeWidgetItem(group);
            item->setData(0, PageRole, QVariant::fromValue(page));
            m_items.insert(page, item);
        }
        item->setText(0, m_tabs->tabText(tab).remove(QLatin1Char('&')));
        item->setToolTip(0, m_tabs->tabToolTip(tab));
        item->setDisabled(!m_tabs->isTabEnabled(tab));
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_items.erase(it);
    }
    // Keep each group's rows in the tabs' order (queues are listed as they were opened).
    for (QTreeWidgetItem* group : std::as_const(m_groups)) {
        QList<QTreeWidgetItem*> rows;
        for (int i = 0; i < group->childCount(); ++i)
            rows.append(group->child(i));
        QList<QTreeWidgetItem*> ordered = rows;
        std::sort(ordered.begin(), ordered.end(), [this](auto* a, auto* b) {
            return m_tabs->indexOf(pageOf(a)) < m_tabs->indexOf(pageOf(b));
        });
        if (ordered != rows) {
            group->takeChildren();
            group->addChildren(ordered);
        }
        group->setHidden(group->childCount() == 0);
        group->setExpanded(true);
    }
    m_syncing = false;
    showCurrentTab();
}

void ConsoleNavigator::showCurrentTab() {
    QTreeWidgetItem* item = m_items.value(m_tabs->currentWidget());
    if (!item || item == currentItem())
        return;
    m_syncing = true;
    setCurrentItem(item);
    m_syncing = false;
}

void ConsoleNavigator::showSelectedPage() {
    if (m_syncing)
        return;
    QTreeWidgetItem* item = currentItem();
    QWidget* page = pageOf(item);
    if (page && !item->isDisabled())
        m_tabs->setCurrentWidget(page);
}

QSize ConsoleNavigator::sizeHint() const {
    int widest = fontMetrics().horizontalAdvance(tr("Connections (10,000)"));
    for (const QTreeWidgetItem* item : m_items)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item->text(0)));
    const int frame = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    return {std::min(widest + indentation() + frame + 12, 320), QTreeWidget::sizeHint().height()};
}

void ConsoleNavigator::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        QWidget* page = pageOf(itemAt(event->position().toPoint()));
        if (closable(page)) {
            emit closeRequested(m_tabs->indexOf(page));
            return;
        }
    }
    QTreeWidget::mouseReleaseEvent(event);
}

void ConsoleNavigator::showContextMenu(const QPoint& position) {
    QWidget* page = pageOf(itemAt(position));
    if (!closable(page))
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> target(page);
    menu->addAction(tr("&Close"), this, [this, target] {
        if (target)
            emit closeRequested(m_tabs->indexOf(target));
    });
    menu->popup(viewport()->mapToGlobal(position));
}
