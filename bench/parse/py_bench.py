#!/usr/bin/env python3
"""Parse every file under DIR with a Python feed parser, in this one process.

Usage: py_bench.py feedparser|fastfeedparser DIR

Prints one JSON line, the same contract as `feedbridge parse --bench DIR`:
    {"files":N,"bytes":B,"items":I,"seconds":S,"failures":F}
seconds is the wall time of reading and parsing the files (imports excluded); a file
fails when the parser raises, or reports an error (bozo) and finds no entries.
"""

import json
import os
import sys
import time


def files_under(root):
    paths = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        paths.extend(os.path.join(folder, n) for n in sorted(names))
    return paths


def feedparser_counter():
    import feedparser

    def count(data):
        result = feedparser.parse(data)
        if result.get("bozo") and not result.entries:
            raise ValueError(str(result.get("bozo_exception")))
        return len(result.entries)
    return count


def fastfeedparser_counter():
    import fastfeedparser

    def count(data):
        return len(fastfeedparser.parse(data).entries)
    return count


TOOLS = {"feedparser": feedparser_counter, "fastfeedparser": fastfeedparser_counter}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in TOOLS or not os.path.isdir(sys.argv[2]):
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(TOOLS)} DIR")
    count = TOOLS[sys.argv[1]]()
    paths = files_under(sys.argv[2])
    files = size = items = failures = 0
    start = time.perf_counter()
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        files += 1
        size += len(data)
        try:
            items += count(data)
        except Exception as error:  # any parser error is one failed file, as in feedbridge
            failures += 1
            print(f"py_bench: {sys.argv[1]}: {path}: {error}", file=sys.stderr)
    seconds = time.perf_counter() - start
    print(json.dumps({"files": files, "bytes": size, "items": items,
                      "seconds": round(seconds, 4), "failures": failures}, separators=(",", ":")))


if __name__ == "__main__":
    main()
