// The output buffer must hand the socket every byte once, in order, whether it was appended
// to the owned chunk or shared, however the writes are split.

#include "protocol/output_buffer.h"

#include <QTest>
#include <sys/uio.h>

using warren::protocol::OutputBuffer;

namespace {
// Drains the buffer as a socket that accepts at most `step` bytes per writev would.
QByteArray drain(OutputBuffer& buffer, qsizetype step) {
    QByteArray written;
    iovec segments[8];
    while (!buffer.isEmpty()) {
        const int count = buffer.gather(segments, 8);
        qsizetype budget = step;
        for (int i = 0; i < count && budget > 0; ++i) {
            const qsizetype take = std::min<qsizetype>(budget, qsizetype(segments[i].iov_len));
            written.append(static_cast<const char*>(segments[i].iov_base), take);
            budget -= take;
        }
        buffer.consume(step - budget);
    }
    return written;
}
} // namespace

class TestOutputBuffer : public QObject {
    Q_OBJECT
private slots:
    void keepsOrderAcrossOwnedAndSharedSegments_data() {
        QTest::addColumn<qsizetype>("step");
        for (qsizetype step : {1, 3, 7, 1000, 100000})
            QTest::newRow(qPrintable(QString::number(step))) << step;
    }
    void keepsOrderAcrossOwnedAndSharedSegments() {
        QFETCH(qsizetype, step);
        OutputBuffer buffer;
        QByteArray expected;
        const QByteArray body(5000, 'b');
        for (int i = 0; i < 5; ++i) {
            const QByteArray header = "header-" + QByteArray::number(i);
            buffer.tail().append(header);
            buffer.appendShared(body);
            buffer.tail().append('E');
            expected += header + body + 'E';
        }
        QCOMPARE(buffer.size(), expected.size());
        QCOMPARE(drain(buffer, step), expected);
        QCOMPARE(buffer.size(), 0);
    }
    void sharedBodiesAreNotCopied() {
        OutputBuffer buffer;
        const QByteArray body(4096, 'x');
        buffer.appendShared(body);
        iovec segment;
        QCOMPARE(buffer.gather(&segment, 1), 1);
        QCOMPARE(static_cast<const char*>(segment.iov_base), body.constData());
    }
    void appendingAfterAPartialWriteKeepsTheRest() {
        OutputBuffer buffer;
        buffer.tail().append("abcdef");
        buffer.consume(2);
        buffer.tail().append("gh");
        QCOMPARE(buffer.size(), 6);
        QCOMPARE(drain(buffer, 4), QByteArray("cdefgh"));
    }
    void movingHandsOverEverythingUnwrittenInOrder() {
        OutputBuffer source;
        source.tail().append("skip-");
        source.consume(5); // written before the hand-over
        source.tail().append("one-");
        const QByteArray body(3000, 'b');
        source.appendShared(body);
        source.tail().append("-two");
        OutputBuffer destination;
        destination.tail().append("zero-");
        source.moveAllTo(destination);
        QCOMPARE(source.size(), 0);
        QVERIFY(source.isEmpty());
        QCOMPARE(destination.size(), 5 + 4 + body.size() + 4);
        // Appending to the source afterwards must not reach into what was handed over.
        source.tail().append("later");
        QCOMPARE(drain(destination, 7), "zero-one-" + body + "-two");
        QCOMPARE(drain(source, 100), QByteArray("later"));
    }
};

QTEST_APPLESS_MAIN(TestOutputBuffer)
#include "tst_output_buffer.moc"
