#include "engine/connection_admission.h"

#include <algorithm>

namespace warren::engine {

ConnectionAdmission::ConnectionAdmission(int maxTotal, int maxPerSource)
    : m_maxTotal(maxTotal)
    , m_maxPerSource(maxPerSource) {}

ConnectionAdmission::Verdict ConnectionAdmission::admit(const QHostAddress& source) {
    if (m_maxTotal > 0 && m_total >= m_maxTotal)
        return Verdict::OverTotal;
    int& fromSource = m_perSource[source];
    if (m_maxPerSource > 0 && fromSource >= m_maxPerSource) {
        if (fromSource == 0)
            m_perSource.remove(source);
        return Verdict::OverSource;
    }
    ++fromSource;
    ++m_total;
    return Verdict::Admitted;
}

void ConnectionAdmission::release(const QHostAddress& source) {
    auto it = m_perSource.find(source);
    if (it == m_perSource.end())
        return;
    if (--*it <= 0)
        m_perSource.erase(it);
    --m_total;
}

int ConnectionAdmission::defaultMaxTotal(quint64 descriptorLimit) {
    // A quarter of a small limit, at most 128 descriptors of a large one.
    const quint64 reserve = std::min<quint64>(128, descriptorLimit / 4);
    return int(std::min<quint64>(descriptorLimit - reserve, 1'000'000));
}

} // namespace warren::engine
