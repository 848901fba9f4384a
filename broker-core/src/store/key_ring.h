#pragma once

#include <QByteArray>
#include <map>
#include <vector>

namespace warren::store {

// The data keys a provider hands the store: 32-byte AES keys by id. New records are sealed with
// the current key; older keys stay so that records sealed with them can still be read while
// key rotation re-encrypts them.
class KeyRing {
public:
    // Replaces any key with the same id. The first key added, or a later one with a higher id,
    // becomes current unless setCurrent() says otherwise.
    void add(quint32 id, QByteArray key);
    void setCurrent(quint32 id);

    bool isEmpty() const { return m_keys.empty(); }
    bool contains(quint32 id) const { return m_keys.count(id) != 0; }
    const QByteArray* key(quint32 id) const;
    quint32 currentId() const { return m_current; }
    const QByteArray& currentKey() const;
    std::vector<quint32> ids() const;

private:
    std::map<quint32, QByteArray> m_keys;
    quint32 m_current = 0;
};

} // namespace warren::store
