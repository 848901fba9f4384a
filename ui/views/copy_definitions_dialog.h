#pragma once

#include "models/definitions_diff.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

class BrokerBackend;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// File › Copy definitions…: reads the definitions of two open brokers (the embedded one, a
// remote RabbitMQ or Warren), shows what copying the first onto the second would create,
// update, or leave alone because it conflicts — each change with a checkbox — and imports the
// chosen ones into the second. Nothing is removed from the target. Every read and the import
// are asynchronous: the dialog says what it waits for and never blocks.
class CopyDefinitionsDialog final : public QDialog {
    Q_OBJECT
public:
    // `brokers` are those open now; `source` is preselected as where to copy from.
    CopyDefinitionsDialog(const QList<BrokerBackend*>& brokers, BrokerBackend* source,
                          QWidget* parent = nullptr);

    QComboBox* sourceChoice() const { return m_source; }
    QComboBox* targetChoice() const { return m_target; }
    QTreeWidget* changesView() const { return m_changes; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* statusLabel() const { return m_status; }
    // The changes of the last comparison, whether chosen or not.
    const QList<definitions_diff::Change>& changes() const { return m_diff; }

public slots:
    // Reads both brokers' definitions again and shows the difference.
    void compare();
    // Imports the checked changes into the target, then compares again.
    void apply();

signals:
    // A comparison has been shown (or has failed; statusLabel says why).
    void compared();
    // The import answered; `error` is empty when it was applied.
    void applied(const QString& error);

private:
    BrokerBackend* chosen(QComboBox* box) const;
    void read(BrokerBackend* broker, QJsonObject* into, int generation);
    void showDiff();
    void updateApply();
    void onItemChanged(QTreeWidgetItem* item, int column);
    // Checked, unchecked or partly, by the changes under a heading that can be ticked.
    static Qt::CheckState groupState(const QTreeWidgetItem* group);
    void fail(const QString& message);
    QList<definitions_diff::Change> checkedChanges() const;

    QList<QPointer<BrokerBackend>> m_brokers;
    QComboBox* m_source;
    QComboBox* m_target;
    QPushButton* m_compare;
    QTreeWidget* m_changes;
    QLabel* m_status;
    QPushButton* m_apply;
    QList<definitions_diff::Change> m_diff;
    QJsonObject m_sourceDefinitions;
    QJsonObject m_targetDefinitions;
    QString m_readFailure;
    QString m_appliedNote; // what the last import did, shown with the comparison after it
    int m_outstanding = 0; // reads still out
    int m_generation = 0;  // answers to an older comparison are ignored
    bool m_applying = false;
};
