#pragma once

#include <QString>

// `warren --rotate-key`: asks the Warren that holds `dataDir` to rotate its store key (SIGHUP)
// and prints what it did. Returns the process exit code: 0 once the signal is sent, non-zero
// with one sentence on stderr when no running Warren holds the directory.
int requestKeyRotation(const QString& dataDir);
