// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pictures in a task's instructions (issue 14, point 1; decision 0028). A team lead writes
// Markdown with pictures from their own PC (`![crack](C:/lab/voorbeeld.png)`, or a path relative
// to a folder). Annotators' PCs do not have those files, so when the task is made the pictures
// go inside the Markdown as `data:` URLs, which QTextDocument shows as they are. The instructions
// travel as the task op's text, so no package format changes and nothing can go missing.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace annostraat {

namespace instructionpictures {
/// A picture whose longer side is above this is scaled down to it (a help picture needs no more).
inline constexpr int kMaxSide = 1600;
/// A picture file above this size (bytes) is encoded again after any scaling.
inline constexpr qint64 kMaxBytes = qint64(1) << 20;
} // namespace instructionpictures

/// The local files that \a markdown's pictures name (`![alt](path)`, outside code blocks), as
/// absolute paths: relative paths are taken from \a folder. Pictures that are web addresses or
/// already `data:` URLs are not listed.
QStringList instructionPictureFiles(const QString &markdown, const QString &folder);

/// \a markdown with every local picture replaced by a `data:` URL of it: a PNG, JPEG or GIF of
/// at most kMaxSide pixels and kMaxBytes is taken as it is; anything else is scaled and encoded
/// again (PNG when it has transparency, else JPEG). A picture that is missing or is not an
/// image is an error naming the file; nothing is changed then.
Result<QString> embedInstructionPictures(const QString &markdown, const QString &folder);

} // namespace annostraat
