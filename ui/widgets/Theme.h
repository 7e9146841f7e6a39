#pragma once
// The window's colours and text sizes, named by what they say: every page takes them from here, so a red means the
// same thing everywhere and a change of look is one edit. Text colours keep above 4.5:1 contrast on the window
// background, and the text always says it too (✗, ⚠): colour is never the only sign.

#include <QColor>
#include <QFont>
#include <QString>

namespace fb::theme {

// What a colour says.
inline constexpr QColor kError{0xb0, 0x00, 0x20};           // wrong, refused, failed, paused
inline constexpr QColor kWarning{0x8a, 0x5a, 0x00};         // careful: a warning beside its field
inline constexpr QColor kReady{0x1b, 0x7a, 0x2e};           // ready to submit; an accepted scan
inline constexpr QColor kOk{0x1b, 0x5e, 0x20};              // working: a CRM, a connected scanner, an approval
inline constexpr QColor kBusy{0x0d, 0x47, 0xa1};            // a CRM delivering
inline constexpr QColor kAttention{0xe6, 0x51, 0x00};       // a CRM that needs a look
inline constexpr QColor kCaution{0xff, 0xb3, 0x00};         // behind a warning banner (black text)
inline constexpr QColor kCautionRow{0xff, 0xec, 0xb3};      // behind a row accepted with a warning
inline constexpr QColor kErrorBackground{0xfd, 0xec, 0xea}; // behind a red banner
inline constexpr QColor kInfo{0x37, 0x47, 0x4f};            // behind an information banner (white text)
inline constexpr QColor kMuted{0x60, 0x60, 0x60};           // closed and cancelled rows
inline constexpr QColor kOnColour{0xff, 0xff, 0xff};        // text on kReady, kError and kInfo
inline constexpr QColor kOnCaution{0x00, 0x00, 0x00};       // text on kCaution

// The two CRMs in charts: deliberately none of the status colours above, which say how delivery is going.
inline constexpr QColor kLegacyCrm{0x5e, 0x35, 0xb1};
inline constexpr QColor kNewCrm{0x00, 0x89, 0x7b};

// Printed documents (the delivery challan): ink on white paper.
inline constexpr QColor kPaperInk{0x00, 0x00, 0x00};
inline constexpr QColor kPaperSubtitle{0x44, 0x44, 0x44};
inline constexpr QColor kPaperLabel{0x55, 0x55, 0x55}; // the key in a key–value row
inline constexpr QColor kPaperRule{0xcc, 0xcc, 0xcc};
inline constexpr QColor kPaperHeader{0xe8, 0xe8, 0xe8}; // behind a table's header row

// Style sheets for a label's text: "color: #b00020;" and "color: #b00020; font-weight: bold;".
QString textStyle(const QColor &colour);
QString boldTextStyle(const QColor &colour);

// A message standing on its own line (a dialog's refusal, the login message): bold, to be seen.
inline QString errorText()
{
    return boldTextStyle(kError);
}

// A message beside its field: the colour and the sign (✗, ⚠) say it; bold would shout when a dozen show at once.
inline QString fieldErrorText()
{
    return textStyle(kError);
}

inline QString fieldWarningText()
{
    return textStyle(kWarning);
}

inline QString readyText()
{
    return boldTextStyle(kReady);
}

// Text sizes, as a factor of the widget's own font (which already carries the user's text size, Settings).
inline constexpr qreal kBannerScale = 2.0;   // the scan verdict, read from a step away
inline constexpr qreal kTitleScale = 1.8;    // the login screen's title
inline constexpr qreal kHeadingScale = 1.6;  // a page's heading; the inward page's scan field
inline constexpr qreal kLargeScale = 1.4;    // a serial field, a running total, the settings title
inline constexpr qreal kFigureScale = 1.3;   // a figure that stands alone: a dashboard count, a dispatch number
inline constexpr qreal kEmphasisScale = 1.2; // a section's title, a page's main button, a looked-up state
inline constexpr qreal kSectionScale = 1.1;  // a list's title above it
inline constexpr qreal kBodyScale = 1.0;
inline constexpr qreal kSmallScale = 0.85; // chart legends

// Each sets only what it names on the font, so everything else keeps following the application's font when the
// user changes the text size.
QFont scaled(QFont font, qreal scale);
QFont scaledBold(QFont font, qreal scale);
QFont bold(QFont font);
QFont monospace(QFont font, qreal scale); // serial numbers in a list line up

} // namespace fb::theme
