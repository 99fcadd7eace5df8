#pragma once

#include "cases/dossier/DossierData.h"
#include "util/Result.h"

#include <QString>

class QIODevice;

namespace mixdesk {

// Writes the dossier as a PDF (A4): cover, summary with the timeline, each linked
// notice, the statement, the fact sheet and the evidence index, with the file
// reference in the header and "page X of Y" in the footer of every page. Each
// block of DossierHtml is laid out alone and discarded after painting, so memory
// stays flat however many notices the case has. Needs a QGuiApplication (fonts).
class DossierWriter
{
public:
    struct Stats
    {
        int pages = 0;
        int blocks = 0;
    };
    static Result<Stats> write(const DossierData& data, const QString& path);
    static Result<Stats> write(const DossierData& data, QIODevice* device);
    // `threads` measure the blocks at once (pass 1; painting is one thread's work);
    // 1 is the plain sequential writer, which the faster one is tested against.
    static Result<Stats> write(const DossierData& data, QIODevice* device, int threads);
};

} // namespace mixdesk
