#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class SnapshotTableModel;

// One tab of the console: a filter box over a sortable table of a snapshot model.
class TablePage final : public QWidget {
    Q_OBJECT
public:
    TablePage(SnapshotTableModel* model, const QString& filterPlaceholder,
              QWidget* parent = nullptr);
    ~TablePage() override;
    // What the table lists, for screen readers ("Queues").
    void setTitle(const QString& title);

    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    // Checked: the filter text is a regular expression (case-insensitive) instead of a
    // substring. An invalid one filters nothing and says why in the box's tooltip.
    QToolButton* regexToggle() const { return m_regex; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    // The selected rows, as rows of the model (not of the sorting, filtering proxy).
    QList<int> selectedSourceRows() const;

    // A button for `action` beside the filter box (the action stays the caller's).
    void addToolButton(QAction* action);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

private:
    void applyFilter();
    void fitColumns();
    void fitColumnsOnce();

    SnapshotTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QHBoxLayout* m_bar;
    QToolButton* m_regex;
    // Column widths are fitted to the first rows that arrive, then left to the
    // user; refitting every second would make the columns twitch.
    bool m_columnsFitted = false;
};
