#!/usr/bin/env python3
"""Generate the parse benchmark corpus, deterministically (same seed, same bytes).

The corpus imitates what FeedBridge reads from Hanoi's portals and the central
government sites: RSS 2.0 in the style of baochinhphu.vn (CDATA descriptions with an
<img> thumbnail and a few paragraphs, RFC 822 dates in +0700, guid, category,
enclosure), Atom 1.0 as Liferay's feed servlet writes it (escaped HTML in
<content type="html">, <author><name>, updated/published), a few RSS 1.0 (RDF) feeds
and a few JSON Feed 1.1 feeds. Titles and text are Vietnamese and name the real units
of shared/data/hanoi-units.tsv (the folder `shared` beside the repository).

Layout written under OUT (default bench/work/corpus):
    feeds/<format>/<NNNN>-<unit>.<ext>   the many-feeds corpus (several hundred files)
    big/big.xml                          one big RSS 2.0 feed (~50 MB)
    manifest.json                        what was generated: files, bytes, items
manifest.json is written last, so its presence means the corpus is complete.

Usage: gen_corpus.py [--out DIR] [--units TSV] [--feeds 600] [--big-mb 50] [--seed 2025]
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import vocabulary as V
from feed_formats import FORMATS, RSS20_TAIL, rss20_head, rss20_item

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_UNITS = REPO.parent / "shared" / "data" / "hanoi-units.tsv"
ICT = timezone(timedelta(hours=7))
MB = 1_000_000
TYPE_PREFIX = {"phuong": "Phường", "xa": "Xã", "thi_tran": "Thị trấn",
               "quan": "Quận", "huyen": "Huyện", "thi_xa": "Thị xã"}


class Unit:
    """One portal: an administrative unit of Hanoi (or the city, or a central site)."""

    def __init__(self, name, ascii_name, kind, valid):
        self.name = f"{TYPE_PREFIX[kind]} {name}" if kind in TYPE_PREFIX else name
        self.lower = self.name[0].lower() + self.name[1:] if kind in TYPE_PREFIX else self.name
        self.slug = slugify(ascii_name)
        self.host = self.slug.replace("-", "") + ".hanoi.gov.vn"
        self.kind = kind
        self.valid = valid


def slugify(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p)


def load_units(path):
    if not path.is_file():
        sys.exit(f"gen_corpus: unit list not found: {path}\n"
                 "  The corpus uses the real Hanoi unit names of shared/data/hanoi-units.tsv,\n"
                 "  expected in the folder 'shared' beside the repository; pass --units PATH\n"
                 "  (to run.sh: BENCH_UNITS=PATH).")
    units = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("level\t"):
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            sys.exit(f"gen_corpus: {path}: unexpected line (want 6 tab-separated columns): {line!r}")
        _level, name, ascii_name, kind, _parent, valid = cols
        units.append(Unit(name, ascii_name, kind, valid))
    if len(units) < 100:
        sys.exit(f"gen_corpus: {path}: only {len(units)} units, expected the full Hanoi list")
    return units


class Article:
    """One news item: text, links and dates, rendered by each format's writer."""

    def __init__(self, rng, unit, units, date, desc_bytes, serial, portlet):
        self.title = V.title(rng, unit, units, date)
        self.slug = slugify(self.title)[:90].rstrip("-")
        self.date = date
        self.updated = date + timedelta(minutes=rng.choice((0, 0, 0, 5, 12, 47, 180)))
        self.id = f"{date:%y%m%d%H%M}{serial:06d}"
        self.link = f"https://{unit.host}/tin-tuc/-/asset_publisher/{portlet}/content/{self.slug}"
        self.author = V.person(rng)
        self.category = rng.choice(V.CATEGORIES)
        self.image = f"https://{unit.host}/documents/{rng.randint(10000, 99999)}/{rng.randint(100000, 999999)}/{self.slug[:40]}.jpg"
        self.image_length = rng.randint(40_000, 420_000)
        self.html = V.description(rng, unit, units, date, self.image, self.link, desc_bytes)


def articles(rng, unit, units, count, newest, desc_sizes, minutes=(35, 1800)):
    """`count` articles of `unit`, newest first, `minutes` apart (a random step in that range)."""
    date = newest
    portlet = V.asset_id(rng)
    for serial in range(count):
        date -= timedelta(minutes=rng.randint(*minutes))
        yield Article(rng, unit, units, date, desc_sizes(rng), serial, portlet)


def feed_desc_size(rng):
    """Description HTML length in bytes: 1-4 KB, most items short, a few long."""
    return 1000 + int(3000 * rng.random() ** 3)


