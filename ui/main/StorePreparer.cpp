#include "main/StorePreparer.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace mixdesk {

Status prepareStoreInBackground(const StoreLocation& location, QWidget* parent)
{
    Status prepared;
    // The store, and its SQL connection, live and die on the worker thread.
    std::unique_ptr<QThread> worker(QThread::create([&prepared, location] {
        auto store = Database::open(location);
        if (!store)
            prepared = store.error();
    }));
    QProgressDialog busy(QCoreApplication::translate(
                             "StorePreparer", "Opening the database %1 …\nA database of an "
                                              "earlier MixDesk version is upgraded once; with "
                                              "many notices this takes a minute.")
                             .arg(location.display()),
                         QString(), 0, 0, parent);
    busy.setWindowTitle(QCoreApplication::translate("StorePreparer", "Opening the database"));
    busy.setWindowModality(Qt::ApplicationModal);
    busy.setMinimumDuration(500); // shown only when the opening is slow
    busy.setAutoReset(false);
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (!worker->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return prepared;
}

} // namespace mixdesk
