#pragma once

#include <QItemSelectionModel>
#include <QStringList>
#include <QTableView>

// Selects, as a user would, every row of `view` whose `column` shows one of `values`.
inline void selectRowsWhere(QTableView* view, int column, const QStringList& values) {
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (values.contains(view->model()->index(row, column).data().toString()))
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
