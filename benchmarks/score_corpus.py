"""Score the parser (and the diff) against the synthetic variety corpus in fixtures/corpus.

    python benchmarks/score_corpus.py                 # per fact kind: precision, recall, F1
    python benchmarks/score_corpus.py --pairs         # planted changes found, false changes
    python benchmarks/score_corpus.py --json          # the same, machine-readable
    python benchmarks/score_corpus.py --only 2043-letter-html,2044-kamerstuk-reportlab
    python benchmarks/score_corpus.py --corpus fixtures/holdout   # another corpus folder

What counts as correct (per edition, summed over the corpus):

- partners: (code, category);  organisations: code;  missions: canonical name (the status is
  scored apart, over the missions that matched: "wrong mission status" in ``-v``);
- budgets: (country, year, amount, currency) all equal; the GDP share is scored apart, over
  the budgets that matched;  agreements: (kind, unordered party set), as a multiset;
- references: (dossier, number).
- WRONG AMOUNTS: an emitted budget whose country and year match a true budget but whose amount
  or currency differs, or whose amount is one of the edition's non-budget amounts (a fund, a
  plan, a change, an investment, a contribution), or a year read as an amount.
- TRAPS TAKEN: an emitted fact that a recorded trap warns against: a budget with a trap's
  amount, a year as an amount, the Netherlands' own money as a budget, an adversary (Russia,
  China) as a partner.

``--pairs`` diffs each consecutive pair with ``reportdiff.diff`` and matches its changes to the
planted ones by entity and identity (partner code, organisation code, budget country, mission
canonical name, agreement kind + party set, reference dossier/number, section title), never by
the engine's key strings.  Change kinds are grouped so the engine may add kinds:

    added    ← added, started, new
    removed  ← removed, ended, withdrawn, not_in_available_text
    changed  ← changed, renamed, rewritten, event, state, status, contribution, and any kind
               not listed here

A planted "changed" is found by a change of any kind on the same identity.  Precision counts
partner, organisation, budget, mission, agreement and reference changes; it ignores a budget
change whose only field is the year (every headline moves to the edition's own year), edition
changes (layout and producer differ by design) and section changes (text changes everywhere;
planted section renames and rewrites are scored for recall only).  FALSE CHANGES are planted
non-changes (a rewording: another title, party order, descriptive mission name, the same budget
in another form) for which the diff reported a change.

ROUTINE entries (a status that moves with the calendar and no event: signed → mentioned,
started → active) are planted *non-changes* (issue #12: the diff must not report them).  A
change the diff reports on a routine entry's identity, and that no real planted change on that
identity explains, is a false change.  The routine-as-change reading (the corpus's own count)
is printed beside it, so that both are seen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fixtures" / "corpus"
KINDS = ("partners", "organisations", "budgets", "missions", "agreements", "references")


# ---------------------------------------------------------------------------------------------
# Facts as comparable tuples


def _val(x: Any) -> Any:
    return getattr(x, "value", x)


def emitted(report: Any) -> dict[str, Counter[Any]]:
    """The parsed facts of *report* as multisets of comparable tuples."""
    out: dict[str, Counter[Any]] = {k: Counter() for k in KINDS}
    for p in getattr(report, "partners", ()):
        out["partners"][(p.code, _val(p.category))] += 1
    for o in getattr(report, "organisations", ()):
        out["organisations"][o.code] += 1
    for b in getattr(report, "budgets", ()):
        out["budgets"][(b.country, b.year, Decimal(b.money.amount), b.money.currency)] += 1
    for m in getattr(report, "missions", ()):
        out["missions"][m.name] += 1
    for a in getattr(report, "agreements", ()):
        out["agreements"][(_val(a.kind), frozenset(a.parties))] += 1
    for r in getattr(report, "references", ()):
        out["references"][(r.dossier, r.number)] += 1
    # Duplicates of one fact (a partner named twice) are one fact.
    for k in ("partners", "organisations", "budgets", "missions", "references"):
        out[k] = Counter(set(out[k]))
    return out


def expected(truth: dict[str, Any]) -> dict[str, Counter[Any]]:
    return {
        "partners": Counter((p["code"], p["category"]) for p in truth["partners"]),
        "organisations": Counter(truth["organisations"]),
        "budgets": Counter(
            (b["country"], b["year"], Decimal(b["amount"]), b["currency"]) for b in truth["budgets"]
        ),
        "missions": Counter(m["name"] for m in truth["missions"]),
        "agreements": Counter((a["kind"], frozenset(a["parties"])) for a in truth["agreements"]),
        "references": Counter((r["dossier"], r["number"]) for r in truth["references"]),
    }


def score_edition(truth: dict[str, Any], report: Any | None) -> dict[str, Any]:
    exp = expected(truth)
    got = emitted(report) if report is not None else {k: Counter() for k in KINDS}
    counts = {}
    for k in KINDS:
        tp = sum((exp[k] & got[k]).values())
        counts[k] = {
            "tp": tp,
            "fp": sum(got[k].values()) - tp,
            "fn": sum(exp[k].values()) - tp,
            "missed": sorted(map(str, (exp[k] - got[k]).elements())),
            "extra": sorted(map(str, (got[k] - exp[k]).elements())),
        }
    # GDP share, over the budgets that matched
    gdp_ok = gdp_n = 0
    truth_gdp = {
        (b["country"], b["year"], Decimal(b["amount"]), b["currency"]): b["gdp_percent"]
        for b in truth["budgets"]
    }
    wrong: list[str] = []
    wrong_gdp: list[str] = []
    gdp_missed: list[str] = []
    traps: list[str] = []
    trap_amounts = {Decimal(a["amount"]): a["kind"] for a in truth["other_amounts"]}
    by_cy = {(b["country"], b["year"]): b for b in truth["budgets"]}
    years = {Decimal(truth["year"] + d) for d in range(-2, 15)}
    for b in getattr(report, "budgets", ()) if report is not None else ():
        key = (b.country, b.year, Decimal(b.money.amount), b.money.currency)
        if key in truth_gdp:
            gdp_n += 1
            want = truth_gdp[key]
            have = b.gdp_percent
            if (want is None and have is None) or (
                want is not None and have is not None and Decimal(want) == Decimal(have)
            ):
                gdp_ok += 1
            elif have is None:
                gdp_missed.append(f"{b.country} {b.year}: {want}")
            else:
                # A share read where none is stated, or a different one: a wrong fact.
                wrong_gdp.append(f"{b.country} {b.year}: {have} (truth {want})")
            continue
        amount = Decimal(b.money.amount)
        label = f"{b.country} {b.year} {b.money.currency} {amount}"
        if amount in trap_amounts:
            traps.append(f"{trap_amounts[amount]}: {label}")
            wrong.append(label)
        elif amount in years or amount / Decimal(10) ** 9 in years:
            traps.append(f"year_adjacent: {label}")
            wrong.append(label)
        elif b.country == "NL":
            traps.append(f"investment: {label}")
            wrong.append(label)
        elif (b.country, b.year) in by_cy:
            wrong.append(label)
    for p in getattr(report, "partners", ()) if report is not None else ():
        if p.code in ("RU", "CN"):
            traps.append(f"adversary: partner {p.code}")
    # A mission's status, over the missions that matched by name: a wrong status (ended for
    # one still taken part in) is a wrong fact, as a wrong amount is.
    truth_status = {m["name"]: m["status"] for m in truth["missions"]}
    status_ok = status_n = 0
    wrong_status: list[str] = []
    for m in getattr(report, "missions", ()) if report is not None else ():
        if m.name in truth_status:
            status_n += 1
            if _val(m.status) == truth_status[m.name]:
                status_ok += 1
            else:
                wrong_status.append(f"{m.name}: {_val(m.status)} (truth {truth_status[m.name]})")
    return {
        "counts": counts,
        "mission_status": (status_ok, status_n),
        "wrong_status": wrong_status,
        "gdp": (gdp_ok, gdp_n),
        "gdp_missed": gdp_missed,
        "wrong_gdp": wrong_gdp,
        "wrong_amounts": wrong,
        "traps": traps,
    }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------------------------------------
# Loading


def load_index(only: set[str] | None) -> list[dict[str, Any]]:
    index = json.loads((CORPUS / "truth" / "index.json").read_text(encoding="utf-8"))
    eds = index["editions"]
    if only:
        eds = [e for e in eds if e["id"] in only]
    return eds


def truth_of(eid: str) -> dict[str, Any]:
    return json.loads((CORPUS / "truth" / f"{eid}.json").read_text(encoding="utf-8"))


_loaded: dict[str, Any] = {}


def load(eid: str) -> tuple[Any | None, str | None]:
    """The parsed report of edition *eid*, or None and the error."""
    import reportdiff

    if eid in _loaded:
        return _loaded[eid]
    try:
        result = (reportdiff.load(CORPUS / "pdf" / f"{eid}.pdf", use_cache=False), None)
    except Exception as exc:  # a corpus run reports every failure and goes on
        result = (None, f"{type(exc).__name__}: {exc}")
    _loaded[eid] = result
    return result


# ---------------------------------------------------------------------------------------------
# Editions mode


def run_editions(eds: list[dict[str, Any]]) -> dict[str, Any]:
    totals = {k: [0, 0, 0] for k in KINDS}
    gdp = [0, 0]
    status = [0, 0]
    per: dict[str, Any] = {}
    wrong = traps = wrong_gdp = 0
    trap_kinds: Counter[str] = Counter()
    for e in eds:
        t0 = time.monotonic()
        report, error = load(e["id"])
        s = score_edition(truth_of(e["id"]), report)
        s["error"] = error
        s["seconds"] = round(time.monotonic() - t0, 2)
        per[e["id"]] = s
        for k in KINDS:
            c = s["counts"][k]
            totals[k][0] += c["tp"]
            totals[k][1] += c["fp"]
            totals[k][2] += c["fn"]
        gdp[0] += s["gdp"][0]
        gdp[1] += s["gdp"][1]
        status[0] += s["mission_status"][0]
        status[1] += s["mission_status"][1]
        wrong_gdp += len(s["wrong_gdp"])
        wrong += len(s["wrong_amounts"])
        traps += len(s["traps"])
        trap_kinds.update(t.split(":")[0] for t in s["traps"])
    table = {}
    for k in KINDS:
        tp, fp, fn = totals[k]
        p, r, f = prf(tp, fp, fn)
        table[k] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}
    return {
        "editions": len(eds),
        "kinds": table,
        "gdp_correct": gdp[0],
        "gdp_compared": gdp[1],
        "wrong_gdp": wrong_gdp,
        "status_correct": status[0],
        "status_compared": status[1],
        "wrong_amounts": wrong,
        "traps_taken": traps,
        "traps_by_kind": dict(sorted(trap_kinds.items())),
        "errors": {eid: s["error"] for eid, s in per.items() if s["error"]},
        "per_edition": per,
    }


def print_editions(res: dict[str, Any], verbose: bool) -> None:
    print(f"Variety corpus: {res['editions']} synthetic editions\n")
    print(f"{'kind':<14} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>10} {'recall':>8} {'F1':>6}")
    for k, v in res["kinds"].items():
        print(
            f"{k:<14} {v['tp']:>5} {v['fp']:>5} {v['fn']:>5} {v['precision']:>10.3f} "
            f"{v['recall']:>8.3f} {v['f1']:>6.3f}"
        )
    print(f"\nGDP share correct on matched budgets: {res['gdp_correct']}/{res['gdp_compared']}")
    print(f"WRONG GDP SHARES: {res['wrong_gdp']}")
    print(
        f"Mission status correct on matched missions: {res['status_correct']}/"
        f"{res['status_compared']}"
    )
    print(f"WRONG AMOUNTS: {res['wrong_amounts']}")
    by = ", ".join(f"{k} {n}" for k, n in res["traps_by_kind"].items()) or "none"
    print(f"TRAPS TAKEN:   {res['traps_taken']} ({by})")
    for eid, err in res["errors"].items():
        print(f"ERROR {eid}: {err}")
    print("\nper edition (F1 per kind; wrong amounts; traps):")
    for eid, s in res["per_edition"].items():
        f1s = " ".join(
            f"{k[:4]}={prf(c['tp'], c['fp'], c['fn'])[2]:.2f}" for k, c in s["counts"].items()
        )
        print(f"  {eid:<28} {f1s}  wrong={len(s['wrong_amounts'])} traps={len(s['traps'])}")
        if verbose:
            for k, c in s["counts"].items():
                if c["missed"]:
                    print(f"      missed {k}: {', '.join(c['missed'])}")
                if c["extra"]:
                    print(f"      extra  {k}: {', '.join(c['extra'])}")
            for w in s["wrong_amounts"]:
                print(f"      wrong amount: {w}")
            for w in s["wrong_gdp"]:
                print(f"      wrong GDP share: {w}")
            for w in s["gdp_missed"]:
                print(f"      missed GDP share: {w}")
            for w in s["wrong_status"]:
                print(f"      wrong mission status: {w}")
            for t in s["traps"]:
                print(f"      trap taken: {t}")


# ---------------------------------------------------------------------------------------------
# Pairs mode

ADDED = {"added", "started", "new"}
REMOVED = {"removed", "ended", "withdrawn", "not_in_available_text"}
SCORED = ("partner", "organisation", "budget", "mission", "agreement", "reference")


def kind_group(kind: str) -> str:
    if kind in ADDED:
        return "added"
    if kind in REMOVED:
        return "removed"
    return "changed"


def _norm(text: str) -> str:
    text = re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|bijlage\s+\d+)\s+", "", text.strip().lower())
    return re.sub(r"\s+", " ", text)


def _mission_aliases() -> dict[str, str]:
    """Written forms of the corpus missions → canonical name, from the generator's grammar."""
    sys.path.insert(0, str(ROOT / "fixtures" / "corpus"))  # grammar; docmodel and world
    sys.path.insert(0, str(CORPUS))
    try:
        import grammar  # the corpus grammar: the only place the forms are listed

        forms = dict(grammar.MISSION_FORMS)
    except ImportError:
        return {}
    if (CORPUS / "grammar_holdout.py").is_file():  # --corpus fixtures/holdout: its own forms
        import grammar_holdout

        for canonical, written in grammar_holdout.MISSIE_VORMEN.items():
            forms[canonical] = (*forms.get(canonical, ()), *written)
    out = {}
    for canonical, written in forms.items():
        for form in (canonical, *written):
            out[_mission_key(form)] = canonical
    return out


