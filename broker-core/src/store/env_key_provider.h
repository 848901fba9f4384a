#pragma once

#include "store/key_provider.h"

namespace warren::store {

// Keys from an environment variable, for containers and service managers that inject secrets
// that way. The value is one base64 key (id 1), or "<id>:<base64>" entries separated by commas
// while a rotation is under way; the highest id is current.
class EnvKeyProvider : public KeyProvider {
public:
    static constexpr const char* DefaultVariable = "WARREN_STORE_KEY";

    explicit EnvKeyProvider(QByteArray variable = DefaultVariable);

    StoreResult<KeyRing> loadKeys(bool storeIsNew) override;
    QString describe() const override;

private:
    QByteArray m_variable;
};

} // namespace warren::store
