#include "views/policy_dialog.h"

#include "models/policy_definition_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

PolicyDialog::PolicyDialog(const QStringList& vhosts, QWidget* parent)
    : QDialog(parent)
    , m_vhost(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_pattern(new QLineEdit(this))
    , m_applyTo(new QComboBox(this))
    , m_priority(new QSpinBox(this))
    , m_definition(new QPlainTextEdit(this))
    , m_problem(new QLabel(this)) {
    setWindowTitle(tr("New policy"));
    m_vhost->setObjectName(QStringLiteral("policyVhost"));
    m_vhost->setAccessibleName(tr("Virtual host"));
    m_vhost->addItems(vhosts.isEmpty() ? QStringList{QStringLiteral("/")} : vhosts);
    m_name->setObjectName(QStringLiteral("policyName"));
    m_name->setAccessibleName(tr("Policy name"));
    m_pattern->setObjectName(QStringLiteral("policyPattern"));
    m_pattern->setAccessibleName(tr("Pattern of names the policy applies to"));
    m_pattern->setPlaceholderText(tr("e.g. ^orders\\."));
    m_applyTo->setObjectName(QStringLiteral("policyApplyTo"));
    m_applyTo->setAccessibleName(tr("What the policy applies to"));
    // The API's words are the item data; the labels are translated.
    m_applyTo->addItem(tr("Queues"), QStringLiteral("queues"));
    m_applyTo->addItem(tr("Exchanges"), QStringLiteral("exchanges"));
    m_applyTo->addItem(tr("Queues and exchanges"), QStringLiteral("all"));
    m_priority->setObjectName(QStringLiteral("policyPriority"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setRange(-999999, 999999); // generous: RabbitMQ sets no bounds of its own
    m_priority->setToolTip(tr("Where several policies match a name, the highest priority wins."));
    m_definition->setObjectName(QStringLiteral("policyDefinition"));
    m_definition->setAccessibleName(tr("Policy definition"));
    m_definition->setTabChangesFocus(true);
    m_definition->setPlaceholderText(tr("One key=value per line, e.g.\n"
                                        "message-ttl=60000\n"
                                        "dead-letter-exchange=dlx\n"
                                        "or a JSON object: {\"max-length\": 1000}"));
    m_problem->setObjectName(QStringLiteral("policyProblem"));
    m_problem->setAccessibleName(tr("What is wrong with the policy"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Virtual host:"), m_vhost);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Pattern:"), m_pattern);
    form->addRow(tr("&Apply to:"), m_applyTo);
    form->addRow(tr("P&riority:"), m_priority);
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("policyButtons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &PolicyDialog::validate);
    connect(m_pattern, &QLineEdit::textChanged, this, &PolicyDialog::validate);
    connect(m_definition, &QPlainTextEdit::textChanged, this, &PolicyDialog::validate);
    validate();
}

void PolicyDialog::setPolicy(const warren::PolicyDefinition& p) {
    setWindowTitle(tr("Edit policy"));
    if (m_vhost->findText(p.vhost) < 0)
        m_vhost->addItem(p.vhost);
    m_vhost->setCurrentText(p.vhost);
    m_vhost->setEnabled(false); // another vhost would be another policy
    m_name->setText(p.name);
    m_name->setReadOnly(true);
    m_pattern->setText(p.pattern);
    const int applyTo = m_applyTo->findData(p.applyTo);
    if (applyTo >= 0) {
        m_applyTo->setCurrentIndex(applyTo);
    } else { // a newer broker's kind, such as classic_queues: kept as it is
        m_applyTo->addItem(p.applyTo, p.applyTo);
        m_applyTo->setCurrentIndex(m_applyTo->count() - 1);
    }
    m_priority->setValue(p.priority);
    m_definition->setPlainText(p.definition);
}

QString PolicyDialog::problem() const {
    return m_problem->text();
}

void PolicyDialog::validate() {
    QString problem;
    const QRegularExpression pattern(m_pattern->text());
    if (m_name->text().trimmed().isEmpty())
        problem = tr("A policy needs a name.");
    else if (m_pattern->text().isEmpty())
        problem = tr("A policy needs a pattern; \".*\" matches every name.");
    else if (!pattern.isValid())
        problem = tr("The pattern is not a regular expression: %1.").arg(pattern.errorString());
    else
        problem = PolicyDefinitionText::parse(m_definition->toPlainText()).problem;
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

warren::PolicyDefinition PolicyDialog::definition() const {
    warren::PolicyDefinition p;
    p.vhost = m_vhost->currentText();
    p.name = m_name->text().trimmed();
    p.pattern = m_pattern->text();
    p.applyTo = m_applyTo->currentData().toString();
    p.priority = m_priority->value();
    p.definition = PolicyDefinitionText::parse(m_definition->toPlainText()).json;
    return p;
}
