#!/usr/bin/env python3
"""Writes the roadmap.sh-shaped fixtures of CoherentPlansTest: invented roadmaps in the editor shape
(title, topics on a vertical spine, 3-8 subtopics beside each, section boxes, legends, a todo).
Deterministic; run from this directory to regenerate."""
import json, random

def roadmap(name, title, topics, seed, shuffle_some=False):
    rnd = random.Random(seed)
    nodes = [{"id": f"{name}-title", "type": "title", "position": {"x": 300, "y": 0},
              "width": 320, "height": 60, "data": {"label": title}}]
    edges = []
    y = 100
    prev = None
    for ti, (topic, subs) in enumerate(topics):
        tid = f"{name}-t{ti}"
        topic_node = {"id": tid, "type": "topic", "position": {"x": 300, "y": y},
                      "width": 220, "height": 50, "data": {"label": topic}}
        left = ti % 2 == 0
        sec_x = 0 if left else 620
        section = {"id": f"{name}-sec{ti}", "type": "section", "position": {"x": sec_x, "y": y - 40},
                   "width": 280, "height": 50 * len(subs) + 40, "data": {"label": ""}}
        sub_nodes = []
        for si, sub in enumerate(subs):
            data = {"label": sub}
            if rnd.random() < 0.12:
                data["legend"] = {"id": "lg-opt", "label": "Optional / Learn if you want",
                                  "color": "#9ca3af", "position": "left-center"}
            kind = "todo" if sub.startswith("Build ") else "subtopic"
            sub_nodes.append({"id": f"{name}-t{ti}-s{si}", "type": kind,
                              "position": {"x": sec_x + 20, "y": y - 30 + 50 * si},
                              "width": 240, "height": 40, "data": data})
        # real exports list nodes roughly in reading order, not always: a few topics come after
        # their subtopics
        if shuffle_some and ti % 4 == 3:
            nodes.extend(sub_nodes + [section, topic_node])
        else:
            nodes.extend([topic_node, section] + sub_nodes)
        if prev is not None:
            edges.append({"id": f"{name}-e{ti}", "source": prev, "target": tid, "type": "smoothstep",
                          "data": {"edgeStyle": "solid"}})
        for si in range(len(subs)):
            if rnd.random() < 0.5:
                edges.append({"id": f"{name}-e{ti}-{si}", "source": tid, "target": f"{name}-t{ti}-s{si}",
                              "type": "smoothstep", "data": {"edgeStyle": "dashed"}})
        prev = tid
        y += max(200, 50 * len(subs) + 80)
    nodes.append({"id": f"{name}-legend", "type": "legend", "position": {"x": 900, "y": 0},
                  "width": 200, "height": 80, "data": {"label": "", "legends": [
                      {"id": "lg-opt", "label": "Optional / Learn if you want", "color": "#9ca3af"}]}})
    with open(f"{name}.json", "w") as f:
        json.dump({"nodes": nodes, "edges": edges}, f, indent=2)
        f.write("\n")

roadmap("garden", "Garden Engineer (fixture)", [
    ("Soil", ["Learn the basics", "Soil texture", "Composting", "pH testing"]),
    ("Seeds", ["Learn the basics", "Germination", "Seed saving", "Hardening off", "Build a seed tray"]),
    ("Watering", ["Drip lines", "Rain barrels", "Timers", "Mulching"]),
    ("Pruning", ["Learn the basics", "Tools and sharpening", "Fruit trees", "Hedges", "Roses", "Build a pruning log"]),
    ("Pests", ["Companion planting", "Beneficial insects", "Netting"]),
    ("Greenhouse", ["Ventilation", "Heating", "Benches", "Shading", "Humidity", "Build a cold frame", "Build a potting bench", "Cleaning"]),
    ("Harvest", ["Timing", "Storage", "Preserving"]),
], seed=1)
roadmap("kitchen", "Kitchen Brigade (fixture)", [
    ("Knife work", ["Grips", "Dicing", "Julienne", "Honing", "Build a knife roll"]),
    ("Stocks", ["White stock", "Brown stock", "Fumet", "Clarifying"]),
    ("Sauces", ["Roux", "Emulsions", "Reductions", "Pan sauces", "Build a sauce book", "Holding"]),
    ("Eggs", ["Boiling", "Poaching", "Omelettes"]),
    ("Pastry", ["Doughs", "Laminating", "Blind baking", "Creams", "Glazes", "Build a tart"]),
    ("Bread", ["Starters", "Kneading", "Proofing", "Scoring", "Baking"]),
    ("Fish", ["Filleting", "Curing", "Searing", "Steaming"]),
    ("Service", ["Mise en place", "Calling tickets", "Plating", "Cleaning down", "Stock rotation", "Build a prep list", "Costing"]),
], seed=2, shuffle_some=True)
roadmap("workshop", "Woodworking Workshop (fixture)", [
    ("Safety", ["Dust", "Eye and ear", "Push sticks"]),
    ("Hand tools", ["Saws", "Planes", "Chisels", "Sharpening", "Marking out"]),
    ("Joinery", ["Butt joints", "Dowels", "Mortise and tenon", "Dovetails", "Build a box"]),
    ("Power tools", ["Table saw", "Router", "Drill press", "Bandsaw", "Sanders", "Build a jig"]),
    ("Finishing", ["Oils", "Shellac", "Varnish", "Spraying"]),
    ("Turning", ["Spindles", "Bowls", "Tool rest", "Build a mallet"]),
    ("Design", ["Sketching", "Proportions", "Cut lists", "Grain direction", "Build a stool"]),
    ("Repair", ["Gluing", "Filling", "Refinishing"]),
    ("Business", ["Pricing", "Photography", "Markets", "Commissions", "Build a portfolio", "Taxes", "Insurance"]),
], seed=3, shuffle_some=True)
