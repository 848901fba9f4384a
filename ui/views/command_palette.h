#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QListWidget;

// Ctrl+K: type a few letters of any view, queue or exchange and press Enter to go there.
class CommandPalette final : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString text; // what is shown and matched, e.g. "Queue  orders.created (shop)"
        int tab = 0;  // the console tab to show
        QString vhost;
        QString name; // the row to select on that tab; empty for a view
    };

    explicit CommandPalette(QList<Entry> entries, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    int shownCount() const;

signals:
    void chosen(const CommandPalette::Entry& entry);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refilter(const QString& text);
    void choose();

    QList<Entry> m_entries;
    QLineEdit* m_search;
    QListWidget* m_list;
};
