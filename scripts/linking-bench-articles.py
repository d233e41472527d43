#!/usr/bin/env python3
"""Writes N synthetic wire stories (our own template sentences) for the linking benchmark:
many distinct people, a few hundred recurring ones, real countries and capitals.

usage: scripts/linking-bench-articles.py N OUTDIR
"""
import os
import sys

FIRST = ["Ana", "Erik", "Per", "Lena", "Omar", "Sara", "Jonas", "Maria", "Ivan", "Nora",
         "Tomas", "Elif", "Rui", "Ines", "Karl", "Mira", "Paul", "Hana", "Leo", "Vera",
         "Adam", "Rosa", "Emil", "Dana", "Felix", "Olga", "Hugo", "Lina", "Otto", "Alba"]
LAST = ["Lind", "Dahl", "Berg", "Novak", "Haddad", "Costa", "Kaya", "Weber", "Petrov",
        "Silva", "Moreau", "Horvat", "Nagy", "Rossi", "Jensen", "Kowalski", "Popescu",
        "Ibrahim", "Santos", "Larsen", "Meyer", "Varga", "Bianchi", "Eriksen", "Dumont",
        "Sokol", "Aziz", "Ortiz", "Keller", "Marin"]
PLACES = [("Sweden", "Swedish", "Stockholm"), ("Norway", "Norwegian", "Oslo"),
          ("Poland", "Polish", "Warsaw"), ("Austria", "Austrian", "Vienna"),
          ("Portugal", "Portuguese", "Lisbon"), ("Egypt", "Egyptian", "Cairo"),
          ("Kenya", "Kenyan", "Nairobi"), ("Chile", "Chilean", "Santiago"),
          ("Japan", "Japanese", "Tokyo"), ("Canada", "Canadian", "Ottawa")]


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        a = PLACES[i % len(PLACES)]
        b = PLACES[(i * 7 + 3) % len(PLACES)]
        if a == b:
            b = PLACES[(i + 1) % len(PLACES)]
        # Person ids spread over 900 combinations: some recur often, all recur sometimes.
        p = (i * 13) % 900
        q = (i * 29 + 11) % 900
        f1, l1 = FIRST[p % 30], LAST[p // 30]
        f2, l2 = FIRST[q % 30], LAST[q // 30]
        day = 1 + i % 28
        text = (
            f"Title: {a[1]} minister meets {b[1]} counterpart\n"
            f"Source: NGW\nPublished: 2025-03-{day:02d}\n"
            f"URL: https://example.org/bench/{i}\n\n"
            f"{a[2].upper()}, March {day}. /NGW/. {a[1]} Foreign Minister {f1} {l1} met "
            f"{b[1]} Foreign Minister {f2} {l2} in {a[2]} on Monday to discuss trade.\n\n"
            f"{l1} told reporters that {a[0]} wanted a new agreement with {b[0]} this year. "
            f"\"We have work to do,\" she said.\n\n"
            f"{l2} said the talks had been useful. He added that officials of the two "
            f"countries would meet again in {b[2]} next month.\n"
        )
        with open(os.path.join(out, f"bench-{i:05d}.txt"), "w") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
