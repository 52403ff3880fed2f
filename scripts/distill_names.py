#!/usr/bin/env python3
"""Distils the 1990 US Census given-name lists into grammars/en/given_names.toml.

The Census Bureau's "Frequently Occurring Names" files (a US government work,
public domain) ship as dist.female.first and dist.male.first in the PyPI
package `names` 0.3.0. A name is kept for a gender when at least 0.01 % of
that gender bear it and ten times as many as of the other gender ("Kelly"
and "Jordan" are left out). A name that is also a common English word (in
grammars/en/synonyms.tsv, WordNet's sense-tagged words) is kept only when
one in a thousand bear it ("Mark", "Frank", but not "Will", "Hope", "Young"):
a capitalised word opening a sentence ("Young voters …", "Will Trump …")
must not give a gender to the name run it starts. A word the grammar
already gives another role ("April", a time; "Dean", a title; "bill", a
document) is left out too.

  pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
  python3 scripts/distill_names.py names-0.3.0/names > grammars/en/given_names.toml
"""
import pathlib
import sys
import tomllib

MIN_SHARE = 0.01  # per cent of the gender
COMMON_WORD_SHARE = 0.1


def load(path):
    share = {}
    for line in open(path):
        name, percent, _cumulative, _rank = line.split()
        share[name.lower()] = float(percent)
    return share


def main(root):
    root = pathlib.Path(root)
    here = pathlib.Path(__file__).resolve().parent.parent
    female = load(root / "dist.female.first")
    male = load(root / "dist.male.first")
    common = set()
    for line in open(here / "grammars/en/synonyms.tsv"):
        if not line.startswith("#"):
            common.update(w.lower() for w in line.split())

    roles = set()

    def collect(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                if not key.endswith("_first_names"):
                    collect(inner)
        elif isinstance(value, list):
            for inner in value:
                collect(inner)
        elif isinstance(value, str):
            roles.add(value.lower())

    for part in ("people", "words", "channels", "speech"):
        collect(tomllib.load(open(here / f"grammars/en/{part}.toml", "rb")))

    def keep(own, other):
        out = []
        for name, share in own.items():
            if share < MIN_SHARE or share < 10 * other.get(name, 0.0):
                continue
            if name in common and share < COMMON_WORD_SHARE:
                continue
            if name.isalpha() and name not in roles:
                out.append(name)
        return sorted(out)

    print("# Given names and the gender most of their bearers have, from the 1990 US")
    print("# Census name lists (public domain); distilled by scripts/distill_names.py.")
    print("# A name of several words takes its gender from its first word (\"Larry King\").")
    for key, names in (("female", keep(female, male)), ("male", keep(male, female))):
        print(f"\n{key} = [")
        line = " "
        for name in names:
            item = f' "{name}",'
            if len(line) + len(item) > 78:
                print(line)
                line = " "
            line += item
        print(line)
        print("]")


if __name__ == "__main__":
    main(sys.argv[1])
