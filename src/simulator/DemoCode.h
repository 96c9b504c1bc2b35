#pragma once

#include <QString>

// Demo codes: the real NetCode algorithm is not public, so the simulator derives a code of the
// model's length from a keyed hash of the request. Same inputs, same code; leading zeros kept.
// A demo code opens no real lock.
class DemoCode {
public:
    static QString generate(const QString& model, const QString& pathId, const QString& identifier,
                            const QString& start, int durationId, int length);
};
