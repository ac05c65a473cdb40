#pragma once

#include <QObject>

class QLocalServer;

/// One running Sosik per data folder: the first instance listens on a local socket; a second launch finds it,
/// asks it to come to the front and exits. Stale sockets left by a crash are cleaned up.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// `key` identifies the data folder (two different --data-dir runs may run side by side).
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the primary instance, or tells the running one to show itself and returns false.
    bool start();
    QString serverName() const { return m_name; }

signals:
    /// Another launch asked this instance to show its window.
    void activationRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};
