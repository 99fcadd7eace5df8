#pragma once

#include <QString>

class QLabel;

namespace mixdesk {

// Text that comes from a mail is shown as it is written, never as markup: a From
// name such as "<img src=file:///etc/hostname><b>Evil</b>" must neither fake what the
// operator reads nor make Qt load a local file.
class PlainText
{
public:
    // For a tool tip (widgets and models' ToolTipRole), which Qt reads as rich text
    // whenever it looks like markup: `text` escaped, in a paragraph that keeps its
    // line breaks. Empty for an empty text (no tool tip).
    static QString toolTip(const QString& text);
    // Makes `label` show its text as plain text, whatever it holds.
    static void makePlain(QLabel* label);
};

} // namespace mixdesk
