#pragma once

#include <QString>

// A measurement that could not be made: ends the benchmark with an error exit and this reason.
struct BenchFailure {
    explicit BenchFailure(QString why) : reason(std::move(why)) {}
    QString reason;
};
