#pragma once

#include "backends/connection_profile.h"

#include <QFrame>

// The strip at the top of a remote broker's window: the profile's name on its colour tag (so a
// production broker in red is never mistaken for a test one), "read-only" when changes are
// refused, and a warning when TLS certificates are not verified.
class ConnectionBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ConnectionBanner(const ConnectionProfile& profile, QWidget* parent = nullptr);
};
