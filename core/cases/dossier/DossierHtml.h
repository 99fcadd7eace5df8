#pragma once

#include "cases/dossier/DossierData.h"

#include <QString>
#include <QStringList>

namespace mixdesk {

// The dossier's content as a sequence of HTML blocks (QTextDocument's subset), each
// laid out on its own: small blocks never split across a page, long ones (the
// timeline, the evidence index) split between table rows and repeat their header.
// Made on demand, so a case of thousands of notices never holds them all.
class DossierHtml
{
public:
    struct Block
    {
        Block(QString html, bool newPage, bool continues = false, QString flowingHtml = {})
            : html(std::move(html)), newPage(newPage), continues(continues),
              flowingHtml(std::move(flowingHtml))
        {}

        QString html;
        bool newPage = false;   // starts on a new page (a chapter)
        bool continues = false; // the previous block's table goes on: no gap before it
        // `continues`: the part without its header row, for when it flows on below the
        // part before on the same page (`html` has the header, for the top of a page).
        QString flowingHtml;
    };

    explicit DossierHtml(const DossierData& data);

    int blockCount() const;
    Block block(int index) const;

    // The words of the dossier's language (not the UI's).
    QString t(const char16_t* en, const char16_t* de) const;
    QString headerLeft() const;  // the case, on every page
    QString headerRight() const; // the file reference, on every page
    QString pageText(int page, int pages) const;
    static QString styleSheet();

private:
    // Long tables (the timeline, the evidence index) go in blocks of this many rows,
    // each a table with its header: Qt lays a table out in time that grows with the
    // square of its rows, so one table of 2 000 rows took most of a 1 000-notice export.
    // Small enough that a part always fits on a page: it flows on below the part before
    // or starts the next page with the header again.
    static constexpr int kRowsPerBlock = 6;
    static int chunks(const QStringList& rows);
    static QString chunk(const QString& tableHead, const QStringList& rows, int index,
                         const QString& empty);
    static Block tablePart(const QString& tableOpen, const QString& headRow,
                           const QStringList& rows, int index);
    static QString tableOpen(int cellPadding);

    QString cover() const;
    QString summary() const;
    QStringList timelineRows() const;
    QString timelineHeadRow() const;
    QString noticesTitle() const;
    QString notice(int index) const;
    QString statement() const;
    QString factSheet() const;
    QString evidenceIntro() const;
    QString evidenceHeadRow() const;
    QStringList evidenceRows() const;
    QString dateTime(const QDateTime& time) const;
    QString shortTime(const QDateTime& time) const;
    QString typeText() const;
    QString categoryText(Category category) const;

    const DossierData& m_data;
    const QStringList m_timelineRows; // made once: each row is a <tr>
    const QStringList m_evidenceRows;
};

} // namespace mixdesk
