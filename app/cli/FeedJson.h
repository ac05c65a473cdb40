#pragma once

#include "model/FeedDocument.h"

#include <QJsonObject>

/// The normalized JSON of `sosik-cli parse` (shared/conformance/FORMAT.md).
QJsonObject feedToJson(const news::FeedDocument& doc);
