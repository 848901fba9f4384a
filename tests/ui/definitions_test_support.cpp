#include "definitions_test_support.h"

#include "backends/broker_backend.h"
#include "embedded_test_support.h"
#include "operation_wait.h"
#include "views/copy_definitions_dialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

bool changeDone(BrokerBackend* backend, const std::function<void()>& change) {
    QSignalSpy finished(backend, &BrokerBackend::operationFinished);
    change();
    const warren::OperationResult result = takeResult(finished);
    if (!result.error.isEmpty())
        qWarning() << "refused:" << result.error;
    return result.error.isEmpty();
}

bool buildShop(BrokerBackend* b) {
    warren::ExchangeDefinition orders;
    orders.name = QStringLiteral("orders");
    orders.type = QStringLiteral("topic");
    warren::QueueDefinition billing;
    billing.name = QStringLiteral("billing");
    billing.messageTtlMs = 60000;
    warren::BindingDefinition binding;
    binding.source = QStringLiteral("orders");
    binding.destination = QStringLiteral("billing");
    binding.routingKey = QStringLiteral("order.*");
    warren::UserDefinition alice;
    alice.name = QStringLiteral("alice");
    alice.password = QStringLiteral("secret");
    alice.tags = QStringList{QStringLiteral("monitoring")};
    warren::PermissionDefinition aliceMayUse;
    aliceMayUse.user = alice.name;
    aliceMayUse.configure = QString();
    return changeDone(b, [b] { b->execute(warren::commands::AddVhost{QStringLiteral("shop")}); }) &&
           changeDone(b, [&] { b->execute(warren::commands::DeclareExchange{orders}); }) &&
           changeDone(b, [&] { b->execute(warren::commands::DeclareQueue{billing}); }) &&
           changeDone(b, [&] { b->execute(warren::commands::AddBinding{binding}); }) &&
           changeDone(b, [&] { b->execute(warren::commands::PutUser{alice}); }) &&
           changeDone(b, [&] { b->execute(warren::commands::SetPermission{aliceMayUse}); });
}

QJsonObject definitionsOf(BrokerBackend* backend) {
    QSignalSpy finished(backend, &BrokerBackend::operationFinished);
    backend->execute(warren::commands::ExportDefinitions{});
    const auto exported =
        nextResultOf(finished, warren::OperationResult::Kind::ExportDefinitions, 10000);
    return exported ? exported->definitions : QJsonObject();
}

bool hasNamed(const QJsonObject& definitions, const char* key, const QString& name) {
    for (const QJsonValue& v : definitions.value(QLatin1String(key)).toArray())
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return true;
    return false;
}

QTreeWidgetItem* changeItem(QTreeWidget* tree, const QString& category, const QString& name) {
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree->topLevelItem(g);
        if (group->text(0) != category)
            continue;
        for (int c = 0; c < group->childCount(); ++c)
            if (group->child(c)->text(0) == name)
                return group->child(c);
    }
    return nullptr;
}

QString compareAndApply(CopyDefinitionsDialog& dialog,
                        const std::function<void(CopyDefinitionsDialog&)>& beforeApply) {
    QSignalSpy compared(&dialog, &CopyDefinitionsDialog::compared);
    QSignalSpy applied(&dialog, &CopyDefinitionsDialog::applied);
    dialog.compare();
    if (compared.isEmpty() && !compared.wait(10000))
        return QStringLiteral("no comparison came");
    if (!dialog.applyButton()->isEnabled())
        return QStringLiteral("nothing to apply: ") + dialog.statusLabel()->text();
    if (beforeApply)
        beforeApply(dialog);
    compared.clear();
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    if (applied.isEmpty() && !applied.wait(15000))
        return QStringLiteral("the import never answered");
    const QString error = applied.first().first().toString();
    if (error.isEmpty() && compared.isEmpty() && !compared.wait(10000))
        return QStringLiteral("no comparison after the import");
    return error;
}

QString shopWorksScript(quint16 port) {
    return QStringLiteral("ch.basic_publish('orders', 'order.new', b'first order')\n"
                          "m = ch.basic_get('billing', auto_ack=True)\n"
                          "print(m[2].decode())\n"
                          "a = pika.BlockingConnection(pika.ConnectionParameters("
                          "'127.0.0.1', %1, credentials=pika.PlainCredentials("
                          "'alice', 'secret')))\n"
                          "print('alice in')")
        .arg(port);
}
