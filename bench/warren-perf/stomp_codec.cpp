#include "stomp_codec.h"

#include <charconv>

namespace warren::bench::stomp {

namespace {

// Header values of every frame but CONNECT escape CR, LF, ':' and '\' (1.2, "Value Encoding").
void appendHeader(std::string& out, std::string_view name, std::string_view value) {
    out.append(name);
    out.push_back(':');
    for (const char c : value) {
        switch (c) {
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        case ':':
            out += "\\c";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            out.push_back(c);
        }
    }
    out.push_back('\n');
}

void endFrame(std::string& out) {
    out.push_back('\n');
    out.push_back('\0');
}

} // namespace

void appendConnect(std::string& out, const ConnectFields& f) {
    out += "CONNECT\naccept-version:" + f.acceptVersion + "\nhost:" + f.host;
    out += "\nlogin:" + f.login + "\npasscode:" + f.passcode;
    out += "\nheart-beat:" + f.heartBeat + "\n";
    endFrame(out);
}

void appendSubscribe(std::string& out, std::string_view id, std::string_view destination,
                     AckMode ack, int prefetch, std::string_view receipt) {
    out += "SUBSCRIBE\n";
    appendHeader(out, "id", id);
    appendHeader(out, "destination", destination);
    appendHeader(out, "ack", ack == AckMode::Auto ? "auto" : "client-individual");
    if (prefetch > 0)
        appendHeader(out, "prefetch-count", std::to_string(prefetch));
    if (!receipt.empty())
        appendHeader(out, "receipt", receipt);
    endFrame(out);
}

SendLayout appendSend(std::string& out, std::string_view destination, std::size_t bodySize,
                      bool withReceipt) {
    const std::size_t start = out.size();
    SendLayout layout;
    out += "SEND\n";
    appendHeader(out, "destination", destination);
    appendHeader(out, "content-length", std::to_string(bodySize));
    if (withReceipt) {
        out += "receipt:";
        layout.receiptIdOffset = out.size() - start;
        out.append(ReceiptIdDigits, '0');
        out.push_back('\n');
    }
    out.push_back('\n');
    layout.bodyOffset = out.size() - start;
    out.append(bodySize, 'x');
    out.push_back('\0');
    return layout;
}

void writeReceiptId(char* at, std::uint16_t id) {
    for (std::size_t i = ReceiptIdDigits; i-- > 0; id = std::uint16_t(id / 10))
        at[i] = char('0' + id % 10);
}

bool parseReceiptId(std::string_view receiptId, std::uint16_t& id) {
    if (receiptId.size() != ReceiptIdDigits)
        return false;
    const auto [ptr, ec] =
        std::from_chars(receiptId.data(), receiptId.data() + receiptId.size(), id);
    return ec == std::errc() && ptr == receiptId.data() + receiptId.size() && id > 0;
}

void appendAck(std::string& out, std::string_view ackId) {
    // The value comes from a MESSAGE header, escaped as it arrived: it goes back unchanged.
    out += "ACK\nid:";
    out.append(ackId);
    out.push_back('\n');
    endFrame(out);
}

void appendDisconnect(std::string& out, std::string_view receipt) {
    out += "DISCONNECT\n";
    if (!receipt.empty())
        appendHeader(out, "receipt", receipt);
    endFrame(out);
}

} // namespace warren::bench::stomp
