#pragma once

#include "fake_backend.h"
#include "views/broker_workspace.h"

#include <QList>
#include <QPointer>
#include <memory>

// A backend factory for a BrokerWorkspace under test: each remote profile opens on a FakeBackend
// named after it and already in `status`, appended to `made` for the test to drive (its console
// owns it; the pointer clears when it goes).
inline BrokerWorkspace::BackendFactory fakeRemotes(QList<QPointer<FakeBackend>>* made,
                                                   const QString& status) {
    return [made, status](const ConnectionProfile& profile) {
        auto backend = std::make_unique<FakeBackend>();
        backend->name = profile.name;
        backend->presetState(status, {});
        made->append(backend.get());
        return std::unique_ptr<BrokerBackend>(std::move(backend));
    };
}
