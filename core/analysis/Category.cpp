#include "analysis/Category.h"

#include <QCoreApplication>

#include <array>

namespace mixdesk {
namespace {

struct CategoryInfo
{
    Category category;
    const char* id;
    const char* displayName;
};

constexpr std::array<CategoryInfo, kCategoryCount> kCategories{{
    {Category::SpamWebmail, "spam-webmail", QT_TRANSLATE_NOOP("Category", "Webmail spam")},
    {Category::SpamSmtp, "spam-smtp", QT_TRANSLATE_NOOP("Category", "SMTP spam")},
    {Category::DnsblListing, "dnsbl-listing", QT_TRANSLATE_NOOP("Category", "Blocklist listing")},
    {Category::Harassment, "harassment", QT_TRANSLATE_NOOP("Category", "Harassment")},
    {Category::Copyright, "copyright", QT_TRANSLATE_NOOP("Category", "Copyright")},
    {Category::Fraud, "fraud", QT_TRANSLATE_NOOP("Category", "Fraud")},
    {Category::SeriousCrime, "serious-crime", QT_TRANSLATE_NOOP("Category", "Serious crime")},
    {Category::NetworkAttack, "network-attack", QT_TRANSLATE_NOOP("Category", "Network attack")},
    {Category::Misdirected, "misdirected", QT_TRANSLATE_NOOP("Category", "Misdirected")},
    {Category::Other, "other", QT_TRANSLATE_NOOP("Category", "Other")},
}};

} // namespace

QString categoryId(Category category)
{
    return QString::fromLatin1(kCategories[static_cast<int>(category)].id);
}

std::optional<Category> categoryFromId(QStringView id)
{
    for (const CategoryInfo& info : kCategories) {
        if (id == QLatin1String(info.id))
            return info.category;
    }
    return std::nullopt;
}

QString categoryDisplayName(Category category)
{
    return QCoreApplication::translate("Category",
                                       kCategories[static_cast<int>(category)].displayName);
}

} // namespace mixdesk
