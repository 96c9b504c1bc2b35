#include "CodeFormat.h"

#include <QCoreApplication>

QString CodeFormat::grouped(const QString& code)
{
    const qsizetype length = code.size();
    if (length <= 4)
        return code;
    const qsizetype groups = (length + 3) / 4;
    const qsizetype base = length / groups;
    const qsizetype longer = length % groups; // these many trailing groups get one extra digit
    QString out;
    qsizetype pos = 0;
    for (qsizetype g = 0; g < groups; ++g) {
        const qsizetype size = base + (g >= groups - longer ? 1 : 0);
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += code.mid(pos, size);
        pos += size;
    }
    return out;
}

CodeFormat::Check CodeFormat::check(const QString& code, LockModelId model)
{
    if (code.isEmpty())
        return Check::Empty;
    for (QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Check::NotDigits;
    }
    if (code.size() != LockModelCatalogue::info(model).codeLength)
        return Check::WrongLength;
    return Check::Ok;
}

QString CodeFormat::checkMessage(Check check, const QString& code, LockModelId model)
{
    const auto& info = LockModelCatalogue::info(model);
    switch (check) {
    case Check::Ok:
        return {};
    case Check::Empty:
        return QCoreApplication::translate("CodeFormat", "The service answered without a code. Nothing was "
                                                         "issued; try again in a moment.");
    case Check::NotDigits:
        return QCoreApplication::translate("CodeFormat",
                                           "The service returned something that is not a keypad code. Do not "
                                           "give it to the guest; check the lock's model in its settings.");
    case Check::WrongLength:
        return QCoreApplication::translate("CodeFormat",
                                           "The service returned a %1-digit code, but a %2 expects %3 digits. "
                                           "The lock's model is probably set wrongly: the code would not open "
                                           "the lock, so it is not shown. Check the model in the lock's "
                                           "settings.")
            .arg(code.size())
            .arg(info.displayName)
            .arg(info.codeLength);
    }
    return {};
}
