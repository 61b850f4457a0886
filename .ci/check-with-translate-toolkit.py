#!/usr/bin/python3
"""Reads Dragoman's TMX and XLIFF 1.2 exports with translate-toolkit and checks them against the
project's units (`dragoman segments --format json`): the number of units and every text.

Usage: check-with-translate-toolkit.py UNITS.json EXPORT.tmx EXPORT.xlf [WRITTEN.tmx]
With WRITTEN.tmx, also writes the units that have a target as a TMX of translate-toolkit's own,
for `dragoman tm import` to read back.
Run with Debian's python3 (/usr/bin/python3), where the translate-toolkit package installs.
"""
import json, sys
from translate.storage import tmx, xliff

units_path, tmx_path, xliff_path = sys.argv[1:4]
units = json.load(open(units_path, encoding="utf-8"))
failures = []

# TMX: one unit per confirmed or aligned unit with a target.
expected = [(u["source"], u["target"]) for u in units
            if u.get("target") and (u["status"] in ("translated", "reviewed", "approved") or u.get("origin") == "aligned")]
with open(tmx_path, "rb") as handle:
    memory = tmx.tmxfile(handle, sourcelanguage="de", targetlanguage="en")
read = [(unit.source, unit.target) for unit in memory.units]
if read != expected:
    failures.append(f"TMX: translate-toolkit read {len(read)} units, expected {len(expected)}; "
                    f"first difference: {next(((a, b) for a, b in zip(read, expected) if a != b), None)}")
else:
    print(f"translate-toolkit reads the TMX: {len(read)} units, every source and target as in the project")

# XLIFF 1.2: one trans-unit per unit, id uN.
with open(xliff_path, "rb") as handle:
    document = xliff.xlifffile(handle)
# translate-toolkit prefixes ids with the file name and \x04.
read = {unit.getid().split("\x04")[-1]: (unit.source, unit.target or "") for unit in document.units if unit.getid()}
expected = {f"u{u['unit']}": (u["source"], u.get("target") or "") for u in units}
if read != expected:
    missing = sorted(set(expected) - set(read))[:3]
    wrong = [key for key in expected if key in read and read[key] != expected[key]][:3]
    failures.append(f"XLIFF 1.2: translate-toolkit read {len(read)} units, expected {len(expected)}; "
                    f"missing {missing}, different {wrong}")
else:
    print(f"translate-toolkit reads the XLIFF 1.2: {len(read)} units, every source and target as in the project")

if len(sys.argv) > 4:
    written = tmx.tmxfile(sourcelanguage="de", targetlanguage="en")
    for u in units:
        if u.get("target"):
            written.addtranslation(u["source"], "de", u["target"], "en")
    with open(sys.argv[4], "wb") as handle:
        written.serialize(handle)
    print(f"translate-toolkit wrote {sum(1 for u in units if u.get('target'))} units to {sys.argv[4]}")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
