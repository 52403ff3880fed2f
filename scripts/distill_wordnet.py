#!/usr/bin/env python3
"""Distils WordNet 3.0 (Debian's wordnet-base) into grammars/en/synonyms.tsv.

Keeps what grouping needs: every synset of the nouns, verbs, adjectives and
adverbs that the WordNet sense-tagged corpus uses (tagsense_cnt > 0: common
words), with those common single-word members, one synset a line; then the
irregular forms of the exception lists ("exc<TAB>form lemma").

  apt-get install wordnet-base
  python3 scripts/distill_wordnet.py /usr/share/wordnet > grammars/en/synonyms.tsv
"""
import sys, pathlib

def main(root):
    root = pathlib.Path(root)
    print("# WordNet 3.0 synsets (nouns, verbs, adjectives, adverbs) with two or more common")
    print("# single-word members; distilled by scripts/distill_wordnet.py.")
    print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.")
    print("# Licence: grammars/en/WORDNET-LICENSE.")
    for pos in ("noun", "verb", "adj", "adv"):
        tagged = {}  # synset offset -> set of lemmas whose tagged senses include it
        for line in open(root / f"index.{pos}", encoding="latin-1"):
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0]
            if "_" in lemma or "-" in lemma or not lemma.isalpha():
                continue
            p_cnt = int(parts[3])
            rest = parts[4 + p_cnt:]
            tagsense_cnt = int(rest[1])
            offsets = rest[2:]
            if tagsense_cnt == 0:
                continue
            for off in offsets:
                tagged.setdefault(off, set()).add(lemma)
        for off in sorted(tagged):
            members = sorted(tagged[off])
            if len(members) >= 2:
                print(f"{pos}\t" + " ".join(members))
    # Irregular forms ("understood understand", "children child").
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open(root / f"{pos}.exc", encoding="latin-1"):
            parts = line.split()
            if len(parts) >= 2 and parts[0].isalpha() and parts[1].isalpha() and parts[0] != parts[1]:
                print(f"exc\t{parts[0]} {parts[1]}")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
