// libFuzzer harness: the whole analysis of one notice (parse, offending messages,
// addresses, times, classification), with a profile whose exits the seeds name.
#include "analysis/NoticeAnalyzer.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

mixdesk::OperatorProfile fuzzProfile()
{
    mixdesk::OperatorProfile p;
    p.name = u"Test Operator"_s;
    p.organisation = u"Exit Test e.V."_s;
    p.email = u"abuse@exit-test.example"_s;
    mixdesk::ExitNode a;
    a.name = u"exit1"_s;
    a.addresses = {u"198.51.100.23"_s, u"2001:db8:4::77"_s};
    a.hostname = u"exit1.exit-test.example"_s;
    mixdesk::ExitNode b;
    b.name = u"exit2"_s;
    b.addresses = {u"203.0.113.77"_s, u"192.0.2.0/28"_s};
    p.exits = {a, b};
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const mixdesk::NoticeAnalyzer analyzer(fuzzProfile());
    const QByteArray raw(reinterpret_cast<const char*>(data), qsizetype(size));
    const mixdesk::Analysis analysis = analyzer.analyze(raw);
    (void)analysis.toJsonBytes();
    return 0;
}
