#include "store/BulkTransaction.h"

#include "store/BulkWriting.h"

namespace mixdesk {

Status BulkTransaction::begin()
{
    if (Status s = m_store.beginBulk(); !s)
        return s;
    m_open = true;
    m_notices = 0;
    m_age.start();
    return {};
}

Status BulkTransaction::stored(int notices)
{
    m_notices += notices;
    if (!m_open || (m_notices < kMaxNotices && m_age.elapsed() < kMaxMs))
        return {};
    if (Status s = commit(); !s)
        return s;
    return begin();
}

Status BulkTransaction::commit()
{
    if (!m_open)
        return {};
    m_open = false;
    return m_store.commitBulk();
}

} // namespace mixdesk
