#!/usr/bin/env python3
"""Shows grouping mistakes: wrongly joined and wrongly split gold units.
Usage: scripts/group_errors.py CORPUS GROUPS.jsonl"""
import json, sys, pathlib, collections
shared = pathlib.Path(__file__).resolve().parent.parent.parent / "shared"
gold = [json.loads(l) for l in open(shared / f"gold/{sys.argv[1]}.jsonl")]
units = [(g["doc"], u) for g in gold if g["kind"] != "term" for u in g["units"]]
pred_of = {}
for line in open(sys.argv[2]):
    gr = json.loads(line)
    for m in gr["members"]:
        for i, (doc, u) in enumerate(units):
            if doc != m["doc"] or i in pred_of: continue
            inter = max(0, min(u["end"], m["end"]) - max(u["start"], m["start"]))
            if inter >= 0.5 * (u["end"] - u["start"]):
                pred_of[i] = gr["group"]
gc = {i: units[i][1].get("group") or ("single", i) for i in range(len(units))}
bypred = collections.defaultdict(list)
for i, g in pred_of.items(): bypred[g].append(i)
print("== joined but not one utterance")
for g, ids in bypred.items():
    golds = collections.Counter(str(gc[i]) for i in ids)
    if len(golds) > 1:
        print(g)
        for i in ids: print("   ", str(gc[i])[:30].ljust(30), units[i][0][:14], units[i][1]["text"][:70])
print("== one utterance, split")
bygold = collections.defaultdict(list)
for i in range(len(units)): bygold[gc[i]].append(i)
for g, ids in bygold.items():
    preds = collections.Counter(pred_of.get(i, "-") for i in ids)
    if len(ids) > 1 and len(preds) > 1:
        print(g)
        for i in ids: print("   ", pred_of.get(i, "-"), units[i][0][:14], units[i][1]["text"][:70])
