#pragma once

#include <QString>

namespace warren::store {

// Why the store refused or failed an operation. `text` is one sentence for an operator: what is
// wrong and what to do about it. The kind lets callers react without parsing the text.
struct StoreError {
    enum class Kind {
        NotWarrenData,   // the directory or file belongs to something else
        Locked,          // another process has the data directory open
        Corrupt,         // damaged or truncated database file
        NewerSchema,     // written by a newer Warren
        KeyMismatch,     // the supplied key does not decrypt the store
        KeyMissing,      // records need a key the provider does not supply
        KeyProvider,     // the key provider itself failed (bad key file, variable unset)
        DiskFull,        // a write failed for lack of space; retried later
        Io,              // any other I/O failure
        NotFound,        // the queue named in a call is not a durable queue of the store
        InvalidArgument, // the call itself is malformed
        Tampered,        // a record failed authentication when decrypted
        Closed,          // the store is closed or has stopped after a fatal error
        Internal,        // a bug: an SQL statement the store itself wrote failed
    };
    Kind kind = Kind::Internal;
    QString text;
};

} // namespace warren::store
