#!/usr/bin/env python3
"""The HTML bridge's work done with Python lxml: items out of HTML listing pages with the
XPath rules of a feeds.yaml preset, for bench/bridge/run.sh.

Usage:
    lxml_bridge.py bench --config FEEDS.yaml --preset NAME DIR
        Reads and extracts every file under DIR in this one process and prints one JSON
        line, the contract of `feedbridge parse --bench DIR`:
            {"files":N,"bytes":B,"items":I,"seconds":S,"failures":F}
        seconds is the wall time of reading the files and extracting their items (the
        loop over the files; imports, the config and compiling the XPath are outside).
    lxml_bridge.py dump --config FEEDS.yaml --preset NAME FILE...
        Prints, per file, one JSON line {"file": F, "items": [...]} with each item's
        title, link, published (RFC 3339, UTC), summary and image, for checking.

The work per item is the bridge's: each rule evaluated relative to the item node, the
first node selected read as text (whitespace collapsed, NFC) or as the attribute asked
for; link and image made absolute against the page's <base href> (urljoin); the date
read with the preset's date_format (translated to a regular expression with the same
tokens) in the page's time zone; summary and content serialized as inner HTML.
"""

import argparse
import html
import json
import os
import re
import sys
import time
import unicodedata
from datetime import datetime, timezone
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import yaml
from lxml import etree
import lxml.html

TEXT_RULES = ("title", "id", "author")
# A charset declared in the first bytes (<meta charset>, <meta http-equiv content>).
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
HTML_RULES = ("summary", "content")


def files_under(root):
    paths = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        paths.extend(os.path.join(folder, n) for n in sorted(names))
    return paths


def collapsed(text):
    """Whitespace runs collapsed to one space, trimmed, NFC; None when empty."""
    text = " ".join(text.split())
    return unicodedata.normalize("NFC", text) if text else None


class DateFormat:
    """A date_format (yyyy yy MM M MMM dd d HH H hh h mm ss a, ' ' any white space,
    'quoted' literal text) as one case-insensitive regular expression searched in a text."""

    TOKENS = {"y": "year", "M": "month", "d": "day", "H": "hour", "h": "hour", "m": "minute", "s": "second"}
    MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    AFTERNOON = ("pm", "p.m.", "ch", "chiều", "tối")

    def __init__(self, written):
        parts, i = [], 0
        while i < len(written):
            c = written[i]
            run = len(written[i:]) - len(written[i:].lstrip(c))
            if c == "y":
                parts.append(r"(?P<year>\d{2})" if run == 2 else r"(?P<year>\d{4})")
            elif c == "M" and run >= 3:
                parts.append(r"(?P<monthname>[a-z]{3,9})")
            elif c in self.TOKENS:
                parts.append(rf"(?P<{self.TOKENS[c]}>\d{{1,2}})")
            elif c == "a":
                parts.append(r"(?P<meridiem>a\.m\.|p\.m\.|am|pm|sa|ch|sáng|chiều|tối)")
            elif c in " \t":
                parts.append(r"\s*")
            elif c == "'":
                end = written.find("'", i + 1)
                end = len(written) if end < 0 else end
                parts.append(re.escape(written[i + 1:end] or "'"))
                i = end + 1
                continue
            else:
                parts.append(re.escape(c * run))
            i += run
        self.regex = re.compile("".join(parts), re.IGNORECASE)

    def parse(self, text, zone, now):
        match = self.regex.search(text)
        if not match:
            return None
        fields = match.groupdict()
        try:
            month = (self.MONTHS.index(fields["monthname"][:3].lower()) + 1
                     if fields.get("monthname") else int(fields["month"]))
            hour = int(fields.get("hour") or 0)
            meridiem = (fields.get("meridiem") or "").lower()
            if meridiem:
                hour = hour % 12 + (12 if meridiem in self.AFTERNOON else 0)
            day, minute, second = (int(fields.get(k) or d) for k, d in (("day", 1), ("minute", 0), ("second", 0)))
            if fields.get("year"):
                year = int(fields["year"])
                year += (2000 if year < 50 else 1900) if len(fields["year"]) == 2 else 0
                return datetime(year, month, day, hour, minute, second, tzinfo=zone)
            date = datetime(now.year, month, day, hour, minute, second, tzinfo=zone)
            return date if date <= now else date.replace(year=now.year - 1)
        except ValueError:
            return None


