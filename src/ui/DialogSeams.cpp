#include "DialogSeams.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QFileDialog>
#include <QInputDialog>
#include <utility>

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QList<QMessageBox::StandardButton> MessageBox::s_queuedAnswers;
QString MessageBox::s_lastText;
QString InputBox::s_next;
bool InputBox::s_hasNext = false;
QString FileDialog::s_nextFileName;
bool FileDialog::s_hasNext = false;
bool ExternalLinks::s_capture = false;
QUrl ExternalLinks::s_last;

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QHash<QMessageBox::StandardButton, QString>& buttonTexts)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (!s_queuedAnswers.isEmpty())
        return s_queuedAnswers.takeFirst();
    if (buttonTexts.isEmpty())
        return QMessageBox::question(parent, title, text, buttons, defaultButton);
    // Buttons that say what they do ("Issue as shown"), not Yes and No.
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.constBegin(); it != buttonTexts.constEnd(); ++it) {
        if (QAbstractButton* button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

bool MessageBox::exec(QMessageBox& box, const QAbstractButton* yes)
{
    s_lastText = box.text();
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = std::exchange(s_nextAnswer, QMessageBox::NoButton);
        return answer == QMessageBox::Yes;
    }
    if (!s_queuedAnswers.isEmpty())
        return s_queuedAnswers.takeFirst() == QMessageBox::Yes;
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton>& answers)
{
    s_queuedAnswers = answers;
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QString InputBox::getSecret(QWidget* parent, const QString& title, const QString& label)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? text : QString();
}

QString InputBox::getText(QWidget* parent, const QString& title, const QString& label)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_next;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text : QString();
}

void InputBox::setNextAnswer(const QString& text)
{
    s_next = text;
    s_hasNext = true;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                    const QString& filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter, const QString& folder)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

bool ExternalLinks::open(const QUrl& url)
{
    if (s_capture) {
        s_last = url;
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void ExternalLinks::setCaptureForTests(bool capture)
{
    s_capture = capture;
}

QUrl ExternalLinks::lastCaptured()
{
    return s_last;
}
