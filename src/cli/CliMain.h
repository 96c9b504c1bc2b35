#pragma once

#include <QStringList>

// Parses the command line and runs the command; returns the process exit code.
class CliMain {
public:
    static int run(const QStringList& arguments);
    static QString usage();
};
