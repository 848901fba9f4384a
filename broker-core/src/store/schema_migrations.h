#pragma once

#include "store/sqlite_connection.h"

#include <optional>
#include <vector>

namespace warren::store {

// The store's schema as an ordered list of steps. PRAGMA user_version records the last step
// applied; each step runs in its own transaction together with that bump, so a crash leaves the
// database at one version or the next, never between. Steps are never edited once released:
// a change to the schema is a new step.
class SchemaMigrations {
public:
    // Marks the file as Warren's in the SQLite header (ASCII "WARN"), so that a foreign
    // database is told apart without reading its tables.
    static constexpr qint32 ApplicationId = 0x5741524E;
    static constexpr int CurrentVersion = 5;

    struct Step {
        int version;
        const char* description;
        const char* sql;
    };
    static const std::vector<Step>& steps();

    // From the database's user_version up to CurrentVersion.
    static std::optional<StoreError> migrate(SqliteConnection& db);
};

} // namespace warren::store
