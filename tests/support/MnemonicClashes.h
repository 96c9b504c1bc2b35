#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMultiMap>
#include <QStringList>
#include <QWidget>

// Alt+letters that lead to more than one place in a window: menus, buttons and labelled fields.
// With shownOnly, widgets hidden in the window's current state are left out (rows a form swaps).
inline QStringList mnemonicClashes(QWidget* window, bool shownOnly)
{
    QMultiMap<QString, QString> owners;
    const auto note = [&owners, window](const QString& text, const QString& who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty() && qEnvironmentVariableIsSet("NETCODE_DUMP_MNEMONICS"))
            qInfo("MNEMONIC\t%s\t%s", window->metaObject()->className(), qPrintable(text));
        if (!key.isEmpty())
            owners.insert(key.toString(), who + QLatin1String(" \"") + text + QLatin1Char('"'));
    };
    const auto counts = [&](const QWidget* widget) { return !shownOnly || widget->isVisibleTo(window); };
    if (auto* bar = window->findChild<QMenuBar*>())
        for (QAction* menu : bar->actions())
            note(menu->text(), QStringLiteral("menu"));
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
        if (counts(button))
            note(button->text(), button->objectName());
    for (QLabel* label : window->findChildren<QLabel*>())
        if (label->buddy() && counts(label))
            note(label->text(), label->objectName());
    QStringList clashes;
    for (const QString& key : owners.uniqueKeys())
        if (owners.count(key) > 1)
            clashes << key + QLatin1String(": ") + QStringList(owners.values(key)).join(QLatin1String(", "));
    return clashes;
}
