#include "amqp091/frame_decoder.h"

#include <QTest>

using namespace warren::amqp091;

class TestFrameDecoder : public QObject {
    Q_OBJECT
private slots:
    void splitsFramesFedByteByByte() {
        QByteArray stream;
        appendFrame(stream, FrameMethod, 1, QByteArray("abc"));
        appendFrame(stream, FrameHeartbeat, 0, QByteArray());
        appendFrame(stream, FrameBody, 7, QByteArray(5000, 'x'));
        FrameDecoder decoder(0);
        struct Copied {
            quint8 type;
            quint16 channel;
            QByteArray payload; // a copy: the frame's view dies with the next feed()
        };
        QList<Copied> frames;
        for (char byte : stream) {
            decoder.feed(&byte, 1);
            Frame frame;
            while (decoder.next(frame) == FrameDecoder::Status::Frame)
                frames.append({frame.type, frame.channel, frame.payload.toByteArray()});
        }
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].type, FrameMethod);
        QCOMPARE(frames[0].channel, quint16(1));
        QCOMPARE(frames[0].payload, QByteArray("abc"));
        QCOMPARE(frames[1].type, FrameHeartbeat);
        QCOMPARE(frames[2].channel, quint16(7));
        QCOMPARE(frames[2].payload.size(), 5000);
        QCOMPARE(decoder.buffered(), 0);
    }

    void badFrameEndIsAFrameError() {
        QByteArray stream;
        appendFrame(stream, FrameMethod, 1, QByteArray("abc"));
        stream[stream.size() - 1] = 'X';
        FrameDecoder decoder;
        decoder.feed(stream.constData(), stream.size());
        Frame frame;
        QCOMPARE(decoder.next(frame), FrameDecoder::Status::Error);
        QCOMPARE(decoder.errorCode(), 501);
        QVERIFY(decoder.errorText().contains(QLatin1String("frame end")));
    }

    void oversizedFrameIsRefusedBeforeItArrives() {
        // Only the header of a 1 MiB frame: refused at once, nothing buffered waiting for it.
        const QByteArray header = QByteArray::fromHex("0300010010000000");
        FrameDecoder decoder(131072);
        decoder.feed(header.constData(), header.size());
        Frame frame;
        QCOMPARE(decoder.next(frame), FrameDecoder::Status::Error);
        QCOMPARE(decoder.errorCode(), 501);
    }

    void frameMaxCountsTheWholeFrame() {
        QByteArray exact;
        appendFrame(exact, FrameBody, 1, QByteArray(4096 - 8, 'a'));
        FrameDecoder decoder(4096);
        decoder.feed(exact.constData(), exact.size());
        Frame frame;
        QCOMPARE(decoder.next(frame), FrameDecoder::Status::Frame);
        QByteArray over;
        appendFrame(over, FrameBody, 1, QByteArray(4096 - 7, 'a'));
        decoder.feed(over.constData(), over.size());
        QCOMPARE(decoder.next(frame), FrameDecoder::Status::Error);
    }

    void unknownFrameTypeIsAFrameError() {
        const QByteArray stream = QByteArray::fromHex("0900000000000000ce");
        FrameDecoder decoder;
        decoder.feed(stream.constData(), stream.size());
        Frame frame;
        QCOMPARE(decoder.next(frame), FrameDecoder::Status::Error);
    }
};

QTEST_APPLESS_MAIN(TestFrameDecoder)
#include "tst_frame_decoder.moc"
