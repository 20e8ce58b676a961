#!/usr/bin/env python3
"""Validate the merge evaluation set (EVALSET-FORMAT.md) and print counts per family.

Usage: python3 validate.py [FILE.json ...]   (default: every *.json next to this script)
Exit status 1 when any file breaks the format.
"""
import itertools
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime

LEVELS = {"city", "agency", "district", "ward", "commune"}
LINK_ID_PRESETS = {"liferay", "vnpt"}
SOURCE_KEYS = {"id", "level", "name", "site", "priority"}
ITEM_KEYS = {"id", "source", "story", "link", "guid", "title", "summary", "content", "published"}


def parse_time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def check(path):
    errors = []
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        return [f"{name}: cannot read JSON: {error}"], None
    for key in ("family", "description", "sources", "items"):
        if key not in data:
            errors.append(f"{name}: missing top-level key '{key}'")
    if errors:
        return errors, None
    if data["family"] + ".json" != name:
        errors.append(f"{name}: family '{data['family']}' does not match the file name")
    sources = {}
    for source in data["sources"]:
        missing = SOURCE_KEYS - source.keys()
        if missing:
            errors.append(f"{name}: source {source.get('id')} misses {sorted(missing)}")
            continue
        if source["id"] in sources:
            errors.append(f"{name}: duplicate source id {source['id']}")
        if source["level"] not in LEVELS:
            errors.append(f"{name}: source {source['id']} has invalid level {source['level']}")
        if not isinstance(source["priority"], int):
            errors.append(f"{name}: source {source['id']} priority is not an integer")
        link_id = source.get("link_id")
        if link_id is not None and link_id not in LINK_ID_PRESETS:
            try:
                if re.compile(link_id).groups != 1:
                    errors.append(f"{name}: source {source['id']} link_id regex needs one capture group")
            except re.error as error:
                errors.append(f"{name}: source {source['id']} link_id regex invalid: {error}")
        sources[source["id"]] = source
    item_ids = set()
    links = Counter()
    members = defaultdict(list)
    previous = None
    for index, item in enumerate(data["items"]):
        label = item.get("id", f"#{index}")
        missing = ITEM_KEYS - item.keys()
        if missing:
            errors.append(f"{name}: item {label} misses {sorted(missing)}")
            continue
        if item["id"] in item_ids:
            errors.append(f"{name}: duplicate item id {item['id']}")
        item_ids.add(item["id"])
        if item["source"] not in sources:
            errors.append(f"{name}: item {label} names unknown source {item['source']}")
        for key in ("title", "link", "story"):
            if not isinstance(item[key], str) or not item[key].strip():
                errors.append(f"{name}: item {label} has an empty {key}")
        links[item["link"]] += 1
        if item["published"] is not None:
            try:
                when = parse_time(item["published"])
                if when.tzinfo is None:
                    errors.append(f"{name}: item {label} published has no offset")
                elif previous is not None and when < previous:
                    errors.append(f"{name}: item {label} is out of chronological order")
                else:
                    previous = when
            except ValueError:
                errors.append(f"{name}: item {label} published unparseable: {item['published']}")
        members[item["story"]].append(item)
    for link, count in links.items():
        if count > 1:
            errors.append(f"{name}: link used by {count} items: {link}")
    for story, items in members.items():
        per_source = Counter(item["source"] for item in items)
        for source, count in per_source.items():
            if count > 1:
                errors.append(f"{name}: story {story} holds {count} items of source {source}")
    positive = sum(len(list(itertools.combinations(items, 2))) for items in members.values())
    all_items = data["items"]
    cross = sum(1 for a, b in itertools.combinations(all_items, 2) if a["source"] != b["source"])
    counts = {
        "family": data["family"],
        "items": len(all_items),
        "stories": len(members),
        "multi": sum(1 for items in members.values() if len(items) > 1),
        "in_multi": sum(len(items) for items in members.values() if len(items) > 1),
        "positive_pairs": positive,
        "negative_pairs": cross - positive,
    }
    return errors, counts


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv[1:] or sorted(
        os.path.join(here, name) for name in os.listdir(here) if name.endswith(".json"))
    all_errors = []
    rows = []
    for path in paths:
        errors, counts = check(path)
        all_errors.extend(errors)
        if counts:
            rows.append(counts)
    header = f"{'family':<22}{'items':>6}{'stories':>8}{'multi':>6}{'in multi':>9}{'pos pairs':>10}{'neg pairs':>10}"
    print(header)
    total = Counter()
    for row in rows:
        print(f"{row['family']:<22}{row['items']:>6}{row['stories']:>8}{row['multi']:>6}"
              f"{row['in_multi']:>9}{row['positive_pairs']:>10}{row['negative_pairs']:>10}")
        total.update({key: value for key, value in row.items() if key != "family"})
    print(f"{'total':<22}{total['items']:>6}{total['stories']:>8}{total['multi']:>6}"
          f"{total['in_multi']:>9}{total['positive_pairs']:>10}{total['negative_pairs']:>10}")
    for error in all_errors:
        print("ERROR", error, file=sys.stderr)
    if all_errors:
        print(f"{len(all_errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
