#include "store/key_ring.h"

namespace warren::store {

void KeyRing::add(quint32 id, QByteArray key) {
    m_keys[id] = std::move(key);
    if (m_current == 0 || id > m_current)
        m_current = id;
}

void KeyRing::setCurrent(quint32 id) {
    if (contains(id))
        m_current = id;
}

const QByteArray* KeyRing::key(quint32 id) const {
    auto it = m_keys.find(id);
    return it == m_keys.end() ? nullptr : &it->second;
}

const QByteArray& KeyRing::currentKey() const {
    static const QByteArray none;
    const QByteArray* current = key(m_current);
    return current ? *current : none;
}

std::vector<quint32> KeyRing::ids() const {
    std::vector<quint32> out;
    out.reserve(m_keys.size());
    for (const auto& entry : m_keys)
        out.push_back(entry.first);
    return out;
}

} // namespace warren::store
