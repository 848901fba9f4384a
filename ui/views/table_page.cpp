#include "views/table_page.h"

#include "models/snapshot_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

TablePage::TablePage(SnapshotTableModel* model, const QString& filterPlaceholder, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this)) {
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SnapshotTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setAccessibleName(filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_regex = new QToolButton(this);
    m_regex->setText(QStringLiteral(".*"));
    m_regex->setCheckable(true);
    m_regex->setToolTip(tr("Filter with a regular expression"));
    m_regex->setAccessibleName(m_regex->toolTip());
    connect(m_filter, &QLineEdit::textChanged, this, &TablePage::applyFilter);
    connect(m_regex, &QToolButton::toggled, this, &TablePage::applyFilter);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    // Queue and connection names differ at both ends ("orders.eu.created",
    // "10.0.0.7:53122 -> ..."), so keep both ends visible.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::Stretch);

    // Until rows arrive, at least every (possibly translated) title must fit.
    fitColumns();
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::fitColumnsOnce);

    m_bar = new QHBoxLayout;
    m_bar->addWidget(m_filter, 1);
    m_bar->addWidget(m_regex);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_bar);
    layout->addWidget(m_view, 1);
}

TablePage::~TablePage() = default;

QByteArray TablePage::saveHeaderState() const {
    return m_view->horizontalHeader()->saveState();
}

void TablePage::restoreHeaderState(const QByteArray& state) {
    if (!state.isEmpty() && m_view->horizontalHeader()->restoreState(state)) {
        m_columnsFitted = true;
    }
}

void TablePage::fitColumnsOnce() {
    if (!m_columnsFitted) {
        m_columnsFitted = true;
        fitColumns();
    }
}

void TablePage::fitColumns() {
    auto* header = m_view->horizontalHeader();
    // Leave room for numbers to grow by a digit or two before they elide.
    const int slack = fontMetrics().horizontalAdvance(QStringLiteral("00"));
    for (int column = 1; column < m_model->columnCount(); ++column) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, header->sectionSize(column) + slack);
    }
}

QList<int> TablePage::selectedSourceRows() const {
    QList<int> rows;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(row).row();
    return rows;
}

void TablePage::addToolButton(QAction* action) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    addAction(action); // so that a shortcut scoped to this page works while it has the focus
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->addWidget(button);
}

void TablePage::applyFilter() {
    if (!m_regex->isChecked()) {
        m_filter->setToolTip(QString());
        m_proxy->setFilterFixedString(m_filter->text());
        return;
    }
    const QRegularExpression expression(m_filter->text(),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!expression.isValid()) {
        m_filter->setToolTip(
            tr("Not a valid regular expression: %1").arg(expression.errorString()));
        return; // keep showing what the last valid expression matched
    }
    m_filter->setToolTip(QString());
    m_proxy->setFilterRegularExpression(expression);
}

void TablePage::setTitle(const QString& title) {
    m_view->setAccessibleName(title);
}