def plan_formats(rng, count):
    few = max(1, round(count * 0.03))
    rss = round((count - 2 * few) * 0.55)
    plan = ["rss10"] * few + ["jsonfeed"] * few + ["rss20"] * rss
    plan += ["atom10"] * (count - len(plan))
    rng.shuffle(plan)
    return plan


class Counter:
    """Bytes and items written per format, for the manifest."""

    def __init__(self):
        self.by_format = {}

    def add(self, fmt, path, items):
        entry = self.by_format.setdefault(fmt, {"files": 0, "bytes": 0, "items": 0})
        entry["files"] += 1
        entry["bytes"] += path.stat().st_size
        entry["items"] += items

    def total(self):
        return {k: sum(e[k] for e in self.by_format.values()) for k in ("files", "bytes", "items")}


def generate_feeds(rng, units, count, out_dir):
    portals = [u for u in units if u.valid == "post-2025"]
    portals += [u for u in units if u.valid == "pre-2025" and u.kind in ("quan", "huyen", "thi_xa")]
    older = [u for u in units if u.valid == "pre-2025" and u.kind not in ("quan", "huyen", "thi_xa")]
    rng.shuffle(older)
    chosen = (portals + older)[:count]
    while len(chosen) < count:
        chosen.append(rng.choice(units))
    counter = Counter()
    for index, (unit, fmt) in enumerate(zip(chosen, plan_formats(rng, count)), start=1):
        writer, ext = FORMATS[fmt]
        newest = V.newest_date(rng, unit)
        n_items = 20 + int(61 * rng.random() ** 3)  # 20-80, mostly near 20-40
        path = out_dir / fmt / f"{index:04d}-{unit.kind}-{unit.slug}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as f:
            writer(f, unit, articles(rng, unit, units, n_items, newest, feed_desc_size), newest)
        counter.add(fmt, path, n_items)
    return counter


def generate_big(rng, units, target_bytes, path):
    """One RSS 2.0 channel of the city portal, items added until target_bytes is reached."""
    city = Unit("Thành phố Hà Nội", "Ha Noi", "city", "post-2025")
    city.host = "hanoi.gov.vn"
    newest = datetime(2025, 11, 28, 17, 0, tzinfo=ICT)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("wb") as out:
        size = out.write(rss20_head(city, newest).encode("utf-8"))
        for a in articles(rng, city, units, 10**9, newest, feed_desc_size, (2, 90)):
            if size >= target_bytes:
                break
            size += out.write(rss20_item(a).encode("utf-8"))
            count += 1
        out.write(RSS20_TAIL.encode("utf-8"))
    return {"files": 1, "bytes": path.stat().st_size, "items": count}


def generator_digest():
    h = hashlib.sha256()
    for name in ("gen_corpus.py", "feed_formats.py", "vocabulary.py"):
        h.update((HERE / name).read_bytes())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "work" / "corpus")
    ap.add_argument("--units", type=Path, default=DEFAULT_UNITS)
    ap.add_argument("--feeds", type=int, default=600)
    ap.add_argument("--big-mb", type=float, default=50.0)
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--check", action="store_true",
                    help="exit 0 if OUT already holds the corpus these options generate, else 1")
    args = ap.parse_args()
    params = {"feeds": args.feeds, "big_mb": args.big_mb, "seed": args.seed,
              "units_sha256": hashlib.sha256(args.units.read_bytes()).hexdigest() if args.units.is_file() else None,
              "generator_sha256": generator_digest()}
    manifest_path = args.out / "manifest.json"
    if args.check:
        try:
            existing = json.loads(manifest_path.read_text())["params"]
        except (OSError, ValueError, KeyError):
            sys.exit(1)
        if params["units_sha256"] is None:  # no unit list here: keep a corpus made from one
            existing = {**existing, "units_sha256": None}
        sys.exit(0 if existing == params else 1)
    units = load_units(args.units)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    rng = random.Random(args.seed)
    feeds = generate_feeds(rng, units, args.feeds, args.out / "feeds")
    big = generate_big(random.Random(args.seed + 1), units, int(args.big_mb * MB), args.out / "big" / "big.xml")
    manifest = {"params": params,
                "feeds": {"dir": "feeds", **feeds.total(), "by_format": feeds.by_format},
                "big": {"dir": "big", **big}}
    tmp = manifest_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n")
    os.replace(tmp, manifest_path)
    t = manifest["feeds"]
    print(f"gen_corpus: {t['files']} feeds, {t['bytes'] / MB:.1f} MB, {t['items']} items in {args.out / 'feeds'}; "
          f"big.xml {big['bytes'] / MB:.1f} MB, {big['items']} items")


if __name__ == "__main__":
    main()
