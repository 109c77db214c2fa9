"""Matching interviewer turns to the questions of a guide.

Pure functions, no database.

**Score** (0–100) of a turn against a question: the share of the question's
content words that the turn contains, each word weighted by how rare it is
among the guide's questions (a word every question has decides nothing).
Words match across inflection (same first five letters: *tiltak* /
*tiltaket*, *departementet* / *departementene*) and typos (rapidfuzz ratio
≥ 85). Filler (*eh, altså, liksom, på en måte*) and function words are left
out, and word order does not count, so a paraphrase that keeps the question's
key words scores high.

**Order.** The best chain of matches that follows the guide's order (turns
and questions both increasing; one turn may take several consecutive
questions when it merges them) is found by dynamic programming over all
candidate pairs scoring at least :data:`MATCH_SCORE`. Questions the chain
left out are then given to any remaining turn that matches them strongly
(:data:`OUT_OF_ORDER_SCORE`): the interview asked them out of order. What is
left unmatched is a skipped question; an interviewer turn that is matched to
nothing (a follow-up, "mm", a comment) is listed as unmatched.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

MATCH_SCORE = 45.0
MERGE_SCORE = 60.0
OUT_OF_ORDER_SCORE = 65.0
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+")
_PREFIX = 5

STOPWORDS = frozenset("""
og i på er det du de dere som for med til av en et ei at har hva hvordan hvilken hvilke hvilket hvor hvorfor
hvem når om kan vil skal ville kunne skulle ble blir bli var vært være den denne dette disse din ditt dine
deres vi oss seg sin sitt sine meg deg jeg man noe noen nok også så da nå jo vel bare litt sånn slik
ha har hadde hatt få fått gjøre gjør si sier tror tenker synes mener
ikke sant liksom altså eh ehm øh hm mm mhm ja nei ok okei greit fra ut inn opp over under mot etter
før ved hos mellom uten enn eller men fordi hvis mer mest mye mange andre annen annet alle alt selv
the a an and of to in is are you do does what how which why when
""".split())


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning, lower case, in order."""
    return [w for w in (m.group().casefold() for m in _WORD.finditer(text)) if w not in STOPWORDS and len(w) > 1]


@dataclass(frozen=True)
class TurnText:
    """An interviewer turn: its span in the transcript and the text after its label."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuestionMatch:
    """Turn ``turn`` (index into the turns given) asks question ``question`` (index) with ``score``."""

    turn: int
    question: int
    score: float
    in_order: bool = True


@dataclass(frozen=True)
class GuideMatching:
    """All matches, by turn order; the unmatched turns (index, best question, its score); skipped questions."""

    matches: tuple[QuestionMatch, ...]
    unmatched_turns: tuple[tuple[int, int | None, float], ...]
    skipped_questions: tuple[int, ...]


class _Question:
    def __init__(self, words: list[str], weights: dict[str, float]):
        self.words = list(dict.fromkeys(words))
        self.weights = [weights[w] for w in self.words]
        self.total = sum(self.weights)


class _Turn:
    def __init__(self, text: str):
        self.words = set(content_words(text))
        self.prefixes = {w[:_PREFIX] for w in self.words if len(w) >= _PREFIX}
        self.word_list = list(self.words)

    def has(self, word: str) -> bool:
        if word in self.words:
            return True
        if len(word) >= _PREFIX and word[:_PREFIX] in self.prefixes:
            return True
        if len(word) >= 4 and self.word_list:
            return process.extractOne(word, self.word_list, scorer=fuzz.ratio, score_cutoff=85) is not None
        return False


class Scorer:
    """Scores turns against one guide's questions (see the module docstring)."""

    def __init__(self, questions: Sequence[str]):
        word_lists = [content_words(q) for q in questions]
        frequency: dict[str, int] = {}
        for words in word_lists:
            for word in set(words):
                frequency[word] = frequency.get(word, 0) + 1
        count = max(len(questions), 1)
        weights = {w: math.log(1 + count / f) for w, f in frequency.items()}
        self.questions = [_Question(words, weights) for words in word_lists]

    def score(self, turn_text: str, question: int) -> float:
        wanted = self.questions[question]
        if not wanted.total:
            return 0.0
        turn = _Turn(turn_text)
        return 100.0 * sum(w for word, w in zip(wanted.words, wanted.weights) if turn.has(word)) / wanted.total

    def matrix(self, turn_texts: Sequence[str]) -> list[list[float]]:
        rows = []
        for text in turn_texts:
            turn = _Turn(text)
            row = []
            for wanted in self.questions:
                if not wanted.total or not turn.words:
                    row.append(0.0)
                    continue
                got = sum(w for word, w in zip(wanted.words, wanted.weights) if turn.has(word))
                row.append(100.0 * got / wanted.total)
            rows.append(row)
        return rows


