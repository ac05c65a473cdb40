#pragma once
// The real sosik-cli executable, run from a test (tests/cli): its exit code, output and JSON. The test target
// defines SOSIK_CLI_PATH.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

struct CliRun
{
    int code = -1; // -1: it did not start, crashed or did not finish in two minutes
    QByteArray out;
    QByteArray err;
    QJsonValue json() const
    {
        const QJsonDocument d = QJsonDocument::fromJson(out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
};

/// Runs sosik-cli with `args` (and `env`, "NAME=value" entries over the test's environment) while this thread's
/// event loop keeps serving the local HTTP server.
inline CliRun cli(const QStringList& args, const QStringList& env = {})
{
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : env) {
            e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        }
        p.setProcessEnvironment(e);
    }
    p.start(QStringLiteral(SOSIK_CLI_PATH), args);
    CliRun r;
    QSignalSpy finished(&p, &QProcess::finished);
    if (!p.waitForStarted(10000) || (p.state() != QProcess::NotRunning && !finished.wait(120000))) {
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
