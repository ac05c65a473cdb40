#pragma once

#include "model/FeedDocument.h"

#include <QObject>

/// Reads the bundled demo source (qrc:/demo) through the real parser on a worker thread.
class DemoLoader : public QObject
{
    Q_OBJECT

public:
    struct Section
    {
        QString id;
        QString name;
        news::FeedDocument feed;
    };

    using QObject::QObject;
    void load();

signals:
    void loaded(const QList<DemoLoader::Section>& sections);
    void failed(const QString& detail);
};
