#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warren::bench {

// Builds one line of JSON: the machine-readable summary that compare.sh parses with jq.
class JsonLine {
public:
    JsonLine() = default;

    JsonLine& field(std::string_view key, double value);
    JsonLine& field(std::string_view key, std::int64_t value);
    JsonLine& field(std::string_view key, std::uint64_t value);
    JsonLine& field(std::string_view key, int value) { return field(key, std::int64_t(value)); }
    JsonLine& field(std::string_view key, bool value);
    JsonLine& field(std::string_view key, std::string_view value);
    JsonLine& field(std::string_view key, const char* value) {
        return field(key, std::string_view(value));
    }
    JsonLine& field(std::string_view key, const std::vector<std::string>& values);
    JsonLine& beginObject(std::string_view key);
    JsonLine& endObject();

    std::string str() const { return m_text + "}"; }

private:
    void key(std::string_view key);
    static std::string quoted(std::string_view text);

    std::string m_text = std::string(1, '{');
    bool m_needComma = false;
};

} // namespace warren::bench
