// How the management API answers each kind of refused operation: the status and error name
// RabbitMQ's API gives for the same AMQP refusal (rabbit_mgmt_util:with_channel), and the AMQP
// reply code it quotes when it answers a 400 with the refusal's text.

#include "http/operation_status.h"

#include <QTest>

using namespace warren;
using namespace warren::http;
using Kind = OperationResult::Error;

Q_DECLARE_METATYPE(warren::OperationResult::Error)

class TestOperationStatus : public QObject {
    Q_OBJECT

private slots:
    void statusByKind_data() {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("amqpText");
        const auto row = [](const char* tag, Kind kind, HttpStatus status, const char* name,
                            const char* amqpText) {
            QTest::newRow(tag) << kind << int(status) << QString::fromLatin1(name)
                               << QString::fromLatin1(amqpText);
        };
        row("not found", Kind::NotFound, HttpStatus::NotFound, "not_found", "404 NOT_FOUND - why");
        row("access refused", Kind::AccessRefused, HttpStatus::Unauthorized, "not_authorised",
            "403 ACCESS_REFUSED - why");
        // Who may not is the API's own 401, its reason as given: no AMQP code.
        row("not authorised", Kind::NotAuthorised, HttpStatus::Unauthorized, "not_authorised",
            "why");
        row("precondition failed", Kind::PreconditionFailed, HttpStatus::BadRequest, "bad_request",
            "406 PRECONDITION_FAILED - why");
        row("resource locked", Kind::ResourceLocked, HttpStatus::BadRequest, "bad_request",
            "405 RESOURCE_LOCKED - why");
        row("not allowed", Kind::NotAllowed, HttpStatus::BadRequest, "bad_request",
            "503 COMMAND_INVALID - why");
        row("invalid argument", Kind::InvalidArgument, HttpStatus::BadRequest, "bad_request",
            "why");
        row("already exists", Kind::AlreadyExists, HttpStatus::BadRequest, "bad_request", "why");
        row("internal", Kind::Internal, HttpStatus::BadRequest, "bad_request", "why");
    }
    void statusByKind() {
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, name);
        QFETCH(QString, amqpText);
        QCOMPARE(int(operationStatus(kind)), status);
        QCOMPARE(operationErrorName(kind), name);
        QCOMPARE(amqpReplyText(kind, QStringLiteral("why")), amqpText);
    }
};

QTEST_GUILESS_MAIN(TestOperationStatus)
#include "tst_operation_status.moc"
