#!/usr/bin/env python3
"""Every translation context the code asks for at run time is one the .ts files have.

lupdate files a tr() inside a member function of mixdesk::X under "mixdesk::X". A helper
that calls QCoreApplication::translate("X", text) then finds nothing, and the text stays
English in a German UI. Fails, naming the file, when the code asks for "X" while the
German .ts has messages only under "mixdesk::X".

usage: translation_contexts.py SOURCE_DIR
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
ts = (root / "translations" / "mixdesk_de.ts").read_text(encoding="utf-8")
contexts = set(re.findall(r"<context>\s*<name>([^<]+)</name>", ts))
asked = re.compile(r'translate\(\s*"([A-Za-z_][A-Za-z0-9_:]*)"')
wrong = []
for folder in ("core", "ui", "app"):
    for path in sorted((root / folder).rglob("*.cpp")):
        for context in sorted(set(asked.findall(path.read_text(encoding="utf-8")))):
            if context not in contexts and "mixdesk::" + context in contexts:
                wrong.append(f"{path.relative_to(root)}: asks for \"{context}\", "
                             f"the .ts has \"mixdesk::{context}\"")
for line in wrong:
    print(line)
print(f"{len(wrong)} context(s) that find no translation")
sys.exit(1 if wrong else 0)
