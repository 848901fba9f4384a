#include "models/json_pretty.h"

namespace {

constexpr int IndentWidth = 4; // as QJsonDocument::Indented

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The next character after position `i` that is not whitespace, or 0 at the end.
char nextToken(const QByteArray& json, qsizetype i) {
    while (i < json.size() && isSpace(json[i]))
        ++i;
    return i < json.size() ? json[i] : '\0';
}

} // namespace

QString prettyJson(const QByteArray& json) {
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    auto newline = [&] {
        out += '\n';
        out += QByteArray(depth * IndentWidth, ' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') { // a string, copied as it is, escapes and all
            const qsizetype start = i++;
            while (i < json.size() && json[i] != '"')
                i += json[i] == '\\' ? 2 : 1;
            out += json.mid(start, i - start + 1);
            continue;
        }
        if (isSpace(c))
            continue;
        switch (c) {
        case '{':
        case '[': {
            out += c;
            const char next = nextToken(json, i + 1);
            if (next == '}' || next == ']') { // empty: {} and [] stay on one line
                i = json.indexOf(next, i + 1);
                out += next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c; // numbers, true, false, null
        }
    }
    return QString::fromUtf8(out);
}

bool isJsonContentType(const QString& contentType) {
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"));
}
