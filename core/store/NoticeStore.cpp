#include "store/NoticeStore.h"

namespace mixdesk {
// Implementation pending (store module).
} // namespace mixdesk
