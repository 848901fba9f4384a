#pragma once

#include "store/key_ring.h"
#include "store/store_result.h"

#include <QString>

namespace warren::store {

// Where the store's data keys come from. The store asks when it opens and when told to rotate;
// an implementation may read a file, the environment, or ask an external KMS to unwrap keys.
// Called on the thread that opens the store or calls rotateKeys(), never on the writer thread.
class KeyProvider {
public:
    virtual ~KeyProvider() = default;

    // `storeIsNew`: the data directory holds no store yet, so a provider that generates keys
    // may do so now; for an existing store, a missing key is an error to report, not to paper
    // over with a new key that cannot read the data.
    virtual StoreResult<KeyRing> loadKeys(bool storeIsNew) = 0;
    // Names the source in error sentences: "the key file '/etc/warren/store.key'".
    virtual QString describe() const = 0;
};

} // namespace warren::store
