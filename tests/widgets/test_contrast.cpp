// SPDX-License-Identifier: GPL-3.0-or-later
// Contrast of both themes, computed from the theme's palette and the colours its style sheet
// uses (issue 15, point 6): text at least 7:1 (WCAG AAA) on every background it is drawn on,
// selected rows, disabled buttons, tool tips and hover included; borders and focus marks at
// least 3:1 against what they sit on; label names on their label's colour (the tags on the
// image) at 7:1 for every colour of the demo tasks and the label palette.

#include "model/contrast.h"
#include "model/palette.h"
#include "model/schema.h"
#include "theme.h"
#include "video/timelineview.h"

#include <QDir>
#include <QFile>
#include <QApplication>
#include <QImage>
#include <QListWidget>
#include <QToolBar>
#include <QToolButton>

#include "catchqt.h"

using namespace annostraat;

namespace {

struct Pair
{
    const char *what;
    QColor foreground;
    QColor background;
};

QString failures(const QList<Pair> &pairs, double least)
{
    QStringList out;
    for (const Pair &p : pairs) {
        const double ratio = contrastRatio(p.foreground, p.background);
        if (ratio < least)
            out << QStringLiteral("%1: %2 on %3 is %4:1")
                           .arg(QLatin1String(p.what), p.foreground.name(), p.background.name())
                           .arg(ratio, 0, 'f', 2);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

TEST_CASE("contrast: the WCAG ratio is computed as published", "[contrast]")
{
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    // WebAIM's checker: #777777 on white is 4.48:1, #595959 on white 7.0:1.
    CHECK(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).margin(0.01));
    CHECK(contrastRatio(QColor(0x59, 0x59, 0x59), Qt::white) == Approx(7.0).margin(0.01));
}

TEST_CASE("contrast: text 7 to 1 and marks 3 to 1 in both themes", "[contrast]")
{
    for (const Theme::Kind kind : {Theme::Kind::Normal, Theme::Kind::HighContrast}) {
        const Theme theme{kind, Theme::kDefaultPointSize};
        const QPalette p = theme.palette();
        const Theme::Colours c = theme.colours();
        const QList<Pair> text{
                {"window text", p.color(QPalette::WindowText), p.color(QPalette::Window)},
                {"text in fields and lists", p.color(QPalette::Text), p.color(QPalette::Base)},
                {"alternate rows", p.color(QPalette::Text), p.color(QPalette::AlternateBase)},
                {"button text", p.color(QPalette::ButtonText), p.color(QPalette::Button)},
                {"button text on hover", p.color(QPalette::ButtonText), c.hover},
                {"selected rows and checked buttons", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)},
                {"tool tips", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)},
                {"links", p.color(QPalette::Link), p.color(QPalette::Base)},
                {"muted text on the window", c.mutedText, p.color(QPalette::Window)},
                {"muted text in fields", c.mutedText, p.color(QPalette::Base)},
                {"placeholder text", p.color(QPalette::PlaceholderText), p.color(QPalette::Base)},
                {"disabled buttons", p.color(QPalette::Disabled, QPalette::ButtonText), p.color(QPalette::Button)},
                {"disabled text on the window", p.color(QPalette::Disabled, QPalette::WindowText), p.color(QPalette::Window)},
                {"disabled text in fields", p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)},
        };
        const QList<Pair> marks{
                {"borders on the window", c.border, p.color(QPalette::Window)},
                {"borders of fields", c.border, p.color(QPalette::Base)},
                {"borders of buttons", c.border, p.color(QPalette::Button)},
                {"focus frame on the window", c.focus, p.color(QPalette::Window)},
                {"focus frame in fields", c.focus, p.color(QPalette::Base)},
                {"focus frame on buttons", c.focus, p.color(QPalette::Button)},
                {"focus frame on hover", c.focus, c.hover},
                {"the image's focus frame", p.color(QPalette::Highlight), p.color(QPalette::HighlightedText)},
                {"focus frame on chosen buttons", c.highlightedText, c.highlight},
        };
        INFO(Theme::toId(kind).toStdString());
        CHECK(failures(text, kTextContrast) == QString());
        CHECK(failures(marks, kMarkContrast) == QString());
        // Where the focus colour is close to the border's, the frame's extra width shows it.
        CHECK(theme.focusWidth() - theme.borderWidth() >= 2);
        CHECK(theme.styleSheet().contains(QStringLiteral("border: %1px solid %2").arg(theme.focusWidth()).arg(c.focus.name())));
        // A chosen button's focus frame is drawn in that colour, on the chosen colour.
        CHECK(theme.styleSheet().contains(QStringLiteral(":checked:focus { border: %1px dashed %2; }")
                                                  .arg(theme.focusWidth())
                                                  .arg(c.highlightedText.name())));
        // The style sheet uses these very colours.
        const QString sheet = theme.styleSheet();
        for (const QColor &used : {c.border, c.focus, c.mutedText, c.hover})
            CHECK(sheet.contains(used.name()));
    }
}

