#pragma once

#include "IssueService.h"

#include <QDialog>

class AppSession;
class BatchIssuer;
class QLabel;
class QLineEdit;
class QListWidget;
class QComboBox;
class QPushButton;
class QTableWidget;
class WallClockEdit;

// One window for several locks at once — a bank of lockers, a group booking: the same start and
// length for each, the number of billed requests stated before anything is sent, and the results
// as one printed sheet or a CSV file.
class BatchIssueDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchIssueDialog)

public:
    BatchIssueDialog(AppSession& session, QWidget* parent = nullptr);

private:
    QList<IssueOrder> orders(QStringList* problems) const;
    void updateSummary();
    void issue();
    void showResults();
    void printSheet();
    void saveCsv();

    AppSession& m_session;
    BatchIssuer* m_batch;
    QLineEdit* m_filter;
    QListWidget* m_locks;
    QComboBox* m_length;
    WallClockEdit* m_start;
    QLineEdit* m_guest;
    QLineEdit* m_reference;
    QLabel* m_summary;
    QPushButton* m_issue;
    QTableWidget* m_results;
    QPushButton* m_print;
    QPushButton* m_csv;
};
