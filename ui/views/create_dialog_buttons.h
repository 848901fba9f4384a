#pragma once

class QDialog;
class QFormLayout;
class QLineEdit;

#include <QString>

// Lays out a "New …" dialog: `form` above a Create/Cancel row whose Create button (or
// `acceptText`) is enabled once `name` holds more than blanks. Shared by the form dialogs.
void layOutCreateDialog(QDialog* dialog, QFormLayout* form, QLineEdit* name,
                        const QString& acceptText = QString());