def _mission_key(text: str) -> str:
    text = re.sub(r"\([^)]*\)", "", text.lower())
    text = re.sub(r"\b(de|het|in|the)\b", " ", text)
    return re.sub(r"[\s-]+", " ", text).strip()


_ALIASES: dict[str, str] | None = None


def mission_identity(name: str) -> str:
    global _ALIASES
    if _ALIASES is None:
        _ALIASES = _mission_aliases()
    return _ALIASES.get(_mission_key(name), name)


def _agreement_ident(obj: Any) -> tuple[str, frozenset[str]] | None:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get("kind"), frozenset(obj.get("parties", ()))
    kind = getattr(obj, "kind", None)
    parties = getattr(obj, "parties", None)
    if kind is None or parties is None:
        return None
    return _val(kind), frozenset(parties)


def change_identities(c: Any) -> tuple[str, list[Any]]:
    """The entity of a diff change and the identities it may stand for."""
    entity = _val(c.entity)
    key = str(c.key)
    if entity == "agreement":
        ids = [i for i in (_agreement_ident(c.old), _agreement_ident(c.new)) if i]
        return entity, ids
    if entity == "mission":
        names = [key] + [getattr(x, "name", None) for x in (c.old, c.new)]
        return entity, sorted({mission_identity(n) for n in names if n})
    if entity == "section":
        titles = [key] + [getattr(x, "title", None) for x in (c.old, c.new)]
        return entity, sorted({_norm(t) for t in titles if t})
    if entity == "reference":
        return entity, [key.replace(" ", "")]
    return entity, [key]


