#pragma once

#include "dns/DnsReply.h"

#include <QObject>

#include <functional>

namespace mixdesk {

// An asynchronous DNS resolver: ask for A, AAAA, PTR or TXT records of a name and get
// a DnsReply back through a callback, with as many lookups in flight as you like.
//
// Contract for every implementation:
// - A resolver belongs to the thread it lives in and is used from that thread only;
//   that thread needs a running event loop. Nothing ever blocks.
// - The callback runs on that thread, exactly once per lookup, and never from inside
//   lookup() itself (even an immediate failure such as a malformed name comes through
//   the event loop), so callers may start lookups while they set up their state.
// - When `context` is given and destroyed before the answer, the callback is dropped
//   (as with QObject::connect). cancel()/cancelAll() drop callbacks too; destroying the
//   resolver drops every pending callback.
// - Names are absolute, without search domains: "2.0.0.127.zen.spamhaus.org" is asked
//   as is. A trailing dot is allowed.
class DnsResolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const DnsReply& reply)>;
    using LookupId = quint64;

    using QObject::QObject;
    ~DnsResolver() override = default;

    virtual LookupId lookup(const QString& name, DnsRecordType type, QObject* context,
                            Callback callback) = 0;
    // Drops the callback of one lookup (the query itself may still be answered).
    virtual void cancel(LookupId id) = 0;
    // Drops every pending callback.
    virtual void cancelAll() = 0;
    // Lookups whose callback has not run yet.
    virtual int pendingCount() const = 0;
};

} // namespace mixdesk
