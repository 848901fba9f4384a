#include "views/exchange_choices.h"

#include <QComboBox>
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

QList<std::pair<QString, QString>> parseHeaderLines(const QString& text) {
    QList<std::pair<QString, QString>> headers;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}
