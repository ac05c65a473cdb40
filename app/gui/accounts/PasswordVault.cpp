#include "accounts/PasswordVault.h"

#ifdef SOSIK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace
{

#ifdef SOSIK_HAVE_QTKEYCHAIN
const QString kService = QStringLiteral("org.sosik.Sosik");

QString keyFor(qint64 accountId)
{
    return QStringLiteral("account-%1").arg(accountId);
}
#endif

} // namespace

PasswordVault::PasswordVault(QObject* parent)
    : QObject(parent)
{
}

bool PasswordVault::available()
{
#ifdef SOSIK_HAVE_QTKEYCHAIN
    return qEnvironmentVariable("SOSIK_NO_KEYCHAIN").isEmpty(); // tests and headless runs can switch it off
#else
    return false;
#endif
}

void PasswordVault::store(qint64 accountId, const QString& password, std::function<void(bool)> done)
{
#ifdef SOSIK_HAVE_QTKEYCHAIN
    if (available()) {
        auto* job = new QKeychain::WritePasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain file behind the reader's back: the caller warns instead
        job->setKey(keyFor(accountId));
        job->setTextData(password);
        connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
            done(j->error() == QKeychain::NoError);
        });
        job->start();
        return;
    }
#endif
    Q_UNUSED(accountId)
    Q_UNUSED(password)
    done(false);
}

void PasswordVault::read(qint64 accountId, std::function<void(bool, const QString&)> done)
{
#ifdef SOSIK_HAVE_QTKEYCHAIN
    if (available()) {
        auto* job = new QKeychain::ReadPasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(keyFor(accountId));
        connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
            const auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
            done(j->error() == QKeychain::NoError, read->textData());
        });
        job->start();
        return;
    }
#endif
    Q_UNUSED(accountId)
    done(false, QString());
}

void PasswordVault::remove(qint64 accountId)
{
#ifdef SOSIK_HAVE_QTKEYCHAIN
    if (available()) {
        auto* job = new QKeychain::DeletePasswordJob(kService, this);
        job->setAutoDelete(true);
        job->setKey(keyFor(accountId));
        job->start();
    }
#endif
    Q_UNUSED(accountId)
}
