#include "views/queue_detail_page.h"

#include "models/binding_table_model.h"
#include "models/consumer_table_model.h"
#include "models/queue_rate_histories.h"
#include "views/rate_charts.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QString yesNo(bool value) {
    return value ? QueueDetailPage::tr("yes") : QueueDetailPage::tr("no");
}

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName,
                      const QString& accessibleName, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QGroupBox* boxed(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

QueueDetailPage::QueueDetailPage(const QString& vhost, const QString& queue, bool canManage,
                                 QueueRateHistories* histories, QWidget* parent)
    : QWidget(parent)
    , m_vhost(vhost)
    , m_queue(queue)
    , m_canManage(canManage)
    , m_histories(histories)
    , m_goneLabel(new QLabel(this))
    , m_purge(new QPushButton(tr("&Purge…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_browse(new QPushButton(tr("&Browse messages"), this))
    , m_charts(new RateCharts(this))
    , m_bindings(new BindingTableModel(this))
    , m_consumers(new ConsumerTableModel(this)) {
    auto* title = new QLabel(
        tr("<b>%1</b> in virtual host %2").arg(queue.toHtmlEscaped(), vhost.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("queueTitle"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_goneLabel->setObjectName(QStringLiteral("queueGone"));
    m_goneLabel->setText(tr("This queue no longer exists: it was deleted, or deleted itself "
                            "when its last consumer left. What is shown is its last state."));
    m_goneLabel->setWordWrap(true);
    m_goneLabel->setHidden(true);

    auto* properties = new QGroupBox(tr("Properties"), this);
    auto* propertiesForm = new QFormLayout(properties);
    m_type = addFact(propertiesForm, tr("Type"), QStringLiteral("queueType"));
    m_leader = addFact(propertiesForm, tr("Leader / node"), QStringLiteral("leader"));
    m_members = addFact(propertiesForm, tr("Members"), QStringLiteral("members"));
    m_members->setWordWrap(true);
    m_durable = addFact(propertiesForm, tr("Durable"), QStringLiteral("durable"));
    m_autoDelete = addFact(propertiesForm, tr("Auto-delete"), QStringLiteral("autoDelete"));
    m_exclusive = addFact(propertiesForm, tr("Exclusive"), QStringLiteral("exclusive"));
    m_arguments = addFact(propertiesForm, tr("Arguments"), QStringLiteral("arguments"));
    m_arguments->setWordWrap(true);
    auto* counts = new QGroupBox(tr("Messages"), this);
    auto* countsForm = new QFormLayout(counts);
    m_ready = addFact(countsForm, tr("Ready"), QStringLiteral("ready"));
    m_unacked = addFact(countsForm, tr("Unacked"), QStringLiteral("unacked"));
    m_total = addFact(countsForm, tr("Total"), QStringLiteral("total"));
    m_bytesReady = addFact(countsForm, tr("Ready bytes"), QStringLiteral("bytesReady"));
    m_persistent = addFact(countsForm, tr("Persistent"), QStringLiteral("persistent"));
    m_consumerCount = addFact(countsForm, tr("Consumers"), QStringLiteral("consumerCount"));

    m_purge->setObjectName(QStringLiteral("purgeQueueButton"));
    m_purge->setAccessibleName(tr("Purge queue"));
    m_delete->setObjectName(QStringLiteral("deleteQueueButton"));
    m_delete->setAccessibleName(tr("Delete queue"));
    m_browse->setObjectName(QStringLiteral("browseQueueButton"));
    m_browse->setAccessibleName(tr("Browse messages"));
    for (QPushButton* button : {m_purge, m_delete}) {
        button->setEnabled(canManage);
        if (!canManage)
            button->setToolTip(tr("This broker does not allow changes from the console."));
    }
    connect(m_purge, &QPushButton::clicked, this,
            [this] { emit purgeRequested(m_vhost, m_queue); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { emit deleteRequested(m_vhost, m_queue); });
    connect(m_browse, &QPushButton::clicked, this,
            [this] { emit browseRequested(m_vhost, m_queue); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_purge);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_browse);
    buttons->addStretch(1);

    auto* facts = new QHBoxLayout;
    facts->addWidget(properties, 2);
    facts->addWidget(counts, 1);
    facts->addLayout(buttons);

    m_bindingsView = makeTable(m_bindings, QStringLiteral("queueBindingsView"),
                               tr("Bindings of the queue"), this);
    m_consumersView = makeTable(m_consumers, QStringLiteral("queueConsumersView"),
                                tr("Consumers of the queue"), this);
    // Every row is this queue's, in this vhost: columns saying so again are hidden.
    for (int column :
         {int(BindingTableModel::VhostColumn), int(BindingTableModel::DestinationColumn),
          int(BindingTableModel::DestinationTypeColumn)})
        m_bindingsView->setColumnHidden(column, true);
    for (int column : {int(ConsumerTableModel::QueueColumn), int(ConsumerTableModel::VhostColumn)})
        m_consumersView->setColumnHidden(column, true);
    auto* tables = new QHBoxLayout;
    tables->addWidget(boxed(tr("Bindings"), m_bindingsView, this), 1);
    tables->addWidget(boxed(tr("Consumers"), m_consumersView, this), 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_goneLabel);
    layout->addLayout(facts);
    layout->addWidget(m_charts, 2);
    layout->addLayout(tables, 1);
}

QLabel* QueueDetailPage::addFact(QFormLayout* form, const QString& title,
                                 const QString& objectName) {
    auto* value = new QLabel(QStringLiteral("–"), this);
    value->setObjectName(objectName);
    value->setAccessibleName(title);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(title + QLatin1Char(':'), value);
    return value;
}

void QueueDetailPage::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    const auto found =
        std::find_if(snapshot.queues.cbegin(), snapshot.queues.cend(),
                     [this](const auto& q) { return q.vhost == m_vhost && q.name == m_queue; });
    setGone(found == snapshot.queues.cend());
    if (m_gone)
        return; // keep the last picture; a queue declared again under the name comes back
    showQueue(*found);

    // The bindings and consumer tables are the window's models, fed only this queue's rows.
    warren::BrokerSnapshot mine;
    for (const auto& binding : snapshot.bindings)
        if (binding.vhost == m_vhost && binding.destination == m_queue &&
            binding.destinationType == QLatin1String("queue"))
            mine.bindings.append(binding);
    for (const auto& consumer : snapshot.consumers)
        if (consumer.vhost == m_vhost && consumer.queue == m_queue)
            mine.consumers.append(consumer);
    m_bindings->applySnapshot(mine);
    m_consumers->applySnapshot(mine);

    // Asked again each time: a queue deleted and declared again has a new history.
    const QDateTime takenAt =
        snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    m_charts->showHistory(m_histories->history(m_vhost, m_queue), takenAt.toMSecsSinceEpoch());
}

void QueueDetailPage::showQueue(const warren::QueueInfo& queue) {
    const QLocale locale;
    m_type->setText(queue.type);
    m_leader->setText(queue.leader.isEmpty() ? QStringLiteral("–") : queue.leader);
    // A classic queue lives on one node and has no replicas; a quorum queue or stream has
    // members, and a member that is not online is a replica that is not keeping up.
    QStringList members;
    for (const QString& member : queue.members)
        members << (queue.onlineMembers.isEmpty() || queue.onlineMembers.contains(member)
                        ? member
                        : tr("%1 (offline)").arg(member));
    m_members->setText(members.isEmpty() ? tr("none (not replicated)")
                                         : members.join(QStringLiteral(", ")));
    m_durable->setText(yesNo(queue.durable));
    m_autoDelete->setText(yesNo(queue.autoDelete));
    m_exclusive->setText(yesNo(queue.exclusive));
    m_arguments->setText(queue.arguments.isEmpty() ? tr("none") : queue.arguments);
    m_ready->setText(locale.toString(queue.messagesReady));
    m_unacked->setText(locale.toString(queue.messagesUnacked));
    m_total->setText(locale.toString(queue.messagesReady + queue.messagesUnacked));
    m_bytesReady->setText(locale.formattedDataSize(qint64(queue.bytesReady)));
    m_persistent->setText(locale.toString(queue.messagesPersistent));
    m_consumerCount->setText(locale.toString(queue.consumers));
}

void QueueDetailPage::setGone(bool gone) {
    if (gone == m_gone)
        return;
    m_gone = gone;
    m_goneLabel->setHidden(!gone);
    m_purge->setEnabled(m_canManage && !gone);
    m_delete->setEnabled(m_canManage && !gone);
    m_browse->setEnabled(!gone);
}
