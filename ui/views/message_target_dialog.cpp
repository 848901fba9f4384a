#include "views/message_target_dialog.h"

#include "views/exchange_choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

MessageTargetDialog::MessageTargetDialog(Purpose purpose, const QStringList& exchanges,
                                         QWidget* parent)
    : QDialog(parent)
    , m_recorded(new QCheckBox(tr("Each message's recorded exchange"), this))
    , m_exchange(new QComboBox(this))
    , m_routingKey(new QLineEdit(this)) {
    m_recorded->setObjectName(QStringLiteral("targetRecordedExchange"));
    m_recorded->setAccessibleName(tr("Publish to each message's recorded exchange"));
    m_exchange->setObjectName(QStringLiteral("targetExchange"));
    m_exchange->setAccessibleName(tr("Target exchange"));
    m_exchange->setEditable(true);
    m_exchange->addItem(QString()); // the default exchange: a queue by its name
    for (const QString& name : sortedExchangeNames(exchanges))
        if (!name.isEmpty())
            m_exchange->addItem(name);
    m_exchange->lineEdit()->setPlaceholderText(tr("(default exchange)"));
    m_routingKey->setObjectName(QStringLiteral("targetRoutingKey"));
    m_routingKey->setAccessibleName(tr("Target routing key"));
    m_routingKey->setPlaceholderText(tr("blank: each message's own"));

    auto* form = new QFormLayout;
    if (purpose == Purpose::Import) {
        setWindowTitle(tr("Import messages to"));
        m_recorded->setChecked(true);
        form->addRow(m_recorded);
        m_exchange->setEnabled(false);
        connect(m_recorded, &QCheckBox::toggled, m_exchange,
                [this](bool on) { m_exchange->setEnabled(!on); });
    } else {
        setWindowTitle(tr("Publish messages to"));
        m_recorded->hide();
    }
    form->addRow(tr("&Exchange:"), m_exchange);
    form->addRow(tr("&Routing key:"), m_routingKey);
    auto* note = new QLabel(
        tr("To reach a queue directly, leave the exchange empty and give the queue's name as "
           "the routing key."),
        this);
    note->setWordWrap(true);
    form->addRow(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("targetButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

MessageTarget MessageTargetDialog::target() const {
    return {m_recorded->isChecked() && m_recorded->isVisibleTo(this),
            m_exchange->currentText().trimmed(), m_routingKey->text().trimmed()};
}
