#include "views/binding_dialog.h"

#include "views/exchange_choices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

BindingDialog::BindingDialog(const warren::BrokerSnapshot& snapshot, QWidget* parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_vhost(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_destinationType(new QComboBox(this))
    , m_destination(new QComboBox(this))
    , m_routingKey(new QLineEdit(this))
    , m_arguments(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Add binding"));
    m_vhost->setObjectName(QStringLiteral("vhost"));
    fillVhostChoices(m_vhost, m_snapshot.exchanges);
    if (m_vhost->count() == 0)
        m_vhost->addItem(QStringLiteral("/"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_destinationType->setObjectName(QStringLiteral("destinationType"));
    m_destinationType->addItem(tr("Queue"), true);
    m_destinationType->addItem(tr("Exchange"), false);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_destination->setEditable(true);
    m_routingKey->setObjectName(QStringLiteral("routingKey"));
    m_routingKey->setPlaceholderText(tr("e.g. orders.*.created"));
    m_arguments->setObjectName(QStringLiteral("arguments"));
    m_arguments->setPlaceholderText(tr("x-match: all\nformat: pdf"));
    m_arguments->setTabChangesFocus(true);
    m_arguments->setMaximumHeight(fontMetrics().lineSpacing() * 5);

    auto* form = new QFormLayout;
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&From exchange:"), m_source);
    form->addRow(tr("&To:"), m_destinationType);
    form->addRow(tr("&Destination:"), m_destination);
    form->addRow(tr("&Routing key:"), m_routingKey);
    form->addRow(tr("&Arguments:"), m_arguments);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Bind"));
    auto updateOk = [this, ok] {
        ok->setEnabled(!m_source->currentText().trimmed().isEmpty() &&
                       !m_destination->currentText().trimmed().isEmpty());
    };
    connect(m_source, &QComboBox::currentTextChanged, this, updateOk);
    connect(m_destination, &QComboBox::currentTextChanged, this, updateOk);
    connect(m_vhost, &QComboBox::currentTextChanged, this, &BindingDialog::fillChoices);
    connect(m_destinationType, &QComboBox::currentIndexChanged, this, &BindingDialog::fillChoices);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fillChoices();
    updateOk();
}

void BindingDialog::fillChoices() {
    const QString vhost = m_vhost->currentText();
    const QString source = m_source->currentText();
    m_source->clear();
    QStringList exchanges;
    for (const auto& exchange : std::as_const(m_snapshot.exchanges))
        if (exchange.vhost == vhost && !exchange.name.isEmpty())
            exchanges << exchange.name;
    exchanges = sortedExchangeNames(exchanges);
    m_source->addItems(exchanges);
    if (!source.isEmpty())
        m_source->setCurrentText(source);

    const QString destination = m_destination->currentText();
    m_destination->clear();
    if (m_destinationType->currentData().toBool()) {
        for (const auto& queue : std::as_const(m_snapshot.queues))
            if (queue.vhost == vhost)
                m_destination->addItem(queue.name);
    } else {
        m_destination->addItems(exchanges);
    }
    if (!destination.isEmpty())
        m_destination->setCurrentText(destination);
}

void BindingDialog::setSource(const QString& vhost, const QString& exchange) {
    m_vhost->setCurrentText(vhost);
    m_source->setCurrentText(exchange);
}

warren::BindingDefinition BindingDialog::definition() const {
    warren::BindingDefinition b;
    b.vhost = m_vhost->currentText();
    b.source = m_source->currentText().trimmed();
    b.destinationIsQueue = m_destinationType->currentData().toBool();
    b.destination = m_destination->currentText().trimmed();
    b.routingKey = m_routingKey->text();
    // Binding arguments travel as text; a typed line keeps its JSON spelling.
    for (const auto& [name, value] : parseHeaderLines(m_arguments->toPlainText()))
        b.arguments.append(
            {name, value.isString()
                       ? value.toString()
                       : headerLines({{name, value}}).section(QStringLiteral(":= "), 1)});
    return b;
}
