#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace mixdesk {

// Hands items from one producing thread to one consuming thread, holding at most
// `capacity` of them so a fast producer cannot fill the memory. The producer calls
// finish() when it has nothing more; the consumer calls close() when it stops taking
// (after an error), which makes the producer's push() return false.
template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity ? capacity : 1) {}

    // Blocks while the queue is full; false once the consumer has closed it.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks until an item is there; nothing once the producer finished and all is taken.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_finished || m_closed || !m_items.empty(); });
        if (m_items.empty() || m_closed)
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace mixdesk
