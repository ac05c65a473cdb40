#!/usr/bin/env python3
"""CI checks for translations (STYLE.md §8):
  1. lupdate over every source folder leaves i18n/*.ts unchanged (no string is missing from the files);
  2. sosik_ko.ts has no unfinished or empty translation."""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main():
    lupdate, source_dir = sys.argv[1], sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for name in ("sosik_ko.ts", "sosik_en.ts"):
            dst = os.path.join(tmp, name)
            shutil.copy(os.path.join(source_dir, "i18n", name), dst)
            copies.append(dst)
        subprocess.run([lupdate, os.path.join(source_dir, "app"), "-extensions", "cpp,h", "-no-obsolete",
                        "-locations", "none", "-silent", "-ts", *copies], check=True, cwd=source_dir)
        for dst in copies:
            with open(dst, encoding="utf-8") as a, open(os.path.join(source_dir, "i18n", os.path.basename(dst)),
                                                        encoding="utf-8") as b:
                if a.read() != b.read():
                    failures.append(f"{os.path.basename(dst)} is out of date: run "
                                    "`cmake --build build --target i18n-update` and translate the new strings")
    root = ET.parse(os.path.join(source_dir, "i18n", "sosik_ko.ts")).getroot()
    total = 0
    for msg in root.iter("message"):
        total += 1
        tr = msg.find("translation")
        texts = [tr.text] if msg.get("numerus") != "yes" else [n.text for n in tr.findall("numerusform")]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not texts or not all(t and t.strip() for t in texts):
            failures.append(f"untranslated in sosik_ko.ts: {msg.findtext('source')!r}")
    print(f"sosik_ko.ts: {total} messages")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
