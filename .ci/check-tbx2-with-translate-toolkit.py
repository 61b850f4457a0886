#!/usr/bin/python3
"""Reads Dragoman's TBX v2 glossary exports with translate-toolkit's TBX reader and checks that
every German-English entry of the glossary it was exported from comes back with its preferred
German term as the source and its preferred English term as the English target.

Usage: check-tbx2-with-translate-toolkit.py GLOSSARY EXPORT.tbx [GLOSSARY EXPORT.tbx ...]
GLOSSARY is the shipped file (the glossary CSV or TBX v3), read here on its own, without Dragoman;
EXPORT.tbx is `dragoman glossary export GLOSSARY --format tbx2 --source-lang de --target-lang en`.
Run with Debian's python3 (/usr/bin/python3), where the translate-toolkit package installs.
"""
import csv, sys
import xml.etree.ElementTree as ElementTree
from translate.storage import tbx

RANK = {"preferred": 0, "admitted": 1}


def preferred(terms):
    """The preferred term of (text, status) pairs: the first preferred, else the first admitted."""
    for wanted in ("preferred", "admitted"):
        for text, status in terms:
            if status == wanted:
                return text
    return None


def entries_of_csv(path):
    order, terms = [], {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["id"] not in terms:
                order.append(row["id"])
                terms[row["id"]] = {}
            terms[row["id"]].setdefault(row["language"], []).append((row["term"], row.get("status") or "preferred"))
    return [(entry, terms[entry]) for entry in order]


def entries_of_tbx3(path):
    namespace = {"t": "urn:iso:std:iso:30042:ed-2"}
    result = []
    for concept in ElementTree.parse(path).getroot().iterfind(".//t:conceptEntry", namespace):
        languages = {}
        for section in concept.iterfind("t:langSec", namespace):
            language = section.get("{http://www.w3.org/XML/1998/namespace}lang")
            for term_section in section.iterfind("t:termSec", namespace):
                status = "preferred"
                for note in term_section.iterfind("t:termNote", namespace):
                    if note.get("type") == "administrativeStatus":
                        status = note.text.replace("Term-admn-sts", "")
                languages.setdefault(language, []).append((term_section.find("t:term", namespace).text, status))
        result.append((concept.get("id"), languages))
    return result


failures = []
arguments = sys.argv[1:]
for glossary_path, export_path in zip(arguments[::2], arguments[1::2]):
    entries = entries_of_csv(glossary_path) if glossary_path.endswith(".csv") else entries_of_tbx3(glossary_path)
    expected = [(entry, preferred(terms["de"]), preferred(terms["en"])) for entry, terms in entries
                if preferred(terms.get("de", [])) and preferred(terms.get("en", []))]
    with open(export_path, "rb") as handle:
        store = tbx.tbxfile(handle)
    read = []
    for unit in store.units:
        languages = [node.get("{http://www.w3.org/XML/1998/namespace}lang") for node in unit.getlanguageNodes()]
        if "de" in languages and "en" in languages:
            read.append((unit.getid(), unit.source, unit.gettarget(lang="en")))
    wrong = [(want, got) for want, got in zip(expected, read) if want[1:] != got[1:]]
    if len(read) != len(expected) or wrong:
        failures.append(f"{export_path}: translate-toolkit read {len(read)} German-English entries, expected "
                        f"{len(expected)}; first difference: {wrong[:1]}")
    else:
        print(f"translate-toolkit reads {export_path}: {len(read)} German-English entries of {glossary_path}, "
              f"each with its preferred German term as source and preferred English term as target")

if failures or not arguments:
    print("\n".join(failures) or "usage: check-tbx2-with-translate-toolkit.py GLOSSARY EXPORT.tbx ...", file=sys.stderr)
    sys.exit(1)
