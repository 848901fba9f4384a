#include "views/saved_connection_login.h"

#include "models/connection_profile_store.h"

void loginToSavedConnection(ConnectionProfileStore* store, const ConnectionProfile& profile,
                            QObject* context, PasswordPrompt prompt,
                            std::function<void(const std::optional<ConnectionProfile>&)> done) {
    store->readPassword(
        profile.name, context,
        [store, profile, prompt = std::move(prompt),
         done = std::move(done)](const ConnectionProfileStore::PasswordLookup& lookup) {
            ConnectionProfile withPassword = profile;
            if (lookup.found) {
                withPassword.password = lookup.password;
                done(withPassword);
                return;
            }
            const auto answer = prompt({profile.name, profile.user, lookup.keychainError});
            if (!answer) {
                done(std::nullopt);
                return;
            }
            withPassword.password = answer->password;
            if (answer->remember) {
                // The plain file only when the keychain failed: a working keychain is always
                // the place, and its failures are reported through keychainFailed().
                if (answer->plainSettings && !lookup.keychainError.isEmpty())
                    store->rememberPasswordInPlainSettings(profile.name, answer->password);
                else
                    store->rememberPassword(profile.name, answer->password);
            }
            done(withPassword);
        });
}
