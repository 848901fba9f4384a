#pragma once

#include <QWidget>
#include <warren/log_record.h>

class LogFilterModel;
class LogModel;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Logs tab: a live tail of the broker's records with filters by level, category and
// text, pause/resume, jump to a time, and export of what the filters show. Follows the
// newest record while scrolled to the bottom, and stays put when the user scrolls up.
class LogPage final : public QWidget {
    Q_OBJECT
public:
    explicit LogPage(QWidget* parent = nullptr);

    void append(const warren::LogRecord& record);
    LogModel* model() const { return m_model; }
    LogFilterModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }

    // Writes the shown records, one formatted line each, on a worker thread; exportFinished
    // reports the outcome.
    void exportTo(const QString& path);
    // Selects the first shown record at or after `time`.
    void jumpTo(const QDateTime& time);

signals:
    void exportFinished(const QString& path, const QString& error); // error empty: success

private:
    void chooseExportFile();
    void updateCategories();
    void applyFilters();
    void setPaused(bool paused);

    LogModel* m_model;
    LogFilterModel* m_filter;
    QComboBox* m_level;
    QComboBox* m_category;
    QLineEdit* m_text;
    QPushButton* m_pause;
    QDateTimeEdit* m_jumpTime;
    QTableView* m_view;
    QLabel* m_status;
    bool m_following = true;
};
