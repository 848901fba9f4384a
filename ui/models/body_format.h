#pragma once

#include <QByteArray>
#include <QString>

// How the message browser shows a body: as UTF-8 text, as pretty-printed JSON, or as a hex
// dump (offset, 16 bytes, their printable characters).
enum class BodyView { Text, Json, Hex };

QString renderBody(const QByteArray& body, BodyView view);
// Whether the body is valid UTF-8 text (else Text view shows a hint to use Hex).
bool isUtf8Text(const QByteArray& body);
