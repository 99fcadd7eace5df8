#include "cases/ServiceStatement.h"

#include "profile/ExitMatcher.h"

namespace mixdesk {
namespace {

QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString pick(const QString& language, const char16_t* en, const char16_t* de)
{
    return QString::fromUtf16(language == u"de" ? de : en);
}

} // namespace

ServiceStatement ServiceStatement::of(const OperatorProfile& profile, const QString& address,
                                      const QDateTime& timeUtc)
{
    ServiceStatement s;
    s.address = address.trimmed();
    s.timeUtc = timeUtc.isValid() ? timeUtc.toUTC() : QDateTime();
    if (s.address.isEmpty())
        return s;
    const ExitMatcher matcher(profile);
    const ExitNode* exit = matcher.exitFor(s.address);
    if (!exit) {
        s.state = State::NotAnExit;
        return s;
    }
    s.exitName = exit->name;
    s.cascade = exit->cascade;
    s.kind = exit->kind;
    s.since = exit->inServiceSince;
    s.until = exit->inServiceUntil;
    if (!s.timeUtc.isValid()) {
        s.state = State::NoTime;
        return s;
    }
    const std::optional<bool> inService = exit->inServiceAt(s.timeUtc);
    if (!inService)
        s.state = State::NoPeriod;
    else
        s.state = *inService ? State::InService : State::NotInService;
    return s;
}

QString ServiceStatement::periodText(const QString& l) const
{
    if (since.isValid() && until.isValid())
        return pick(l, u"%1 to %2", u"%1 bis %2").arg(day(since), day(until));
    if (since.isValid())
        return pick(l, u"since %1", u"seit %1").arg(day(since));
    if (until.isValid())
        return pick(l, u"until %1", u"bis %1").arg(day(until));
    return pick(l, u"no service period recorded", u"kein Betriebszeitraum erfasst");
}

QString ServiceStatement::text(const QString& l) const
{
    const QString time =
        timeUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    const QString group =
        cascade.isEmpty()
            ? QString()
            : pick(l, u" (cascade or relay %1)", u" (Kaskade bzw. Relay %1)").arg(cascade);
    switch (state) {
    case State::InService:
        return pick(l,
                    u"At %1 the address %2 was in service as the exit %3%4 of the anonymization "
                    u"service (service period: %5). Connections from this address came from the "
                    u"service's users, not from the operator.",
                    u"Am %1 war die Adresse %2 als Ausgangsknoten %3%4 des Anonymisierungsdienstes "
                    u"in Betrieb (Betriebszeitraum: %5). Verbindungen von dieser Adresse stammten "
                    u"von Nutzern des Dienstes, nicht vom Betreiber.")
            .arg(time, address, exitName, group, periodText(l));
    case State::NotInService:
        return pick(l,
                    u"Warning: at %1 the address %2 was not in service as the exit %3%4 (service "
                    u"period: %5). Check the incident time and the address.",
                    u"Achtung: am %1 war die Adresse %2 nicht als Ausgangsknoten %3%4 in Betrieb "
                    u"(Betriebszeitraum: %5). Tatzeit und Adresse prüfen.")
            .arg(time, address, exitName, group, periodText(l));
    case State::NoPeriod:
        return pick(l,
                    u"The address %2 is the exit %3%4; the operator profile records no service "
                    u"period, so whether it was in service at %1 is not stated.",
                    u"Die Adresse %2 ist der Ausgangsknoten %3%4; das Betreiberprofil erfasst "
                    u"keinen Betriebszeitraum, daher wird nicht erklärt, ob er am %1 in Betrieb "
                    u"war.")
            .arg(time, address, exitName, group);
    case State::NoTime:
        return pick(l,
                    u"The address %1 is the exit %2%3 (service period: %4); the case gives no "
                    u"incident time.",
                    u"Die Adresse %1 ist der Ausgangsknoten %2%3 (Betriebszeitraum: %4); der Fall "
                    u"nennt keine Tatzeit.")
            .arg(address, exitName, group, periodText(l));
    case State::NotAnExit:
        return pick(l, u"Warning: the address %1 is none of the operator's exits.",
                    u"Achtung: die Adresse %1 ist keiner der Ausgangsknoten des Betreibers.")
            .arg(address);
    case State::NoAddress:
        break;
    }
    return pick(l, u"The case names no exit address.", u"Der Fall nennt keine Ausgangsadresse.");
}

} // namespace mixdesk
