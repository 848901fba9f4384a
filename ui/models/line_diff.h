#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A line-by-line difference between two texts (the longest common subsequence of their
// lines), for the live tap's "what changed since the previous message on this key".
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffLine&, const DiffLine&) = default;
};

// Texts longer than `maxLines` lines are compared as wholes (all removed, all added): the
// table the comparison needs grows with the product of both lengths.
QList<DiffLine> diffLines(const QStringList& before, const QStringList& after, int maxLines = 2000);