def planted_identities(p: dict[str, Any]) -> list[Any]:
    ident = p["identity"]
    if p["entity"] == "agreement":
        ids = [(ident["kind"], frozenset(ident["parties"]))]
        if "new_parties" in p:
            ids.append((ident["kind"], frozenset(p["new_parties"])))
        return ids
    if p["entity"] == "section":
        return [_norm(ident)] + ([_norm(p["new_title"])] if "new_title" in p else [])
    return [ident]


def _year_only(c: Any) -> bool:
    fields = [getattr(f, "name", None) for f in getattr(c, "fields", ())]
    return bool(fields) and set(fields) <= {"year"}


def run_pairs(eds: list[dict[str, Any]]) -> dict[str, Any]:
    import reportdiff

    ids = {e["id"] for e in eds}
    index = json.loads((CORPUS / "truth" / "index.json").read_text(encoding="utf-8"))
    per: dict[str, Any] = {}
    tot: Counter[str] = Counter()
    for rel in index["pairs"]:
        pair = json.loads((CORPUS / rel).read_text(encoding="utf-8"))
        if pair["old"] not in ids and pair["new"] not in ids:
            continue
        a, ea = load(pair["old"])
        b, eb = load(pair["new"])
        planted = pair["changes"]
        if a is None or b is None:
            per[f"{pair['old']}__{pair['new']}"] = {"error": ea or eb, "planted": len(planted)}
            tot["planted"] += len(planted)
            tot["errors"] += 1
            continue
        try:
            d = reportdiff.diff(a, b)
            changes = list(d.changes)
        except Exception as exc:
            per[f"{pair['old']}__{pair['new']}"] = {"error": f"diff: {exc}"}
            tot["planted"] += len(planted)
            tot["errors"] += 1
            continue
        reported = [(c, *change_identities(c)) for c in changes]

        def hits(p: dict[str, Any], reported: list[Any] = reported) -> list[int]:
            pids = planted_identities(p)
            return [
                i
                for i, (c, ent, cids) in enumerate(reported)
                if ent == p["entity"]
                and set(cids) & set(pids)
                and (
                    p["change"] not in ("added", "removed")
                    or kind_group(_val(c.kind)) == p["change"]
                )
            ]

        routine = [p for p in planted if p.get("routine")]
        real = [p for p in planted if not p.get("routine")]
        found: list[dict[str, Any]] = []
        missed: list[dict[str, Any]] = []
        used: set[int] = set()
        for p in real:
            hit = hits(p)
            (found if hit else missed).append(p)
            used.update(hit)
        # The routine-as-change reading, for the record: what a routine entry's identity
        # matched counts as found and correct.
        routine_hit: set[int] = set()
        routine_found = 0
        for p in routine:
            hit = hits(p)
            routine_found += bool(hit)
            routine_hit.update(hit)
        scored = [
            i
            for i, (c, ent, _) in enumerate(reported)
            if ent in SCORED and not (ent == "budget" and _year_only(c))
        ]
        correct = [i for i in scored if i in used]
        correct_old = [i for i in scored if i in used or i in routine_hit]
        false_changes = []
        for nc in pair["non_changes"]:
            nids = planted_identities(nc)
            for c, ent, cids in reported:
                if ent == nc["entity"] and set(cids) & set(nids):
                    if ent == "budget" and _year_only(c):
                        continue
                    false_changes.append(f"{ent} {nc['identity']}: {_val(c.kind)}")
                    break
        # A routine entry is a non-change: a change reported on its identity that no real
        # planted change explains is a false change.
        for p in routine:
            unexplained = [i for i in hits(p) if i not in used]
            if unexplained:
                c = reported[unexplained[0]][0]
                false_changes.append(f"routine {p['entity']} {p['identity']}: {_val(c.kind)}")
        planted_scored = [p for p in real if p["entity"] in SCORED]
        key = f"{pair['old']}__{pair['new']}"
        per[key] = {
            "planted": len(real),
            "found": len(found),
            "missed": [f"{p['entity']} {p['change']} {p['identity']}" for p in missed],
            "reported": len(scored),
            "correct": len(correct),
            "unexplained": [
                f"{reported[i][1]} {_val(reported[i][0].kind)} {reported[i][0].key}"
                for i in scored
                if i not in used
            ],
            "non_changes": len(pair["non_changes"]) + len(routine),
            "routine": len(routine),
            "false_changes": false_changes,
        }
        tot["planted"] += len(real)
        tot["planted_scored"] += len(planted_scored)
        tot["found"] += len(found)
        tot["reported"] += len(scored)
        tot["correct"] += len(correct)
        tot["non_changes"] += len(pair["non_changes"]) + len(routine)
        tot["routine"] += len(routine)
        tot["routine_found"] += routine_found
        tot["correct_old"] += len(correct_old)
        tot["false_changes"] += len(false_changes)
        tot["routine_false"] += sum(f.startswith("routine ") for f in false_changes)
        # Hedged: said to be not in the available text (or not read), which claims no change.
        tot["hedged_false"] += sum(f.endswith(": not_in_available_text") for f in false_changes)
        for p in real:
            tot[f"planted:{p['entity']}"] += 1
        for p in found:
            tot[f"found:{p['entity']}"] += 1
    precision = tot["correct"] / tot["reported"] if tot["reported"] else 1.0
    recall = tot["found"] / tot["planted"] if tot["planted"] else 1.0
    # The corpus's own reading, routine entries counted as changes to find.
    planted_old = tot["planted"] + tot["routine"]
    found_old = tot["found"] + tot["routine_found"]
    as_changes = {
        "planted": planted_old,
        "found": found_old,
        "recall": found_old / planted_old if planted_old else 1.0,
        "correct": tot["correct_old"],
        "precision": tot["correct_old"] / tot["reported"] if tot["reported"] else 1.0,
        "false_changes": tot["false_changes"] - tot["routine_false"],
        "non_changes": tot["non_changes"] - tot["routine"],
    }
    by_entity = {
        e: {"planted": tot[f"planted:{e}"], "found": tot[f"found:{e}"]}
        for e in (*SCORED, "section")
        if tot[f"planted:{e}"]
    }
    return {
        "pairs": len(per),
        "planted": tot["planted"],
        "found": tot["found"],
        "recall": recall,
        "reported": tot["reported"],
        "correct": tot["correct"],
        "precision": precision,
        "non_changes": tot["non_changes"],
        "false_changes": tot["false_changes"],
        "routine": tot["routine"],
        "routine_false": tot["routine_false"],
        "hedged_false": tot["hedged_false"],
        "routine_as_changes": as_changes,
        "errors": tot["errors"],
        "by_entity": by_entity,
        "per_pair": per,
    }


