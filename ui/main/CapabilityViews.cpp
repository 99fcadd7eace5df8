#include "main/CapabilityViews.h"

#include "dnsbl/DnsblView.h"
#include "dnsbl/DnsblViewDependencies.h"
#include "exits/ExitsController.h"
#include "exits/ExitsView.h"
#include "exits/ExitsWiring.h"

#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mixdesk {

namespace {

QWidget* page(const QString& objectName)
{
    auto* widget = new QWidget;
    widget->setObjectName(objectName);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    return widget;
}

} // namespace

CapabilityViews::CapabilityViews(QObject* parent)
    : QObject(parent), m_dnsblPage(page(u"dnsblPage"_s)), m_exitsPage(page(u"exitsPage"_s))
{}

// The pages belong to the desk; only what this object made is its to delete.
CapabilityViews::~CapabilityViews()
{
    clear();
}

void CapabilityViews::clear()
{
    delete m_dnsbl;
    m_dnsbl = nullptr;
    // The Exits view uses the wiring's controller: the view goes first.
    if (QLayoutItem* item = m_exitsPage->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    delete m_exits;
    m_exits = nullptr;
}

void CapabilityViews::open(const StoreLocation& location, const Database::Options& options,
                           const OperatorProfile& profile)
{
    clear();
    QString catalogueError;
    m_dnsbl = new DnsblView(DnsblViewDependencies::forApp(profile, location, options,
                                                          &catalogueError),
                            m_dnsblPage);
    m_dnsblPage->layout()->addWidget(m_dnsbl);
    if (!m_dqsKey.isEmpty())
        m_dnsbl->setDqsKey(m_dqsKey);
    connect(m_dnsbl, &DnsblView::newListings, this, &CapabilityViews::newListings);
    if (!catalogueError.isEmpty())
        emit errorOccurred(catalogueError);

    m_exits = new ExitsWiring(location, options.actor, this);
    m_exitsPage->layout()->addWidget(m_exits->createView(m_exitsPage));
}

void CapabilityViews::setProfile(const OperatorProfile& profile)
{
    if (m_dnsbl)
        m_dnsbl->setProfile(profile);
    if (m_exits)
        m_exits->controller()->load();
}

void CapabilityViews::setDqsKey(const QString& key)
{
    m_dqsKey = key;
    if (m_dnsbl)
        m_dnsbl->setDqsKey(key);
}

} // namespace mixdesk
