"""Aligning the facts of two editions: exact keys first, then fuzzy matching of what is left,
never all pairs.

Every fact gets a key; two facts of one edition with the same key get distinct, stable keys
("inleiding", "inleiding#2") so that none is dropped.  What the keys leave unmatched is matched
by similarity, but only over *candidates*: the facts of the other edition that share a rare
word with it (a title word, or one of the rarest words of its text), at most :data:`CAP` per
fact, so two long documents are matched in about linear time.  When the cap cuts candidates
off, a warning says so.  This module and ``_engine`` are the only users of rapidfuzz.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

import attrs

__all__ = [
    "CAP",
    "Alignment",
    "align",
    "best_first",
    "blocked_candidates",
    "similarity",
    "stable_keys",
    "tokens",
]

T = TypeVar("T")

# At most this many candidates of the other edition are scored for one fact.
CAP = 25
# A word is "rare" when it is in at most this share of the facts of both editions.
RARE_SHARE = 0.2
# How many of a text's rarest words it is blocked by.
TEXT_TOKENS = 8

_WORD = re.compile(r"[a-zà-ÿ0-9]{3,}")


@attrs.define
class Alignment(Generic[T]):
    """Matched pairs (old, new, old key, score), and what is left on each side with its key."""

    pairs: list[tuple[T, T, str, float]] = attrs.field(factory=list)
    removed: list[tuple[T, str]] = attrs.field(factory=list)
    added: list[tuple[T, str]] = attrs.field(factory=list)


def stable_keys(items: Sequence[T], key: Callable[[T], str]) -> list[str]:
    """Each item's key, with "#2", "#3" ... on the second and later items of a key."""
    seen: Counter[str] = Counter()
    out = []
    for item in items:
        k = key(item)
        seen[k] += 1
        out.append(k if seen[k] == 1 else f"{k}#{seen[k]}")
    return out


def tokens(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def preload() -> None:
    """Import rapidfuzz now: ``reportdiff diff`` calls this (through ``compare.preload``)
    while its workers read, so that the first match does not wait for it."""
    import rapidfuzz.fuzz
    import rapidfuzz.process  # noqa: F401


def similarity(a: str, b: str, *, scorer: str = "ratio") -> float:
    """How alike two strings are, 0..1, by rapidfuzz (``ratio`` or ``token_set``)."""
    from rapidfuzz import fuzz

    if not a or not b:
        return 0.0
    if scorer == "token_set":
        return float(fuzz.token_set_ratio(a, b)) / 100
    return float(fuzz.ratio(a, b)) / 100


def blocked_candidates(
    old: Sequence[tuple[str, str]],
    new: Sequence[tuple[str, str]],
    *,
    cap: int = CAP,
    rare_share: float = RARE_SHARE,
) -> tuple[list[list[int]], int]:
    """For each old (title, text), the indices of the new ones worth scoring: those whose title
    is alike (rapidfuzz, at least 60), then those sharing a rare word of its title or one of
    the rarest words of its text (most shared first); at most *cap*.  Also how many old items
    had candidates cut off by the cap."""
    from rapidfuzz import fuzz, process

    old_title = [tokens(t) for t, _ in old]
    old_text = [tokens(x) for _, x in old]
    new_all = [tokens(t) | tokens(x) for t, x in new]
    df: Counter[str] = Counter()
    for toks in (*[a | b for a, b in zip(old_title, old_text, strict=True)], *new_all):
        df.update(toks)
    limit = max(2, math.ceil(rare_share * (len(old) + len(new))))
    index: dict[str, list[int]] = defaultdict(list)
    for j, toks in enumerate(new_all):
        for tok in toks:
            if df[tok] <= limit:
                index[tok].append(j)
    new_titles = [t for t, _ in new]
    out: list[list[int]] = []
    capped = 0
    for i, (title, _) in enumerate(old):
        alike = [
            j
            for _, _, j in process.extract(
                title, new_titles, scorer=fuzz.ratio, score_cutoff=60, limit=cap
            )
        ]
        rare = [t for t in old_title[i] if df[t] <= limit]
        rare += sorted(
            (t for t in old_text[i] - old_title[i] if 2 <= df[t] <= limit),
            key=lambda t: (df[t], t),
        )[:TEXT_TOKENS]
        shared: Counter[int] = Counter()
        for tok in rare:
            shared.update(index.get(tok, ()))
        ranked = list(
            dict.fromkeys(
                [*alike, *(j for j, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])))]
            )
        )
        if len(ranked) > cap:
            capped += 1
        out.append(ranked[:cap])
    return out, capped


def best_first(
    scored: Iterable[tuple[float, int, int]], threshold: float
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching, best score first (ties: earlier old, then earlier new)."""
    used_old: set[int] = set()
    used_new: set[int] = set()
    out = []
    for value, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if value < threshold or i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        out.append((i, j, value))
    return out


def align(
    old: Sequence[T],
    new: Sequence[T],
    key: Callable[[T], str],
    *,
    candidates: Callable[[list[int], list[int]], Iterable[tuple[int, int]]] | None = None,
    score: Callable[[T, T], float] | None = None,
    threshold: float = 1.0,
) -> Alignment[T]:
    """Pairs with equal (stable) keys; then, among what is left, the *candidates* pairs whose
    *score* reaches *threshold*, best first."""
    old_keys = stable_keys(old, key)
    new_keys = stable_keys(new, key)
    new_at = {k: j for j, k in enumerate(new_keys)}
    result: Alignment[T] = Alignment()
    matched_old: set[int] = set()
    matched_new: set[int] = set()
    exact: list[tuple[int, int]] = []
    for i, k in enumerate(old_keys):
        j = new_at.get(k)
        if j is not None:
            exact.append((i, j))
            matched_old.add(i)
            matched_new.add(j)
    fuzzy: list[tuple[int, int, float]] = []
    if candidates is not None and score is not None:
        left_old = [i for i in range(len(old)) if i not in matched_old]
        left_new = [j for j in range(len(new)) if j not in matched_new]
        if left_old and left_new:
            scored = [(score(old[i], new[j]), i, j) for i, j in candidates(left_old, left_new)]
            fuzzy = best_first(scored, threshold)
    for i, j in exact:
        result.pairs.append((old[i], new[j], old_keys[i], 1.0))
    for i, j, value in fuzzy:
        matched_old.add(i)
        matched_new.add(j)
        result.pairs.append((old[i], new[j], old_keys[i], value))
    result.removed = [(x, old_keys[i]) for i, x in enumerate(old) if i not in matched_old]
    result.added = [(x, new_keys[j]) for j, x in enumerate(new) if j not in matched_new]
    return result
