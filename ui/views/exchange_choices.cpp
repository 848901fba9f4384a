#include "views/exchange_choices.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStringList>

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
    for (const auto& exchange : exchanges)
        if (exchange.vhost == vhost && (includeInternal || !exchange.internal))
            exchangeBox->addItem(exchange.name);
    exchangeBox->setCurrentText(current); // a typed name of an exchange not yet seen stays
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
