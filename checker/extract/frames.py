"""The records attribution works with: a reporting frame found in a sentence, and the
flags a match comes out with."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Frame:
    pos: int  # token index the frame is anchored at
    party: Optional[str]
    speaker: str
    dispute: bool = False
    claim_start: Optional[int] = 0  # disputes: where the disputed claim begins; None: it came before
    object_start: int = 0  # disputes: where the disputed object begins ("Russian claims that ...")
    possessive: bool = False  # "Moscow's demands": X's claim noun, not X speaking
    speaks: bool = False  # "according to X", "X said": what follows is X's word
    denies: bool = False  # disputes: the verb says the claim is false ("denied", "rejected"), not only contested
    opens: bool = False  # "X said that ...": it holds what follows it, never what came before it
    until: Optional[int] = None  # in a time clause ("after Moscow said ..."), the token where its clause ends

    @property
    def anaphoric(self) -> bool:
        """A dispute of a claim already made: 'a claim Kyiv disputes', 'Kyiv rejected the claim.'"""
        return self.dispute and self.claim_start is None


@dataclass(frozen=True)
class Voice:
    """Whose claim a match is: its holder, the name used, who contests it, and who denies it."""

    holder: Optional[str] = None
    speaker: Optional[str] = None
    disputed_by: Optional[str] = None
    denier: Optional[tuple] = None  # (party, speaker) that says the claim is false: a denial of its own
    claimant: bool = False  # the holder's claim is one another party disputes: only its own negators count
    denies: bool = False  # the holder says it is false ("Kyiv denied that the town had fallen")


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    attempted: bool = False
    hedge: Optional[str] = None
    holder: Optional[str] = None
    speaker: Optional[str] = None
    disputed_by: Optional[str] = None
    supposed: bool = False  # "the capture of X would ...": a supposition, not a fact
    open: bool = False  # "never ruled out sabotage": neither said nor denied
    denier: Optional[tuple] = None  # (party, speaker) that denies the claim: a negated claim of theirs too
