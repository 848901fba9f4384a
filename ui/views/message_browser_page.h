#pragma once

#include <QWidget>
#include <warren/peeked_message.h>
#include <warren/snapshot.h>

class BrokerBackend;
class PeekedMessageModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTableWidget;

// The message browser: peek at the first N messages of a queue without consuming them (the
// broker leaves them in place, redelivered flags untouched), search their bodies, read one's
// properties, headers and body as text, pretty JSON or hex, and export them as JSON lines.
class MessageBrowserPage final : public QWidget {
    Q_OBJECT
public:
    explicit MessageBrowserPage(BrokerBackend* backend, QWidget* parent = nullptr);

    // The queues to choose from, kept up to date from snapshots.
    void setQueues(const QList<warren::QueueInfo>& queues);
    void selectQueue(const QString& vhost, const QString& queue);
    void peek();
    // Stops waiting for the peek in flight: its answer, if it still comes, is dropped. A slow
    // or unreachable broker never holds the page (or the window) hostage.
    void cancelPeek();
    bool isPeeking() const { return !m_pendingQueue.isEmpty(); }
    // One JSON object per line; written on a worker thread, outcome in exportFinished.
    void exportTo(const QString& path);

    QTableView* view() const { return m_view; }
    QPlainTextEdit* bodyView() const { return m_body; }

signals:
    void exportFinished(const QString& path, const QString& error); // error empty: success

private:
    void onPeeked(const warren::PeekResult& result);
    void showCurrentMessage();
    void chooseExportFile();

    BrokerBackend* m_backend;
    PeekedMessageModel* m_model;
    QSortFilterProxyModel* m_search;
    QComboBox* m_queue;
    QSpinBox* m_count;
    QPushButton* m_peek;
    QPushButton* m_cancel; // shown while a peek is in flight
    QLineEdit* m_searchEdit;
    QComboBox* m_bodyMode;
    QTableView* m_view;
    QTableWidget* m_properties;
    QPlainTextEdit* m_body;
    QLabel* m_status;
    QString m_pendingVhost; // the peek in flight, so a late answer for another queue is dropped
    QString m_pendingQueue;
};
