#include "models/retained_table_model.h"

#include "models/body_format.h"

#include <QLocale>

void RetainedTableModel::setRetained(QList<warren::RetainedMessage> messages, qint64 nowMs) {
    m_nowMs = nowMs;
    // A topic's row stays where it is when its message is replaced, keeping the selection.
    mergeRows(
        m_messages, std::move(messages), [](const warren::RetainedMessage& m) { return m.topic; },
        [this](const warren::RetainedMessage& m, int column) { return valueOf(m, column); });
}

int RetainedTableModel::rowOf(const QString& topic) const {
    for (int row = 0; row < m_messages.size(); ++row)
        if (m_messages.at(row).topic == topic)
            return row;
    return -1;
}

int RetainedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_messages.size());
}

int RetainedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind RetainedTableModel::columnKind(int column) const {
    switch (column) {
    case SizeColumn:
    case QosColumn:
        return ColumnKind::Count;
    default:
        return ColumnKind::Text;
    }
}

QString RetainedTableModel::columnTitle(int column) const {
    switch (column) {
    case TopicColumn:
        return tr("Topic");
    case SizeColumn:
        return tr("Bytes");
    case QosColumn:
        return tr("QoS");
    case AgeColumn:
        return tr("Age");
    case ContentTypeColumn:
        return tr("Content type");
    case PayloadColumn:
        return tr("Payload");
    }
    return {};
}

QVariant RetainedTableModel::cellValue(int row, int column) const {
    return valueOf(m_messages.at(row), column);
}

QVariant RetainedTableModel::valueOf(const warren::RetainedMessage& message, int column) const {
    switch (column) {
    case TopicColumn:
        return message.topic;
    case SizeColumn:
        return message.payloadSize;
    case QosColumn:
        return message.qos;
    case AgeColumn: // seconds, so the column sorts by age; unknown ones sort last
        return message.storedAt.isValid()
                   ? QVariant((m_nowMs - message.storedAt.toMSecsSinceEpoch()) / 1000)
                   : QVariant(std::numeric_limits<qint64>::max());
    case ContentTypeColumn:
        return message.contentType;
    case PayloadColumn: {
        const QByteArray start = message.payload.left(PreviewCharacters * 4);
        QString preview = isUtf8Text(start)
                              ? QString::fromUtf8(start).simplified()
                              : renderBody(start.left(16), BodyView::Hex).simplified();
        if (preview.size() > PreviewCharacters)
            preview = preview.left(PreviewCharacters - 1) + QChar(0x2026);
        return preview;
    }
    }
    return {};
}

QString RetainedTableModel::cellText(int row, int column) const {
    if (column != AgeColumn)
        return SnapshotTableModel::cellText(row, column);
    const warren::RetainedMessage& message = m_messages.at(row);
    // An MQTT broker does not say when it stored what it hands a new subscriber.
    if (!message.storedAt.isValid())
        return tr("unknown");
    const qint64 seconds =
        std::max<qint64>(0, (m_nowMs - message.storedAt.toMSecsSinceEpoch()) / 1000);
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}
