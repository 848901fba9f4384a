#include "models/line_diff.h"

#include <vector>

QList<DiffLine> diffLines(const QStringList& before, const QStringList& after, int maxLines) {
    QList<DiffLine> out;
    const auto n = size_t(before.size());
    const auto m = size_t(after.size());
    if (before.size() > maxLines || after.size() > maxLines) {
        for (const QString& line : before)
            out.append({DiffLine::Kind::Removed, line});
        for (const QString& line : after)
            out.append({DiffLine::Kind::Added, line});
        return out;
    }
    // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            common[i][j] = before[qsizetype(i)] == after[qsizetype(j)]
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
    size_t i = 0;
    size_t j = 0;
    while (i < n && j < m) {
        if (before[qsizetype(i)] == after[qsizetype(j)]) {
            out.append({DiffLine::Kind::Same, before[qsizetype(i)]});
            ++i;
            ++j;
        } else if (common[i + 1][j] >= common[i][j + 1]) {
            out.append({DiffLine::Kind::Removed, before[qsizetype(i++)]});
        } else {
            out.append({DiffLine::Kind::Added, after[qsizetype(j++)]});
        }
    }
    for (; i < n; ++i)
        out.append({DiffLine::Kind::Removed, before[qsizetype(i)]});
    for (; j < m; ++j)
        out.append({DiffLine::Kind::Added, after[qsizetype(j)]});
    return out;
}
