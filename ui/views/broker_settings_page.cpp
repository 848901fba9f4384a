#include "views/broker_settings_page.h"

#include "backends/broker_backend.h"
#include "models/saved_broker_settings.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>
#include <tuple>

namespace {

// Memory and disk limits are edited in megabytes (10^6 bytes, as RabbitMQ's "50MB").
constexpr quint64 Megabyte = 1'000'000;

// The bytes the box stands for: the original value while the box still shows it, so that a
// limit from a config file that is not a whole number of megabytes survives an apply.
quint64 bytesOf(const QSpinBox* box, quint64 original) {
    return quint64(box->value()) == original / Megabyte ? original
                                                        : quint64(box->value()) * Megabyte;
}

int megabytes(quint64 bytes) {
    return int(std::min<quint64>(bytes / Megabyte, quint64(std::numeric_limits<int>::max())));
}

} // namespace

BrokerSettingsPage::BrokerSettingsPage(BrokerBackend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_listeners(new QPlainTextEdit(this))
    , m_listenersError(new QLabel(this))
    , m_defaultUser(new QLabel(this))
    , m_defaultVhost(new QLabel(this))
    , m_dataDir(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply and restart"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this)) {
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Warren"), question) == QMessageBox::Yes;
    };

    m_listeners->setObjectName(QStringLiteral("listenersEdit"));
    m_listeners->setAccessibleName(tr("Listeners"));
    m_listeners->setPlaceholderText(
        tr("One SCHEME=HOST:PORT per line, e.g. amqp=127.0.0.1:5672. Port 0 picks a free "
           "port. Empty: amqp and http on their default ports."));
    m_listeners->setTabChangesFocus(true);
    m_listeners->setFixedHeight(m_listeners->fontMetrics().lineSpacing() * 5);
    m_listenersError->setObjectName(QStringLiteral("listenersError"));
    m_listenersError->setWordWrap(true);
    m_listenersError->setHidden(true);
    // A red that reads on light and dark backgrounds alike.
    QPalette errorPalette = m_listenersError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(220, 50, 47));
    m_listenersError->setPalette(errorPalette);
    auto* listenersBox = new QGroupBox(tr("Listeners"), this);
    auto* listenersLayout = new QVBoxLayout(listenersBox);
    listenersLayout->addWidget(m_listeners);
    listenersLayout->addWidget(m_listenersError);

    auto* limitsBox = new QGroupBox(tr("Limits"), this);
    auto* limits = new QFormLayout(limitsBox);
    m_channelMax = addSpinBox(QStringLiteral("channelMax"), tr("Channel max"),
                              std::numeric_limits<quint16>::max());
    m_channelMax->setSpecialValueText(tr("no limit"));
    limits->addRow(tr("&Channels per connection:"), m_channelMax);
    m_frameMax =
        addSpinBox(QStringLiteral("frameMax"), tr("Frame max"), std::numeric_limits<int>::max());
    m_frameMax->setMinimum(4096); // AMQP 0-9-1 section 4.2.3: the smallest frame_max allowed
    m_frameMax->setSuffix(tr(" bytes"));
    limits->addRow(tr("&Frame size:"), m_frameMax);
    m_heartbeat = addSpinBox(QStringLiteral("heartbeat"), tr("Heartbeat"),
                             std::numeric_limits<quint16>::max());
    m_heartbeat->setSuffix(tr(" s"));
    m_heartbeat->setSpecialValueText(tr("off"));
    limits->addRow(tr("&Heartbeat:"), m_heartbeat);
    m_memoryWatermark = addSpinBox(QStringLiteral("memoryHighWatermark"),
                                   tr("Memory high watermark"), std::numeric_limits<int>::max());
    m_memoryWatermark->setSuffix(tr(" MB"));
    m_memoryWatermark->setSpecialValueText(tr("40% of physical memory"));
    limits->addRow(tr("&Memory high watermark:"), m_memoryWatermark);
    m_diskFreeLimit = addSpinBox(QStringLiteral("diskFreeLimit"), tr("Disk free limit"),
                                 std::numeric_limits<int>::max());
    m_diskFreeLimit->setSuffix(tr(" MB"));
    limits->addRow(tr("&Disk free limit:"), m_diskFreeLimit);

    auto* fixedBox = new QGroupBox(tr("Set at start-up"), this);
    auto* fixed = new QFormLayout(fixedBox);
    for (auto [label, name, title] :
         {std::tuple{m_defaultUser, QStringLiteral("defaultUser"), tr("Default user")},
          std::tuple{m_defaultVhost, QStringLiteral("defaultVhost"), tr("Default virtual host")},
          std::tuple{m_dataDir, QStringLiteral("dataDir"), tr("Data directory")}}) {
        label->setObjectName(name);
        label->setAccessibleName(title);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fixed->addRow(title + QLatin1Char(':'), label);
    }

    m_apply->setObjectName(QStringLiteral("applyBrokerSettings"));
    m_apply->setAccessibleName(tr("Apply and restart the broker"));
    m_revert->setObjectName(QStringLiteral("revertBrokerSettings"));
    m_revert->setAccessibleName(tr("Revert the broker settings"));
    connect(m_apply, &QPushButton::clicked, this, &BrokerSettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &BrokerSettingsPage::revert);
    connect(m_listeners, &QPlainTextEdit::textChanged, this, &BrokerSettingsPage::validate);
    auto* note = new QLabel(tr("Applying restarts the broker: clients are disconnected. The "
                               "settings are kept for the next launch unless --config, "
                               "--listen or --data-dir is given."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto* columns = new QHBoxLayout;
    columns->addWidget(listenersBox, 1);
    columns->addWidget(limitsBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(fixedBox);
    layout->addStretch(1);
    layout->addLayout(buttons);
    revert();
}

QSpinBox* BrokerSettingsPage::addSpinBox(const QString& objectName, const QString& accessibleName,
                                         int maximum) {
    auto* box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(0, maximum);
    box->setGroupSeparatorShown(true);
    return box;
}

void BrokerSettingsPage::revert() {
    m_shown = m_backend->brokerConfig();
    QStringList listeners;
    for (const auto& spec : m_shown.effectiveListeners())
        listeners << SavedBrokerSettings::formatListener(spec);
    m_listeners->setPlainText(listeners.join(QLatin1Char('\n')));
    m_channelMax->setValue(m_shown.channelMax);
    m_frameMax->setValue(int(std::min<quint32>(m_shown.frameMax, quint32(m_frameMax->maximum()))));
    m_heartbeat->setValue(m_shown.heartbeatSeconds);
    m_memoryWatermark->setValue(megabytes(m_shown.memoryHighWatermarkBytes));
    m_diskFreeLimit->setValue(megabytes(m_shown.diskFreeLimitBytes));
    m_defaultUser->setText(m_shown.defaultUser);
    m_defaultVhost->setText(m_shown.defaultVhost);
    m_dataDir->setText(m_shown.dataDir.isEmpty() ? tr("none: messages are kept in memory only")
                                                 : m_shown.dataDir);
    validate();
}

std::optional<warren::BrokerConfig> BrokerSettingsPage::editedConfig(QString* error) const {
    // Over the backend's config of now: what this page does not edit stays as it runs.
    warren::BrokerConfig config = m_backend->brokerConfig();
    config.listeners.clear();
    const QStringList lines = m_listeners->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype line = 0; line < lines.size(); ++line) {
        const QString text = lines[line].trimmed();
        if (text.isEmpty())
            continue;
        QString problem;
        auto spec = warren::parseListenerSpec(text, &problem);
        // TLS listeners need certificates, which this page does not edit yet.
        static const QStringList Editable{QStringLiteral("amqp"), QStringLiteral("http"),
                                          QStringLiteral("mqtt"), QStringLiteral("stomp"),
                                          QStringLiteral("ws")};
        if (spec && !Editable.contains(spec->scheme))
            problem = tr("the %1 listener is not available in this version.").arg(spec->scheme);
        if (!spec || !problem.isEmpty()) {
            *error = tr("Line %1: %2").arg(line + 1).arg(problem);
            return std::nullopt;
        }
        config.listeners.append(*spec);
    }
    config.channelMax = quint16(m_channelMax->value());
    config.frameMax = quint32(m_frameMax->value());
    config.heartbeatSeconds = quint16(m_heartbeat->value());
    config.memoryHighWatermarkBytes = bytesOf(m_memoryWatermark, m_shown.memoryHighWatermarkBytes);
    config.diskFreeLimitBytes = bytesOf(m_diskFreeLimit, m_shown.diskFreeLimitBytes);
    return config;
}

void BrokerSettingsPage::validate() {
    QString error;
    const bool valid = editedConfig(&error).has_value();
    m_listenersError->setText(error);
    m_listenersError->setHidden(valid);
    m_apply->setEnabled(valid && m_backend->canControl());
}

void BrokerSettingsPage::apply() {
    QString error;
    const auto config = editedConfig(&error);
    if (!config)
        return; // Apply is disabled then; a shortcut must not get round it either
    if (!m_confirm(tr("Restart the broker with these settings? Its clients are disconnected.")))
        return;
    SavedBrokerSettings::save(*config);
    m_backend->reconfigureBroker(*config);
    m_shown = *config;
}
