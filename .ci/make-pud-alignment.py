#!/usr/bin/env python3
"""Builds a German-English alignment test with a known gold from the parallel PUD sentences.

The 1,000 German and English sentences of ../shared/data/segmentation/ud_pud_{de,en}.json are
parallel and in the same order. Starting from the 1-1 alignment:
- every 7th pair: its English sentence is merged with the next one, making a 2-1 bead (two
  German sentences, one English line);
- every 11th pair: its German sentence is merged with the next one, making a 1-2 bead;
- every 13th pair: the English sentence is dropped, making a 1-0 bead.
Merges and drops never overlap (a pair already used is skipped). Writes SOURCE, TARGET (one
segment per line) and GOLD (Text+Berg beads). Usage: make-pud-alignment.py SHARED OUTDIR
"""
import json, os, sys

shared, out = sys.argv[1], sys.argv[2]
def sentences(lang):
    items = json.load(open(f"{shared}/data/segmentation/ud_pud_{lang}.json", encoding="utf-8"))
    return [s for item in items for s in item["expected"]]
de, en = sentences("de"), sentences("en")
assert len(de) == len(en)
source, target, gold = [], [], []
k = 0
while k < len(de):
    number = k + 1
    s0, t0 = len(source), len(target)
    if number % 7 == 0 and k + 1 < len(de):
        source += [de[k], de[k + 1]]; target.append(en[k] + " " + en[k + 1])
        gold.append(f"[{s0}, {s0 + 1}]:[{t0}]"); k += 2; continue
    if number % 11 == 0 and k + 1 < len(de):
        source.append(de[k] + " " + de[k + 1]); target += [en[k], en[k + 1]]
        gold.append(f"[{s0}]:[{t0}, {t0 + 1}]"); k += 2; continue
    if number % 13 == 0:
        source.append(de[k]); gold.append(f"[{s0}]:[]"); k += 1; continue
    source.append(de[k]); target.append(en[k]); gold.append(f"[{s0}]:[{t0}]"); k += 1
os.makedirs(out, exist_ok=True)
for name, lines in (("pud.de", source), ("pud.en", target), ("pud.gold", gold)):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
print(f"{len(source)} German, {len(target)} English segments, {len(gold)} gold beads", file=sys.stderr)
