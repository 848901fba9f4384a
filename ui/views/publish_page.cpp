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
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

PublishPage::PublishPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_vhost(new QComboBox(this))
    , m_exchange(new QComboBox(this))
    , m_routingKey(new QLineEdit(this))
    , m_contentType(new QLineEdit(QStringLiteral("text/plain"), this))
    , m_persistent(new QCheckBox(tr("Persistent (delivery mode 2)"), this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_historyList(new QListWidget(this))
    , m_status(new QLabel(this)) {
    m_vhost->setObjectName(QStringLiteral("publishVhost"));
    m_vhost->addItem(QStringLiteral("/"));
    m_exchange->setObjectName(QStringLiteral("publishExchange"));
    m_exchange->setEditable(true);
    m_routingKey->setObjectName(QStringLiteral("publishRoutingKey"));
    m_contentType->setObjectName(QStringLiteral("publishContentType"));
    m_persistent->setObjectName(QStringLiteral("publishPersistent"));
    m_headers->setObjectName(QStringLiteral("publishHeaders"));
    m_headers->setPlaceholderText(tr("One header per line: name: value"));
    m_headers->setMaximumHeight(fontMetrics().height() * 5);
    m_body->setObjectName(QStringLiteral("publishBody"));
    m_body->setAccessibleName(tr("Message body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_send->setObjectName(QStringLiteral("publishSend"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_historyList->setObjectName(QStringLiteral("publishHistory"));
    m_historyList->setAccessibleName(tr("Sent messages"));
    auto* load = new QPushButton(tr("&Load body from file…"), this);
    auto* resend = new QPushButton(tr("Send &again"), this);
    resend->setObjectName(QStringLiteral("publishResend"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&Exchange:"), m_exchange);
    form->addRow(tr("&Routing key:"), m_routingKey);
    form->addRow(tr("&Content type:"), m_contentType);
    form->addRow(QString(), m_persistent);
    form->addRow(tr("&Headers:"), m_headers);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    auto* compose = new QVBoxLayout;
    compose->addLayout(form);
    compose->addWidget(new QLabel(tr("Body:"), this));
    compose->addWidget(m_body, 1);
    compose->addLayout(buttons);
    auto* historyColumn = new QVBoxLayout;
    historyColumn->addWidget(new QLabel(tr("Sent this session:"), this));
    historyColumn->addWidget(m_historyList, 1);
    historyColumn->addWidget(resend);
    auto* columns = new QHBoxLayout;
    columns->addLayout(compose, 3);
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
    connect(m_send, &QPushButton::clicked, this, &PublishPage::send);
    connect(resend, &QPushButton::clicked, this, &PublishPage::resendSelected);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load message body"));
        if (!path.isEmpty())
            loadBody(path);
    });
    connect(m_historyList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_history.size())
            fill(m_history[row]);
    });
    connect(backend, &BrokerBackend::operationFinished, this, &PublishPage::onFinished);
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
    return m;
}

void PublishPage::fill(const warren::OutgoingMessage& m) {
    m_vhost->setCurrentText(m.vhost);
    m_exchange->setCurrentText(m.exchange);
    m_routingKey->setText(m.routingKey);
    m_contentType->setText(m.contentType);
    m_persistent->setChecked(m.persistent);
    QStringList headers;
    for (const auto& [name, value] : m.headers)
        headers << name + QStringLiteral(": ") + value;
    m_headers->setPlainText(headers.join(QLatin1Char('\n')));
    m_body->setPlainText(QString::fromUtf8(m.body));
}

void PublishPage::send() {
    const warren::OutgoingMessage m = message();
    m_history.prepend(m);
    if (m_history.size() > HistoryLimit)
        m_history.removeLast();
    {
        const QSignalBlocker blocker(m_historyList);
        m_historyList->insertItem(0, tr("%1 → %2 (%3)")
                                         .arg(m.exchange.isEmpty() ? tr("(default)") : m.exchange,
                                              m.routingKey,
                                              QLocale().formattedDataSize(m.body.size())));
        while (m_historyList->count() > HistoryLimit)
            delete m_historyList->takeItem(m_historyList->count() - 1);
    }
    ++m_pending;
    m_status->setText(tr("Sending…"));
    m_backend->publishMessage(m);
}

void PublishPage::resendSelected() {
    const int row = m_historyList->currentRow();
    if (row < 0 || row >= m_history.size())
        return;
    fill(m_history[row]);
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
    if (result.kind != warren::OperationResult::Kind::Publish || m_pending == 0)
        return;
    --m_pending;
    if (!result.error.isEmpty())
        m_status->setText(tr("Not sent: %1").arg(result.error));
    else if (result.count == 0)
        m_status->setText(tr("Sent, but no queue was bound to receive it."));
    else
        m_status->setText(tr("Sent to %n queue(s).", nullptr, int(result.count)));
}
