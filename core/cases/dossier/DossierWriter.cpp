#include "cases/dossier/DossierWriter.h"

#include "cases/dossier/BlockMeasurer.h"
#include "cases/dossier/BlockTypesetter.h"
#include "cases/dossier/DossierHtml.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThread>

#include <algorithm>
#include <memory>

namespace mixdesk {
namespace {

// Where a block goes: on `page`, at `y` below the top of the text area; a block
// taller than a page starts a page and runs over `pages` pages.
struct Placement
{
    int page = 0;
    double y = 0;
    int pages = 1;
    bool flowing = false; // laid out as DossierHtml::Block::flowingHtml
};

// Pass 1: where every block goes, from its measure. A block never straddles a page
// break except between lines and table rows.
QList<Placement> place(const QList<BlockMeasure>& measures, const TextArea& area, int* pageCount)
{
    QList<Placement> out;
    int page = 0;
    double y = 0;
    for (const BlockMeasure& m : measures) {
        if (m.newPage && y > 0) {
            ++page;
            y = 0;
        } else if (m.continues && y > 0) {
            // One table in several blocks: the part flows on below the part before,
            // without a gap or a second header, if it fits on this page.
            const double top = y - area.gap;
            if (m.flowingPages == 1 && m.flowingBottom <= area.height - top) {
                out.append(Placement{page, top, 1, true});
                y = top + m.flowingBottom + area.gap;
                continue;
            }
        }
        Placement p;
        if (m.pages == 1 && m.bottom <= area.height - y) {
            p = {page, y, 1};
            y += m.bottom + area.gap;
        } else if (m.pages == 1) {
            ++page;
            p = {page, 0, 1};
            y = m.bottom + area.gap;
        } else {
            if (y > 0)
                ++page;
            p = {page, 0, m.pages};
            page += m.pages - 1;
            y = m.bottom - (m.pages - 1) * area.height + area.gap;
        }
        out.append(p);
    }
    *pageCount = page + 1;
    return out;
}

// Pass 2: paints each block where pass 1 put it, with the file reference above and the
// page number below every page.
class Painter
{
public:
    Painter(QPdfWriter& pdf, QPainter& painter, const DossierHtml& html, int pages)
        : m_pdf(pdf), m_painter(painter), m_html(html), m_area(BlockTypesetter::textArea(pdf)),
          m_pages(pages)
    {}

    // Each block is set again here, on this thread: a document set on another thread
    // keeps that thread's font engines, which must not be used from this one.
    void paint(const QList<Placement>& placements)
    {
        const BlockTypesetter typesetter;
        decorate(0);
        for (int i = 0; i < placements.size(); ++i) {
            const Placement& p = placements.at(i);
            const DossierHtml::Block block = m_html.block(i);
            paintBlock(*typesetter.typeset(p.flowing ? block.flowingHtml : block.html), p);
        }
    }

private:
    void turnPageTo(int page)
    {
        while (m_current < page) {
            m_pdf.newPage();
            ++m_current;
            decorate(m_current);
        }
    }

    void paintBlock(QTextDocument& doc, const Placement& p)
    {
        turnPageTo(p.page);
        for (int k = 0; k < p.pages; ++k) {
            turnPageTo(p.page + k);
            m_painter.save();
            m_painter.translate(m_area.left, m_area.top + p.y - k * m_area.height);
            doc.drawContents(&m_painter, QRectF(0, k * m_area.height, m_area.width, m_area.height));
            m_painter.restore();
        }
    }

    void decorate(int page) const
    {
        QPainter& painter = m_painter;
        painter.save();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(7.5);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QFontMetricsF metrics(font, &m_pdf);
        const double left = m_area.left;
        const double width = m_area.width;
        const double headerY = mm(13);
        const QRectF header(left, headerY, width, metrics.height());
        const QString right = m_html.headerRight();
        const double rightWidth = metrics.horizontalAdvance(right) + mm(4);
        painter.drawText(
            header.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_html.headerLeft(), Qt::ElideRight, width - rightWidth));
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), mm(0.2)));
        painter.drawLine(QPointF(left, header.bottom() + mm(1.5)),
                         QPointF(left + width, header.bottom() + mm(1.5)));
        const double footerY = m_pdf.height() - mm(12);
        painter.drawLine(QPointF(left, footerY - mm(1.5)),
                         QPointF(left + width, footerY - mm(1.5)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(left, footerY, width, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_html.pageText(page + 1, m_pages));
        painter.drawText(QRectF(left, footerY, width, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("MixDesk"));
        painter.restore();
    }

    static double mm(double millimetres) { return millimetres / 25.4 * BlockTypesetter::kDpi; }

    QPdfWriter& m_pdf;
    QPainter& m_painter;
    const DossierHtml& m_html;
    const TextArea m_area;
    const int m_pages;
    int m_current = 0;
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
    return write(data, device, std::clamp(QThread::idealThreadCount(), 1, 4));
}

Result<DossierWriter::Stats> DossierWriter::write(const DossierData& data, QIODevice* device,
                                                  int threads)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{QStringLiteral("the PDF dossier needs a QGuiApplication")};
    const DossierHtml html(data);
    QPdfWriter pdf(device);
    BlockTypesetter::setUpPage(pdf);
    pdf.setTitle(html.headerLeft());
    pdf.setCreator(QStringLiteral("MixDesk"));
    int pages = 0;
    const QList<Placement> placements =
        place(measureBlocks(html, threads), BlockTypesetter::textArea(pdf), &pages);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error{QCoreApplication::translate("DossierWriter", "Cannot start the PDF.")};
    Painter(pdf, painter, html, pages).paint(placements);
    if (!painter.end())
        return Error{QCoreApplication::translate("DossierWriter", "Cannot finish the PDF.")};
    return Stats{pages, int(placements.size())};
}

} // namespace mixdesk
