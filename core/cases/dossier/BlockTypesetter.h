#pragma once

#include <QString>

#include <memory>

class QBuffer;
class QPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace mixdesk {

// The printable area of a dossier page, in PDF device pixels (kDpi), and the gap kept
// between blocks.
struct TextArea
{
    double left = 0;
    double top = 0;
    double width = 0;
    double height = 0;
    double gap = 0;
};

// Sets one block of DossierHtml as a document paged in the text area: fonts, style
// sheet, page size. Metrics come from a PDF writer of the dossier's page and
// resolution that the typesetter owns, so each thread that sets blocks has its own and
// lays text out exactly as the PDF that is painted.
class BlockTypesetter
{
public:
    static constexpr int kDpi = 300;

    BlockTypesetter();
    ~BlockTypesetter();
    BlockTypesetter(const BlockTypesetter&) = delete;
    BlockTypesetter& operator=(const BlockTypesetter&) = delete;

    // A4 at kDpi without margins: what the dossier's writer is set to.
    static void setUpPage(QPdfWriter& pdf);
    static TextArea textArea(const QPaintDevice& page);

    std::unique_ptr<QTextDocument> typeset(const QString& html) const;

private:
    std::unique_ptr<QBuffer> m_nowhere; // never written: nothing is painted
    std::unique_ptr<QPdfWriter> m_metrics;
    TextArea m_area;
};

} // namespace mixdesk
