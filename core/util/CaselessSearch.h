#pragma once

#include <QStringView>

namespace mixdesk {

// QStringView::indexOf(needle, from, Qt::CaseInsensitive), with the same result, but
// fast when the needle is ASCII (exit host names, e-mail addresses, "IPv6:"). Qt
// folds every character of the text through its Unicode tables and rehashes; that was
// several percent of the analysis. Other needles go to Qt.
qsizetype indexOfCaseless(QStringView text, QStringView needle, qsizetype from = 0);

inline bool containsCaseless(QStringView text, QStringView needle)
{
    return indexOfCaseless(text, needle) >= 0;
}

} // namespace mixdesk
