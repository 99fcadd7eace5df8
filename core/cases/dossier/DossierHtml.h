#pragma once

#include "cases/dossier/DossierData.h"

#include <QString>

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
        QString html;
        bool newPage = false; // starts on a new page (a chapter)
    };

    explicit DossierHtml(const DossierData& data) : m_data(data) {}

    int blockCount() const;
    Block block(int index) const;

    // The words of the dossier's language (not the UI's).
    QString t(const char16_t* en, const char16_t* de) const;
    QString headerLeft() const;  // the case, on every page
    QString headerRight() const; // the file reference, on every page
    QString pageText(int page, int pages) const;
    static QString styleSheet();

private:
    Block rawBlock(int index) const;
    QString cover() const;
    QString summary() const;
    QString timeline() const;
    QString noticesTitle() const;
    QString notice(int index) const;
    QString statement() const;
    QString factSheet() const;
    QString evidence() const;
    QString dateTime(const QDateTime& time) const;
    QString shortTime(const QDateTime& time) const;
    QString typeText() const;

    const DossierData& m_data;
};

} // namespace mixdesk
