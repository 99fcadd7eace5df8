#!/usr/bin/env python3
"""Scores `mixdesk-cli analyze` against a truth file, field by field.

usage: scripts/score-analysis.py [--cli PATH] [--profile operator.json] [--show FIELD]...
                                 [--limit N] TRUTH

TRUTH is a truth.json (a JSON list, files relative to its directory, as in
../shared/corpus) or a truth.jsonl from gen-corpus.py (Maildir; mbox is not
supported). A field that an entry does not carry is not scored for that entry,
so a truth file may give only the fields it is sure of. Prints the share of
right answers per field (received_hops counts as right only when every hop is)
and, with --show, the wrong ones of a field. --json prints the figures as JSON.
"""
import argparse
import json
import pathlib
import subprocess
import sys

FIELDS = ["category", "language", "exit_ip", "exit_ips", "incident_time_utc",
          "webmail_account", "mail_server", "webmail_software", "reporter",
          "case_reference", "received_hops"]


def load_truth(path):
    path = pathlib.Path(path)
    if path.suffix == ".jsonl":
        entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                   if line.strip()]
    else:
        entries = json.loads(path.read_text(encoding="utf-8"))
    return path.parent, entries


def hops_key(hops):
    keys = ("from_host", "from_ip", "by_host", "with", "date_utc")
    return [tuple(h.get(k) for k in keys) for h in hops or []]


def same(field, got, want):
    if field == "received_hops":
        return hops_key(got) == hops_key(want)
    if field == "exit_ips":
        return list(got or []) == list(want or [])
    return (got or None) == (want or None)


def analyze(cli, profile, files, chunk=200):
    results = {}
    for i in range(0, len(files), chunk):
        part = [str(f) for f in files[i:i + chunk]]
        run = subprocess.run([cli, "analyze", "--profile", str(profile), *part],
                             capture_output=True, text=True, check=False)
        if run.returncode not in (0, 1):
            sys.exit(f"mixdesk-cli analyze failed: {run.stderr}")
        for line in run.stdout.splitlines():
            obj = json.loads(line)
            results[obj["file"]] = obj
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("truth")
    parser.add_argument("--cli", default="build/app/cli/mixdesk-cli")
    parser.add_argument("--profile", help="default: operator.json next to the truth file, "
                        "else ../shared/corpus/operator.json")
    parser.add_argument("--show", action="append", default=[], help="list wrong answers")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N entries")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    base, entries = load_truth(args.truth)
    if args.limit:
        entries = entries[:args.limit]
    profile = args.profile
    if not profile:
        profile = base / "operator.json"
        if not profile.exists():
            profile = pathlib.Path("/work/shared/corpus/operator.json")
    files = [base / e["file"] for e in entries]
    got = analyze(args.cli, profile, files)

    right = {f: 0 for f in FIELDS}
    total = {f: 0 for f in FIELDS}
    wrong = {f: [] for f in FIELDS}
    for e, path in zip(entries, files):
        g = got.get(str(path), {})
        for f in FIELDS:
            if f not in e:
                continue
            total[f] += 1
            if same(f, g.get(f), e[f]):
                right[f] += 1
            else:
                wrong[f].append((e["file"], g.get(f), e[f]))

    figures = {f: {"right": right[f], "total": total[f]} for f in FIELDS if total[f]}
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        print(f"{len(entries)} notices from {args.truth}")
        for f, v in figures.items():
            print(f"  {f:18} {v['right']:6}/{v['total']:<6} {100.0 * v['right'] / v['total']:6.1f} %")
    for f in args.show:
        for file, g, w in wrong.get(f, []):
            print(f"{f} {file}: got {json.dumps(g, ensure_ascii=False)} "
                  f"want {json.dumps(w, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
