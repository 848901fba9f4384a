#include "views/command_palette.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

CommandPalette::CommandPalette(QList<Entry> entries, QWidget* parent)
    : QDialog(parent, Qt::Popup)
    , m_entries(std::move(entries))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("commandPalette"));
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Go to a view, queue or exchange…"));
    m_list->setObjectName(QStringLiteral("paletteList"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(520, 360);
    // Arrow keys move through the list while typing goes on in the search box.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::choose);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::choose);
    refilter(QString());
}

int CommandPalette::shownCount() const {
    return m_list->count();
}

void CommandPalette::refilter(const QString& text) {
    m_list->clear();
    // Every word typed must appear, in any order: "ord shop" finds "orders.created (shop)".
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString& candidate = m_entries[i].text;
        if (std::all_of(words.begin(), words.end(), [&](const QString& word) {
                return candidate.contains(word, Qt::CaseInsensitive);
            })) {
            auto* item = new QListWidgetItem(candidate, m_list);
            item->setData(Qt::UserRole, i);
        }
    }
    m_list->setCurrentRow(0);
}

void CommandPalette::choose() {
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    emit chosen(m_entries[item->data(Qt::UserRole).toInt()]);
    accept();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            m_list->setCurrentRow(std::clamp(row, 0, std::max(0, m_list->count() - 1)));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
