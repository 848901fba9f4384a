#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>
#include <warren/snapshot.h>

class QComboBox;

// Shared by the forms that name an exchange (Publish, Routing): the vhosts and exchanges of
// the latest snapshot as choices, keeping what the user picked or typed.
void fillVhostChoices(QComboBox* vhosts, const QList<warren::ExchangeInfo>& exchanges);
void fillExchangeChoices(QComboBox* exchangeBox, const QList<warren::ExchangeInfo>& exchanges,
                         const QString& vhost, bool includeInternal);
// Exchange names as every picker offers them: the default exchange ("") first, then the rest
// sorted without regard to case, each once.
QStringList sortedExchangeNames(QStringList names);
// "name: value" lines into headers with string values, "name:= JSON" into typed ones (42,
// true, [..], {..}); lines without a colon are skipped. headerLines() writes them back.
QList<std::pair<QString, QJsonValue>> parseHeaderLines(const QString& text);
QString headerLines(const QList<std::pair<QString, QJsonValue>>& headers);
