#pragma once

namespace mixdesk {

class MainWindow;

// Issue 18's triage in the inbox, installed on the main window in one call: the due
// column in view beside the dates, the operator's due date and urgency, and Delete
// hiding notices with Undo. Its actions go to the Notice menu and the list's
// context menu.
namespace TriageWiring {
void install(MainWindow* window);
}

} // namespace mixdesk
