#include "mqtt/packets.h"

#include <type_traits>

namespace warren::mqtt {

PacketType typeOf(const Packet& packet) {
    return std::visit(
        [](const auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, Connect>)
                return PacketType::Connect;
            else if constexpr (std::is_same_v<T, Connack>)
                return PacketType::Connack;
            else if constexpr (std::is_same_v<T, Publish>)
                return PacketType::Publish;
            else if constexpr (std::is_same_v<T, Acknowledgement>)
                return p.type; // PUBACK, PUBREC, PUBREL or PUBCOMP share one shape
            else if constexpr (std::is_same_v<T, Subscribe>)
                return PacketType::Subscribe;
            else if constexpr (std::is_same_v<T, Suback>)
                return PacketType::Suback;
            else if constexpr (std::is_same_v<T, Unsubscribe>)
                return PacketType::Unsubscribe;
            else if constexpr (std::is_same_v<T, Unsuback>)
                return PacketType::Unsuback;
            else if constexpr (std::is_same_v<T, Pingreq>)
                return PacketType::Pingreq;
            else if constexpr (std::is_same_v<T, Pingresp>)
                return PacketType::Pingresp;
            else if constexpr (std::is_same_v<T, Disconnect>)
                return PacketType::Disconnect;
            else {
                static_assert(std::is_same_v<T, Auth>, "a packet struct typeOf() does not know");
                return PacketType::Auth;
            }
        },
        packet);
}

} // namespace warren::mqtt
