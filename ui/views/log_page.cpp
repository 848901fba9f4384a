#include "views/log_page.h"

#include "models/log_filter_model.h"
#include "models/log_model.h"
#include "views/background_file_writer.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

LogPage::LogPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_filter(new LogFilterModel(this))
    , m_level(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_jumpTime(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this)) {
    m_filter->setSourceModel(m_model);

    m_level->setObjectName(QStringLiteral("logLevel"));

    m_level->setAccessibleName(tr("Lowest level shown"));
    m_level->addItem(tr("All levels"), int(warren::LogLevel::Debug));
    m_level->addItem(tr("Info and above"), int(warren::LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(warren::LogLevel::Warning));
    m_level->addItem(tr("Errors only"), int(warren::LogLevel::Error));
    m_category->setObjectName(QStringLiteral("logCategory"));
    m_category->setAccessibleName(tr("Category shown"));
    m_category->addItem(tr("All categories"), QString());
    m_text->setObjectName(QStringLiteral("logsFilter"));
    m_text->setAccessibleName(tr("Filter log records by text"));
    m_text->setPlaceholderText(tr("Filter messages"));
    m_text->setClearButtonEnabled(true);
    m_pause->setObjectName(QStringLiteral("logPause"));
    m_pause->setCheckable(true);
    m_jumpTime->setObjectName(QStringLiteral("logJumpTime"));
    m_jumpTime->setAccessibleName(tr("Time to jump to"));
    m_jumpTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    auto* jump = new QPushButton(tr("&Go to time"), this);
    auto* exportButton = new QPushButton(tr("&Export…"), this);

    // Narrow windows must still fit the bar: the combos shrink to a few characters.
    for (QComboBox* combo : {m_level, m_category}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addWidget(m_category);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_pause);
    bar->addWidget(m_jumpTime);
    bar->addWidget(jump);
    bar->addWidget(exportButton);

    m_view->setObjectName(QStringLiteral("logsView"));

    m_view->setAccessibleName(tr("Log records"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Uniform rows: 100,000 of them must scroll without measuring each one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(LogModel::Time, 190);
    m_view->setColumnWidth(LogModel::Level, 70);
    m_view->setColumnWidth(LogModel::Category, 90);
    m_view->setColumnWidth(LogModel::Connection, 240);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_level, &QComboBox::currentIndexChanged, this, &LogPage::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LogPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &LogPage::applyFilters);
    connect(m_pause, &QPushButton::toggled, this, &LogPage::setPaused);
    connect(jump, &QPushButton::clicked, this, [this] { jumpTo(m_jumpTime->dateTime()); });
    connect(exportButton, &QPushButton::clicked, this, &LogPage::chooseExportFile);
    connect(m_model, &LogModel::categoriesChanged, this, &LogPage::updateCategories);
    // Follow the tail only while the user is at the bottom.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_following = value == m_view->verticalScrollBar()->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following)
            m_view->scrollToBottom();
    });
    connect(this, &LogPage::exportFinished, this,
            [this](const QString& path, const QString& error) {
                m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path)
                                                  : tr("Export failed: %1").arg(error));
            });
}

void LogPage::append(const warren::LogRecord& record) {
    m_model->append(record);
}

void LogPage::applyFilters() {
    m_filter->setMinimumLevel(warren::LogLevel(m_level->currentData().toInt()));
    m_filter->setCategory(m_category->currentData().toString());
    m_filter->setText(m_text->text());
}

void LogPage::updateCategories() {
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const QString& category : m_model->categories())
        m_category->addItem(category, category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void LogPage::setPaused(bool paused) {
    m_model->setPaused(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_status->setText(paused ? tr("Paused: new records are kept and shown on resume") : QString());
}

void LogPage::jumpTo(const QDateTime& time) {
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, LogModel::Time);
        if (index.data(LogModel::TimeRole).toDateTime() >= time) {
            m_view->selectRow(row);
            m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
            return;
        }
    }
    m_status->setText(tr("No record at or after %1").arg(QLocale().toString(time)));
}

void LogPage::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export log"), QStringLiteral("warren.log"), tr("Log files (*.log *.txt)"));
    if (!path.isEmpty())
        exportTo(path);
}

void LogPage::exportTo(const QString& path) {
    // Copy what is shown now; the file is written off the UI thread.
    QList<QByteArray> lines;
    lines.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        lines << warren::formatLogRecord(m_model->record(source)).toUtf8();
    }
    m_status->setText(tr("Exporting %n record(s)…", nullptr, int(lines.size())));
    writeLinesInBackground(this, path, std::move(lines), [this, path](const QString& error) {
        emit exportFinished(path, error);
    });
}
