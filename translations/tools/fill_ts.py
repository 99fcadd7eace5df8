#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from a TSV glossary.

Usage: fill_ts.py GLOSSARY [GLOSSARY ...] FILE.ts

A GLOSSARY is a .tsv file or a folder of them (read in name order; a later line
wins). Each line: context<TAB>source<TAB>translation. Context "*" matches any
context; plural forms are separated by " ||| ". Only unfinished (or empty)
messages are filled; messages still without a translation are listed.
Run after `cmake --build build --target update_translations`:

    translations/tools/fill_ts.py translations/tools/de.tsv translations/tools/de \
        translations/mixdesk_de.ts

Each capability keeps its German in its own file under translations/tools/de/
(inbox.tsv, dnsbl.tsv, ...), so that work on two capabilities never edits the
same lines.
"""
import os
import sys
import xml.etree.ElementTree as ET


def glossary_files(path):
    if os.path.isdir(path):
        return [os.path.join(path, n) for n in sorted(os.listdir(path)) if n.endswith(".tsv")]
    return [path]


def load(paths):
    table = {}
    for path in paths:
        for file in glossary_files(path):
            load_file(file, table)
    return table


def load_file(path, table):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            context, source, translation = line.split("\t")
            source = source.replace("\\n", "\n")
            translation = translation.replace("\\n", "\n")
            table[(context, source)] = translation


def main():
    if len(sys.argv) < 3 or not sys.argv[-1].endswith(".ts"):
        print(__doc__, file=sys.stderr)
        return 2
    ts_path = sys.argv[-1]
    table = load(sys.argv[1:-1])
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text.replace("mixdesk::", "")
        for message in context.findall("message"):
            source = message.find("source").text
            translation = message.find("translation")
            done = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            if done and (translation.text or len(translation)):
                continue
            text = table.get((name, source), table.get(("*", source)))
            if text is None:
                missing.append((name, source))
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in text.split(" ||| "):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    for name, source in missing:
        print(f"missing\t{name}\t{source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
