#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from a JSON glossary {source: translation}.

    tools/i18n_fill.py i18n/sosik_ko.ts i18n/glossary_ko.json
    tools/i18n_fill.py --english i18n/sosik_en.ts     (plural forms for %n messages: "(s)" -> "" / "s")

The .ts files are the source of truth that ships; the glossary is how we edit Korean in bulk."""
import json
import re
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def english_plural(text, one):
    def repl(m):
        return "" if one else m.group(1)
    out = re.sub(r"\((s|es)\)", repl, text)
    return out


def main():
    args = sys.argv[1:]
    english = args and args[0] == "--english"
    if english:
        args = args[1:]
    path = args[0]
    glossary = {}
    if not english:
        with open(args[1], encoding="utf-8") as f:
            glossary = json.load(f)
    tree, root = load(path)
    missing = []
    for msg in root.iter("message"):
        source = msg.findtext("source")
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        if english:
            if numerus:
                for child in list(tr):
                    tr.remove(child)
                for one in (True, False):
                    ET.SubElement(tr, "numerusform").text = english_plural(source, one)
                tr.attrib.pop("type", None)
            continue
        if source in glossary:
            value = glossary[source]
            if numerus:
                for child in list(tr):
                    tr.remove(child)
                ET.SubElement(tr, "numerusform").text = value
            else:
                tr.text = value
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished":
            missing.append(source)
    save(tree, path)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
