#pragma once

#include <QString>
#include <warren/broker_config.h>

// The embedded broker's listeners and limits as edited in the console, kept in QSettings so
// that the next launch starts the broker the same way. The data directory, users and the rest
// come from the command line or the config file, never from here.
class SavedBrokerSettings {
public:
    static void save(const warren::BrokerConfig& config);
    // Puts what was saved into `config`; false, leaving it untouched, when nothing was saved.
    // Values an edited file made invalid keep what `config` had.
    static bool applyTo(warren::BrokerConfig* config);
    static void clear();

    // "SCHEME=HOST:PORT", as parseListenerSpec() reads it back (IPv6 hosts in brackets).
    static QString formatListener(const warren::ListenerSpec& spec);
};
