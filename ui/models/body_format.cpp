#include "models/body_format.h"

#include "models/json_pretty.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

bool isUtf8Text(const QByteArray& body) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(body); // hasError() is known only after decoding
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

namespace {

QString hexDump(const QByteArray& body) {
    QString out;
    for (qsizetype offset = 0; offset < body.size(); offset += 16) {
        const QByteArray row = body.mid(offset, 16);
        QString hex;
        QString printable;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < row.size()) {
                hex += QStringLiteral("%1 ").arg(quint8(row[i]), 2, 16, QLatin1Char('0'));
                const char c = row[i];
                printable += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
            }
            if (i == 7)
                hex += QLatin1Char(' ');
        }
        out +=
            QStringLiteral("%1  %2 %3\n").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, printable);
    }
    return out;
}

} // namespace

QString renderBody(const QByteArray& body, BodyView view) {
    switch (view) {
    case BodyView::Hex:
        return hexDump(body);
    case BodyView::Json: {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        // Parsed only to know it is JSON: shown as sent, keys in their order.
        if (error.error == QJsonParseError::NoError)
            return prettyJson(body);
        return QCoreApplication::translate("BodyFormat", "Not JSON (%1 at byte %2).")
                   .arg(error.errorString())
                   .arg(error.offset) +
               QStringLiteral("\n\n") + renderBody(body, BodyView::Text);
    }
    case BodyView::Text:
        if (isUtf8Text(body))
            return QString::fromUtf8(body);
        return QCoreApplication::translate("BodyFormat",
                                           "Binary body of %n byte(s): choose Hex to see it.",
                                           nullptr, int(body.size()));
    }
    return {};
}
