#include "views/resend_dialog.h"

#include "views/publish_page.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

ResendDialog::ResendDialog(BrokerBackend* backend, const QList<warren::ExchangeInfo>& exchanges,
                           const warren::OutgoingMessage& message, QWidget* parent)
    : QDialog(parent)
    , m_form(new PublishPage(backend, this)) {
    setWindowTitle(tr("Edit and re-send"));
    setObjectName(QStringLiteral("resendDialog"));
    m_form->setExchanges(exchanges);
    m_form->fill(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
}
