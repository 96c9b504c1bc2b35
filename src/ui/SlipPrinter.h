#pragma once

#include "GuestSlip.h"

#include <QString>
#include <functional>

class QWidget;

// Puts a guest slip on paper or into a PDF file.
class SlipPrinter {
public:
    // True when the slip was sent to a printer (or to a test's interceptor).
    static bool preview(QWidget* parent, const SlipDetails& slip);
    static bool savePdf(const QString& path, const SlipDetails& slip, QString* error);
    // GUI tests see the slip that would be previewed instead of a modal dialog.
    static void setPreviewInterceptorForTests(std::function<void(const SlipDetails&)> interceptor);
};
