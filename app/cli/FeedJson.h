#pragma once

#include "model/FeedDocument.h"

#include <QJsonObject>

/// The normalized JSON of `sosik-cli parse` (shared/conformance/FORMAT.md).
QJsonObject feedToJson(const news::FeedDocument& doc);

/// `parse --credits`: reporters, dateline, photo_credits, images and copyright per entry; content/summary become
/// the cleaned body.
void addCredits(QJsonObject& json, const news::FeedDocument& doc);
