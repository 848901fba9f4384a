#pragma once

#include <QtGlobal>
#include <vector>

namespace warren::store {

// Which keys the store's records use. A rotation is finished when keysInUse holds only the
// current key; from then on the key provider may forget the old ones.
struct EncryptionStatus {
    quint32 currentKeyId = 0;
    std::vector<quint32> keysInUse; // ascending; includes old keys until re-encryption ends
    bool rotating = false;
    quint64 reencryptedRecords = 0; // since the store opened
};

} // namespace warren::store
