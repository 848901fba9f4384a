#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// The STOMP 1.2 frames warren-perf sends, encoded by hand (as the AMQP and MQTT ones are), so
// the load generator shares no codec with the broker it measures. Encoders append to a
// caller's buffer so that frames for one send() accumulate in one string.
namespace warren::bench::stomp {

struct ConnectFields {
    std::string acceptVersion = "1.2";
    std::string host = "/"; // the virtual host, for RabbitMQ and Warren
    std::string login;
    std::string passcode;
    std::string heartBeat = "0,0"; // none either way
};

// A SEND's receipt id is the window's id (1..65535) as five decimal digits, so every SEND of
// a run has the same size and the publisher rewrites it in place.
constexpr std::size_t ReceiptIdDigits = 5;

// Where a SEND image has the bytes a publisher rewrites per message.
struct SendLayout {
    std::size_t receiptIdOffset = 0; // 0: no receipt header
    std::size_t bodyOffset = 0;
};

enum class AckMode { Auto, ClientIndividual };

// CONNECT (§CONNECT or STOMP Frame): its headers are never escaped.
void appendConnect(std::string& out, const ConnectFields& fields);
// SUBSCRIBE with id, destination and ack; a prefetch-count (a RabbitMQ extension) when above
// 0; a receipt when `receipt` is not empty.
void appendSubscribe(std::string& out, std::string_view id, std::string_view destination,
                     AckMode ack, int prefetch, std::string_view receipt);
// A SEND of `bodySize` bytes of 'x' with its content-length (the body is binary: warren-perf's
// time stamp may hold NUL bytes), with a receipt id to rewrite when `withReceipt`; the layout's
// offsets are relative to the start of the frame.
SendLayout appendSend(std::string& out, std::string_view destination, std::size_t bodySize,
                      bool withReceipt);
void writeReceiptId(char* at, std::uint16_t id);
// The id of a SEND's receipt; false for any other receipt id.
bool parseReceiptId(std::string_view receiptId, std::uint16_t& id);
// ACK of one message, by the value of its MESSAGE's ack header (1.2), passed on as received.
void appendAck(std::string& out, std::string_view ackId);
// DISCONNECT; with a receipt, the broker answers once it has handled every frame before it.
void appendDisconnect(std::string& out, std::string_view receipt);

} // namespace warren::bench::stomp
