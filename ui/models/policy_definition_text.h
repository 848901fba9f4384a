#pragma once

#include <QCoreApplication>
#include <QString>

// A policy's definition as typed in the console: either a JSON object ({"message-ttl": 60000})
// or one key=value per line (message-ttl=60000), where a value that reads as JSON (a number,
// true, a list) is taken as such and anything else as a string. RabbitMQ wants a non-empty
// object, so that is what comes out, or why not.
struct PolicyDefinitionText {
    Q_DECLARE_TR_FUNCTIONS(PolicyDefinitionText)

public:
    QString json;    // the object, compact; empty when `problem` is set
    QString problem; // one translated sentence; empty when the text is a usable definition

    static PolicyDefinitionText parse(const QString& text);
};