TEST_CASE("contrast: a label's name on its colour reads at 7 to 1 - every demo label and the palette",
          "[contrast]")
{
    QList<QColor> colours;
    for (int i = 0; i < 10; ++i)
        colours << QColor(paletteColour(i));
    const QDir demo(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo"));
    for (const QString &job : demo.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(demo.filePath(job + QStringLiteral("/schema.json")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto schema = Schema::fromJson(file.readAll(), file.fileName());
        REQUIRE(schema.ok());
        for (const LabelSpec &label : schema->labels())
            colours << label.colour;
    }
    REQUIRE(colours.size() > 15);
    // And the hard ones: mid tones, where neither black nor white reaches 7:1 on the colour.
    colours << QColor(0x80, 0x80, 0x80) << QColor(0xff, 0x00, 0x00) << QColor(0x00, 0x80, 0xff)
            << QColor(Qt::yellow) << QColor(Qt::black) << QColor(Qt::white);
    for (const QColor &colour : colours) {
        const auto [chip, ink] = readableChip(colour);
        INFO(colour.name().toStdString() << " -> " << chip.name().toStdString() << " / " << ink.name().toStdString());
        CHECK(contrastRatio(chip, ink) >= kTextContrast);
        // Still its colour: the hue is kept (greys have none).
        if (colour.hsvHue() >= 0 && colour.hsvSaturationF() > 0.2 && chip != Qt::black && chip != Qt::white)
            CHECK(qMin(qAbs(chip.hsvHue() - colour.hsvHue()), 360 - qAbs(chip.hsvHue() - colour.hsvHue())) <= 12);
    }
}

TEST_CASE("contrast: a segment's label on the timeline reads at 7 to 1 - the drawn bar, for "
          "light, mid-tone and dark label colours",
          "[gui][contrast][video]")
{
    const QList<QColor> colours{QColor(0xff, 0x7f, 0x0e), QColor(0x1f, 0x77, 0xb4),
                                QColor(0x80, 0x80, 0x80), QColor(Qt::yellow),
                                QColor(0x00, 0x80, 0xff), QColor(0x22, 0x22, 0x22)};
    for (const QColor &colour : colours) {
        INFO(colour.name().toStdString());
        TimelineView timeline;
        timeline.resize(600, 140);
        timeline.setVideo(750, FrameRate{25, 1}, false, 0);
        timeline.setMarks({TimelineView::Mark{QStringLiteral("s"), QStringLiteral("Reclameblok"),
                                              colour, 100, 600}});
        timeline.zoomToFit();
        const QImage image = timeline.grab().toImage();
        // The bar's middle, where the name is written: its lightest and darkest pixels are the
        // bar and the letters (the edges of letters lie between the two).
        const QRect lane = timeline.laneRect(0);
        const int x1 = int(timeline.xOf(100)) + 4;
        const int x2 = int(timeline.xOf(600)) - 4;
        REQUIRE(x2 > x1 + 100);
        QColor darkest(Qt::white), lightest(Qt::black);
        for (int y = lane.top() + 4; y < lane.bottom() - 3; ++y)
            for (int x = x1; x < x2; ++x) {
                const QColor c = image.pixelColor(x, y);
                if (relativeLuminance(c) < relativeLuminance(darkest))
                    darkest = c;
                if (relativeLuminance(c) > relativeLuminance(lightest))
                    lightest = c;
            }
        INFO(darkest.name().toStdString() << " and " << lightest.name().toStdString());
        CHECK(contrastRatio(darkest, lightest) >= kTextContrast);
        // The bar is still the label's colour, as near as reading allows.
        const auto [chip, ink] = readableChip(colour);
        CHECK((darkest.rgb() == chip.rgb() || lightest.rgb() == chip.rgb()));
    }
}

TEST_CASE("contrast: in high contrast a ticked box in a chosen row is told from an empty one",
          "[gui][contrast]")
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    const Theme theme{Theme::Kind::HighContrast, Theme::kDefaultPointSize};
    theme.apply(*app);
    QListWidget list;
    list.setSelectionMode(QAbstractItemView::MultiSelection);
    for (const bool ticked : {true, false}) {
        auto *item = new QListWidgetItem(ticked ? QStringLiteral("Anna") : QStringLiteral("Bram"), &list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    list.resize(300, 120);
    list.show();
    QApplication::processEvents();
    const QColor ink = theme.colours().highlightedText;
    const QColor chosen = theme.colours().highlight;
    for (int row = 0; row < 2; ++row)
        list.item(row)->setSelected(true);
    QApplication::processEvents();
    const QImage selected = list.grab().toImage();
    // The box's pixels in the ink of the chosen row and in its colour, at the row's start,
    // before the name.
    const auto inkedIn = [&](const QImage &img, int row) {
        const QRect r = list.visualItemRect(list.item(row)).translated(list.viewport()->pos());
        int n = 0, bright = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x < r.left() + 28; ++x) {
                if (img.pixelColor(x, y) == ink)
                    ++n;
                if (img.pixelColor(x, y) == chosen)
                    ++bright;
            }
        return std::pair{n, bright};
    };
    const auto [tickedInk, tickedBright] = inkedIn(selected, 0);
    const auto [emptyInk, emptyBright] = inkedIn(selected, 1);
    INFO("ticked: " << tickedInk << " ink px; empty: " << emptyInk << " ink px");
    CHECK(emptyInk > 20);                // the empty box's frame shows on the chosen row
    CHECK(tickedInk >= emptyInk + 60);   // the ticked box is filled
    CHECK(emptyBright > tickedBright);   // the empty one shows the row's colour inside
    Theme{Theme::Kind::Normal, Theme::kDefaultPointSize}.apply(*app);
}

TEST_CASE("contrast: a tool bar's button for what does not fit shows in both themes", "[gui][contrast]")
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    REQUIRE(app);
    for (const Theme::Kind kind : {Theme::Kind::HighContrast, Theme::Kind::Normal}) {
        INFO(Theme::toId(kind).toStdString());
        const Theme theme{kind, Theme::kDefaultPointSize};
        theme.apply(*app);
        QToolBar bar;
        for (const char *name : {"Select", "Box", "Polygon", "Crack", "Fit", "100%"})
            bar.addAction(QString::fromLatin1(name));
        bar.resize(200, 48); // too narrow for all six
        bar.show();
        QApplication::processEvents();
        auto *more = bar.findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        REQUIRE(more);
        REQUIRE(more->isVisible());
        // Its mark (the icon it draws) stands out from the button at 4.5:1 or more.
        const QImage icon = more->icon().pixmap(more->iconSize()).toImage();
        REQUIRE_FALSE(icon.isNull());
        const QColor button = theme.palette().color(QPalette::Button);
        double best = 1.0;
        int marked = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x)
                if (const QColor c = icon.pixelColor(x, y); c.alpha() > 200) {
                    ++marked;
                    best = std::max(best, contrastRatio(QColor(c.rgb()), button));
                }
        INFO(marked << " pixels, best contrast " << best);
        CHECK(marked >= 10);
        CHECK(best >= 4.5);
    }
}
