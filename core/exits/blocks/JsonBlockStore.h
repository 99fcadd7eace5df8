#pragma once

#include "exits/blocks/BlockStore.h"

#include <QString>

namespace mixdesk {

// BlockStore in one JSON file, rewritten atomically (QSaveFile) on every change.
// Until the store has an exits role; block lists stay short (tens of entries).
class JsonBlockStore final : public BlockStore
{
public:
    explicit JsonBlockStore(QString path);
    // blocks.json in the per-user data folder's "exits" folder.
    static QString defaultPath();

    Result<BlockRequest> add(const BlockRequest& request) override;
    Result<QList<BlockRequest>> list() const override;
    Status remove(qint64 id) override;

private:
    struct Contents
    {
        qint64 nextId = 1;
        QList<BlockRequest> blocks;
    };
    Result<Contents> read() const;
    Status write(const Contents& contents) const;

    QString m_path;
};

} // namespace mixdesk
