// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "yolo": YOLO text labels (docs/formats.md), one .txt per image, one line per object: a
// class index and a box (centre x, centre y, width, height) or a polygon (x1 y1 x2 y2 …), all
// as fractions of the image's size. Imported from three layouts: Darknet's obj.data (with
// obj.names and train.txt, as CVAT and Datumaro write it), Ultralytics' data.yaml
// (images/<split>/ with labels/<split>/ beside) and a classes.txt with images/ and labels/
// beside it (Label Studio's converter). Exported as a ZIP archive holding both descriptors
// over one folder of label files. YOLO has no line kind: a crack goes out as its bounding box.

#include "format.h"

namespace annostraat {

Format yoloFormat();

} // namespace annostraat
