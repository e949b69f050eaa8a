"""Look-alike subjects (`trigger.without`): a Trump-Putin summit's venue is not a
Putin-Zelensky meeting's. A trigger beside a look-alike, in the sentence after one that
refers back to it ("It measured 6.4", "The tremor ..."; data/references.yaml), or in a
sentence saying "such a summit" of one named just before, does not count."""
from __future__ import annotations

from ..settings import data_file, defaults


def not_beside_look_alikes(ex, rule, triggers, analysis, note) -> list:
    """Triggers in a sentence that mentions a `without` phrase, or whose previous sentence in
    the same paragraph does and which refers back to it ("... an aftershock of 6.4. It
    toppled ..."; "... a Putin-Trump summit. Riyadh is a possible venue.", where the venue's
    subject comes from before), or that says "such a summit" when the last summit named was
    a look-alike, do not count."""
    withouts = analysis.withouts.get(rule.id, {})
    if not withouts:
        return triggers
    kept, said = [], set()
    for h in triggers:
        near = [sj for sj in (h.sent, h.sent - 1) if sj in withouts and analysis.attributor.same_paragraph(sj, h.sent)
                and (sj == h.sent or refers_back(ex, rule, h.sent, analysis))]
        how = "beside"
        if not near:
            near, how = _referred_look_alike(ex, h.sent, withouts, analysis), "'such ...' refers back to"
        if not near:
            kept.append(h)
        elif (h.start, h.end) not in said:
            said.add((h.start, h.end))
            note("dropped", lambda h=h, how=how, p=ex.compiled.parts[withouts[near[0]]]: f"trigger "
                 f"'{analysis.arrays.span_text(h.start, h.end)}': {how} '{p.text}' ({p.where})", h)
    return kept


def _referred_look_alike(ex, si: int, withouts, analysis) -> list:
    """[the sentence] of a look-alike that "such a summit" in sentence si refers back to:
    the nearest earlier sentence, up to `such_reach` back in any paragraph, that names a
    look-alike or the same noun; [] when it names the noun without a look-alike."""
    noun = back_reference(ex.cues, si, analysis)
    if noun is None:
        return []
    norms, sents = analysis.arrays.norms, analysis.sents
    for sj in range(si - 1, max(-1, si - 1 - defaults()["such_reach"]), -1):
        if sj in withouts:
            return [sj]
        if noun in norms[sents[sj][0]:sents[sj][1]]:
            return []
    return []


def back_reference(cues, si: int, analysis):
    """The noun of "such a summit" in sentence si (summit), or None."""
    arrays = analysis.arrays
    words = [i for i in range(*analysis.sents[si]) if not arrays.space[i]]
    for k in range(len(words) - 2):
        if arrays.norms[words[k]] in cues.back_references and not arrays.punct[words[k + 2]] \
                and arrays.span_text(words[k + 1], words[k + 1] + 1).lower() in cues.articles:
            return arrays.norms[words[k + 2]]
    return None


def refers_back(ex, rule, si: int, analysis) -> bool:
    """Does sentence si refer back to the one before: does it open with a pronoun ("It
    measured 6.4"), or with a determiner and words that are neither a name, nor a word of
    contrast ("the main quake"), nor the rule's own trigger ("The tremor toppled ...");
    or, for a rule with `trigger.with`, say none of its `with` phrases?"""
    if rule.trigger_with and si not in analysis.withs.get(rule.id, ()):
        return True
    c, arrays = data_file("references.yaml"), analysis.arrays
    words = [i for i in range(*analysis.sents[si]) if not arrays.space[i] and not arrays.punct[i]][:1 + c["reach"]]
    said = [arrays.span_text(i, i + 1) for i in words]
    if not said or said[0].lower() not in c["pronouns"] + c["determiners"]:
        return False
    if said[0].lower() in c["pronouns"] and said[0].lower() not in c["determiners"]:
        return True
    own = _own_words(ex, rule)
    return not any(w[:1].isupper() or w.lower() in c["contrast"] or arrays.norms[i] in own
                   for i, w in zip(words[1:], said[1:]))


def _own_words(ex, rule) -> frozenset:
    """The hashes of the words of a rule's trigger phrases (and refer words): its own subject."""
    strings = ex.compiled.vocab.strings
    return frozenset(strings.add(w) for p in ex.compiled.parts if p.rule == rule.id and p.kind in ("trigger", "refer")
                     for w in p.literals)
