#pragma once

#include "dnsbl/DnsblResult.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace mixdesk {

// How a matrix cell looks: one category per result, each with a colour and a short
// word (the word is there for readers who cannot tell the colours apart).
class DnsblCellStyle
{
public:
    enum class Category
    {
        ListedActionable,
        ListedExpected,
        ListedInformational,
        Clean,
        Error, // error, timeout, refused
        Unsupported,
        Untrusted,
        Pending, // not checked yet
    };

    static Category categoryOf(const std::optional<DnsblResult>& result);
    static QColor background(Category category);
    static QColor foreground(Category category);
    static QString shortText(Category category);  // translated
    static QString legendText(Category category); // translated
    static QList<Category> legendOrder();
};

} // namespace mixdesk
