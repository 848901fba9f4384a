#pragma once

#include <QDialog>
#include <warren/management.h>
#include <warren/snapshot.h>

class BrokerBackend;
class PublishPage;

// "Edit and re-send": the Publish form, filled with a copy of a message from the browser
// (body, properties, typed headers, where it was published), to change and send again. The
// original stays where it is.
class ResendDialog final : public QDialog {
    Q_OBJECT
public:
    ResendDialog(BrokerBackend* backend, const QList<warren::ExchangeInfo>& exchanges,
                 const warren::OutgoingMessage& message, QWidget* parent = nullptr);

    PublishPage* form() const { return m_form; }

private:
    PublishPage* m_form;
};
