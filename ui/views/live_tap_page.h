#pragma once

#include <QWidget>
#include <deque>
#include <optional>
#include <warren/management.h>
#include <warren/snapshot.h>
#include <warren/tapped_message.h>

class BrokerBackend;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;
class QDateTimeAxis;
class QValueAxis;
class TapTreeModel;
class TopTalkersModel;

// The live tap: watch what is published to an exchange (or to every exchange of a vhost)
// without taking it from anyone's queue. Routing keys form a tree that counts messages and
// lights up as traffic arrives; a key's latest message, the difference to the one before it,
// and a chart of any number in its JSON body sit beside it; the busiest keys are ranked
// below. The most recent messages are kept in a ring (bounded) for export.
class LiveTapPage final : public QWidget {
    Q_OBJECT
public:
    // The ring keeps the most recent messages up to both limits.
    static constexpr int RingCapacity = 10000;
    static constexpr qint64 RingByteLimit = 64 * 1024 * 1024;
    static constexpr int MaxChartPoints = 1000;

    explicit LiveTapPage(BrokerBackend* backend, QWidget* parent = nullptr);
    ~LiveTapPage() override;

    // The vhosts and exchanges to choose from.
    void setSnapshot(const warren::BrokerSnapshot& snapshot);
    // Chooses what to tap: one exchange ("" is the default exchange) or, with nullopt, every
    // exchange of the vhost.
    void setTarget(const QString& vhost, const std::optional<QString>& exchange);
    void start();
    void pause(); // stops the tap and keeps what was seen
    bool isTapping() const { return m_tapId != 0; }
    // Whether keys show as MQTT topics ('/' between levels) rather than routing keys ('.').
    // Always for an MQTT broker; on an AMQP broker the routing keys MQTT clients' topics were
    // mapped to are mapped back, as RabbitMQ maps them ('.' and '/' swapped).
    bool showsTopics() const;
    void setShowsTopics(bool topics);
    void clear();
    // Shows the key's latest message, diff and chart.
    void selectKey(const QString& routingKey);
    void chartField(const QString& path);
    // The ring as JSON lines, written on a worker thread; outcome in exportFinished.
    void exportTo(const QString& path);
    // Once a second (driven by a timer; tests call it with their own clock).
    void tick(qint64 nowMs);

    TapTreeModel* treeModel() const { return m_tree; }
    TopTalkersModel* talkersModel() const { return m_talkers; }
    QPlainTextEdit* latestView() const { return m_latest; }
    QPlainTextEdit* diffView() const { return m_diff; }
    QComboBox* fieldChoice() const { return m_field; }
    QLineSeries* chartSeries() const { return m_series; }
    QLabel* statusLabel() const { return m_status; }
    qsizetype ringSize() const { return qsizetype(m_ring.size()); }

signals:
    void exportFinished(const QString& path, const QString& error); // error empty: success

private:
    void onTapUpdated(const warren::TapBatch& batch);
    // A StartTap the broker refused ends the tap as an error batch would.
    void onOperationFinished(const warren::OperationResult& result);
    void onTargetChosen();
    void fillExchanges();
    void showSelected();
    void showDiff(const warren::TappedMessage* before, const warren::TappedMessage& after);
    void rebuildChart();
    void appendChartPoint(const warren::TappedMessage& message);
    void updateStatus();
    void chooseExportFile();

    BrokerBackend* m_backend;
    TapTreeModel* m_tree;
    TopTalkersModel* m_talkers;
    QComboBox* m_vhost;
    QComboBox* m_exchange;
    QCheckBox* m_asTopics;
    QPushButton* m_startPause;
    QPushButton* m_clear;
    QPushButton* m_export;
    QComboBox* m_rankBy;
    QLabel* m_status;
    QTreeView* m_treeView;
    QTableView* m_talkersView;
    QPlainTextEdit* m_latest;
    QPlainTextEdit* m_diff;
    QComboBox* m_field;
    QLineSeries* m_series;
    QDateTimeAxis* m_chartX;
    QValueAxis* m_chartY;
    QTimer* m_ticker;

    QList<warren::ExchangeInfo> m_exchanges;
    quint64 m_tapId = 0;
    QString m_tapVhost;
    std::optional<QString> m_tapExchange; // nullopt: every exchange of the vhost
    QString m_selectedKey;
    bool m_mqttBroker = false;     // the backend is an MQTT broker: keys are topics already
    bool m_rankingTalkers = false; // the top talkers are being re-ranked, not chosen
    QString m_endReason;           // why the last tap ended, when the broker ended it
    std::deque<warren::TappedMessage> m_ring;
    qint64 m_ringBytes = 0; // body bytes held by m_ring
    quint64 m_seen = 0;
    quint64 m_dropped = 0;
};
