#include "cases/dossier/BlockMeasurer.h"

#include "cases/dossier/BlockTypesetter.h"
#include "cases/dossier/DossierHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <thread>
#include <vector>

namespace mixdesk {
namespace {

void measure(const BlockTypesetter& typesetter, const QString& html, int* pages, double* bottom)
{
    const auto doc = typesetter.typeset(html);
    *pages = doc->pageCount();
    *bottom = doc->documentLayout()->blockBoundingRect(doc->lastBlock()).bottom();
}

void measureShare(const DossierHtml& html, int first, int step, BlockMeasure* out)
{
    const BlockTypesetter typesetter; // its own metrics device: one per thread
    for (int i = first; i < html.blockCount(); i += step) {
        const DossierHtml::Block block = html.block(i);
        BlockMeasure& m = out[i];
        m.newPage = block.newPage;
        m.continues = block.continues;
        measure(typesetter, block.html, &m.pages, &m.bottom);
        if (block.continues)
            measure(typesetter, block.flowingHtml, &m.flowingPages, &m.flowingBottom);
    }
}

} // namespace

QList<BlockMeasure> measureBlocks(const DossierHtml& html, int threads)
{
    QList<BlockMeasure> out(html.blockCount());
    threads = std::clamp(threads, 1, std::max(1, html.blockCount()));
    if (threads == 1) {
        measureShare(html, 0, 1, out.data());
        return out;
    }
    // Each thread writes only its own elements of `out`, sized before they start.
    BlockMeasure* const firstMeasure = out.data();
    {
        std::vector<std::jthread> workers;
        for (int t = 1; t < threads; ++t)
            workers.emplace_back([&html, firstMeasure, t, threads] {
                measureShare(html, t, threads, firstMeasure);
            });
        measureShare(html, 0, threads, firstMeasure);
    } // joined
    return out;
}

} // namespace mixdesk
