#pragma once

#include "session/SecretStore.h"

#include <QObject>
#include <QString>

#include <functional>

/// Account passwords in the platform's keychain (Secret Service, macOS Keychain, Windows Credential Manager)
/// through QtKeychain when Sosik was built with it. Without it, or when the keychain refuses (no Secret Service on
/// a bare Linux session), `available()` is false or `store` reports failure, and the caller keeps the password in
/// the cache with a warning in the settings (#16). Every call is asynchronous; passwords are never logged. The
/// session's AccountSync reaches it as its news::SecretStore (the core links no keychain).
class PasswordVault : public QObject, public news::SecretStore
{
    Q_OBJECT

public:
    explicit PasswordVault(QObject* parent = nullptr);

    /// Whether this build has a keychain to try at all.
    static bool available();
    void store(qint64 accountId, const QString& password, std::function<void(bool ok)> done) override;
    void read(qint64 accountId, std::function<void(bool ok, const QString& password)> done) override;
    void remove(qint64 accountId) override;
};
