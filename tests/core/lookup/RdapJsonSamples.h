#pragma once

#include <QByteArray>

// JSON samples of the parser test, kept out of the test file: moc cannot read raw strings.
QByteArray networkWithNestedAbuseJson(); // an ip network with a nested abuse contact
QByteArray objectWithoutClassJson();     // JSON, but not RDAP
QByteArray bootstrapRegistryJson();      // an IANA bootstrap file
