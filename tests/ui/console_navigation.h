#pragma once

#include "views/console_window.h"

#include <QTabWidget>
#include <QTableView>

// The row of `view`'s model whose `column` reads `text`; -1 when none does.
inline int rowWith(const QTableView* view, int column, const QString& text) {
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

// Brings the console's page named `page` ("connectionsPage") to the front, as a user's click
// in the sidebar does.
inline void showPage(ConsoleWindow& window, const char* page) {
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(window.findChild<QWidget*>(QLatin1String(page)));
}
