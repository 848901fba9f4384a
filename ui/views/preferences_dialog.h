#pragma once

#include "models/preferences.h"

#include <QDialog>

class QComboBox;

// Edit > Preferences: the theme and how often the console refreshes. The caller saves and
// applies what preferences() returns once the dialog is accepted.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    Preferences preferences() const;

private:
    QComboBox* m_theme;
    QComboBox* m_refreshInterval;
};
