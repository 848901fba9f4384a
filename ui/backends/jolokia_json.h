#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <warren/management.h>
#include <warren/peeked_message.h>
#include <warren/snapshot.h>

// ActiveMQ Classic's JMX MBeans, as Jolokia serves them, in the console's vocabulary: the bulk
// requests a refresh sends, their answers turned into a snapshot, browsed messages turned into
// peeked ones. Pure functions, so the mapping is tested on recorded answers and the backend only
// moves bytes. ActiveMQ has no virtual hosts: its broker name stands in for one.
namespace jolokia_json {

enum class Destination { Queue, Topic };

// "org.apache.activemq:type=Broker,brokerName=<broker>" and its destinations' names, as
// ActiveMQ registers them (for plain names; a name the broker had to quote comes back from
// the refresh, see Refresh::mbeans).
QString brokerMBean(const QString& broker);
QString destinationMBean(const QString& broker, Destination type, const QString& name);

// One Jolokia request: read `attributes` of `mbean` (a pattern reads every match), or run
// `operation` (with its signature where it is overloaded) with `arguments`.
QJsonObject read(const QString& mbean, const QStringList& attributes);
QJsonObject exec(const QString& mbean, const QString& operation, const QJsonArray& arguments = {});

// What one refresh asks for, in one bulk POST: the broker, its queues, topics, connections.
QJsonArray refreshRequests();

struct Refresh {
    warren::BrokerSnapshot snapshot;
    // "Queue/<name>", "Topic/<name>", "Connection/<name>" → the MBean that operations address.
    QHash<QString, QString> mbeans;
    QString error; // why the answers make no snapshot (not an ActiveMQ broker); empty: they do
};

// The answers to refreshRequests(), in order. Rates come from the counters' change since
// `previous` (an empty snapshot: no rates yet).
Refresh snapshotFrom(const QJsonArray& answers, const warren::BrokerSnapshot& previous,
                     const QDateTime& takenAt);

// A queue MBean's browse() answer, the first `count` of it, as the message browser shows them.
QList<warren::PeekedMessage> peekedFrom(const QJsonArray& browsed, int count);

// The headers of sendTextMessage(java.util.Map,java.lang.String): the message's headers as JMS
// properties, its AMQP properties mapped to their JMS counterparts.
QJsonObject sendHeaders(const warren::OutgoingMessage& message);

// Why one answer of a bulk request failed, in one sentence; empty when it succeeded.
QString itemError(const QJsonValue& answer);
// Whether an answer says that no MBean matched (a pattern read that found nothing, a
// destination that does not exist).
bool isNotFound(const QJsonValue& answer);

} // namespace jolokia_json
