#include "dnsbl/DnsblCellStyle.h"

#include <QCoreApplication>

namespace mixdesk {

DnsblCellStyle::Category DnsblCellStyle::categoryOf(const std::optional<DnsblResult>& result)
{
    if (!result)
        return Category::Pending;
    switch (result->status) {
    case DnsblStatus::Listed:
        switch (result->kind) {
        case DnsblKind::Actionable:
            return Category::ListedActionable;
        case DnsblKind::ExpectedForExit:
            return Category::ListedExpected;
        case DnsblKind::Informational:
            return Category::ListedInformational;
        }
        return Category::ListedActionable;
    case DnsblStatus::NotListed:
        return Category::Clean;
    case DnsblStatus::Unsupported:
        return Category::Unsupported;
    case DnsblStatus::Untrusted:
        return Category::Untrusted;
    case DnsblStatus::Refused:
    case DnsblStatus::Error:
    case DnsblStatus::Timeout:
        return Category::Error;
    }
    return Category::Error;
}

// Colours chosen to stay apart for the common colour-vision deficiencies: red and
// amber differ in lightness too, clean is a blue-green, and every cell also says in
// words what it is.
QColor DnsblCellStyle::background(Category category)
{
    switch (category) {
    case Category::ListedActionable:
        return QColor(0xc6, 0x28, 0x28);
    case Category::ListedExpected:
        return QColor(0xff, 0xb3, 0x47);
    case Category::ListedInformational:
        return QColor(0xff, 0xe8, 0x8c);
    case Category::Clean:
        return QColor(0xc8, 0xe6, 0xc9);
    case Category::Error:
        return QColor(0xb0, 0xb7, 0xc3);
    case Category::Unsupported:
        return QColor(0xf2, 0xf2, 0xf2);
    case Category::Untrusted:
        return QColor(0xd1, 0xc4, 0xe9);
    case Category::Pending:
        return QColor();
    }
    return QColor();
}

QColor DnsblCellStyle::foreground(Category category)
{
    switch (category) {
    case Category::ListedActionable:
        return QColor(Qt::white);
    case Category::Unsupported:
        return QColor(0x75, 0x75, 0x75);
    case Category::Pending:
        return QColor();
    default:
        return QColor(0x21, 0x21, 0x21);
    }
}

QString DnsblCellStyle::shortText(Category category)
{
    switch (category) {
    case Category::ListedActionable:
    case Category::ListedExpected:
    case Category::ListedInformational:
        return QCoreApplication::translate("DnsblCellStyle", "listed");
    case Category::Clean:
        return QCoreApplication::translate("DnsblCellStyle", "clean");
    case Category::Error:
        return QCoreApplication::translate("DnsblCellStyle", "error");
    case Category::Unsupported:
        return QCoreApplication::translate("DnsblCellStyle", "n/a",
                                           "DNSBL: address family not listed");
    case Category::Untrusted:
        return QCoreApplication::translate("DnsblCellStyle", "untrusted");
    case Category::Pending:
        return QString();
    }
    return QString();
}

QString DnsblCellStyle::legendText(Category category)
{
    switch (category) {
    case Category::ListedActionable:
        return QCoreApplication::translate("DnsblCellStyle", "Listed, actionable");
    case Category::ListedExpected:
        return QCoreApplication::translate("DnsblCellStyle", "Listed, expected for an exit");
    case Category::ListedInformational:
        return QCoreApplication::translate("DnsblCellStyle", "Listed, informational");
    case Category::Clean:
        return QCoreApplication::translate("DnsblCellStyle", "Not listed");
    case Category::Error:
        return QCoreApplication::translate("DnsblCellStyle", "Error, timeout or refused");
    case Category::Unsupported:
        return QCoreApplication::translate("DnsblCellStyle",
                                           "List does not cover this address family");
    case Category::Untrusted:
        return QCoreApplication::translate("DnsblCellStyle",
                                           "Untrusted: zone failed its self-test");
    case Category::Pending:
        return QCoreApplication::translate("DnsblCellStyle", "Not checked yet");
    }
    return QString();
}

QList<DnsblCellStyle::Category> DnsblCellStyle::legendOrder()
{
    return {Category::ListedActionable,
            Category::ListedExpected,
            Category::ListedInformational,
            Category::Clean,
            Category::Error,
            Category::Unsupported,
            Category::Untrusted};
}

} // namespace mixdesk
