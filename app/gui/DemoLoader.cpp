#include "DemoLoader.h"

#include "parse/DateParser.h"
#include "parse/FeedParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>

using namespace news;

void DemoLoader::load()
{
    QPointer<DemoLoader> self(this);
    QThreadPool::globalInstance()->start([self] {
        QList<Section> sections;
        QString error;
        QFile sourceFile(QStringLiteral(":/demo/source.json"));
        if (!sourceFile.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("demo source missing");
        }
        const QJsonObject source = QJsonDocument::fromJson(sourceFile.readAll()).object();
        const QTimeZone zone = DateParser::zoneById(source.value(QLatin1String("timezone")).toString());
        for (const QJsonValue& v : source.value(QLatin1String("sections")).toArray()) {
            const QJsonObject s = v.toObject();
            for (const QJsonValue& feedName : s.value(QLatin1String("feeds")).toArray()) {
                QFile f(QStringLiteral(":/demo/") + feedName.toString());
                if (!f.open(QIODevice::ReadOnly)) {
                    continue;
                }
                ParseOptions options;
                options.baseUrl = QStringLiteral("qrc:/demo/") + feedName.toString();
                options.defaultZone = zone;
                options.encodingOverride = s.value(QLatin1String("encoding")).toString();
                auto result = parseFeed(f.readAll(), options);
                if (auto* doc = std::get_if<FeedDocument>(&result)) {
                    sections.append(Section{s.value(QLatin1String("section")).toString(),
                                            s.value(QLatin1String("name")).toString(),
                                            std::move(*doc)});
                }
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, sections, error] {
                if (!self) {
                    return;
                }
                if (!error.isEmpty()) {
                    emit self->failed(error);
                } else {
                    emit self->loaded(sections);
                }
            },
            Qt::QueuedConnection);
    });
}
