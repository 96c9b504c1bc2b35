#pragma once

#include <QByteArray>

// True for one or more ASCII digits and nothing else: how a status code, a length or a NetCode
// written as a JSON number must look on the wire.
inline bool isAsciiDigits(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
