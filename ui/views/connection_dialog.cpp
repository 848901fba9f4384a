#include "views/connection_dialog.h"

#include "models/connection_profile_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

void name(QWidget* widget, const QString& objectName, const QString& accessibleName) {
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

} // namespace

QString ConnectionDialog::colourLabel(const QString& colour) {
    if (colour == QLatin1String("red"))
        return tr("Red");
    if (colour == QLatin1String("orange"))
        return tr("Orange");
    if (colour == QLatin1String("yellow"))
        return tr("Yellow");
    if (colour == QLatin1String("green"))
        return tr("Green");
    if (colour == QLatin1String("blue"))
        return tr("Blue");
    if (colour == QLatin1String("purple"))
        return tr("Purple");
    return tr("None");
}

QIcon ConnectionDialog::colourIcon(const QString& colour) {
    if (colour.isEmpty())
        return {};
    QPixmap swatch(16, 16);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(colour));
    painter.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    return QIcon(swatch);
}

ConnectionDialog::ConnectionDialog(ConnectionProfileStore* store, const ConnectionProfile* existing,
                                   QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_previousName(existing ? existing->name : QString())
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_readOnly(new QCheckBox(tr("&Read-only: refuse every change from the console"), this))
    , m_pollInterval(new QSpinBox(this))
    , m_caFile(new QLineEdit(this))
    , m_certificateFile(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_skipVerification(new QCheckBox(tr("S&kip certificate verification"), this))
    , m_skipWarning(new QLabel(this))
    , m_colour(new QComboBox(this))
    , m_error(new QLabel(this)) {
    Q_ASSERT(store);
    setWindowTitle(existing ? tr("Edit connection") : tr("New connection"));
    name(m_name, QStringLiteral("connectionName"), tr("Name"));
    name(m_kind, QStringLiteral("connectionKind"), tr("Broker kind"));
    // Product names: the same in every language.
    m_kind->addItem(QStringLiteral("RabbitMQ"), int(ConnectionProfile::Kind::RabbitMQ));
    m_kind->addItem(QStringLiteral("Warren"), int(ConnectionProfile::Kind::Warren));
    m_kind->addItem(QStringLiteral("ActiveMQ"), int(ConnectionProfile::Kind::ActiveMQ));
    m_kind->addItem(tr("MQTT broker"), int(ConnectionProfile::Kind::Mqtt));
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    name(m_user, QStringLiteral("connectionUser"), tr("User"));
    name(m_password, QStringLiteral("connectionPassword"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    if (existing)
        m_password->setPlaceholderText(tr("unchanged"));
    name(m_readOnly, QStringLiteral("connectionReadOnly"), tr("Read-only"));
    name(m_pollInterval, QStringLiteral("connectionPollInterval"), tr("Polling interval"));
    m_pollInterval->setRange(500, 3600000);
    m_pollInterval->setSingleStep(500);
    m_pollInterval->setSuffix(tr(" ms"));
    m_pollInterval->setValue(ConnectionProfile{}.pollIntervalMs);
    name(m_skipVerification, QStringLiteral("connectionSkipVerify"),
         tr("Skip certificate verification"));
    name(m_skipWarning, QStringLiteral("skipVerifyWarning"), tr("Warning"));
    m_skipWarning->setText(
        tr("⚠ Anyone between you and the broker can read and change this connection, password "
           "included. Only for development brokers with self-signed certificates."));
    m_skipWarning->setWordWrap(true);
    m_skipWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_skipWarning->setVisible(false);
    connect(m_skipVerification, &QCheckBox::toggled, m_skipWarning, &QWidget::setVisible);
    name(m_colour, QStringLiteral("connectionColour"), tr("Colour tag"));
    for (const QString& colour : ConnectionProfileStore::colourNames())
        m_colour->addItem(colourIcon(colour), colourLabel(colour), colour);
    name(m_error, QStringLiteral("connectionError"), tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    if (existing) {
        m_name->setText(existing->name);
        m_kind->setCurrentIndex(m_kind->findData(int(existing->kind)));
        m_url->setText(existing->url.toString());
        m_user->setText(existing->user);
        m_readOnly->setChecked(existing->readOnly);
        m_pollInterval->setValue(existing->pollIntervalMs);
        m_caFile->setText(existing->caFile);
        m_certificateFile->setText(existing->clientCertificateFile);
        m_keyFile->setText(existing->clientKeyFile);
        m_skipVerification->setChecked(existing->skipTlsVerification);
        m_colour->setCurrentIndex(std::max(0, m_colour->findData(existing->colour)));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("P&olling every:"), m_pollInterval);
    form->addRow(tr("&Colour tag:"), m_colour);
    form->addRow(QString(), m_readOnly);
    form->addRow(tr("C&A certificates:"),
                 fileField(m_caFile, QStringLiteral("connectionCaFile"), tr("CA certificates file"),
                           tr("CA certificates (PEM)")));
    form->addRow(tr("Client c&ertificate:"),
                 fileField(m_certificateFile, QStringLiteral("connectionCertificateFile"),
                           tr("Client certificate file"), tr("Client certificate (PEM)")));
    form->addRow(tr("Client &key:"), fileField(m_keyFile, QStringLiteral("connectionKeyFile"),
                                               tr("Client key file"), tr("Client key (PEM)")));
    form->addRow(QString(), m_skipVerification);
    form->addRow(QString(), m_skipWarning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("connectionButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateForKind);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateForKind);
    updateForKind();
}

QWidget* ConnectionDialog::fileField(QLineEdit* edit, const QString& objectName,
                                     const QString& accessibleName, const QString& title) {
    name(edit, objectName, accessibleName);
    auto* browse = new QToolButton(this);
    name(browse, objectName + QStringLiteral("Browse"), tr("Choose %1").arg(accessibleName));
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString path = QFileDialog::getOpenFileName(
            this, title, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

bool ConnectionDialog::isMqtt() const {
    return ConnectionProfile::Kind(m_kind->currentData().toInt()) == ConnectionProfile::Kind::Mqtt;
}

void ConnectionDialog::updateForKind() {
    const bool mqtt = isMqtt();
    // An MQTT broker is reached by MQTT itself, the others through their management API.
    m_url->setAccessibleName(mqtt ? tr("Broker URL") : tr("Management URL"));
    m_url->setPlaceholderText(mqtt ? tr("e.g. mqtt://127.0.0.1:1883 (mqtts:// for TLS)")
                                   : tr("e.g. https://broker.example.com:15672/"));
    // Over plain MQTT there is no TLS for certificates to apply to.
    const bool tls =
        !mqtt || m_url->text().trimmed().startsWith(QLatin1String("mqtts:"), Qt::CaseInsensitive);
    for (QLineEdit* file : {m_caFile, m_certificateFile, m_keyFile}) {
        file->setEnabled(tls);
        if (auto* browse = findChild<QToolButton*>(file->objectName() + QStringLiteral("Browse")))
            browse->setEnabled(tls);
    }
    m_skipVerification->setEnabled(tls);
}

ConnectionProfile ConnectionDialog::profile() const {
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    const QString url = m_url->text().trimmed();
    // A bare host is what people type; it is an MQTT broker's with the MQTT kind.
    const bool bareMqttHost = isMqtt() && !url.isEmpty() && !url.contains(QLatin1String("://"));
    p.url = QUrl::fromUserInput(bareMqttHost ? QStringLiteral("mqtt://") + url : url);
    // fromUserInput turns "ftp://x" into an ftp URL and "" into an empty one: both refused
    // later; only a bare host gets a scheme, which is what people type.
    if (url.isEmpty())
        p.url = QUrl();
    p.user = m_user->text();
    p.password = m_password->text();
    p.readOnly = m_readOnly->isChecked();
    p.pollIntervalMs = m_pollInterval->value();
    p.caFile = m_caFile->text().trimmed();
    p.clientCertificateFile = m_certificateFile->text().trimmed();
    p.clientKeyFile = m_keyFile->text().trimmed();
    p.skipTlsVerification = m_skipVerification->isChecked();
    p.colour = m_colour->currentData().toString();
    return p;
}

void ConnectionDialog::accept() {
    const ConnectionProfile edited = profile();
    // A password pasted inside the URL is a new one too (the store moves it to the keychain).
    const bool keep =
        !m_previousName.isEmpty() && edited.password.isEmpty() && edited.url.password().isEmpty();
    const QString problem = m_store->save(edited, m_previousName,
                                          keep ? ConnectionProfileStore::Password::Keep
                                               : ConnectionProfileStore::Password::Replace);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}