class Bridge:
    """The compiled rules of one preset."""

    def __init__(self, rules, zone):
        self.item = etree.XPath(rules["item"])
        self.rules = {name: etree.XPath(rules[name]) for name in
                      ("title", "link", "date", "summary", "content", "image", "author", "category", "id")
                      if rules.get(name)}
        self.date_format = DateFormat(rules["date_format"]) if rules.get("date_format") else None
        self.zone = zone
        self.now = datetime.now(zone)
        self.parsers = {}

    def parser(self, data):
        """An HTML parser for the page's charset: a byte order mark, else the <meta>
        charset, else UTF-8, as the bridge decides it. Given bytes alone, libxml2 2.14
        reads a page whose <meta> charset comes after non-ASCII text (the simulator's
        Liferay pages: <title>Tin tức…</title> first) as Latin-1."""
        if data.startswith(b"\xef\xbb\xbf"):
            charset = "utf-8"
        else:
            declared = DECLARED_CHARSET.search(data, 0, 1024)
            charset = declared.group(1).decode("ascii").lower() if declared else "utf-8"
        if charset not in self.parsers:
            try:
                self.parsers[charset] = lxml.html.HTMLParser(encoding=charset)
            except LookupError:  # a charset libxml2 does not know: UTF-8, as the bridge
                self.parsers[charset] = self.parser(b"")
        return self.parsers[charset]

    def page(self, data):
        """The items of one page (bytes, as read from the file)."""
        document = lxml.html.document_fromstring(data, parser=self.parser(data))
        base = document.find("head/base")
        base = base.get("href") if base is not None else None
        items = []
        for node in self.item(document):
            item = self.extract(node, base)
            if item["title"] is not None or item["link"] is not None:
                items.append(item)
        return items

    def extract(self, node, base):
        item = {name: self.value(name, node) for name in TEXT_RULES}
        item["link"] = self.url("link", node, "href", base)
        item["image"] = self.url("image", node, "src", base)
        for name in HTML_RULES:
            item[name] = self.inner_html(name, node)
        written = self.value("date", node)
        date = self.date_format.parse(written, self.zone, self.now) if written and self.date_format else None
        item["published"] = date
        rule = self.rules.get("category")
        item["categories"] = [c for c in (self.read(n) for n in rule(node)) if c] if rule else []
        return item

    def value(self, name, node, attribute=None):
        rule = self.rules.get(name)
        if rule is None:
            return None
        found = rule(node)
        if not isinstance(found, list):
            return collapsed(str(found))
        return self.read(found[0], attribute) if found else None

    @staticmethod
    def read(found, attribute=None):
        if isinstance(found, str):  # an attribute or text node: lxml's smart string
            return collapsed(found)
        if attribute is not None and found.get(attribute) is not None:
            return collapsed(found.get(attribute))
        return collapsed(found.text_content())

    def url(self, name, node, attribute, base):
        reference = self.value(name, node, attribute)
        return urljoin(base, reference) if reference else None

    def inner_html(self, name, node):
        rule = self.rules.get(name)
        if rule is None:
            return None
        found = rule(node)
        if not found:
            return None
        first = found[0]
        if isinstance(first, str):
            return html.escape(first, quote=False) or None
        markup = html.escape(first.text or "", quote=False) + "".join(
            etree.tostring(child, method="html", encoding="unicode", with_tail=True) for child in first)
        return markup.strip() or None


def load_bridge(config, preset, zone):
    with open(config, encoding="utf-8") as f:
        # libyaml's loader when PyYAML has it: the 600-source feeds.yaml takes 0.3 s in pure Python.
        presets = (yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}).get("presets") or {}
    if preset not in presets:
        sys.exit(f"lxml_bridge: no preset '{preset}' in {config} (presets: {', '.join(sorted(presets))})")
    return Bridge(presets[preset], ZoneInfo(zone))


def bench(bridge, folder):
    paths = files_under(folder)
    files = size = items = failures = 0
    start = time.perf_counter()
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        files += 1
        size += len(data)
        try:
            items += len(bridge.page(data))
        except (etree.LxmlError, ValueError) as error:  # an unreadable page is one failed file
            failures += 1
            print(f"lxml_bridge: {path}: {error}", file=sys.stderr)
    seconds = time.perf_counter() - start
    print(json.dumps({"files": files, "bytes": size, "items": items,
                      "seconds": round(seconds, 4), "failures": failures}, separators=(",", ":")))


def dump(bridge, paths):
    for path in paths:
        with open(path, "rb") as f:
            items = bridge.page(f.read())
        for item in items:
            if item["published"] is not None:
                item["published"] = item["published"].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        print(json.dumps({"file": path, "items": items}, ensure_ascii=False))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("bench", "dump"))
    ap.add_argument("--config", required=True, help="the feeds.yaml whose presets: hold the rules")
    ap.add_argument("--preset", required=True)
    ap.add_argument("--timezone", default="Asia/Ho_Chi_Minh", help="time zone of dates written without one")
    ap.add_argument("inputs", nargs="+", help="bench: one folder; dump: files")
    args = ap.parse_args()
    bridge = load_bridge(args.config, args.preset, args.timezone)
    if args.mode == "bench":
        if len(args.inputs) != 1 or not os.path.isdir(args.inputs[0]):
            sys.exit("lxml_bridge: bench takes one folder")
        bench(bridge, args.inputs[0])
    else:
        dump(bridge, args.inputs)


if __name__ == "__main__":
    main()
