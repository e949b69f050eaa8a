"""`checker rules suggest`: where a rule's subject is mentioned but no value phrase
matched, grouped by the words that recur beside the trigger (render/suggest.py
says it in words).

A sentence is a miss when it names the rule's subject itself (a trigger or a
`refer` word in the sentence, not beside a look-alike; its `with` phrase in scope
when the rule asks for one) and no value, denial or capture phrase of the rule
matched in the sentences the rule would look in for it (its scope). Matches the
extractor then dropped (negated, hedged, held by another party) are no misses:
the phrase matched. The extractor's own Analysis decides all of this; nothing is
matched here.

Misses are grouped by the words just before the trigger ("no evidence of …") or
just after it ("… was ruled out"): up to three words on either side, within the
clause (punctuation ends it), articles left out, not only stop words. The words
shared by the most misses make the first group; then, of the misses left, the next;
misses no other shares a word with are listed alone, last.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import scope
from .claims import VALUES, continues_scope, scope_order, with_in_scope
from .lookalikes import back_reference, not_beside_look_alikes
from .patterns import TRIGGERS

WORDS = 3  # words on either side of the trigger that a group may share
ARTICLES = frozenset(("a", "an", "the"))


@dataclass(frozen=True)
class Miss:
    article: str
    path: str
    line: int
    sentence: str  # whitespace collapsed
    trigger: str  # the trigger's words, as written
    before: tuple  # ((canonical words), (words as written)) of the 1, 2, 3 words before the trigger
    after: tuple  # the same after it


@dataclass(frozen=True)
class Group:
    side: str  # before | after | '' (misses that share no words)
    words: str  # as the first miss writes them
    misses: tuple


def misses(extractor, rule, article) -> list:
    """The misses of one rule in one article, in text order."""
    out = []
    for chunk in extractor.chunks(article):
        if extractor.mentions(chunk.text, {rule.id}):
            out.extend(_misses(extractor, rule, extractor.analyse(article, None, chunk, {rule.id}), chunk))
    return out


def _misses(ex, rule, analysis, chunk) -> list:
    parts, arrays = ex.compiled.parts, analysis.arrays
    hits = analysis.hits.get(rule.id, [])
    named = [h for h in hits if parts[h.part].kind in TRIGGERS and arrays.sent_of[h.start] == h.sent]
    named = not_beside_look_alikes(ex, rule, named, analysis, lambda *a, **k: None)
    withs, valued = analysis.withs.get(rule.id, set()), {h.sent for h in hits if parts[h.part].kind in VALUES}
    first = {}
    for h in sorted(named, key=lambda h: h.start):
        first.setdefault(h.sent, h)
    out = []
    for si, hit in sorted(first.items()):
        if rule.trigger_with and not with_in_scope(rule, si, withs, analysis,
                                                    lambda si=si: back_reference(ex.cues, si, analysis) is not None):
            continue
        looked = [sj for sj in scope_order(si, scope.before(ex, analysis, rule, si), rule.after)
                  if sj <= si or continues_scope(analysis, si, sj)]
        if valued.isdisjoint(looked):
            out.append(_miss(analysis, chunk, si, hit))
    return out


def _miss(analysis, chunk, si: int, hit) -> Miss:
    doc, arrays, (s0, s1) = analysis.doc, analysis.arrays, analysis.sents[si]
    a, _ = arrays.chars(s0, s1)
    line, _ = chunk.line_col(a, chunk.original(a))
    before = _words(doc, range(hit.start - 1, s0 - 1, -1))[::-1]
    after = _words(doc, range(hit.end, s1))
    return Miss(analysis.article.id, analysis.article.path, line, " ".join(arrays.span_text(s0, s1).split()),
                arrays.span_text(hit.start, hit.end), _grams(before[-WORDS:], True), _grams(after[:WORDS], False))


def _words(doc, indices) -> list:
    """(canonical, as written, stop word) of the words at indices, up to punctuation, articles left out."""
    out = []
    for i in indices:
        t = doc[i]
        if t.is_space:
            continue
        if t.is_punct or len(out) == WORDS:
            break
        if t.lower_ not in ARTICLES:
            out.append((t.norm_, t.text, t.is_stop))
    return out


def _grams(words, before: bool) -> tuple:
    """The 1, 2, 3 words next to the trigger, each as ((canonical), (as written)); those of
    stop words only left out."""
    out = []
    for n in range(1, len(words) + 1):
        chosen = words[-n:] if before else words[:n]
        if not all(stop for _, _, stop in chosen):
            out.append((tuple(w[0] for w in chosen), tuple(w[1] for w in chosen)))
    return tuple(out)


def group(found) -> list:
    """Groups of misses that share words beside the trigger, the largest first; then
    the misses that share none, each alone (side '')."""
    left, groups = sorted(found, key=lambda m: (m.path, m.line)), []
    while left:
        counts, written = Counter(), {}
        for m in left:
            for side, grams in (("before", m.before), ("after", m.after)):
                for norms, words in grams:
                    counts[(side, norms)] += 1
                    written.setdefault((side, norms), " ".join(words))
        best = min(counts, key=lambda k: (-counts[k], -len(k[1]), k[1], k[0]), default=None)
        if best is None or counts[best] < 2:
            break
        side, norms = best
        members = [m for m in left if norms in {g for g, _ in (m.before if side == "before" else m.after)}]
        groups.append(Group(side, written[best], tuple(members)))
        left = [m for m in left if m not in members]
    return groups + [Group("", "", (m,)) for m in left]
