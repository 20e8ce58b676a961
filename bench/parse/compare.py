#!/usr/bin/env python3
"""Measure feed parsers side by side on the benchmark corpus and print the comparison.

Run by run.sh (which builds feedbridge, generates the corpus and the virtualenv); it can
also be run alone:

    compare.py --corpus bench/work/corpus --python bench/.venv/bin/python \
               [--feedbridge PATH] [--runs 3] [--tools feedbridge,xmllint,fastfeedparser,feedparser]

Each tool parses every file of a folder in one process: the many-feeds corpus
(feeds/), then the big feed (big/). Time is the best of --runs runs: the parse time the
tool reports itself (feedbridge, Python tools), the wall time of the process for
`xmllint --stream --noout` (all files in one invocation). Peak RSS is the largest of the
runs, read by /usr/bin/time, which also gives the CPU time of the process (a steadier
figure than wall time on a busy machine). Throughput ratios compare MB/s, because
xmllint reads only the XML files (no JSON Feed). MB = 10^6 bytes.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MB = 1_000_000
ALL_TOOLS = ("feedbridge", "xmllint", "fastfeedparser", "feedparser")
LABELS = {"feedbridge": "feedbridge", "xmllint": "xmllint --stream",
          "fastfeedparser": "fastfeedparser", "feedparser": "feedparser"}
ITEMS_TOLERANCE = 0.02
ARGS_BUDGET = 100_000  # characters of file names per xmllint invocation
UNSUPPORTED = {"feedparser": ("jsonfeed",)}  # feedparser 6.0 reads no JSON Feed


class ToolError(Exception):
    pass


def files_under(root):
    paths = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        paths.extend(os.path.join(folder, n) for n in sorted(names))
    return paths


def timed(cmd):
    """Run cmd under /usr/bin/time; return (stdout, wall seconds, {"rss": bytes, "cpu": seconds})."""
    with tempfile.NamedTemporaryFile(prefix="bench-usage-", suffix=".txt") as usage_file:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", usage_file.name, *cmd],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        usage_text = Path(usage_file.name).read_text().strip().splitlines()
    if proc.returncode != 0:
        tail = "\n    ".join(proc.stderr.strip().splitlines()[-5:])
        raise ToolError(f"`{' '.join(cmd[:4])} …` exited with status {proc.returncode}\n    {tail}")
    try:
        rss, user, system = usage_text[-1].split()
        usage = {"rss": int(rss) * 1024, "cpu": float(user) + float(system)}
    except (IndexError, ValueError):
        raise ToolError(f"/usr/bin/time gave no resource usage for {cmd[0]}: {usage_text!r}")
    return proc.stdout, wall, usage


def reported(stdout, tool):
    lines = [line for line in stdout.splitlines() if line.strip()]
    try:
        result = json.loads(lines[-1])
        return {k: result[k] for k in ("files", "bytes", "items", "seconds", "failures")}
    except (IndexError, ValueError, KeyError, TypeError):
        raise ToolError(f"{tool} did not print the JSON line "
                        '{"files":N,"bytes":B,"items":I,"seconds":S,"failures":F}; '
                        f"its output ended with: {lines[-1:]!r}")


def run_xmllint(folder):
    xml_files = [p for p in files_under(folder) if not p.endswith(".json")]
    if not xml_files:
        raise ToolError(f"no XML files under {folder}")
    batches, batch, used = [], [], 0
    for path in xml_files:
        if batch and used + len(path) + 1 > ARGS_BUDGET:
            batches.append(batch)
            batch, used = [], 0
        batch.append(path)
        used += len(path) + 1
    batches.append(batch)
    seconds, usage = 0.0, {"rss": 0, "cpu": 0.0}
    for batch in batches:
        _, wall, used = timed(["xmllint", "--stream", "--noout", *batch])
        seconds += wall
        usage = {"rss": max(usage["rss"], used["rss"]), "cpu": usage["cpu"] + used["cpu"]}
    size = sum(os.path.getsize(p) for p in xml_files)
    return {"files": len(xml_files), "bytes": size, "items": None, "seconds": seconds,
            "failures": 0}, usage


def run_reporting(tool, cmd):
    stdout, _, usage = timed(cmd)
    return reported(stdout, tool), usage


def runner(tool, args):
    if tool == "feedbridge":
        return lambda folder: run_reporting(tool, [args.feedbridge, "parse", "--bench", folder])
    if tool == "xmllint":
        return run_xmllint
    return lambda folder: run_reporting(tool, [args.python, str(HERE / "py_bench.py"), tool, folder])


def measure(tools, args, folder):
    """Per tool on one folder: the fastest run (with its CPU time) and the largest peak RSS.

    The runs of the tools are interleaved, so a burst of load on the machine hits them all."""
    best, errors = {}, {}
    for run in range(1, args.runs + 1):
        for tool in tools:
            if tool in errors:
                continue
            print(f"  run {run}/{args.runs}: {LABELS[tool]} …", file=sys.stderr, flush=True)
            try:
                result, usage = runner(tool, args)(folder)
            except (ToolError, OSError) as error:
                errors[tool] = str(error)
                print(f"  {LABELS[tool]} failed: {error}", file=sys.stderr)
                continue
            previous = best.get(tool)
            peak = max(usage["rss"], previous["rss"] if previous else 0)
            if previous is None or result["seconds"] < previous["seconds"]:
                best[tool] = {**result, "cpu": usage["cpu"], "rss": peak}
            else:
                previous["rss"] = peak
    return best, errors


def mbps(result):
    return result["bytes"] / MB / result["seconds"] if result["seconds"] > 0 else float("inf")


def table(title, best, errors, tools):
    floor = best.get("xmllint")
    header = (f"{'tool':<18} {'files':>6} {'MB':>8} {'seconds':>9} {'CPU s':>7} {'MB/s':>8} {'items/s':>9} "
              f"{'items':>7} {'peak RSS MB':>12} {'vs xmllint':>11}")
    lines = [title, header, "-" * len(header)]
    for tool in tools:
        if tool in errors:
            lines.append(f"{LABELS[tool]:<18} failed (see above)")
            continue
        r = best[tool]
        ratio = f"{mbps(r) / mbps(floor):.2f}x" if floor else "-"
        items, per_second = "-", "-"
        if r["items"] is not None:
            items = str(r["items"])
            per_second = "%.0f" % (r["items"] / r["seconds"]) if r["seconds"] > 0 else "inf"
        lines.append(
            f"{LABELS[tool]:<18} {r['files']:>6} {r['bytes'] / MB:>8.2f} {r['seconds']:>9.3f} {r['cpu']:>7.2f} "
            f"{mbps(r):>8.1f} {per_second:>9} {items:>7} {r['rss'] / MB:>12.1f} {ratio:>11}")
    return "\n".join(lines)


def unsupported(tool, info):
    """Files and items of the formats `tool` cannot read (per UNSUPPORTED), in a data set."""
    formats = info.get("by_format", {})
    skipped = [formats[f] for f in UNSUPPORTED.get(tool, ()) if f in formats]
    return sum(f["files"] for f in skipped), sum(f["items"] for f in skipped)


def sanity(name, best, info):
    """Notes and warnings: failed files, and item counts more than 2% from the generated count."""
    notes, warnings = [], []
    for tool, r in best.items():
        known_files, known_items = unsupported(tool, info)
        excused = known_files if r["failures"] >= known_files else 0
        failures = r["failures"] - excused
        if excused:
            notes.append(f"{name}: {LABELS[tool]} does not read {', '.join(UNSUPPORTED[tool])}: "
                         f"{known_files} files counted as failures, their {known_items} items not expected")
        if failures:
            warnings.append(f"{name}: {LABELS[tool]} failed on {failures} of {r['files']} files")
        if r["items"] is None:
            continue
        expected = info["items"] - (known_items if excused else 0)
        if expected and abs(r["items"] - expected) / expected > ITEMS_TOLERANCE:
            warnings.append(f"{name}: {LABELS[tool]} saw {r['items']} items where {expected} were generated "
                            f"({(r['items'] - expected) / expected:+.1%})")
    return notes, warnings


def goals(results):
    """The goals of issue 2, as (passed, text) pairs; None when a figure is missing."""
    checks = []
    for name in ("corpus", "big.xml"):
        best = results[name]
        fb, floor, fast = best.get("feedbridge"), best.get("xmllint"), best.get("fastfeedparser")
        if fb and floor:
            ratio = mbps(fb) / mbps(floor)
            checks.append((ratio >= 0.7, f"{name}: feedbridge ≥ 0.7x xmllint --stream throughput: {ratio:.2f}x"))
        else:
            checks.append((None, f"{name}: feedbridge ≥ 0.7x xmllint --stream throughput: not measured"))
        if fb and fast:
            checks.append((mbps(fb) > mbps(fast), f"{name}: feedbridge faster than fastfeedparser: "
                           f"{mbps(fb):.1f} vs {mbps(fast):.1f} MB/s"))
        else:
            checks.append((None, f"{name}: feedbridge faster than fastfeedparser: not measured"))
    fb = results["big.xml"].get("feedbridge")
    peak = "%.1f MB" % (fb["rss"] / MB) if fb else "not measured"
    checks.append((fb["rss"] < 150 * MB if fb else None, f"big.xml: feedbridge peak RSS < 150 MB: {peak}"))
    return checks


def versions(args, tools):
    load = "load average %.1f %.1f %.1f" % os.getloadavg()
    lines = [f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {cpu_model()}, {load}"]
    if "xmllint" in tools:
        out = subprocess.run(["xmllint", "--version"], capture_output=True, text=True)
        lines.append((out.stderr or out.stdout).splitlines()[0].strip())
    py_tools = [t for t in tools if t in ("feedparser", "fastfeedparser")]
    if py_tools:
        code = ("import importlib.metadata as m, sys; "
                "print(', '.join(f'{t} {m.version(t)}' for t in sys.argv[1:]))")
        out = subprocess.run([args.python, "-c", code, *py_tools], capture_output=True, text=True)
        lines.append(f"python {platform.python_version()}: {out.stdout.strip()}")
    if "feedbridge" in tools:
        lines.append(f"feedbridge: {args.feedbridge}")
    return lines


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--python", default=sys.executable, help="Python with feedparser and fastfeedparser")
    ap.add_argument("--feedbridge", help="the feedbridge executable (release build)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tools", default=",".join(ALL_TOOLS))
    ap.add_argument("--json", type=Path, help="also write the results to this file")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # keep the tables in order with the progress lines
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in ALL_TOOLS]
    if unknown or not tools:
        sys.exit(f"compare: unknown tools {unknown}; choose among {', '.join(ALL_TOOLS)}")
    if "feedbridge" in tools and not args.feedbridge:
        sys.exit("compare: --feedbridge PATH is required to measure feedbridge")
    if args.runs < 1:
        sys.exit("compare: --runs must be at least 1")
    try:
        manifest = json.loads((args.corpus / "manifest.json").read_text())
    except (OSError, ValueError) as error:
        sys.exit(f"compare: no corpus manifest in {args.corpus} ({error}); run gen_corpus.py first")

    sets = {"corpus": manifest["feeds"], "big.xml": manifest["big"]}
    results, failed, notes, warnings = {}, False, [], []
    for name, info in sets.items():
        folder = str(args.corpus / info["dir"])
        print(f"measuring {name} ({folder}): best of {args.runs} runs", file=sys.stderr)
        best, errors = measure(tools, args, folder)
        results[name] = best
        failed = failed or bool(errors)
        set_notes, set_warnings = sanity(name, best, info)
        notes += set_notes
        warnings += set_warnings
        info_line = f"{info['files']} files, {info['bytes'] / MB:.1f} MB, {info['items']} items generated"
        print("\n" + table(f"== {name}: {info_line}", best, errors, tools))

    print("\n" + "\n".join(versions(args, tools)))
    print(f"seconds: best of {args.runs} runs (parse time as the tool reports it; xmllint: process wall time); "
          "CPU s: user+system of that run's whole process, start-up included;\n"
          "peak RSS: largest of the runs; ratios on MB/s; MB = 10^6 bytes")
    for note in notes:
        print(f"note: {note}")
    for warning in warnings:
        print(f"WARNING: {warning}")
    print("\nGoals (issue 2):")
    for passed, text in goals(results):
        print(f"  {'PASS' if passed else 'FAIL' if passed is False else 'n/a '}  {text}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"manifest": manifest, "results": results}, indent=2) + "\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
