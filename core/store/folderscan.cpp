// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

#include <memory>

namespace annostraat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::FolderScan)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::FolderScan)
};

const QRegularExpression &pairPattern()
{
    // As draftPairItemsFromFolder reads them: NAME_A.jpg and NAME_B.png, either case.
    static const QRegularExpression pattern(QStringLiteral("^(.+)_([AaBb])\\.[^.]+$"));
    return pattern;
}
} // namespace

QList<const Item *> FolderScan::items(MediaKind kind) const
{
    QList<const Item *> found;
    for (const Item &item : draft.items)
        if (item.kind == kind)
            found << &item;
    return found;
}

bool FolderScan::hasVideoFacts(const Item &video)
{
    return video.facts.durationMs > 0 && video.facts.frameRateNumerator > 0 &&
           video.facts.frameRateDenominator > 0;
}

QString FolderScan::frameRateText(const MediaFacts &facts)
{
    if (facts.frameRateNumerator <= 0 || facts.frameRateDenominator <= 0)
        return {};
    const double fps = double(facts.frameRateNumerator) / facts.frameRateDenominator;
    // 25 stays "25", 30000/1001 becomes "29.97".
    const bool whole = facts.frameRateNumerator % facts.frameRateDenominator == 0;
    return QStringLiteral("%1 fps").arg(
            whole ? QString::number(facts.frameRateNumerator / facts.frameRateDenominator)
                  : QString::number(fps, 'f', 2));
}

QString FolderScan::durationText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const qint64 seconds = (ms + 500) / 1000;
    const qint64 h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
                .arg(h)
                .arg(m, 2, 10, QLatin1Char('0'))
                .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

Result<FolderScan> scanMediaFolder(const QString &folder, FolderScan::Mode mode,
                                   const std::function<void(int, int)> &progress)
{
    auto draft = mode == FolderScan::Mode::Pairs ? draftPairItemsFromFolder(folder, progress)
                                                 : draftItemsFromFolder(folder, progress);
    if (!draft)
        return draft.error();
    FolderScan scan;
    scan.folder = QFileInfo(folder).absoluteFilePath();
    scan.mode = mode;
    scan.draft = std::move(*draft);
    for (const Item &item : std::as_const(scan.draft.items)) {
        ++scan.counts[item.kind];
        if (!item.extraMedia.isEmpty() && item.kind == MediaKind::Text)
            ++scan.references;
    }
    for (const QString &path : std::as_const(scan.draft.skipped)) {
        FolderScan::Skipped skipped;
        skipped.path = path;
        if (mode == FolderScan::Mode::Pairs && mediaKindForFile(path)) {
            skipped.reason = FolderScan::Skipped::Reason::NotAnImage;
            skipped.why = Tr::msg("not an image; an A/B folder holds image pairs only");
        } else {
            skipped.reason = FolderScan::Skipped::Reason::NotMedia;
            skipped.why = Tr::msg("not an image, video or .txt text");
        }
        scan.skipped << skipped;
    }
    return scan;
}

bool looksLikePairFolder(const QString &folder)
{
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
    bool any = false;
    for (const QFileInfo &file : files) {
        const auto kind = mediaKindForFile(file.fileName());
        if (!kind)
            continue;
        if (*kind != MediaKind::Image || !pairPattern().match(file.fileName()).hasMatch())
            return false;
        any = true;
    }
    return any;
}

void scanMediaFolderInBackground(QObject *receiver, const QString &folder, FolderScan::Mode mode,
                                 std::function<void(const Result<FolderScan> &)> done)
{
    // The answer goes back through the application object and is dropped there, on its own
    // thread, if the receiver went meanwhile: the worker never touches the receiver.
    QPointer<QObject> alive(receiver);
    QThreadPool::globalInstance()->start([alive, folder, mode, done = std::move(done)] {
        auto result = std::make_shared<Result<FolderScan>>(scanMediaFolder(folder, mode));
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [alive, result, done] {
                    if (alive)
                        done(*result);
                },
                Qt::QueuedConnection);
    });
}

} // namespace annostraat
