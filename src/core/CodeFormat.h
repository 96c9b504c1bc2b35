#pragma once

#include "LockModel.h"

#include <QString>

class CodeFormat {
public:
    // Groups digits for reading aloud and typing: "7830719" -> "783 0719", "123456" -> "123 456".
    // Groups have three or four digits, longer groups last; the digits themselves never change.
    static QString grouped(const QString& code);

    enum class Check { Ok, Empty, NotDigits, WrongLength };
    // Whether a code returned by the service is plausible for the lock's model.
    static Check check(const QString& code, LockModelId model);
    static QString checkMessage(Check check, const QString& code, LockModelId model);
};
