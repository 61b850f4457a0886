#!/usr/bin/env python3
"""Writes a corpus of real sentences, one per line, for `dragoman bench tm`.

Sources, all on the machine or in ../shared: the translated messages of the gettext catalogues
under /usr/share/locale in Latin-script languages (German, English, French, Spanish, Italian,
Portuguese, Dutch, Swedish, Polish, Czech, Catalan…) and the English msgids, keeping messages of
five words or more without format directives, then the German and English PUD sentences.
Deterministic order (shuffled with a fixed seed). Usage: make-tm-corpus.py OUT.txt [SHARED_DIR]
"""
import glob, json, random, re, struct, sys

out_path = sys.argv[1]
shared = sys.argv[2] if len(sys.argv) > 2 else "../shared"
latin = ("de", "en", "fr", "es", "it", "pt", "nl", "sv", "pl", "cs", "ca", "da", "nb", "fi", "ro", "hu", "sk", "sl",
         "hr", "tr", "id", "vi", "eu", "gl", "et", "lt", "lv")
sentences = []
seen = set()


def add(text):
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) < 25 or text.count(" ") < 4 or "%" in text or "{" in text or "<" in text or text in seen:
        return
    seen.add(text)
    sentences.append(text)


for path in sorted(glob.glob("/usr/share/locale/*/LC_MESSAGES/*.mo")):
    locale = path.split("/")[4].split("_")[0].split("@")[0]
    if locale not in latin:
        continue
    try:
        data = open(path, "rb").read()
        order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
        count, originals, translations = struct.unpack(order + "III", data[8:20])
        for table in (originals, translations):
            for index in range(count):
                length, offset = struct.unpack(order + "II", data[table + index * 8: table + index * 8 + 8])
                add(data[offset: offset + length].decode("utf-8", "replace").split("\x00")[0])
    except (OSError, struct.error):
        pass

for lang in ("de", "en"):
    try:
        for item in json.load(open(f"{shared}/data/segmentation/ud_pud_{lang}.json", encoding="utf-8")):
            add(item["input"])
    except OSError:
        pass

random.Random(5).shuffle(sentences)
with open(out_path, "w", encoding="utf-8") as out:
    out.write("\n".join(sentences) + "\n")
print(f"{len(sentences)} sentences written to {out_path}", file=sys.stderr)
