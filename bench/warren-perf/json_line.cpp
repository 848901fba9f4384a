#include "json_line.h"

#include <cmath>
#include <cstdio>

namespace warren::bench {

void JsonLine::key(std::string_view name) {
    if (m_needComma)
        m_text += ',';
    m_text += quoted(name);
    m_text += ':';
    m_needComma = true;
}

std::string JsonLine::quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

JsonLine& JsonLine::field(std::string_view name, double value) {
    key(name);
    if (!std::isfinite(value)) {
        m_text += "null";
        return *this;
    }
    char number[32];
    std::snprintf(number, sizeof number, "%.6g", value);
    m_text += number;
    return *this;
}

JsonLine& JsonLine::field(std::string_view name, std::int64_t value) {
    key(name);
    m_text += std::to_string(value);
    return *this;
}

JsonLine& JsonLine::field(std::string_view name, std::uint64_t value) {
    key(name);
    m_text += std::to_string(value);
    return *this;
}

JsonLine& JsonLine::field(std::string_view name, bool value) {
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

JsonLine& JsonLine::field(std::string_view name, std::string_view value) {
    key(name);
    m_text += quoted(value);
    return *this;
}

JsonLine& JsonLine::field(std::string_view name, const std::vector<std::string>& values) {
    key(name);
    m_text += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            m_text += ',';
        m_text += quoted(values[i]);
    }
    m_text += ']';
    return *this;
}

JsonLine& JsonLine::beginObject(std::string_view name) {
    key(name);
    m_text += '{';
    m_needComma = false;
    return *this;
}

JsonLine& JsonLine::endObject() {
    m_text += '}';
    m_needComma = true;
    return *this;
}

} // namespace warren::bench
