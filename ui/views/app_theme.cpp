#include "views/app_theme.h"

#include <QApplication>
#include <QStyle>

namespace {

// The style the platform chose, remembered before a forced theme replaces it. Process-wide
// because the style is: there is one QApplication.
QString& systemStyleName() {
    static QString name;
    return name;
}

} // namespace

QPalette AppTheme::darkPalette() {
    const QColor window(53, 53, 53);
    const QColor base(35, 35, 35);
    const QColor text(230, 230, 230);
    const QColor disabledText(127, 127, 127);
    const QColor accent(42, 130, 218);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(80, 80, 80));
    palette.setColor(QPalette::Midlight, QColor(66, 66, 66));
    palette.setColor(QPalette::Mid, QColor(44, 44, 44));
    palette.setColor(QPalette::Dark, QColor(30, 30, 30));
    palette.setColor(QPalette::Shadow, QColor(20, 20, 20));
    palette.setColor(QPalette::Link, accent.lighter(130));
    palette.setColor(QPalette::LinkVisited, accent.lighter(110));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return palette;
}

void AppTheme::apply(Preferences::Theme theme) {
    QString& systemStyle = systemStyleName();
    switch (theme) {
    case Preferences::Theme::System:
        if (systemStyle.isEmpty())
            return; // never forced: nothing to undo
        QApplication::setStyle(systemStyle);
        // An empty palette resolves every role against the style's and platform's own again.
        QApplication::setPalette(QPalette());
        systemStyle.clear();
        return;
    case Preferences::Theme::Light:
    case Preferences::Theme::Dark: {
        if (systemStyle.isEmpty())
            systemStyle = QApplication::style()->name();
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(theme == Preferences::Theme::Dark
                                     ? darkPalette()
                                     : QApplication::style()->standardPalette());
        return;
    }
    }
}