def match_turns(questions: Sequence[str], turns: Sequence[TurnText]) -> GuideMatching:
    """Match ``turns`` (interviewer turns in transcript order) to ``questions`` (guide order)."""
    scores = Scorer(questions).matrix([t.text for t in turns])
    n_turns, n_questions = len(turns), len(questions)
    # best[i][j]: best total using turns < i and questions < j; a match (i-1, j-1) may share its turn with
    # (i-1, j-2) when the turn merges two questions.
    best = [[0.0] * (n_questions + 1) for _ in range(n_turns + 1)]
    step: list[list[tuple[str, int] | None]] = [[None] * (n_questions + 1) for _ in range(n_turns + 1)]
    for i in range(1, n_turns + 1):
        for j in range(1, n_questions + 1):
            options = [(best[i - 1][j], ("skip_turn", 0)), (best[i][j - 1], ("skip_question", 0))]
            s = scores[i - 1][j - 1]
            if s >= MATCH_SCORE:
                options.append((best[i - 1][j - 1] + s, ("match", 0)))
                previous = step[i][j - 1]
                if s >= MERGE_SCORE and previous is not None and previous[0] in ("match", "merge"):
                    options.append((best[i][j - 1] + s, ("merge", 0)))
            value, choice = max(options, key=lambda o: o[0])
            best[i][j], step[i][j] = value, choice
    chain: list[QuestionMatch] = []
    i, j = n_turns, n_questions
    while i > 0 and j > 0:
        choice = step[i][j]
        assert choice is not None
        if choice[0] == "skip_turn":
            i -= 1
        elif choice[0] == "skip_question":
            j -= 1
        else:
            chain.append(QuestionMatch(i - 1, j - 1, round(scores[i - 1][j - 1], 1)))
            if choice[0] == "match":
                i -= 1
            j -= 1
    chain.reverse()
    used_turns = {m.turn for m in chain}
    used_questions = {m.question for m in chain}
    extra = []
    candidates = sorted(((scores[t][q], t, q) for t in range(n_turns) if t not in used_turns
                         for q in range(n_questions) if q not in used_questions
                         and scores[t][q] >= OUT_OF_ORDER_SCORE), reverse=True)
    for score, t, q in candidates:
        if t in used_turns or q in used_questions:
            continue
        extra.append(QuestionMatch(t, q, round(score, 1), in_order=False))
        used_turns.add(t)
        used_questions.add(q)
    matches = tuple(sorted(chain + extra, key=lambda m: (m.turn, m.question)))
    unmatched = []
    for t in range(n_turns):
        if t in used_turns:
            continue
        if n_questions:
            q = max(range(n_questions), key=lambda q: scores[t][q])
            unmatched.append((t, q, round(scores[t][q], 1)))
        else:
            unmatched.append((t, None, 0.0))
    skipped = tuple(q for q in range(n_questions) if q not in used_questions)
    return GuideMatching(matches, tuple(unmatched), skipped)


def answer_spans(matches: Sequence[QuestionMatch], turns: Sequence[TurnText],
                 text_length: int) -> dict[int, tuple[int, int]]:
    """Question index -> [start, end): from its turn to the next matched turn (or the end of the text)."""
    starts = sorted({turns[m.turn].start for m in matches})
    spans = {}
    for match in matches:
        start = turns[match.turn].start
        later = [s for s in starts if s > start]
        spans[match.question] = (start, later[0] if later else text_length)
    return spans
