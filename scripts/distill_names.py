#!/usr/bin/env python3
"""Distils the 1990 US Census given-name lists, and the world's given names of
nomquamgender, into grammars/en/given_names.toml.

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

The census names only American parents' choices of 1990: news names Vladimir,
Giorgia, Arjun, Amir and Keir too. nomquamgender 0.1.4 (MIT, (c) 2022 Ian Van
Buskirk; grammars/en/NOMQUAMGENDER-LICENSE) gives, for some 700,000 names, how
many of its 36 sources know a name, how many bearers they counted, and the
share of them who are women. A name the census lists is left as the census
gives it. Another is kept when at least 15 sources count 1,000 bearers, 95 %
of them of one gender, and it is not a common English word, a word the grammar
gives a role, nor a common US surname (0.005 % of Americans, in the census's
surname list: "Harris", "Lincoln", "Prince", "German" are left out, but
"Mohammed" and "Friedrich" kept).

  pip download names==0.3.0 nomquamgender==0.1.4 --no-deps
  tar xzf names-0.3.0.tar.gz && unzip -q nomquamgender-0.1.4-py3-none-any.whl
  python3 scripts/distill_names.py names-0.3.0/names nomquamgender/name_data.json \
      > grammars/en/given_names.toml
"""
import json
import pathlib
import re
import sys
import tomllib

MIN_SHARE = 0.01  # per cent of the gender
COMMON_WORD_SHARE = 0.1
WORLD_MIN_SOURCES = 15
WORLD_MIN_BEARERS = 1000
WORLD_GENDER_SHARE = 0.95
SURNAME_SHARE = 0.005  # per cent of Americans


def load(path):
    share = {}
    for line in open(path):
        name, percent, _cumulative, _rank = line.split()
        share[name.lower()] = float(percent)
    return share


def world_names(path, census, common, roles, surnames):
    """The names nomquamgender gives one gender, that the census lacks."""
    female, male = [], []
    for name, (sources, bearers, women, *_) in json.load(open(path)).items():
        if (
            not re.fullmatch("[a-z]{3,}", name)
            or name in census
            or name in common
            or name in roles
            or surnames.get(name, 0.0) >= SURNAME_SHARE
            or sources < WORLD_MIN_SOURCES
            or bearers < WORLD_MIN_BEARERS
        ):
            continue
        if women >= WORLD_GENDER_SHARE:
            female.append(name)
        elif women <= 1 - WORLD_GENDER_SHARE:
            male.append(name)
    return female, male


def main(root, world):
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

    surnames = load(root / "dist.all.last")
    census = set(female) | set(male)
    world_female, world_male = world_names(world, census, common, roles, surnames)

    print("# Given names and the gender most of their bearers have, from the 1990 US")
    print("# Census name lists (public domain) and from nomquamgender 0.1.4 (MIT,")
    print("# NOMQUAMGENDER-LICENSE); distilled by scripts/distill_names.py.")
    print("# A name of several words takes its gender from its first word (\"Larry King\").")
    lists = (
        ("female", sorted(keep(female, male) + world_female)),
        ("male", sorted(keep(male, female) + world_male)),
    )
    for key, names in lists:
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
    main(sys.argv[1], sys.argv[2])
