#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rescans the sources for user-visible texts (core/, widgets/, app/gui/, app/cli/), updates
# annostraat_nl.ts and annostraat_en.ts, gives every new English entry its source text as
# translation (English is the source language), and lists the Dutch entries still to translate.
# Translate those with Qt Linguist (`linguist translations/annostraat_nl.ts`) or in an editor.
#
#   bash translations/update.sh [BUILD_DIR]      (default: build)
# Exits 1 while Dutch entries are unfinished, so it can guard a release.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
[[ -f "$build/CMakeCache.txt" ]] || cmake -S "$root" -B "$build" -G Ninja >/dev/null

# Dutch texts by source, before lupdate: when code moves a text to another context (a
# function into another class, say), lupdate would drop its translation as obsolete.
snapshot=$(mktemp)
trap 'rm -f "$snapshot"' EXIT
python3 - "$here/annostraat_nl.ts" "$snapshot" <<'PY'
import json, sys
import xml.etree.ElementTree as ET
known = {}
for message in ET.parse(sys.argv[1]).getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        continue
    forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
    comment = message.find("comment")
    key = (message.find("source").text or "") + "\x00" + (comment.text if comment is not None else "")
    known[key] = forms
json.dump(known, open(sys.argv[2], "w"))
PY

cmake --build "$build" --target annostraat-translations_lupdate

python3 - "$here/annostraat_en.ts" "$here/annostraat_nl.ts" "$snapshot" <<'PY'
import json, re, sys
import xml.etree.ElementTree as ET

def save(tree, path):
    # As lupdate writes it, so that a run changes only what changed: quotes escaped in texts,
    # no space before "/>".
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")
    body = re.sub(r">([^<]+)<", lambda m: ">" + m.group(1).replace('"', "&quot;")
                  .replace("'", "&apos;") + "<", body)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")

en_path, nl_path = sys.argv[1], sys.argv[2]
tree = ET.parse(en_path)
filled = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text or ""
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for _ in range(2):
            ET.SubElement(translation, "numerusform").text = source.replace("(s)", "s")
    else:
        translation.text = source
    del translation.attrib["type"]
    filled += 1
if filled:
    save(tree, en_path)
print(f"annostraat_en.ts: {filled} new English entries filled in with their source text")

# Texts that only moved keep their Dutch.
known = json.load(open(sys.argv[3]))
nl_tree = ET.parse(nl_path)
carried = 0
for message in nl_tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    comment = message.find("comment")
    key = (message.find("source").text or "") + "\x00" + (comment.text if comment is not None else "")
    if key not in known:
        continue
    forms = known[key]
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = forms[0]
    del translation.attrib["type"]
    carried += 1
if carried:
    save(nl_tree, nl_path)
print(f"annostraat_nl.ts: {carried} moved entries kept their translation")

unfinished = []
for context in ET.parse(nl_path).getroot().iter("context"):
    name = context.find("name").text
    for message in context.iter("message"):
        if message.find("translation").get("type") == "unfinished":
            unfinished.append((name, message.find("source").text or ""))
for name, source in unfinished:
    print(f"  untranslated [{name}] {source!r}")
print(f"annostraat_nl.ts: {len(unfinished)} entries still to translate")
sys.exit(1 if unfinished else 0)
PY
