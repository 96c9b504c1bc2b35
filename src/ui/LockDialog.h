#pragma once

#include "Lock.h"

#include <QDialog>
#include <QSet>
#include <memory>

namespace Ui {
class LockDialog;
}
class QLabel;
class QWidget;
enum class LockField;

// Add or edit a lock. Every field is checked as it is typed; Save refuses while any field is
// wrong and puts the cursor on the first one, with the reason beside it.
class LockDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockDialog)

public:
    // `hasStoredAccessKey`: a smart lock whose access key is already in the secret store.
    LockDialog(const Lock& lock, const QStringList& otherNames, bool hasStoredAccessKey, QWidget* parent = nullptr);
    ~LockDialog() override;

    Lock lock() const;
    // The access key typed in; empty when the stored one is kept.
    QString accessKey() const;

    void accept() override;

private:
    void onModelChanged();
    void updateClockExplanation();
    bool validate(bool showAll);
    // Error lines show under the form, so the fields never move under the pointer; the dialog
    // grows to show them and is its own height again once they are gone.
    void fitHeight(bool hadErrors);
    bool showsErrors() const;
    QLabel* labelFor(LockField field) const;
    QLabel* errorLabelFor(LockField field) const;
    QWidget* editorFor(LockField field) const;

    std::unique_ptr<Ui::LockDialog> m_ui;
    Lock m_original;
    QStringList m_otherNames;
    bool m_hasStoredAccessKey;
    bool m_dstTouched = false;
    int m_heightWithoutErrors = 0;
    QSet<QWidget*> m_edited;
};
