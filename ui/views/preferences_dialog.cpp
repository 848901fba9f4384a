#include "views/preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>
#include <algorithm>

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_refreshInterval(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(current.theme)));

    m_refreshInterval->setObjectName(QStringLiteral("refreshIntervalChoice"));
    m_refreshInterval->setAccessibleName(tr("Refresh interval"));
    for (int ms : Preferences::refreshIntervals())
        m_refreshInterval->addItem(tr("Every %n second(s)", nullptr, ms / 1000), ms);
    // None chosen yet: the broker's default of one second comes first.
    m_refreshInterval->setCurrentIndex(
        std::max(0, m_refreshInterval->findData(current.refreshIntervalMs)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Refresh:"), m_refreshInterval);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const {
    Preferences chosen;
    chosen.theme = Preferences::Theme(m_theme->currentData().toInt());
    chosen.refreshIntervalMs = m_refreshInterval->currentData().toInt();
    return chosen;
}
