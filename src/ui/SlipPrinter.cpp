#include "SlipPrinter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace {
std::function<void(const SlipDetails&)>& previewInterceptor()
{
    static std::function<void(const SlipDetails&)> interceptor;
    return interceptor;
}

void render(QPrinter* printer, const SlipDetails& slip)
{
    QTextDocument document;
    GuestSlip::fill(&document, slip);
    // A document laid out to the page prints without page numbers: a slip is one page.
    document.setPageSize(printer->pageRect(QPrinter::Point).size());
    document.print(printer);
}
} // namespace

void SlipPrinter::setPreviewInterceptorForTests(std::function<void(const SlipDetails&)> interceptor)
{
    previewInterceptor() = std::move(interceptor);
}

void SlipPrinter::preview(QWidget* parent, const SlipDetails& slip)
{
    if (previewInterceptor()) {
        previewInterceptor()(slip);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("SlipPrinter", "Guest slip"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("SlipPrinter", "Print slip"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&slip](QPrinter* target) { render(target, slip); });
    dialog.exec();
}

bool SlipPrinter::savePdf(const QString& path, const SlipDetails& slip, QString* error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(QCoreApplication::translate("SlipPrinter", "Guest slip"));
    render(&printer, slip);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = QCoreApplication::translate("SlipPrinter", "The PDF could not be written to %1. Choose another "
                                                            "folder.")
                     .arg(path);
        return false;
    }
    return true;
}
