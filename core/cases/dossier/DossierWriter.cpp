#include "cases/dossier/DossierWriter.h"

#include "cases/dossier/DossierHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

namespace mixdesk {
namespace {

constexpr int kDpi = 300;

double mm(double millimetres)
{
    return millimetres / 25.4 * kDpi;
}

// Where a block goes: on `page`, at `y` below the top of the text area; a block
// taller than a page starts a page and runs over `pages` pages.
struct Placement
{
    int page = 0;
    double y = 0;
    int pages = 1;
    bool flowing = false; // laid out as DossierHtml::Block::flowingHtml
};

class Layout
{
public:
    Layout(QPdfWriter& pdf, const DossierHtml& html) : m_pdf(pdf), m_html(html)
    {
        m_left = mm(22);
        m_top = mm(24);
        m_width = m_pdf.width() - mm(22) - mm(20);
        m_height = m_pdf.height() - m_top - mm(20);
        m_gap = mm(3);
    }

    // Laid out in pages of the text area: a block never straddles a page break
    // except between lines and table rows.
    std::unique_ptr<QTextDocument> document(const QString& html, bool paged) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_pdf);
        doc->setDocumentMargin(0);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(10);
        doc->setDefaultFont(font);
        doc->setUndoRedoEnabled(false);
        doc->setDefaultStyleSheet(DossierHtml::styleSheet());
        // The size before the text: setHtml lays the text out, and a size set after it
        // lays it out again (a quarter of the export's time at 1 000 notices).
        if (paged)
            doc->setPageSize(QSizeF(m_width, m_height));
        else
            doc->setTextWidth(m_width);
        doc->setHtml(html);
        return doc;
    }

    // Pass 1: where every block goes, without painting. One paged layout per block:
    // its page count, and the height of what is on its last page.
    QList<Placement> place(int* pageCount) const
    {
        QList<Placement> out;
        int page = 0;
        double y = 0;
        for (int i = 0; i < m_html.blockCount(); ++i) {
            const DossierHtml::Block block = m_html.block(i);
            if (block.newPage && y > 0) {
                ++page;
                y = 0;
            } else if (block.continues && y > 0) {
                // One table in several blocks: the part flows on below the part before,
                // without a gap or a second header, if it fits on this page.
                const double top = y - m_gap;
                const auto flowing = document(block.flowingHtml, true);
                const double height =
                    flowing->documentLayout()->blockBoundingRect(flowing->lastBlock()).bottom();
                if (flowing->pageCount() == 1 && height <= m_height - top) {
                    out.append(Placement{page, top, 1, true});
                    y = top + height + m_gap;
                    continue;
                }
            }
            const auto doc = document(block.html, true);
            const int pages = doc->pageCount();
            const QAbstractTextDocumentLayout* layout = doc->documentLayout();
            const double bottom = layout->blockBoundingRect(doc->lastBlock()).bottom();
            Placement p;
            if (pages == 1 && bottom <= m_height - y) {
                p = {page, y, 1};
                y += bottom + m_gap;
            } else if (pages == 1) {
                ++page;
                p = {page, 0, 1};
                y = bottom + m_gap;
            } else {
                if (y > 0)
                    ++page;
                p = {page, 0, pages};
                page += pages - 1;
                y = bottom - (pages - 1) * m_height + m_gap;
            }
            out.append(p);
        }
        *pageCount = page + 1;
        return out;
    }

    void decorate(QPainter& painter, int page, int pages) const
    {
        painter.save();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(7.5);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QFontMetricsF metrics(font, &m_pdf);
        const double headerY = mm(13);
        const QRectF header(m_left, headerY, m_width, metrics.height());
        const QString right = m_html.headerRight();
        const double rightWidth = metrics.horizontalAdvance(right) + mm(4);
        painter.drawText(
            header.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_html.headerLeft(), Qt::ElideRight, m_width - rightWidth));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), mm(0.2)));
        painter.drawLine(QPointF(m_left, header.bottom() + mm(1.5)),
                         QPointF(m_left + m_width, header.bottom() + mm(1.5)));
        const double footerY = m_pdf.height() - mm(12);
        painter.drawLine(QPointF(m_left, footerY - mm(1.5)),
                         QPointF(m_left + m_width, footerY - mm(1.5)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(m_left, footerY, m_width, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_html.pageText(page + 1, pages));
        painter.drawText(QRectF(m_left, footerY, m_width, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("MixDesk"));
        painter.restore();
    }

    // Pass 2: paints each block where pass 1 put it.
    void paint(QPainter& painter, const QList<Placement>& placements, int pages) const
    {
        int current = 0;
        decorate(painter, 0, pages);
        for (int i = 0; i < placements.size(); ++i) {
            const Placement& p = placements.at(i);
            while (current < p.page) {
                m_pdf.newPage();
                ++current;
                decorate(painter, current, pages);
            }
            const DossierHtml::Block block = m_html.block(i);
            const auto doc = document(p.flowing ? block.flowingHtml : block.html, true);
            if (p.pages == 1) {
                painter.save();
                painter.translate(m_left, m_top + p.y);
                doc->drawContents(&painter, QRectF(0, 0, m_width, m_height));
                painter.restore();
                continue;
            }
            for (int k = 0; k < p.pages; ++k) {
                if (k > 0) {
                    m_pdf.newPage();
                    ++current;
                    decorate(painter, current, pages);
                }
                painter.save();
                painter.translate(m_left, m_top - k * m_height);
                doc->drawContents(&painter, QRectF(0, k * m_height, m_width, m_height));
                painter.restore();
            }
        }
    }

private:
    QPdfWriter& m_pdf;
    const DossierHtml& m_html;
    double m_left = 0;
    double m_top = 0;
    double m_width = 0;
    double m_height = 0;
    double m_gap = 0;
};

} // namespace

Result<DossierWriter::Stats> DossierWriter::write(const DossierData& data, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QCoreApplication::translate("DossierWriter", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    Result<Stats> written = write(data, &file);
    file.close();
    if (!written)
        file.remove();
    return written;
}

Result<DossierWriter::Stats> DossierWriter::write(const DossierData& data, QIODevice* device)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{QStringLiteral("the PDF dossier needs a QGuiApplication")};
    const DossierHtml html(data);
    QPdfWriter pdf(device);
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(html.headerLeft());
    pdf.setCreator(QStringLiteral("MixDesk"));
    Layout layout(pdf, html);
    int pages = 0;
    const QList<Placement> placements = layout.place(&pages);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error{QCoreApplication::translate("DossierWriter", "Cannot start the PDF.")};
    layout.paint(painter, placements, pages);
    if (!painter.end())
        return Error{QCoreApplication::translate("DossierWriter", "Cannot finish the PDF.")};
    return Stats{pages, int(placements.size())};
}

} // namespace mixdesk
