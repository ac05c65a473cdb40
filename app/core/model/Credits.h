#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace news
{

/// A person credited on an article: "홍길동 기자 hong@example.kr" → {홍길동, 기자, hong@example.kr}.
struct Reporter
{
    QString name;
    QString role; // 기자, 특파원, 통신원, 대기자, 선임기자, 인턴기자, 논설위원, … (for contributors: 교수, 영상편집, …)
    QString email;
    bool operator==(const Reporter&) const = default;
};

/// A wire dateline: "(서울=연합뉴스)" → {서울, 연합뉴스}.
struct Dateline
{
    QString city;
    QString agency;
    bool isEmpty() const { return city.isEmpty() && agency.isEmpty(); }
    bool operator==(const Dateline&) const = default;
};

/// A photo's credit as printed, reduced to its source ("[사진출처=연합뉴스]" → "연합뉴스"), with the caption it
/// was found in and the image it belongs to (the image's URL; empty when the position names no image).
struct PhotoCredit
{
    QString source;
    QString caption;
    QString image;
    bool operator==(const PhotoCredit&) const = default;
};

/// Who wrote an article, where from, whose photos, and the copyright line: what credit extraction
/// (normalize/CreditExtractor) reads out of a body. The one typed value every stage passes on (store, CLI,
/// GUI, export); JSON is only its storage form (the `extra` column), written and read here alone.
struct Credits
{
    QList<Reporter> reporters; // the story's own journalists
    Dateline dateline;
    QList<PhotoCredit> photos; // in order of appearance, one per source and image
    QString copyright;
    /// Credited, but not the story's reporters: columnists, professors, readers, 영상편집/영상취재 staff.
    QList<Reporter> contributors;

    bool isEmpty() const
    {
        return reporters.isEmpty() && dateline.isEmpty() && photos.isEmpty() && copyright.isEmpty()
            && contributors.isEmpty();
    }
    /// The distinct photo sources, in order ("연합뉴스", "AP").
    QStringList photoSources() const;
    /// Adds a photo credit unless the same source is already credited for the same image (or for none).
    void addPhoto(const PhotoCredit& photo);

    /// The storage form: compact JSON, empty when there is nothing. Keys: reporters [{name, role, email}],
    /// dateline {city, agency}, photo_credits [source…], photos [{source, caption, image}], copyright,
    /// contributors [{name, role, email}].
    QString toJson() const;
    QJsonObject toJsonObject() const;
    /// Reads toJson()'s form, and the older one (photo_credits as the only photo list); anything else gives
    /// empty credits.
    static Credits fromJson(const QString& json);
    static Credits fromJsonObject(const QJsonObject& o);

    bool operator==(const Credits&) const = default;
};

} // namespace news
