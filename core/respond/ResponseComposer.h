#pragma once

#include "analysis/Analysis.h"
#include "profile/OperatorProfile.h"
#include "respond/ProviderDirectory.h"
#include "respond/ResponseDraft.h"
#include "respond/ResponseTemplate.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace mixdesk {

// What the composer knows about one notice.
struct NoticeForResponse
{
    qint64 id = 0;
    QByteArray raw; // the stored notice: its From, Reply-To and Subject
    Analysis analysis;
};

// Where the recipients of a draft came from, for the compose window to show.
struct RecipientSuggestion
{
    QString address;
    QString source; // translated: "provider table: Example Mail", "Reply-To of the notice", ...
};

// Fills a template for a notice (or a campaign of notices about one account or mail
// server) and suggests the recipients: for "webmail-spam" the provider's abuse
// contact (provider table) with the ISP's security team in copy (the notice's
// Reply-To, else its From, else the profile's ISP abuse contact); for the other
// templates a reply to the ISP or reporter. The ISP's ticket id stays in the subject.
class ResponseComposer
{
public:
    ResponseComposer(OperatorProfile profile, ProviderDirectory providers, QString from);

    ResponseDraft compose(const QList<NoticeForResponse>& notices,
                          const ResponseTemplate& templ) const;
    // The template that fits the first notice's category; "webmail-spam" by default.
    static QString suggestedTemplate(const Analysis& analysis);
    // The language to answer in: the notice's, else English.
    static QString suggestedLanguage(const Analysis& analysis);

    QHash<QString, QString> placeholderValues(const QList<NoticeForResponse>& notices) const;
    QList<RecipientSuggestion> providerContacts(const Analysis& analysis) const;
    QList<RecipientSuggestion> ispContacts(const NoticeForResponse& notice) const;

private:
    OperatorProfile m_profile;
    ProviderDirectory m_providers;
    QString m_from;
};

} // namespace mixdesk
