#!/usr/bin/env python3
"""How often our channel agrees with gold's, on the quotes the reference
scorer matches (it scores no channels itself). A channel agrees when the two,
lowercased and without a leading article, are equal or one holds the other
("statement" and "a statement released Tuesday"); no channel agrees with none.
Lists the disagreements, then the count.
Usage: scripts/channels.py CORPUS PRED.jsonl"""
import json, re, sys, importlib.util, pathlib
shared = pathlib.Path(__file__).resolve().parent.parent.parent / "shared"
spec = importlib.util.spec_from_file_location("score", shared / "tools/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)


def norm(channel):
    if not channel:
        return ""
    channel = channel.lower().replace("\u2019", "'")
    return re.sub(r"^(a|an|the|his|her|their|its) ", "", channel).strip()


corpus = sys.argv[1]
gold = score.load(shared / f"gold/{corpus}.jsonl")
pred = score.load(sys.argv[2])
agree = disagree = 0
for g, p, _ in score.match(gold, pred, {}):
    if g["kind"] == "term":
        continue
    a, b = norm(g.get("channel")), norm(p.get("channel"))
    if a == b or (a and b and (a in b or b in a)):
        agree += 1
    else:
        disagree += 1
        print(f"{g['id']}: {g['text'][:40]!r}  gold: {a or '-'}  ours: {b or '-'}")
print(f"channels agree: {agree} of {agree + disagree}")
