#pragma once

namespace mixdesk {

// Installs vmime's platform handler once per process (thread-safe; call it before any
// vmime use). The handler is vmime's POSIX one, except that the local charset is read
// once here: vmime's own reading swaps the locale with setlocale() for every word it
// constructs, reusing a pointer that setlocale may have freed. With two analysis
// threads that corrupted the heap ("free(): invalid pointer") in about one import or
// reanalysis in ten.
void ensureVmimePlatform();

} // namespace mixdesk
