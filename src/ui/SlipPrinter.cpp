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

void setPaper(QPrinter* printer, const SlipDetails& slip)
{
    switch (slip.layout) {
    case SlipLayout::A4:
        printer->setPageSize(QPageSize(QPageSize::A4));
        break;
    case SlipLayout::Letter:
        printer->setPageSize(QPageSize(QPageSize::Letter));
        break;
    case SlipLayout::Receipt80mm: {
        // A receipt roll: 80 mm wide, as long as the slip needs.
        QTextDocument probe;
        GuestSlip::fill(&probe, slip);
        const qreal widthPt = 80.0 / 25.4 * 72.0 - 2 * 8.0;
        probe.setTextWidth(widthPt);
        const qreal heightMm = (probe.size().height() + 2 * 8.0) / 72.0 * 25.4 + 4;
        printer->setPageSize(QPageSize(QSizeF(80, qMax(60.0, heightMm)), QPageSize::Millimeter, QStringLiteral("Receipt 80 mm")));
        printer->setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Point);
        break;
    }
    }
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

bool SlipPrinter::preview(QWidget* parent, const SlipDetails& slip)
{
    if (previewInterceptor()) {
        previewInterceptor()(slip);
        return true;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("SlipPrinter", "Guest slip"));
    setPaper(&printer, slip);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("SlipPrinter", "Print slip"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&slip](QPrinter* target) { render(target, slip); });
    return dialog.exec() == QDialog::Accepted;
}

bool SlipPrinter::savePdf(const QString& path, const SlipDetails& slip, QString* error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setPaper(&printer, slip);
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
