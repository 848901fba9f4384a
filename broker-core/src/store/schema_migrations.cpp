#include "store/schema_migrations.h"

#include <sqlite3.h>

namespace warren::store {

namespace {

// Names, routing keys and arguments are BLOBs: they are the broker's bytes, compared bytewise,
// with no text encoding imposed on them.
constexpr const char* Version1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('format', 'warren-store');
CREATE TABLE vhosts (
    name BLOB PRIMARY KEY,
    metadata BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE users (
    name BLOB PRIMARY KEY,
    password_hash BLOB NOT NULL,
    tags TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE permissions (
    user BLOB NOT NULL,
    vhost BLOB NOT NULL,
    configure TEXT NOT NULL,
    write TEXT NOT NULL,
    read TEXT NOT NULL,
    PRIMARY KEY (user, vhost)
) WITHOUT ROWID;
CREATE TABLE exchanges (
    vhost BLOB NOT NULL,
    name BLOB NOT NULL,
    type BLOB NOT NULL,
    auto_delete INTEGER NOT NULL,
    internal INTEGER NOT NULL,
    arguments BLOB NOT NULL,
    PRIMARY KEY (vhost, name)
) WITHOUT ROWID;
CREATE TABLE queues (
    id INTEGER PRIMARY KEY,
    vhost BLOB NOT NULL,
    name BLOB NOT NULL,
    auto_delete INTEGER NOT NULL,
    arguments BLOB NOT NULL,
    UNIQUE (vhost, name)
);
CREATE TABLE bindings (
    vhost BLOB NOT NULL,
    source BLOB NOT NULL,
    destination_kind INTEGER NOT NULL,
    destination BLOB NOT NULL,
    routing_key BLOB NOT NULL,
    arguments BLOB NOT NULL,
    PRIMARY KEY (vhost, source, destination_kind, destination, routing_key, arguments)
) WITHOUT ROWID;
CREATE TABLE keys (
    id INTEGER PRIMARY KEY,
    retired INTEGER NOT NULL DEFAULT 0,
    key_check BLOB NOT NULL
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    refs INTEGER NOT NULL,
    key_id INTEGER NOT NULL,
    payload BLOB NOT NULL,
    body_size INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE queue_messages (
    queue_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    state INTEGER NOT NULL,
    PRIMARY KEY (queue_id, seq)
) WITHOUT ROWID;
)sql";

// The generic namespace/key/value area for protocol state that is not a queue: MQTT retained
// messages (namespace "mqtt/retained/<vhost>", key = topic) and persistent sessions
// (namespace "mqtt/sessions", key = client id). Values are sealed like message payloads.
constexpr const char* Version2 = R"sql(
CREATE TABLE kv (
    id INTEGER PRIMARY KEY,
    namespace BLOB NOT NULL,
    key BLOB NOT NULL,
    key_id INTEGER NOT NULL,
    value BLOB NOT NULL,
    UNIQUE (namespace, key)
);
)sql";

// Topic permissions (RabbitMQ 3.7's topic authorisation): per user, vhost and exchange.
constexpr const char* Version3 = R"sql(
CREATE TABLE topic_permissions (
    user BLOB NOT NULL,
    vhost BLOB NOT NULL,
    exchange BLOB NOT NULL,
    write TEXT NOT NULL,
    read TEXT NOT NULL,
    PRIMARY KEY (user, vhost, exchange)
) WITHOUT ROWID;
)sql";

// RabbitMQ's policies, per vhost and name; the body is the broker's JSON for the rest.
constexpr const char* Version4 = R"sql(
CREATE TABLE policies (
    vhost BLOB NOT NULL,
    name BLOB NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (vhost, name)
) WITHOUT ROWID;
)sql";

// Transient messages paged out of long queues are placed with state 3 and deleted at every
// open (RabbitMQ's msg_store_transient is wiped at start the same way). The partial index
// keeps that deletion from scanning every placement; the version bump keeps an older Warren,
// which would take state 3 for a redelivered message, from opening the file.
constexpr const char* Version5 = R"sql(
CREATE INDEX queue_messages_transient ON queue_messages (message_id) WHERE state = 3;
)sql";

} // namespace

const std::vector<SchemaMigrations::Step>& SchemaMigrations::steps() {
    static const std::vector<Step> list{
        {1, "definitions, messages and per-queue message state", Version1},
        {2, "key/value area for MQTT retained messages and sessions", Version2},
        {3, "topic permissions", Version3},
        {4, "policies", Version4},
        {5, "transient messages paged out, discarded at every open", Version5},
    };
    return list;
}

std::optional<StoreError> SchemaMigrations::migrate(SqliteConnection& db) {
    auto version = db.queryInteger("PRAGMA user_version");
    if (!version)
        return version.error();
    for (const Step& step : steps()) {
        if (step.version <= version.value())
            continue;
        const QString doing = QStringLiteral("migrating the schema to version %1 (%2)")
                                  .arg(step.version)
                                  .arg(QLatin1String(step.description));
        int rc = db.begin();
        if (rc == SQLITE_OK)
            rc = db.exec(step.sql);
        // The marker goes in with the first step, in the same transaction as the tables.
        const QByteArray stamp = "PRAGMA application_id = " + QByteArray::number(ApplicationId) +
                                 "; PRAGMA user_version = " + QByteArray::number(step.version);
        if (rc == SQLITE_OK)
            rc = db.exec(stamp.constData());
        if (rc == SQLITE_OK)
            rc = db.commit();
        if (rc != SQLITE_OK) {
            StoreError failed = db.error(rc, doing);
            db.rollback();
            return failed;
        }
    }
    return std::nullopt;
}

} // namespace warren::store
