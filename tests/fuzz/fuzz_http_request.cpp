// libFuzzer target: arbitrary bytes through the HTTP/1.1 request parser, whole and in pieces.
// Besides crashes, hangs and sanitizer reports, these are bugs: consuming more than given,
// NeedMore with input left, a body view outside the input, and any difference between reading
// the bytes at once and reading them split (where a request ends must not depend on how the
// network cut the stream).

#include "http/http_request_parser.h"

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

namespace {

using warren::http::HttpRequestParser;

// Every event as text, so two runs compare with ==.
QByteArray run(QByteArrayView input, size_t piece) {
    HttpRequestParser::Limits limits;
    limits.maxRequestLine = 512;
    limits.maxHeaderSection = 1024;
    limits.maxFields = 16;
    limits.maxChunkLine = 64;
    HttpRequestParser parser(limits);
    QByteArray events;
    for (qsizetype offset = 0; offset < input.size();) {
        const qsizetype n = qMin(qsizetype(piece), input.size() - offset);
        QByteArrayView rest = input.sliced(offset, n);
        offset += n;
        for (;;) {
            const HttpRequestParser::Step step = parser.next(rest);
            if (step.consumed < 0 || step.consumed > rest.size())
                __builtin_trap();
            if (step.kind == HttpRequestParser::Step::Kind::Body &&
                (step.body.data() < rest.data() ||
                 step.body.data() + step.body.size() > rest.data() + step.consumed))
                __builtin_trap();
            rest = rest.sliced(step.consumed);
            switch (step.kind) {
            case HttpRequestParser::Step::Kind::NeedMore:
                if (!rest.isEmpty())
                    __builtin_trap();
                break;
            case HttpRequestParser::Step::Kind::Head: {
                const auto& head = parser.head();
                events += "H " + head.method + ' ' + head.target + ' ' +
                          QByteArray::number(int(head.framing)) + ' ' +
                          QByteArray::number(head.contentLength) + '\n';
                for (const auto& field : head.fields)
                    events += field.name + ':' + field.value + '\n';
                continue;
            }
            case HttpRequestParser::Step::Kind::Body:
                events += "B " + step.body.toByteArray().toHex() + '\n';
                continue;
            case HttpRequestParser::Step::Kind::End:
                events += "E\n";
                continue;
            case HttpRequestParser::Step::Kind::Error:
                events += "X " + QByteArray::number(int(step.error)) + '\n';
                return events;
            }
            break;
        }
    }
    return events;
}

// Body pieces come out in different sizes when the input is split: compare bodies joined.
QByteArray joinedBodies(const QByteArray& events) {
    QByteArray joined;
    bool inBody = false;
    for (const QByteArray& line : events.split('\n')) {
        if (line.startsWith("B ")) {
            joined += inBody ? line.mid(2) : "B " + line.mid(2);
            inBody = true;
        } else {
            if (inBody)
                joined += '\n';
            inBody = false;
            joined += line + '\n';
        }
    }
    return joined;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray whole = joinedBodies(run(input, size > 0 ? size : 1));
    const size_t piece = size > 0 ? 1 + data[0] % 13 : 1;
    if (joinedBodies(run(input, piece)) != whole || joinedBodies(run(input, 1)) != whole)
        __builtin_trap();
    return 0;
}
