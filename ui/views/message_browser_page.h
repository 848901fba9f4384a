#pragma once

#include "views/background_body_search.h"
#include "views/background_file_writer.h"
#include "views/message_target_dialog.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <warren/management.h>
#include <warren/peeked_message.h>
#include <warren/snapshot.h>

class BrokerBackend;
class MessageImportReader;
class PeekedMessageModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class MessageDetailsTree;
class ResendDialog;

// The message browser: peek at the first N messages of a queue without consuming them (the
// broker leaves them in place, redelivered flags untouched), search their bodies, read one's
// properties, headers and body as text, pretty JSON or hex, and export them as JSON lines.
// Selected messages can be moved or copied to another exchange or queue, or sent back from a
// dead-letter queue to where they died; an export can be imported again.
class MessageBrowserPage final : public QWidget {
    Q_OBJECT
public:
    explicit MessageBrowserPage(BrokerBackend* backend, QWidget* parent = nullptr);

    // The queues to choose from, kept up to date from snapshots.
    void setQueues(const QList<warren::QueueInfo>& queues);
    // The exchanges offered as targets of moves, copies and imports.
    void setExchanges(const QList<warren::ExchangeInfo>& exchanges);
    // Asks where to publish (a MessageTargetDialog by default; tests answer directly).
    // Offered: the exchanges, and the queues, of the chosen queue's vhost.
    using TargetPrompt = std::function<std::optional<MessageTarget>(
        MessageTargetDialog::Purpose purpose, const QStringList& exchanges,
        const QStringList& queues)>;
    void setTargetPrompt(TargetPrompt prompt) { m_targetPrompt = std::move(prompt); }
    void selectQueue(const QString& vhost, const QString& queue);
    void peek();
    // Reads every ready message of the chosen queue (up to WholeQueueLimit) and shows those
    // whose body contains the search text, with how many matched out of how many, the
    // search running off the UI thread with progress; stoppable with cancelWork().
    void searchWholeQueue();
    static constexpr quint64 WholeQueueLimit = 50000;
    // Stops waiting for the peek in flight: its answer, if it still comes, is dropped. A slow
    // or unreachable broker never holds the page (or the window) hostage.
    void cancelPeek();
    bool isPeeking() const { return !m_pendingQueue.isEmpty(); }
    // One JSON object per line; written on a worker thread, outcome in exportFinished. Shows
    // progress and can be stopped (cancelWork) until then.
    void exportTo(const QString& path);
    // Publishes the selected messages' copies to `target` (Copy, Move) or back to where
    // x-death says they died (RequeueDeadLettered, `target` unused); then peeks again.
    void transferSelected(warren::MessageTransfer::Mode mode, const MessageTarget& target = {});
    // Reads an export on a worker thread and publishes its messages, a batch at a time, to
    // `target` (by default their recorded exchange and routing key), in the chosen queue's
    // vhost. Outcome in importFinished.
    void importFrom(const QString& path, const MessageTarget& target);
    // Stops an export or import in progress; what is already published stays.
    void cancelWork();
    bool isImporting() const { return m_import != nullptr; }

    QAction* moveAction() const { return m_moveAction; }
    QAction* copyAction() const { return m_copyAction; }
    QAction* requeueAction() const { return m_requeueAction; }
    QAction* importAction() const { return m_importAction; }
    QAction* editAction() const { return m_editAction; }
    // "Edit and re-send": a Publish form filled with a copy of the current message, not yet
    // shown (the action shows it); nullptr when no message is current or publishing is off.
    ResendDialog* editCurrent();

    QTableView* view() const { return m_view; }
    QPlainTextEdit* bodyView() const { return m_body; }

signals:
    void exportFinished(const QString& path, const QString& error); // error empty: success
    void importFinished(quint64 imported, quint64 skipped, int badLines);

private:
    static constexpr int AutomaticBodyView = -1; // m_bodyMode's data: chosen by content type
    // A PeekMessages answer: `target` is the queue, `count` the messages ready in it.
    void onPeeked(const warren::OperationResult& result);
    void onOperationFinished(const warren::OperationResult& result);
    void showCurrentMessage();
    void searchBodies(const warren::OperationResult& result, const QString& text);
    void showMessages(const warren::OperationResult& result,
                      const QList<warren::PeekedMessage>& messages, const QString& summary);
    void chooseExportFile();
    void chooseImportFile();
    void askAndTransfer(warren::MessageTransfer::Mode mode);
    void updateActions();
    QStringList exchangeNames() const;
    QStringList queueNames() const; // of the chosen queue's vhost, targets of moves and copies
    std::pair<QString, QString> currentQueue() const; // vhost, name; empty when none
    void showProgress(qint64 done, qint64 total);
    void hideProgress();
    void sendNextImportBatch();
    void finishImportIfDone();

    BrokerBackend* m_backend;
    PeekedMessageModel* m_model;
    QSortFilterProxyModel* m_search;
    QComboBox* m_queue;
    QSpinBox* m_count;
    QPushButton* m_peek;
    QPushButton* m_cancel; // shown while a peek is in flight
    QLineEdit* m_searchEdit;
    QPushButton* m_searchAll;
    QString m_wholeQueueText;  // the search the peek in flight is for
    SearchCancel m_bodySearch; // set while bodies are searched
    QComboBox* m_bodyMode;
    QTableView* m_view;
    MessageDetailsTree* m_properties;
    QPlainTextEdit* m_body;
    QLabel* m_status;
    QString m_pendingVhost; // the peek in flight, so a late answer for another queue is dropped
    QString m_pendingQueue;
    QString m_shownVhost; // where the messages shown were peeked
    QString m_shownQueue;
    QString m_operationNote; // an operation's counts, kept in the status after its re-peek
    QAction* m_moveAction;
    QAction* m_copyAction;
    QAction* m_requeueAction;
    QAction* m_importAction;
    QAction* m_editAction;
    QProgressBar* m_progress; // export and import
    QPushButton* m_stop;      // stops them
    QList<warren::ExchangeInfo> m_exchanges;
    QList<warren::QueueInfo> m_queues;
    TargetPrompt m_targetPrompt;
    // The transfer in flight: its answer re-peeks the queue.
    std::optional<warren::MessageTransfer> m_transfer;
    WriteCancel m_exportCancel; // set while an export runs
    // The import in progress: batches wait here and go one at a time, each after the answer
    // to the one before, so the broker paces the file and a stop takes effect at once.
    MessageImportReader* m_import = nullptr;
    MessageTarget m_importTarget;
    QString m_importVhost;
    QList<QList<warren::OutgoingMessage>> m_importBatches;
    bool m_importBatchInFlight = false;
    bool m_importReadDone = false;
    bool m_importStopped = false;
    quint64 m_imported = 0;
    quint64 m_importSkipped = 0;
    QStringList m_importProblems; // unreadable lines and refused batches, first ones shown
    int m_badLines = 0;
};
