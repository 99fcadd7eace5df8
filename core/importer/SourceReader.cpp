#include "importer/SourceReader.h"

#include "importer/MailSource.h"

namespace mixdesk {

SourceReader::SourceReader(const QStringList& sources, int batchSize)
    : m_thread([this, sources, batchSize] {
          MailSource source(sources);
          bool atEnd = false;
          while (!atEnd && !m_stop) {
              Batch batch;
              batch.notices.reserve(batchSize);
              while (batch.notices.size() < batchSize) {
                  IncomingNotice notice;
                  QString error;
                  const MailSource::Next next = source.next(&notice, &error);
                  if (next == MailSource::Next::End) {
                      atEnd = true;
                      break;
                  }
                  if (next == MailSource::Next::Error) {
                      batch.errors << error;
                      continue;
                  }
                  if (next == MailSource::Next::Skipped) {
                      batch.skipped << error;
                      continue;
                  }
                  notice.sha256 = IncomingNotice::digest(notice.raw); // the store reuses it
                  batch.notices.append(std::move(notice));
              }
              batch.knownTotal = source.knownTotal();
              if (!m_queue.push(std::move(batch)))
                  break; // the importer stopped taking
          }
          m_queue.finish();
      })
{}

SourceReader::~SourceReader()
{
    m_stop = true;
    m_queue.close();
    m_thread.join();
}

} // namespace mixdesk
