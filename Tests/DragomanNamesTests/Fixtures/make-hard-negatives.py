#!/usr/bin/env python3
"""Builds hard-negatives.tsv: pairs of names that must NOT match.

1. Person names that share every part but one: each person below with one part replaced by
   the same part of another person (a different family name, or a given name that is no
   variant of the original).
2. Place names from CLDR (../shared/data/names/cldr_de_en.tsv) of different territories or
   cities whose folded names have a Jaro-Winkler similarity of 0.9 or more.
Usage: make-hard-negatives.py CLDR_TSV OUT_TSV
"""
import random, sys, unicodedata

PEOPLE = """Wladimir Putin|Dmitri Peskow|Sergej Lawrow|Sergej Schoigu|Michail Mischustin|Sergej Rjabkow|
Wassili Nebensja|Maria Sacharowa|Dmitri Medwedew|Waleri Gerassimow|Andrej Beloussow|Juri Uschakow|
Wolodymyr Selenskyj|Dmytro Kuleba|Andrij Sybiha|Denys Schmyhal|Olexander Syrskyj|Rustem Umjerow|
Vitali Klitschko|Andrij Jermak|Kim Jong Un|Kim Yo Jong|Choe Son Hui|Kim Song|Pak Thae Song|
Yoon Suk Yeol|Moon Jae In|Han Duck Soo|Cho Tae Yul|Lee Jae Myung|Joe Biden|Antony Blinken|
Lloyd Austin|Jake Sullivan|Kamala Harris|Donald Trump|Linda Thomas-Greenfield|Xi Jinping|
Li Qiang|Wang Yi|Ali Chamenei|Massud Peseschkian|Abbas Araghtschi|Ebrahim Raisi|
Ursula von der Leyen|Josep Borrell|Charles Michel|Kaja Kallas|Olaf Scholz|Annalena Baerbock|
Boris Pistorius|Emmanuel Macron|Keir Starmer|Recep Tayyip Erdogan|Baschar al-Assad|
Alexander Lukaschenko|Swetlana Tichanowskaja|Antonio Guterres|Jens Stoltenberg|Mark Rutte|
Benjamin Netanjahu|Mahmud Abbas|Narendra Modi|Fumio Kishida|Viktor Orban|Andrzej Duda|
Donald Tusk|Giorgia Meloni|Pedro Sanchez|Lula da Silva|Jair Bolsonaro|Justin Trudeau|
Anthony Albanese|Cyril Ramaphosa|Abdel Fattah al-Sisi|Mohammed bin Salman|Tamim bin Hamad|
Ilham Alijew|Nikol Paschinjan|Kassym-Schomart Tokajew|Schawkat Mirsijojew|Emomali Rachmon""".replace("\n", "")

GIVEN_POOL = ["Sergej", "Dmitri", "Andrej", "Michail", "Juri", "Oleg", "Igor", "Pawel", "Boris", "Anatoli",
              "Nikolai", "Iwan", "Viktor", "Roman", "Denis", "Maxim", "Anton", "Kirill", "Jewgeni", "Leonid"]

def fold(text):
    text = unicodedata.normalize("NFKD", text.replace("\u00ad", "")).lower()
    return "".join(c for c in text if not unicodedata.combining(c))

def jaro_winkler(a, b):
    if a == b: return 1.0
    if not a or not b: return 0.0
    window = max(0, max(len(a), len(b)) // 2 - 1)
    am = [False] * len(a); bm = [False] * len(b); matches = 0
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not bm[j] and b[j] == ch:
                am[i] = bm[j] = True; matches += 1; break
    if not matches: return 0.0
    t = 0; k = 0
    for i in range(len(a)):
        if am[i]:
            while not bm[k]: k += 1
            if a[i] != b[k]: t += 1
            k += 1
    m = float(matches)
    jaro = (m / len(a) + m / len(b) + (m - t // 2) / m) / 3
    prefix = 0
    while prefix < min(4, len(a), len(b)) and a[prefix] == b[prefix]: prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)

random.seed(11)
people = [p.strip() for p in PEOPLE.split("|") if p.strip()]
rows = []
families = [p.split(" ")[-1] for p in people]
for person in people:
    parts = person.split(" ")
    if len(parts) < 2: continue
    other = random.choice([f for f in families if fold(f)[:2] != fold(parts[-1])[:2]])
    rows.append(("person-family", person, " ".join(parts[:-1] + [other])))
    given = random.choice([g for g in GIVEN_POOL if fold(g)[:3] != fold(parts[0])[:3]])
    rows.append(("person-given", person, " ".join([given] + parts[1:])))
# Korean names differ in one syllable of the given name (Kim Jong Un / Kim Jong Il).
for a, b in [("Kim Jong Un", "Kim Jong Il"), ("Kim Jong Un", "Kim Jong Nam"), ("Kim Yo Jong", "Kim Yo Han"),
             ("Moon Jae In", "Moon Jae Sung"), ("Lee Jae Myung", "Lee Jae Yong"), ("Kim Il Sung", "Kim Il Han")]:
    rows.append(("person-part", a, b))

places = []
cldr = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
same_place = set()
for kind, code, de, en in cldr:
    places.append((code, de)); places.append((code, en))
    same_place.add((fold(de), fold(en))); same_place.add((fold(en), fold(de)))

def one_place(a, b):
    # Two rows may name one place: the German and English names of a row, one name run
    # together ("Hong Kong", "Hongkong"), or a name and its longer form ("Vatikan",
    # "Vatikanstadt"; "St. Kitts", "St. Kitts & Nevis").
    if (a, b) in same_place or a.replace(" ", "") == b.replace(" ", ""):
        return True
    return a.startswith(b) or b.startswith(a)
seen = set()
place_rows = []
for i in range(len(places)):
    for j in range(i + 1, len(places)):
        (ca, a), (cb, b) = places[i], places[j]
        if ca == cb or a == b: continue
        fa, fb = fold(a), fold(b)
        if fa == fb or (fa, fb) in seen or one_place(fa, fb): continue
        if jaro_winkler(fa, fb) >= 0.9:
            seen.add((fa, fb)); place_rows.append(("place", a, b))
random.shuffle(place_rows)
rows += place_rows
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("# Pairs that name different people or places; generated by make-hard-negatives.py.\n")
    out.write("kind\tname_a\tname_b\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
print(len(rows), "pairs:", sum(1 for r in rows if r[0] != "place"), "people,", sum(1 for r in rows if r[0] == "place"), "places", file=sys.stderr)
