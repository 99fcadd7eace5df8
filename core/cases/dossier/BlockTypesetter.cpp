#include "cases/dossier/BlockTypesetter.h"

#include "cases/dossier/DossierHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

namespace mixdesk {
namespace {

double mm(double millimetres)
{
    return millimetres / 25.4 * BlockTypesetter::kDpi;
}

} // namespace

// The writer only answers the layout's metric questions.
BlockTypesetter::BlockTypesetter()
    : m_nowhere(std::make_unique<QBuffer>()),
      m_metrics(std::make_unique<QPdfWriter>(m_nowhere.get()))
{
    setUpPage(*m_metrics);
    m_area = textArea(*m_metrics);
}

BlockTypesetter::~BlockTypesetter() = default;

void BlockTypesetter::setUpPage(QPdfWriter& pdf)
{
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
}

TextArea BlockTypesetter::textArea(const QPaintDevice& page)
{
    TextArea area;
    area.left = mm(22);
    area.top = mm(24);
    area.width = page.width() - mm(22) - mm(20);
    area.height = page.height() - area.top - mm(20);
    area.gap = mm(3);
    return area;
}

std::unique_ptr<QTextDocument> BlockTypesetter::typeset(const QString& html) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(m_metrics.get());
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setUndoRedoEnabled(false);
    doc->setDefaultStyleSheet(DossierHtml::styleSheet());
    // The size before the text: setHtml lays the text out, and a size set after it
    // lays it out again (a quarter of the export's time at 1 000 notices).
    doc->setPageSize(QSizeF(m_area.width, m_area.height));
    doc->setHtml(html);
    return doc;
}

} // namespace mixdesk
