#include "views/route_tester_page.h"

#include "backends/broker_backend.h"
#include "views/exchange_choices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RouteTesterPage::RouteTesterPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_vhost(new QComboBox(this))
    , m_exchange(new QComboBox(this))
    , m_routingKey(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_queues(new QListWidget(this))
    , m_verdict(new QLabel(this)) {
    m_vhost->setObjectName(QStringLiteral("routeVhost"));
    m_vhost->addItem(QStringLiteral("/"));
    m_exchange->setObjectName(QStringLiteral("routeExchange"));
    m_exchange->setEditable(true);
    m_routingKey->setObjectName(QStringLiteral("routeRoutingKey"));
    m_headers->setObjectName(QStringLiteral("routeHeaders"));
    m_headers->setPlaceholderText(
        tr("For headers exchanges and CC/BCC: one per line, name: value"));
    m_headers->setMaximumHeight(fontMetrics().height() * 5);
    m_queues->setObjectName(QStringLiteral("routeQueues"));
    m_queues->setAccessibleName(tr("Queues the message would reach"));
    m_verdict->setObjectName(QStringLiteral("routeVerdict"));
    auto* testButton = new QPushButton(tr("&Where would it go?"), this);
    testButton->setObjectName(QStringLiteral("routeTest"));
    testButton->setEnabled(backend->canManage());

    auto* form = new QFormLayout;
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&Exchange:"), m_exchange);
    form->addRow(tr("&Routing key:"), m_routingKey);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(QString(), testButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_queues, 1);

    connect(m_vhost, &QComboBox::currentIndexChanged, this,
            &RouteTesterPage::updateExchangeChoices);
    connect(testButton, &QPushButton::clicked, this, &RouteTesterPage::test);
    connect(m_routingKey, &QLineEdit::returnPressed, this, &RouteTesterPage::test);
    connect(backend, &BrokerBackend::operationFinished, this, &RouteTesterPage::onFinished);
}

void RouteTesterPage::setExchanges(const QList<warren::ExchangeInfo>& exchanges) {
    m_exchanges = exchanges;
    fillVhostChoices(m_vhost, exchanges);
    updateExchangeChoices();
}

void RouteTesterPage::setSnapshot(const warren::BrokerSnapshot& snapshot) {
    m_topology.exchanges = snapshot.exchanges;
    m_topology.queues = snapshot.queues;
    m_topology.bindings = snapshot.bindings;
    setExchanges(snapshot.exchanges);
}

void RouteTesterPage::updateExchangeChoices() {
    fillExchangeChoices(m_exchange, m_exchanges, m_vhost->currentText(), true);
}

void RouteTesterPage::test() {
    warren::OutgoingMessage message;
    message.vhost = m_vhost->currentText();
    message.exchange = m_exchange->currentText().trimmed();
    message.routingKey = m_routingKey->text();
    message.headers = parseHeaderLines(m_headers->toPlainText());
    m_tested = {message.vhost, message.exchange, message.routingKey, message.headers};
    m_waiting = true;
    m_verdict->setText(tr("Asking the broker…"));
    m_backend->execute(warren::commands::TestRoute{message});
}

void RouteTesterPage::onFinished(const warren::OperationResult& result) {
    if (result.kind != warren::OperationResult::Kind::TestRoute || !m_waiting)
        return;
    m_waiting = false;
    m_queues->clear();
    if (!result.error.isEmpty()) {
        m_verdict->setText(tr("Cannot tell: %1").arg(result.error));
        return;
    }
    const RouteExplanation explanation(m_topology, m_tested);
    for (const QString& queue : result.queues) {
        // The queue, then each way the message got there: which binding (or chain of them).
        const QStringList paths = explanation.pathsTo(queue);
        QString text = queue;
        for (const QString& path : paths)
            text += QStringLiteral("\n    ") + tr("via %1").arg(path);
        auto* item = new QListWidgetItem(text, m_queues);
        item->setData(Qt::UserRole, queue);
        item->setToolTip(paths.isEmpty() ? tr("No binding in the last refresh explains this "
                                              "queue; refresh and test again.")
                                         : paths.join(QLatin1Char('\n')));
    }
    m_verdict->setText(result.queues.isEmpty()
                           ? tr("Unroutable: no queue would get this message (a mandatory "
                                "publish would come back).")
                           : tr("It would reach %n queue(s):", nullptr, int(result.queues.size())));
}

QStringList RouteTesterPage::shownPaths(const QString& queue) const {
    for (int row = 0; row < m_queues->count(); ++row)
        if (m_queues->item(row)->data(Qt::UserRole).toString() == queue)
            return m_queues->item(row)->toolTip().split(QLatin1Char('\n'));
    return {};
}

QStringList RouteTesterPage::shownQueues() const {
    QStringList queues;
    for (int row = 0; row < m_queues->count(); ++row)
        queues << m_queues->item(row)->data(Qt::UserRole).toString();
    return queues;
}
