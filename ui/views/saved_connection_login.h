#pragma once

#include "backends/connection_profile.h"
#include "views/password_dialog.h"

#include <functional>
#include <optional>

class ConnectionProfileStore;
class QObject;

// The saved profile with its password: the stored one, else the one `prompt` is answered with
// (remembered where the answer says). `done` gets nullopt when the prompt was cancelled; it
// runs on `context`'s thread, not at all if `context` is gone. A missing password is never
// taken as an empty one: that sent "Authorization: Basic user:" to remote brokers.
void loginToSavedConnection(ConnectionProfileStore* store, const ConnectionProfile& profile,
                            QObject* context, PasswordPrompt prompt,
                            std::function<void(const std::optional<ConnectionProfile>&)> done);
