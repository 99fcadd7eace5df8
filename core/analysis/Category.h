#pragma once

#include <QString>

#include <optional>

namespace mixdesk {

// What a notice is about; the ids are those of ../shared/corpus/README.md.
enum class Category
{
    SpamWebmail,
    SpamSmtp,
    DnsblListing,
    Harassment,
    Copyright,
    Fraud,
    SeriousCrime,
    NetworkAttack,
    Misdirected,
    Other,
};

inline constexpr int kCategoryCount = 10;

// Stable machine id ("spam-webmail"), used in JSON, the DB and the CLI.
QString categoryId(Category category);
std::optional<Category> categoryFromId(QStringView id);
// Translated, human-readable name for the UI (uses the current translator).
QString categoryDisplayName(Category category);

} // namespace mixdesk
