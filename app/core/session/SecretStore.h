#pragma once

#include <QString>

#include <functional>

namespace news
{

/// Where account passwords go when not in the cache: the platform's keychain. The core cannot link one (its link
/// line is Core, Network and Sql), so the GUI hands its keychain in (PasswordVault); without one, AccountSync keeps
/// the password in the cache, as the GUI does when the keychain refuses (#16). Every call is asynchronous.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// `done(false)`: not stored (no keychain, or it refused); the caller keeps the password itself.
    virtual void store(qint64 accountId, const QString& password, std::function<void(bool ok)> done) = 0;
    virtual void read(qint64 accountId, std::function<void(bool ok, const QString& password)> done) = 0;
    virtual void remove(qint64 accountId) = 0;
};

} // namespace news
