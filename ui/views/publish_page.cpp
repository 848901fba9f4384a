#include "views/publish_page.h"

#include "backends/broker_backend.h"
#include "views/exchange_choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace {

// The string properties besides content_type, in AMQP's property order, with their labels.
struct TextProperty {
    const char* name;
    const char* label;
    const char* objectName;
};
constexpr TextProperty TextProperties[] = {
    {"content_encoding", QT_TRANSLATE_NOOP("PublishPage", "Content enco&ding:"),
     "publishContentEncoding"},
    {"correlation_id", QT_TRANSLATE_NOOP("PublishPage", "C&orrelation id:"),
     "publishCorrelationId"},
    {"reply_to", QT_TRANSLATE_NOOP("PublishPage", "Reply &to:"), "publishReplyTo"},
    {"expiration", QT_TRANSLATE_NOOP("PublishPage", "E&xpiration (ms):"), "publishExpiration"},
    {"message_id", QT_TRANSLATE_NOOP("PublishPage", "&Message id:"), "publishMessageId"},
    {"type", QT_TRANSLATE_NOOP("PublishPage", "T&ype:"), "publishType"},
    {"user_id", QT_TRANSLATE_NOOP("PublishPage", "&User id:"), "publishUserId"},
    {"app_id", QT_TRANSLATE_NOOP("PublishPage", "&App id:"), "publishAppId"},
};

QString propertyOf(const warren::OutgoingMessage& m, const QString& name) {
    for (const auto& [key, value] : m.properties)
        if (key == name)
            return value;
    return {};
}

} // namespace

