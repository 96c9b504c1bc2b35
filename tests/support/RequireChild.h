#pragma once

#include <QObject>
#include <QString>
#include <QtGlobal>

// Finds a named widget under `root` for GUI tests; a missing name is a broken test, so it stops
// the run with the name rather than crashing later on a null pointer.
template <typename T>
T* requireChild(const QObject* root, const char* name)
{
    auto* found = root->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("missing widget %s", name);
    return found;
}
