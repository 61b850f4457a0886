#!/usr/bin/env python3
"""Builds a labelled language-identification set (LANG<TAB>TEXT, texts of 100+ characters).

Sources, all already on the machine or in ../shared: the German and English PUD documents
(news and Wikipedia) and the translated messages of the gettext catalogues under
/usr/share/locale (de, en_GB, fr, es, ru, uk, it, nl, pt), joined into chunks of at least 100
characters. Usage: make-language-eval.py OUT.tsv [SHARED_DIR]
"""
import glob, json, random, re, struct, sys

out_path = sys.argv[1]
shared = sys.argv[2] if len(sys.argv) > 2 else "../shared"
random.seed(7)
rows = []

for lang in ("de", "en"):
    try:
        items = json.load(open(f"{shared}/data/segmentation/ud_pud_{lang}.json", encoding="utf-8"))
    except OSError:
        continue
    for item in items:
        text = re.sub(r"\s+", " ", item["input"]).strip()
        if len(text) >= 100:
            rows.append(f"{lang}\t{text[:300]}")


def catalogue_messages(path):
    data = open(path, "rb").read()
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    count, _, translations = struct.unpack(order + "III", data[8:20])
    for index in range(count):
        length, offset = struct.unpack(order + "II", data[translations + index * 8: translations + index * 8 + 8])
        for part in data[offset: offset + length].decode("utf-8", "replace").split("\x00"):
            part = re.sub(r"%\S+|\{[^}]*\}|<[^>]+>|_", "", part).replace("\n", " ").strip()
            if len(part) >= 30 and part.count(" ") >= 4:
                yield part


for locale in ("de", "en_GB", "fr", "es", "ru", "uk", "it", "nl", "pt"):
    messages = []
    for path in sorted(glob.glob(f"/usr/share/locale/{locale}/LC_MESSAGES/*.mo")):
        try:
            messages.extend(catalogue_messages(path))
        except (OSError, struct.error):
            pass
    random.shuffle(messages)
    chunks, index = 0, 0
    while chunks < 150 and index < len(messages):
        chunk = ""
        while len(chunk) < 100 and index < len(messages):
            chunk = (chunk + " " + messages[index]).strip()
            index += 1
        if len(chunk) >= 100:
            rows.append(f"{locale[:2]}\t{chunk[:400]}")
            chunks += 1

with open(out_path, "w", encoding="utf-8") as out:
    out.write("\n".join(rows) + "\n")
print(f"{len(rows)} labelled texts written to {out_path}", file=sys.stderr)
