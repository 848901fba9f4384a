#include "views/connect_app_card.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString dismissedKey = QStringLiteral("Overview/connectCardDismissed");
// The password RabbitMQ and Warren ship with: no secret, so the URL may carry it.
const QString wellKnownPassword = QStringLiteral("guest");

// The address a client on this machine dials: a listener on every interface is reached on
// loopback.
QString dialledHost(const QString& host) {
    if (host.isEmpty() || host == QLatin1String("0.0.0.0"))
        return QStringLiteral("127.0.0.1");
    if (host == QLatin1String("::"))
        return QStringLiteral("::1");
    return host;
}

} // namespace

ConnectAppCard::ConnectAppCard(QWidget* parent)
    : QFrame(parent)
    , m_urlLabel(new QLabel(this))
    , m_userLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("connectAppCard"));
    setAccessibleName(tr("Connect your application"));
    setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(tr("<b>Connect your application</b>"), this);
    auto* intro = new QLabel(
        tr("Point any AMQP 0-9-1 client (pika, amqplib, the RabbitMQ Java client…) at:"), this);
    intro->setWordWrap(true);
    m_urlLabel->setObjectName(QStringLiteral("connectAppUrl"));
    m_urlLabel->setAccessibleName(tr("AMQP URL"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_urlLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_urlLabel->setFont(mono);
    m_userLabel->setObjectName(QStringLiteral("connectAppUser"));
    m_userLabel->setAccessibleName(tr("User"));
    auto* copy = new QPushButton(tr("&Copy URL"), this);
    copy->setObjectName(QStringLiteral("connectAppCopy"));
    connect(copy, &QPushButton::clicked, this, &ConnectAppCard::copyUrl);
    auto* links =
        new QLabel(tr("Next: <a href=\"https://www.rabbitmq.com/tutorials\">tutorials</a> · "
                      "<a href=\"https://www.rabbitmq.com/client-libraries\">client libraries</a>"),
                   this);
    links->setObjectName(QStringLiteral("connectAppLinks"));
    links->setOpenExternalLinks(true);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("connectAppDismiss"));
    close->setText(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the connection tips"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &ConnectAppCard::dismiss);

    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(close);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlLabel, 1);
    urlRow->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(intro);
    layout->addLayout(urlRow);
    layout->addWidget(m_userLabel);
    layout->addWidget(links);
    updateVisibility();
}

void ConnectAppCard::setBroker(const QList<warren::ListenerInfo>& listeners, const QString& user,
                               const QString& password) {
    m_url.clear();
    for (const auto& listener : listeners) {
        if (listener.scheme != QLatin1String("amqp"))
            continue;
        QUrl url;
        url.setScheme(QStringLiteral("amqp"));
        url.setUserName(user);
        if (password == wellKnownPassword)
            url.setPassword(password);
        url.setHost(dialledHost(listener.host));
        url.setPort(listener.port);
        url.setPath(QStringLiteral("/"));
        m_url = url.toString();
        break;
    }
    m_urlLabel->setText(m_url);
    m_userLabel->setText(
        password == wellKnownPassword
            ? tr("User %1, password %2 (the defaults; change them in Broker › "
                 "Settings before others can reach this broker).")
                  .arg(user, password)
            : tr("User %1, with the password set in Broker › Settings.").arg(user));
    updateVisibility();
}

void ConnectAppCard::copyUrl() {
    if (!m_url.isEmpty())
        QApplication::clipboard()->setText(m_url);
}

void ConnectAppCard::dismiss() {
    QSettings().setValue(dismissedKey, true);
    updateVisibility();
}

bool ConnectAppCard::dismissed() {
    return QSettings().value(dismissedKey, false).toBool();
}

void ConnectAppCard::updateVisibility() {
    setVisible(!m_url.isEmpty() && !dismissed());
}
