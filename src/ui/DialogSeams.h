#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>
#include <QUrl>

class QWidget;

// Every modal question and native file dialog goes through here, so GUI tests can answer in advance
// instead of blocking on a dialog nobody will click.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QHash<QMessageBox::StandardButton, QString>& buttonTexts = {});
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // Shows `box` (its own buttons) and says whether `yes` was chosen. An answer set in advance
    // (Yes or No) is taken instead; without one the real box is shown, so a test can also drive it.
    static bool exec(QMessageBox& box, const QAbstractButton* yes);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Answers for several questions in a row (after the one set with setNextAnswer, if any).
    static void setNextAnswers(const QList<QMessageBox::StandardButton>& answers);
    static QString lastText(); // the text of the last box shown or answered (tests read it)

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QList<QMessageBox::StandardButton> s_queuedAnswers;
    static QString s_lastText;
};

// Asks for one secret line (typed hidden), e.g. a K3 Connect access key.
class InputBox {
public:
    // Empty when cancelled.
    static QString getSecret(QWidget* parent, const QString& title, const QString& label);
    static QString getText(QWidget* parent, const QString& title, const QString& label);
    static void setNextAnswer(const QString& text);

private:
    static QString s_next;
    static bool s_hasNext;
};

class FileDialog {
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                   const QString& filter);
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter,
                                   const QString& folder = {});
    static void setNextFileName(const QString& fileName);

private:
    static QString s_nextFileName;
    static bool s_hasNext;
};

// Opens mailto: and web links through the desktop; tests capture the URL instead.
class ExternalLinks {
public:
    static bool open(const QUrl& url);
    static void setCaptureForTests(bool capture);
    static QUrl lastCaptured();

private:
    static bool s_capture;
    static QUrl s_last;
};
