#pragma once

#include <QStringList>

class QTextStream;

// Parses the command line and runs the command; returns the process exit code.
class CliMain {
public:
    static int run(const QStringList& arguments);
    static QString usage();

private:
    static int dispatch(const QStringList& arguments, QTextStream& out, QTextStream& err);
};
