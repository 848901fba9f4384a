#include "ops/naming_rules.h"

#include <QString>

namespace warren::ops {

namespace {
// rabbit_channel:check_name/2 refuses names starting with this on declare.
constexpr QLatin1String ReservedPrefix("amq.");
} // namespace

NameUse nameUse(QByteArrayView name) {
    if (name.isEmpty())
        return NameUse::Empty;
    return name.startsWith(QByteArrayView(ReservedPrefix.data(), ReservedPrefix.size()))
               ? NameUse::Reserved
               : NameUse::Ordinary;
}

NameUse nameUse(QStringView name) {
    if (name.isEmpty())
        return NameUse::Empty;
    return name.startsWith(ReservedPrefix) ? NameUse::Reserved : NameUse::Ordinary;
}

} // namespace warren::ops
