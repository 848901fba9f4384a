#include "views/exchange_choices.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalBlocker>
#include <QStringList>
#include <algorithm>

void fillVhostChoices(QComboBox* vhosts, const QList<warren::ExchangeInfo>& exchanges) {
    QStringList names;
    for (const auto& exchange : exchanges)
        if (!names.contains(exchange.vhost))
            names << exchange.vhost;
    const QString current = vhosts->currentText();
    const QSignalBlocker blocker(vhosts);
    vhosts->clear();
    vhosts->addItems(names.isEmpty() ? QStringList{QStringLiteral("/")} : names);
    vhosts->setCurrentIndex(std::max(0, vhosts->findText(current)));
}

void fillExchangeChoices(QComboBox* exchangeBox, const QList<warren::ExchangeInfo>& exchanges,
                         const QString& vhost, bool includeInternal) {
    const QString current = exchangeBox->currentText();
    const QSignalBlocker blocker(exchangeBox);
    exchangeBox->clear();
    QStringList names;
    for (const auto& exchange : exchanges)
        if (exchange.vhost == vhost && (includeInternal || !exchange.internal))
            names << exchange.name;
    exchangeBox->addItems(sortedExchangeNames(names));
    exchangeBox->setCurrentText(current); // a typed name of an exchange not yet seen stays
}

QStringList sortedExchangeNames(QStringList names) {
    names.removeDuplicates();
    std::stable_sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        if (a.isEmpty() || b.isEmpty())
            return a.isEmpty() && !b.isEmpty();
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b; // "Orders" and "orders" in a fixed order
    });
    return names;
}

QList<std::pair<QString, QJsonValue>> parseHeaderLines(const QString& text) {
    QList<std::pair<QString, QJsonValue>> headers;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        if (line.mid(colon + 1).startsWith(QLatin1Char('='))) {
            // A JSON value; wrapped in an array so that scalars parse too.
            const QByteArray json = '[' + line.mid(colon + 2).trimmed().toUtf8() + ']';
            const QJsonArray parsed = QJsonDocument::fromJson(json).array();
            if (parsed.size() == 1) {
                headers.append({name, parsed.first()});
                continue;
            }
        }
        headers.append({name, line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QString headerLines(const QList<std::pair<QString, QJsonValue>>& headers) {
    QStringList lines;
    for (const auto& [name, value] : headers) {
        if (value.isString()) {
            lines << name + QStringLiteral(": ") + value.toString();
            continue;
        }
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        lines << name + QStringLiteral(":= ") + QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    return lines.join(QLatin1Char('\n'));
}
