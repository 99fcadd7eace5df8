#include "RdapJsonSamples.h"

QByteArray networkWithNestedAbuseJson()
{
    return R"({
          "objectClassName": "ip network", "handle": "TEST-NET-3", "name": "EXAMPLE-EXIT-NET",
          "startAddress": "203.0.113.0", "endAddress": "203.0.113.255", "ipVersion": "v4",
          "type": "ASSIGNED PA", "country": "nl", "parentHandle": "203.0.0.0 - 203.0.255.255",
          "port43": "whois.example.net",
          "remarks": [{"title": "description", "description": ["Anonymization service exit", "Operated by Example Privacy"]}],
          "entities": [{
            "objectClassName": "entity", "handle": "EP1-TEST", "roles": ["registrant"],
            "vcardArray": ["vcard", [["version", {}, "text", "4.0"],
               ["fn", {}, "text", "Example Privacy e.V."], ["kind", {}, "text", "org"],
               ["org", {}, "text", ["Example Privacy", "Exit team"]],
               ["adr", {"label": "Street 1\n12345 Town"}, "text", ["", "", "", "", "", "", ""]],
               ["tel", {"type": "voice"}, "uri", "tel:+49-30-555-0100"]]],
            "entities": [{"objectClassName": "entity", "handle": "ABUSE-TEST", "roles": ["abuse"],
               "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Abuse desk"],
                 ["email", {}, "text", "abuse@privacy.example"],
                 ["email", {"type": "work"}, "text", "mailto:exit-abuse@privacy.example"]]]}]
          }, {"objectClassName": "entity", "handle": "TECH", "roles": ["technical", "administrative"],
              "remarks": [{"description": ["Call before noon"]}]}]
        })";
}

QByteArray objectWithoutClassJson()
{
    return R"({"handle": "x"})";
}

QByteArray bootstrapRegistryJson()
{
    return R"({"version": "1.0", "services": [
            [["192.0.0.0/8"], ["http://wide.example/rdap"]],
            [["192.0.2.0/24"], ["http://narrow.example/rdap/", "https://narrow.example/rdap/"]],
            [["2001:db8::/32"], ["https://six.example/"]],
            [["example", "co.example"], ["https://dns.example/"]]]})";
}
