#pragma once

#include <QList>

namespace mixdesk {

class DossierHtml;

// What pass 1 of the dossier's layout needs to know of one block: how it starts and
// how much of the text area it takes, set with its table header and, for a table part
// that `continues`, without it.
struct BlockMeasure
{
    bool newPage = false;
    bool continues = false;
    int pages = 1;
    double bottom = 0; // of the last block on its last page
    int flowingPages = 0;
    double flowingBottom = 0;

    bool operator==(const BlockMeasure&) const = default;
};

// Sets every block of the dossier once to measure it, and throws the setting away:
// memory stays flat. The blocks are independent, so `threads` threads each take every
// threads-th block; with one thread it is the plain loop on the calling thread.
QList<BlockMeasure> measureBlocks(const DossierHtml& html, int threads);

} // namespace mixdesk
