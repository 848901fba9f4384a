#pragma once

class QDialog;
class QFormLayout;
class QLineEdit;

// Lays out a "New …" dialog: `form` above a Create/Cancel row whose Create button is enabled
// once `name` holds more than blanks. Shared by the queue and exchange dialogs.
void layOutCreateDialog(QDialog* dialog, QFormLayout* form, QLineEdit* name);
