#!/usr/bin/env python3
"""Checks that OmegaT fills the sample article's segments from Dragoman's TMX.

Builds an OmegaT project (German to English) with the article in source/ and the TMX in
tm/auto/, runs `omegat --mode=console-translate`, reads OmegaT's project statistics, and
compares the segments it filled with those that equal one of our units: units of one source
segment with a target, except the headline and the sentence after it, which OmegaT's plain-text
filter joins into one segment (a line without final punctuation runs into the next).

Usage: check-with-omegat.py ARTICLE UNITS.json EXPORT.tmx [OMEGAT.tmx]
With OMEGAT.tmx, the memory OmegaT writes for the project is copied there, for
`dragoman tm import` to read back.
"""
import json, os, re, shutil, subprocess, sys, tempfile

article, units_path, tmx_path = sys.argv[1:4]
units = json.load(open(units_path, encoding="utf-8"))
work = tempfile.mkdtemp()
project = os.path.join(work, "project")
for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
    os.makedirs(os.path.join(project, folder))
shutil.copy(article, os.path.join(project, "source"))
shutil.copy(tmx_path, os.path.join(project, "tm/auto/dragoman.tmx"))
with open(os.path.join(project, "omegat.project"), "w", encoding="utf-8") as out:
    out.write("""<?xml version="1.0" encoding="UTF-8"?>
<omegat><project version="1.0">
<source_dir>source</source_dir><source_dir_excludes/><target_dir>target</target_dir><tm_dir>tm</tm_dir>
<glossary_dir>glossary</glossary_dir><glossary_file>glossary/glossary.txt</glossary_file>
<dictionary_dir>dictionary</dictionary_dir><source_lang>de</source_lang><target_lang>en</target_lang>
<source_tok>org.omegat.tokenizer.LuceneGermanTokenizer</source_tok>
<target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
<sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations>
<remove_tags>false</remove_tags></project></omegat>
""")
result = subprocess.run(
    ["omegat", "--mode=console-translate", f"--config-dir={os.path.join(work, 'config')}", "--no-team",
     "--disable-project-locking", project], capture_output=True, text=True, timeout=600)
if result.returncode != 0:
    sys.exit(f"omegat failed ({result.returncode}): {result.stderr[-2000:]}")
stats = open(os.path.join(project, "omegat/project_stats.txt"), encoding="utf-8").read()
total = int(re.search(r"^Total:\s+(\d+)", stats, re.M).group(1))
remaining = int(re.search(r"^Remaining:\s+(\d+)", stats, re.M).group(1))
translated = open(os.path.join(project, "target", os.path.basename(article)), encoding="utf-8").read()

lines = [line.strip() for line in open(article, encoding="utf-8") if line.strip()]
joined = set()
for previous, line in zip(lines, lines[1:]):
    if not re.search(r"[.!?…:\"“”»]$", previous):
        joined.update({previous, line.split(". ")[0]})


def runs_into_next(source):
    return any(source == part or source.startswith(part) for part in joined)


expected = [u for u in units if len(u["segments"]) == 1 and u.get("target") and not runs_into_next(u["source"])]
missing = [u["unit"] for u in expected if u["target"] not in translated]
filled = total - remaining
print(f"OmegaT made {total} segments of {os.path.basename(article)}; {len(expected)} equal one of our units; "
      f"it filled {filled} from our TMX")
if missing or filled != len(expected):
    sys.exit(f"OmegaT did not fill units {missing} (filled {filled}, expected {len(expected)})")
if len(sys.argv) > 4:
    shutil.copy(os.path.join(project, "project-omegat.tmx"), sys.argv[4])
shutil.rmtree(work)
