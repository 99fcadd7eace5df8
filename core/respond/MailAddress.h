#pragma once

#include <QList>
#include <QString>

namespace mixdesk {

// One mailbox as an operator writes it: "a@example.org", "Name <a@example.org>" or
// "\"Name, Inc.\" <a@example.org>".
struct MailAddress
{
    QString name;
    QString address;

    bool isValid() const; // local@domain, no spaces or angle brackets
    static MailAddress parse(const QString& text);
    // Several, separated by commas or semicolons outside quotes and angle brackets.
    static QList<MailAddress> parseList(const QString& text);
};

} // namespace mixdesk