def print_pairs(res: dict[str, Any], verbose: bool) -> None:
    print(f"Variety corpus: {res['pairs']} consecutive pairs\n")
    print("routine entries (issue #12) counted as planted NON-changes:")
    print(f"planted changes found (recall): {res['found']}/{res['planted']} = {res['recall']:.3f}")
    print(
        f"reported changes that were planted (precision): {res['correct']}/{res['reported']} = "
        f"{res['precision']:.3f}"
    )
    print(
        f"FALSE CHANGES (planted non-changes reported): {res['false_changes']}/{res['non_changes']}"
        f" (of which routine: {res['routine_false']}/{res['routine']})"
    )
    print(
        f"  of them hedged (not in the available text, or not read; no change claimed): "
        f"{res['hedged_false']}; asserted: {res['false_changes'] - res['hedged_false']}"
    )
    unplanted = [u for s in res["per_pair"].values() for u in s.get("unexplained", [])]
    hedged = sum(" not_in_available_text " in u for u in unplanted)
    print(
        f"reported changes no planted change explains: {len(unplanted)} (hedged {hedged}, "
        f"asserted {len(unplanted) - hedged})"
    )
    old = res["routine_as_changes"]
    print(
        f"\nroutine entries as planted changes (the corpus's own count, before issue #12):\n"
        f"  recall {old['found']}/{old['planted']} = {old['recall']:.3f}; precision "
        f"{old['correct']}/{res['reported']} = {old['precision']:.3f}; false changes "
        f"{old['false_changes']}/{old['non_changes']}"
    )
    if res["errors"]:
        print(f"pairs that could not be loaded or diffed: {res['errors']}")
    print(f"\n{'entity':<14} {'planted':>8} {'found':>6} {'recall':>7}")
    for e, v in res["by_entity"].items():
        r = v["found"] / v["planted"] if v["planted"] else 1.0
        print(f"{e:<14} {v['planted']:>8} {v['found']:>6} {r:>7.3f}")
    print("\nper pair:")
    for key, s in res["per_pair"].items():
        if "error" in s:
            print(f"  {key:<54} ERROR {s['error']}")
            continue
        print(
            f"  {key:<54} found {s['found']:>2}/{s['planted']:<2} correct {s['correct']:>2}/"
            f"{s['reported']:<2} false {len(s['false_changes'])}/{s['non_changes']}"
        )
        if verbose:
            for m in s["missed"]:
                print(f"      missed: {m}")
            for u in s["unexplained"]:
                print(f"      not planted: {u}")
            for f in s["false_changes"]:
                print(f"      false change: {f}")


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, Decimal):
        return str(obj)
    return obj


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score reportdiff against the variety corpus.")
    ap.add_argument("--pairs", action="store_true", help="score the diff of consecutive pairs")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--only", action="append", help="edition id(s), comma-separated")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--corpus", type=Path, help="another corpus folder (default fixtures/corpus)")
    args = ap.parse_args(argv)
    if args.corpus is not None:
        global CORPUS
        CORPUS = args.corpus.resolve()
    only = {i for arg in args.only or () for i in arg.split(",") if i} or None
    eds = load_index(only)
    if not eds:
        print("no such edition in the corpus", file=sys.stderr)
        return 2
    res = run_pairs(eds) if args.pairs else run_editions(eds)
    if args.json:
        print(json.dumps(_jsonable(res), indent=1, ensure_ascii=False))
    elif args.pairs:
        print_pairs(res, args.verbose)
    else:
        print_editions(res, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
