#pragma once

#include <QTreeWidget>
#include <warren/peeked_message.h>

// One peeked message's envelope, properties and headers as a tree: a header holding a table
// or an array (x-death, a list of tables) opens into its fields and entries instead of one
// flattened line, and x-death's times read as dates.
class MessageDetailsTree final : public QTreeWidget {
    Q_OBJECT
public:
    explicit MessageDetailsTree(QWidget* parent = nullptr);

    void showMessage(const warren::PeekedMessage& message);
};