PublishPage::PublishPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_target(new QComboBox(this))
    , m_vhost(new QComboBox(this))
    , m_exchange(new QComboBox(this))
    , m_routingKey(new QLineEdit(this))
    , m_contentType(new QLineEdit(QStringLiteral("text/plain"), this))
    , m_persistent(new QCheckBox(tr("Persistent (delivery mode &2)"), this))
    , m_priority(new QSpinBox(this))
    , m_timestamp(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_qos(new QComboBox(this))
    , m_retain(new QCheckBox(tr("Re&tain"), this))
    , m_form(new QFormLayout)
    , m_amqpProperties(new QWidget(this))
    , m_headersBlock(new QWidget(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_historyList(new QListWidget(this))
    , m_status(new QLabel(this)) {
    m_target->setObjectName(QStringLiteral("publishTarget"));
    m_target->setAccessibleName(tr("Where to send"));
    if (backend->supports(BrokerBackend::Feature::ExchangePublishing))
        m_target->addItem(tr("An exchange (AMQP)"), int(Target::Exchange));
    if (backend->supports(BrokerBackend::Feature::TopicPublishing))
        m_target->addItem(tr("An MQTT topic"), int(Target::MqttTopic));
    m_topic->setObjectName(QStringLiteral("publishTopic"));
    m_topic->setPlaceholderText(tr("e.g. sensors/kitchen/temperature"));
    m_qos->setObjectName(QStringLiteral("publishQos"));
    m_qos->setAccessibleName(tr("Quality of service"));
    m_qos->addItem(tr("0 — at most once"), 0);
    m_qos->addItem(tr("1 — at least once"), 1);
    m_qos->addItem(tr("2 — exactly once"), 2);
    m_retain->setObjectName(QStringLiteral("publishRetain"));
    m_retain->setToolTip(tr("The broker keeps it as the topic's last message, for every new "
                            "subscriber."));
    m_vhost->setObjectName(QStringLiteral("publishVhost"));
    m_vhost->addItem(QStringLiteral("/"));
    m_exchange->setObjectName(QStringLiteral("publishExchange"));
    m_exchange->setEditable(true);
    m_routingKey->setObjectName(QStringLiteral("publishRoutingKey"));
    m_contentType->setObjectName(QStringLiteral("publishContentType"));
    m_persistent->setObjectName(QStringLiteral("publishPersistent"));
    m_priority->setObjectName(QStringLiteral("publishPriority"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setRange(-1, 255); // AMQP's priority is an octet
    m_priority->setSpecialValueText(tr("(none)"));
    m_priority->setValue(-1);
    m_timestamp->setObjectName(QStringLiteral("publishTimestamp"));
    m_timestamp->setAccessibleName(tr("Timestamp"));
    m_timestamp->setPlaceholderText(tr("ISO 8601, e.g. 2026-12-06T19:30:00Z"));
    auto* now = new QPushButton(tr("&Now"), this);
    now->setObjectName(QStringLiteral("publishTimestampNow"));
    connect(now, &QPushButton::clicked, this, [this] {
        // AMQP timestamps are whole seconds.
        m_timestamp->setText(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    });
    m_headers->setObjectName(QStringLiteral("publishHeaders"));
    m_headers->setPlaceholderText(
        tr("One header per line: \"name: text\", or \"name:= JSON\" for numbers, true/false, "
           "arrays and tables"));
    m_headers->setMaximumHeight(fontMetrics().height() * 5);
    m_body->setObjectName(QStringLiteral("publishBody"));
    m_body->setAccessibleName(tr("Message body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_send->setObjectName(QStringLiteral("publishSend"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_historyList->setObjectName(QStringLiteral("publishHistory"));
    m_status->setObjectName(QStringLiteral("publishStatus"));
    m_historyList->setAccessibleName(tr("Sent messages"));
    auto* load = new QPushButton(tr("&Load body from file…"), this);
    auto* resend = new QPushButton(tr("Send a&gain"), this);
    resend->setObjectName(QStringLiteral("publishResend"));
    auto* reload = new QPushButton(tr("Into the &form"), this);
    reload->setObjectName(QStringLiteral("publishLoadEntry"));
    reload->setToolTip(tr("Put the chosen message back into the form to change it"));

    auto* mqttOptions = new QWidget(this);
    auto* mqttOptionsLayout = new QHBoxLayout(mqttOptions);
    mqttOptionsLayout->setContentsMargins(0, 0, 0, 0);
    mqttOptionsLayout->addWidget(m_qos);
    mqttOptionsLayout->addSpacing(fontMetrics().averageCharWidth() * 2);
    mqttOptionsLayout->addWidget(m_retain);
    mqttOptionsLayout->addStretch(1);
    m_form->addRow(tr("Send t&o:"), m_target);
    m_form->addRow(tr("&Virtual host:"), m_vhost);
    m_form->addRow(tr("&Exchange:"), m_exchange);
    m_form->addRow(tr("&Routing key:"), m_routingKey);
    m_form->addRow(tr("To&pic:"), m_topic);
    m_form->addRow(tr("&QoS:"), mqttOptions);
    m_form->addRow(tr("&Content type:"), m_contentType);
    // The properties in two columns, so that the body keeps its room.
    auto* properties = new QGridLayout(m_amqpProperties);
    properties->setContentsMargins(0, 0, 0, 0);
    auto addProperty = [&](int index, const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        const int row = index / 2;
        const int column = (index % 2) * 2;
        properties->addWidget(caption, row, column);
        properties->addWidget(field, row, column + 1);
    };
    int index = 0;
    for (const TextProperty& p : TextProperties) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(p.objectName));
        edit->setAccessibleName(QString::fromLatin1(p.name));
        m_textProperties.append({QString::fromLatin1(p.name), edit});
        addProperty(index++, tr(p.label), edit);
    }
    addProperty(index++, tr("&Priority:"), m_priority);
    auto* timestampRow = new QWidget(this);
    auto* timestampLayout = new QHBoxLayout(timestampRow);
    timestampLayout->setContentsMargins(0, 0, 0, 0);
    timestampLayout->addWidget(m_timestamp, 1);
    timestampLayout->addWidget(now);
    timestampLayout->addSpacing(fontMetrics().averageCharWidth() * 2);
    timestampLayout->addWidget(m_persistent);
    // A row of its own: an ISO 8601 time needs the width.
    auto* timestampLabel = new QLabel(tr("T&imestamp:"), this);
    timestampLabel->setBuddy(m_timestamp);
    const int row = (index + 1) / 2;
    properties->addWidget(timestampLabel, row, 0);
    properties->addWidget(timestampRow, row, 1, 1, 3);
    properties->setColumnStretch(1, 1);
    properties->setColumnStretch(3, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    auto* compose = new QVBoxLayout;
    compose->addLayout(m_form);
    compose->addWidget(m_amqpProperties);
    auto* headersLayout = new QVBoxLayout(m_headersBlock);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    auto* headersLabel = new QLabel(tr("&Headers:"), this);
    headersLabel->setBuddy(m_headers);
    headersLayout->addWidget(headersLabel);
    headersLayout->addWidget(m_headers);
    compose->addWidget(m_headersBlock);
    compose->addWidget(new QLabel(tr("Body:"), this));
    compose->addWidget(m_body, 1);
    compose->addLayout(buttons);
    auto* historyColumn = new QVBoxLayout;
    historyColumn->addWidget(new QLabel(tr("Sent this session:"), this));
    historyColumn->addWidget(m_historyList, 1);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(reload);
    historyButtons->addWidget(resend);
    historyColumn->addLayout(historyButtons);
    // Every property has a field: in a short window the form scrolls rather than setting the
    // whole console's minimum height.
    auto* composeWidget = new QWidget(this);
    composeWidget->setLayout(compose);
    compose->setContentsMargins(0, 0, 0, 0);
    auto* composeScroll = new QScrollArea(this);
    composeScroll->setObjectName(QStringLiteral("publishFormScroll"));
    composeScroll->setFrameShape(QFrame::NoFrame);
    composeScroll->setWidgetResizable(true);
    composeScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    composeScroll->setWidget(composeWidget);
    auto* columns = new QHBoxLayout;
    columns->addWidget(composeScroll, 3);
    columns->addLayout(historyColumn, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);

    if (!backend->canManage()) {
        m_send->setEnabled(false);
        resend->setEnabled(false);
        m_send->setToolTip(tr("This broker does not allow publishing from the console."));
    }
    connect(m_vhost, &QComboBox::currentIndexChanged, this, &PublishPage::updateExchangeChoices);
    connect(m_target, &QComboBox::currentIndexChanged, this, &PublishPage::showTargetFields);
    // One choice is no choice: then the row only says where messages go.
    m_target->setEnabled(m_target->count() > 1);
    showTargetFields();
    connect(m_send, &QPushButton::clicked, this, &PublishPage::send);
    connect(resend, &QPushButton::clicked, this, &PublishPage::resendSelected);
    connect(reload, &QPushButton::clicked, this, &PublishPage::loadSelected);
    // Choosing an entry leaves the form alone (it may hold unsent work); opening one loads it.
    connect(m_historyList, &QListWidget::itemActivated, this, &PublishPage::loadSelected);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load message body"));
        if (!path.isEmpty())
            loadBody(path);
    });
    connect(backend, &BrokerBackend::operationFinished, this, &PublishPage::onFinished);
}

PublishPage::Target PublishPage::target() const {
    return m_target->currentIndex() < 0 ? Target::Exchange
                                        : Target(m_target->currentData().toInt());
}

void PublishPage::setTarget(Target target) {
    const int index = m_target->findData(int(target));
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void PublishPage::showTargetFields() {
    const bool mqtt = target() == Target::MqttTopic;
    for (QWidget* field : std::initializer_list<QWidget*>{m_vhost, m_exchange, m_routingKey})
        m_form->setRowVisible(field, !mqtt);
    m_form->setRowVisible(m_topic, mqtt);
    m_form->setRowVisible(m_qos->parentWidget(), mqtt);
    m_amqpProperties->setVisible(!mqtt);
    m_headersBlock->setVisible(!mqtt);
    // AMQP's form starts as text/plain; an MQTT client sends no content type unless told to.
    const QString amqpDefault = QStringLiteral("text/plain");
    if (mqtt && m_contentType->text() == amqpDefault)
        m_contentType->clear();
    else if (!mqtt && m_contentType->text().isEmpty())
        m_contentType->setText(amqpDefault);
}

void PublishPage::setExchanges(const QList<warren::ExchangeInfo>& exchanges) {
    m_exchanges = exchanges;
    fillVhostChoices(m_vhost, exchanges);
    updateExchangeChoices();
}

void PublishPage::updateExchangeChoices() {
    fillExchangeChoices(m_exchange, m_exchanges, m_vhost->currentText(), false);
}

warren::OutgoingMessage PublishPage::message() const {
    warren::OutgoingMessage m;
    m.vhost = m_vhost->currentText();
    m.exchange = m_exchange->currentText().trimmed();
    m.routingKey = m_routingKey->text();
    m.contentType = m_contentType->text().trimmed();
    m.persistent = m_persistent->isChecked();
    m.headers = parseHeaderLines(m_headers->toPlainText());
    m.body = m_body->toPlainText().toUtf8();
    // AMQP's property order, as the browser lists them.
    for (const auto& [name, edit] : m_textProperties)
        if (!edit->text().isEmpty())
            m.properties.append({name, edit->text()});
    if (m_priority->value() >= 0)
        m.properties.append({QStringLiteral("priority"), QString::number(m_priority->value())});
    const QDateTime timestamp = QDateTime::fromString(m_timestamp->text().trimmed(), Qt::ISODate);
    if (timestamp.isValid())
        m.properties.append({QStringLiteral("timestamp"), timestamp.toUTC().toString(Qt::ISODate)});
    return m;
}

warren::TopicMessage PublishPage::topicMessage() const {
    warren::TopicMessage m;
    m.vhost = m_backend->mqttVhost();
    m.topic = m_topic->text();
    m.qos = m_qos->currentData().toInt();
    m.retain = m_retain->isChecked();
    m.contentType = m_contentType->text().trimmed();
    m.payload = m_body->toPlainText().toUtf8();
    return m;
}

QString PublishPage::problem() const {
    if (target() == Target::MqttTopic) {
        const QString topic = m_topic->text();
        if (topic.isEmpty())
            return tr("An MQTT message needs a topic.");
        if (topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
            return tr("A topic to publish to cannot hold the wildcards + or #.");
        return {};
    }
    const QString timestamp = m_timestamp->text().trimmed();
    if (!timestamp.isEmpty() && !QDateTime::fromString(timestamp, Qt::ISODate).isValid())
        return tr("The timestamp is not an ISO 8601 date and time.");
    // RabbitMQ refuses any other expiration with PRECONDITION_FAILED.
    for (const auto& [name, edit] : m_textProperties) {
        if (name != QLatin1String("expiration") || edit->text().isEmpty())
            continue;
        bool ok = false;
        edit->text().toUInt(&ok);
        if (!ok)
            return tr("The expiration is a whole number of milliseconds.");
    }
    return {};
}

void PublishPage::fill(const warren::OutgoingMessage& m) {
    // A message from elsewhere (the browser) may name a vhost no snapshot has listed yet.
    if (m_vhost->findText(m.vhost) < 0)
        m_vhost->addItem(m.vhost);
    m_vhost->setCurrentText(m.vhost);
    m_exchange->setCurrentText(m.exchange);
    m_routingKey->setText(m.routingKey);
    m_contentType->setText(m.contentType);
    m_persistent->setChecked(m.persistent);
    for (const auto& [name, edit] : m_textProperties)
        edit->setText(propertyOf(m, name));
    bool hasPriority = false;
    const int priority = propertyOf(m, QStringLiteral("priority")).toInt(&hasPriority);
    m_priority->setValue(hasPriority ? priority : -1);
    m_timestamp->setText(propertyOf(m, QStringLiteral("timestamp")));
    m_headers->setPlainText(headerLines(m.headers));
    m_body->setPlainText(QString::fromUtf8(m.body));
}

void PublishPage::fill(const warren::TopicMessage& m) {
    setTarget(Target::MqttTopic);
    m_topic->setText(m.topic);
    m_qos->setCurrentIndex(std::max(0, m_qos->findData(m.qos)));
    m_retain->setChecked(m.retain);
    m_contentType->setText(m.contentType);
    m_body->setPlainText(QString::fromUtf8(m.payload));
}

void PublishPage::addToHistory(const Sent& sent, const QString& text, const QString& toolTip) {
    m_history.prepend(sent);
    if (m_history.size() > HistoryLimit)
        m_history.removeLast();
    const QSignalBlocker blocker(m_historyList);
    m_historyList->insertItem(0, text);
    m_historyList->item(0)->setToolTip(toolTip);
    while (m_historyList->count() > HistoryLimit)
        delete m_historyList->takeItem(m_historyList->count() - 1);
}

bool PublishPage::send() {
    if (const QString why = problem(); !why.isEmpty()) {
        m_status->setText(tr("Not sent: %1").arg(why));
        return false;
    }
    const QDateTime at = QDateTime::currentDateTime();
    const QString when = QLocale().toString(at.time(), QLocale::LongFormat);
    if (target() == Target::MqttTopic) {
        const warren::TopicMessage m = topicMessage();
        addToHistory(
            {at, {}, m},
            (m.retain ? tr("%1  topic %2, QoS %3, retained (%4)") : tr("%1  topic %2, QoS %3 (%4)"))
                .arg(when, m.topic)
                .arg(m.qos)
                .arg(QLocale().formattedDataSize(m.payload.size())),
            QLocale().toString(at, QLocale::LongFormat));
        ++m_pending;
        m_status->setText(tr("Sending…"));
        m_backend->execute(warren::commands::PublishToTopic{m});
        return true;
    }
    const warren::OutgoingMessage m = message();
    addToHistory({at, m, std::nullopt},
                 tr("%1  %2 → %3 (%4)")
                     .arg(when, m.exchange.isEmpty() ? tr("(default)") : m.exchange, m.routingKey,
                          QLocale().formattedDataSize(m.body.size())),
                 QLocale().toString(at, QLocale::LongFormat) + QLatin1Char('\n') +
                     tr("virtual host %1").arg(m.vhost));
    ++m_pending;
    m_status->setText(tr("Sending…"));
    m_backend->execute(warren::commands::Publish{m});
    return true;
}

void PublishPage::loadSelected() {
    const int row = m_historyList->currentRow();
    if (row < 0 || row >= m_history.size())
        return;
    const Sent& sent = m_history[row];
    if (sent.topicMessage) {
        fill(*sent.topicMessage);
    } else {
        setTarget(Target::Exchange);
        fill(sent.message);
    }
}

void PublishPage::resendSelected() {
    const int row = m_historyList->currentRow();
    if (row < 0 || row >= m_history.size())
        return;
    loadSelected();
    send();
}

void PublishPage::loadBody(const QString& path) {
    // Files may be large or on a slow disk: read them off the UI thread.
    m_status->setText(tr("Loading %1…").arg(path));
    QPointer<PublishPage> page(this);
    QThread* reader = QThread::create([page, path] {
        QFile file(path);
        QByteArray bytes;
        QString error;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        else
            error = file.errorString();
        QMetaObject::invokeMethod(
            qApp,
            [page, path, bytes, error] {
                if (!page)
                    return;
                if (!error.isEmpty()) {
                    page->m_status->setText(tr("Could not load %1: %2").arg(path, error));
                    return;
                }
                page->m_body->setPlainText(QString::fromUtf8(bytes));
                page->m_status->setText(
                    tr("Loaded %1 (%2)").arg(path, QLocale().formattedDataSize(bytes.size())));
            },
            Qt::QueuedConnection);
    });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}

void PublishPage::onFinished(const warren::OperationResult& result) {
    using Kind = warren::OperationResult::Kind;
    if ((result.kind != Kind::Publish && result.kind != Kind::PublishToTopic) || m_pending == 0)
        return;
    --m_pending;
    if (!result.error.isEmpty())
        m_status->setText(tr("Not sent: %1").arg(result.error));
    else if (result.kind == Kind::PublishToTopic &&
             !m_backend->supports(BrokerBackend::Feature::Queues))
        m_status->setText(tr("Published to %1.").arg(result.target)); // an MQTT broker says no more
    else if (result.kind == Kind::PublishToTopic)
        m_status->setText(
            result.count == 0
                ? tr("Published to %1, but no subscription matched it.").arg(result.target)
                : tr("Published to %1: %n subscription(s) got it.", nullptr, int(result.count))
                      .arg(result.target));
    else if (result.count == 0)
        m_status->setText(tr("Sent, but no queue was bound to receive it."));
    else
        m_status->setText(tr("Sent to %n queue(s).", nullptr, int(result.count)));
}
