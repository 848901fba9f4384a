#include "views/connection_banner.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>

ConnectionBanner::ConnectionBanner(const ConnectionProfile& profile, QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection"));
    setAutoFillBackground(true);
    const QColor tag = profile.colour.isEmpty() ? QColor() : QColor::fromString(profile.colour);
    if (tag.isValid()) {
        QPalette colours = palette();
        colours.setColor(QPalette::Window, tag);
        // Text that stays readable on the tag, whether it is yellow or purple.
        colours.setColor(QPalette::WindowText, tag.lightnessF() > 0.55 ? Qt::black : Qt::white);
        setPalette(colours);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    auto* name = new QLabel(profile.name, this);
    name->setObjectName(QStringLiteral("connectionBannerName"));
    name->setAccessibleName(tr("Connection name"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    layout->addWidget(name);
    auto* url = new QLabel(profile.url.toDisplayString(QUrl::RemoveUserInfo), this);
    url->setObjectName(QStringLiteral("connectionBannerUrl"));
    url->setAccessibleName(tr("Connection URL"));
    layout->addWidget(url);
    layout->addStretch(1);
    if (profile.readOnly) {
        auto* readOnly = new QLabel(tr("read-only"), this);
        readOnly->setObjectName(QStringLiteral("connectionBannerReadOnly"));
        readOnly->setAccessibleName(tr("Read-only"));
        readOnly->setFont(bold);
        layout->addWidget(readOnly);
    }
    if (profile.skipTlsVerification) {
        auto* warning =
            new QLabel(tr("⚠ TLS certificates are not verified: development use only"), this);
        warning->setObjectName(QStringLiteral("connectionBannerSkipVerify"));
        warning->setAccessibleName(tr("TLS warning"));
        warning->setFont(bold);
        layout->addWidget(warning);
    }
}
