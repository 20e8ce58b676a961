#!/usr/bin/env python3
"""Checks that feedbridge and lxml_bridge.py extract the same items from the same pages.

Usage: check.py --feedbridge PATH --config FEEDS.yaml --preset NAME [--sample N] DIR

For N pages of DIR spread evenly (all when N is 0), runs `feedbridge parse --html-rules
NAME --config FEEDS.yaml --compact PAGE` (untimed, one process per page) and extracts
the same page with lxml_bridge.py's code. Must agree, or the exit status is 1: the
number of items of each page and their links, in order. Also compared, and reported
(a count and the first differences), without failing: titles, dates (as instants),
image URLs, and the summaries' text (feedbridge sanitizes the summary's HTML, lxml
serializes it as it is, so only the text is compared).

Prints one line: "PRESET: P pages checked, I items: counts and links agree; …".
"""

import argparse
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import lxml.html

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lxml_bridge import collapsed, files_under, load_bridge  # noqa: E402

SHOWN = 3  # differences printed per field


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() if text else None


def summary_text(markup):
    return collapsed(lxml.html.fragment_fromstring(markup, create_parent="div").text_content()) if markup else None


def feedbridge_items(args, page):
    proc = subprocess.run([args.feedbridge, "parse", "--html-rules", args.preset, "--config", args.config,
                           "--compact", page], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"check: feedbridge parse {page} exited with {proc.returncode}: {proc.stderr.strip()}")
    items = json.loads(proc.stdout)["items"]
    return [{"title": i.get("title"), "link": i.get("link"), "published": instant(i.get("published")),
             "image": (i.get("enclosures") or [{}])[0].get("url"), "summary": summary_text(i.get("summary"))}
            for i in items]


def lxml_items(bridge, page):
    with open(page, "rb") as f:
        items = bridge.page(f.read())
    return [{"title": i["title"], "link": i["link"],
             "published": i["published"].timestamp() if i["published"] else None,
             "image": i["image"], "summary": summary_text(i["summary"])} for i in items]


def sample(paths, n):
    if n <= 0 or n >= len(paths):
        return paths
    return [paths[round(k * (len(paths) - 1) / (n - 1))] for k in range(n)] if n > 1 else paths[:1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feedbridge", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--preset", required=True)
    ap.add_argument("--sample", type=int, default=0, help="pages checked (0: all)")
    ap.add_argument("folder")
    args = ap.parse_args()
    bridge = load_bridge(args.config, args.preset, "Asia/Ho_Chi_Minh")
    pages = sample(files_under(args.folder), args.sample)
    if not pages:
        sys.exit(f"check: no pages under {args.folder}")

    hard, soft, items = [], {"title": [], "published": [], "image": [], "summary": []}, 0
    for page in pages:
        ours, theirs = feedbridge_items(args, page), lxml_items(bridge, page)
        name = os.path.relpath(page, args.folder)
        if len(ours) != len(theirs):
            hard.append(f"{name}: feedbridge {len(ours)} items, lxml {len(theirs)}")
            continue
        items += len(ours)
        for k, (a, b) in enumerate(zip(ours, theirs)):
            if a["link"] != b["link"]:
                hard.append(f"{name} item {k + 1}: link {a['link']!r} (feedbridge) vs {b['link']!r} (lxml)")
            for field, differences in soft.items():
                if a[field] != b[field]:
                    differences.append(f"{name} item {k + 1}: {field} {a[field]!r} (feedbridge) vs {b[field]!r} (lxml)")

    for line in hard[:10]:
        print(f"check: MISMATCH {line}", file=sys.stderr)
    for field, differences in soft.items():
        for line in differences[:SHOWN]:
            print(f"check: differs: {line}", file=sys.stderr)
    others = ", ".join(f"{f} differs on {len(d)} items" for f, d in soft.items() if d) or "titles, dates, images and summary texts agree too"
    verdict = f"{len(hard)} mismatches of counts or links" if hard else "counts and links agree"
    print(f"{args.preset}: {len(pages)} pages checked, {items} items: {verdict}; {others}")
    sys.exit(1 if hard else 0)


if __name__ == "__main__":
    main()
