"""Names the speaker stumbles on or corrects, found after the first pass: a name begun and
cut off or said twice ("Sa... Sara", "dag dag lindqvist"), a first name said alone before
the whole name ("Alla. Alla Kovalenko."), a name corrected to another ("Lan... nej, Lành")."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher

from . import context, frequency, lexicon, names
from .capitals import is_acronym
from .letters import UP, L, fold
from .places import WHERE_WORDS
from .propagation import Coverage
from .suggestions import (
    ADDRESS,
    CAPITAL,
    NAMES,
    PERSON,
    PLACE,
    PROPAGATED,
    SCHOOL,
    WORKPLACE,
    Suggestion,
)
from .typing_rules import infer_type


def _just_before_people(text: str, found: list[Suggestion], pattern: re.Pattern,
                        window: int) -> Iterator[tuple[Suggestion, re.Match]]:
    """(person, match) for each found person with ``pattern`` matching just before it,
    within ``window`` characters, its first group on no suggestion yet."""
    covered = Coverage(found)
    for s in found:
        if s.type == PERSON and s.start >= 2:
            m = pattern.search(text, max(0, s.start - window), s.start)
            if m is not None and not covered.covers(m.start(1)):
                yield s, m


# "Lan... nej, Lành", "Stina – förlåt, Sanna": a name the speaker corrects to another name
_CORRECTED = re.compile(rf"(?<![{L}])(?P<name>[{UP}][{L}]+)(?:\.\.\.|…|,| –| -)[ \t]*"
                        rf"(?:\(ohörbart\)[ \t]*)?(?:nej|förlåt|jag menar|alltså)[,.]?[ \t]+$")


def corrected(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A name the speaker corrects to a found person ("Lan... nej, Lành") is a name too:
    the speaker said it first. A sentence's first word counts only when no lexicon knows it
    or a list has it as a first name."""
    out = []
    for _, m in _just_before_people(text, found, _CORRECTED, 40):
        word = m.group("name")
        if names.is_function_word(word) or lexicon.is_generic(word) or is_acronym(word):
            continue
        initial = m.start() == 0 or text[:m.start()].rstrip(" \t")[-1:] in ("", ".", "!", "?",
                                                                              ":", "\n")
        if initial and lexicon.is_word(word.lower()) \
                and not names.is_listed_person(word, ("first",), word_like_too=True):
            continue
        out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED, 0.5))
    return out


# a word said just before a name, whole or cut off: "dag dag lindqvist", "Ah- Ahmed",
# "Sa... Sara" (the speaker stumbles on the name)
_STUTTER = re.compile(rf"(?<![{L}])(?P<word>[{L}]+)(?P<cut>-|\.\.\.|…)?[ \t]+$")


def stuttered(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The first word of a found person said twice, or begun and cut off, just before it:
    the stumble is the name too."""
    out = []
    for s, m in _just_before_people(text, found, _STUTTER, 30):
        word, first = m.group("word").casefold(), s.text.split()[0].casefold()
        if m.group("word") == s.text.split()[0] and not names.is_function_word(word) \
                or (m.group("cut") and len(word) >= 2 and first.startswith(word)):
            # (said twice alike: "dag dag lindqvist", not "I hope Hope", "bli som Som")
            out.append(Suggestion(m.start("word"), m.end("word"), PERSON, m.group("word"),
                                  PROPAGATED, 0.5))
    for s, m in _just_before_people(text, found, _SAID_ALONE, 30):
        if " " in s.text and m.group("word") == s.text.split()[0]:
            # "Alla. Alla Kovalenko.": the first name said alone, then the whole name
            out.append(Suggestion(m.start("word"), m.end("word"), PERSON, m.group("word"),
                                  PROPAGATED, 0.5))
    return out


_SAID_ALONE = re.compile(rf"(?<![{L}])(?P<word>[{UP}][{L}]+)[.!?…][ \t]+$")


# "sten [Sten Åkerlund]", "nicola [Nikola Šarić]", "lena … [Leena Mäkelä]": a transcript's
# words for a name, then the name as it should be written, in brackets
_BEFORE_BRACKET = re.compile(rf"(?P<words>(?:[{L}][{L}\-']*[ \t]+){{1,6}})(?:(?:…|\.\.\.)[ \t]*)?"
                             rf"[\[(]$")


def _alike(said: str, name: str) -> bool:
    """Is ``said`` the name ``name`` as a transcript may write it: the same letters but for
    case and accents, or one or two letters off ("nicola" for Nikola, "lena" for Leena)?"""
    a, b = (fold(x).casefold().translate(_SOUNDS_ALIKE) for x in (said, name))
    if a == b:
        return True
    if len(a) < 3:
        return False
    ratio = SequenceMatcher(None, a, b).ratio()
    return ratio >= 0.75 and a[0] == b[0] \
        or ratio >= 0.85 and len(a) >= 6 and abs(len(a) - len(b)) <= 1
    # (a first sound misheard in a long name: "själv es by" for Tjälvesby)


# letters a recogniser hears for one another ("so raja" for Zoraya, "var sa me" for Warsame)
_SOUNDS_ALIKE = str.maketrans("zwqcyä", "svkkje")


def _misheard_tail(said: list[re.Match], parts: list[str], person: bool
                   ) -> list[re.Match] | None:
    """The last words said that are the name of ``parts`` as misheard: each word alike the
    part in its place, from the first part on or up to the last ("maj britt storm" and
    Maj-Britt Storm, "lena" and Leena alone, "warsame" alone); else the fewest words that run
    together alike the whole name ("Petri lack sånen", "ljung åsen"), or its first or last
    parts, of a person ("ta hmi na" of Tahmina Sadeqi, "var sa me" of Farah Warsame; not
    "skola B" of Valsängens skola)."""
    n = len(parts)

    def word_by_word(last: bool) -> list[re.Match] | None:
        for k in range(min(len(said), n - last), 0, -1):
            if all(map(_alike, (w.group() for w in said[-k:]), parts[-k:] if last else parts)) \
                    and not (last and lexicon.is_word(parts[-1].lower())):
                return said[-k:]  # (not "skola (Väverigärdets skola)": a word said)
        return None

    def run_together(targets: list[str]) -> list[re.Match] | None:
        for target in targets:
            for k in range(2, len(said) + 1):
                if _alike("".join(w.group() for w in said[-k:]), target):
                    return said[-k:]
        return None

    return word_by_word(False) or run_together(["".join(parts)]) or word_by_word(True) \
        or person and run_together(["".join(parts[:j]) for j in range(n - 1, 0, -1)]
                        + ["".join(parts[j:]) for j in range(1, n)])


def bracketed_corrections(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The words just before a found name in brackets that spell the same name, as a
    corrected transcript writes them ("maj britt storm [Maj-Britt Storm]", "dag løvås [Dag
    Løvaas]", a name split by the recogniser: "Petri lack sånen [Petri Laaksonen]", "ljung
    åsen [Ljungåsen]", "nil ufer aydin [Nilüfer Aydın]"): the speaker said the name; the words
    are it as misheard. A bracket that holds a first name and more is a person."""
    out = []
    covered = Coverage(found)
    names_at = sorted((s for s in found if s.type in _CORRECTED_TYPES), key=lambda s: s.start)
    starts = [s.start for s in names_at]
    for b in _BRACKETED.finditer(text):
        a, z = b.start("name"), b.end("name")
        inside = names_at[bisect_left(starts, a):bisect_left(starts, z)]
        inside = [s for s in inside if s.end <= z]
        if not inside or not all(covered.covers(i) for i in range(a, z) if text[i].isalnum()):
            continue
        name = b.group("name")
        m = _BEFORE_BRACKET.search(text, max(0, b.start() - 60), b.start() + 1)
        if m is None:
            continue
        typ = PERSON if any(s.type == PERSON for s in inside) or len(inside) > 1 \
            and names.is_first_name_in_any_case(inside[0].text) else inside[0].type
        parts = re.split(r"[\s\-]+", name)
        said = list(re.finditer(rf"[{L}][{L}\-']*", m.group("words")))
        tail = _misheard_tail(said, parts, typ == PERSON)
        if tail:
            start, end = m.start("words") + tail[0].start(), m.start("words") + tail[-1].end()
            if typ == PERSON and " " not in name and inside[0].source == CAPITAL \
                    and not names.is_listed_person(name, word_like_too=True) \
                    and context.word_before(text, start) in WHERE_WORDS:
                typ = PLACE  # "från Hässle rud [Hässlerud]": where, not who (the bracket's
                out.append(Suggestion(a, z, PLACE, name, NAMES, 0.8))  # capital only guessed)
            if not covered.covers(start) or not covered.covers(end - 1):
                # (ranked with the lists: the transcriber's correction types the words
                # over a list's guess, "Fors näset [Forsnäset]" where Fors is a surname)
                out.append(Suggestion(start, end, typ, text[start:end], NAMES, 0.8))
    return out


# an editor's note may open the bracket: "[red. anm.: Brännhagen]", "[rättat: Zarghuna]"
_NOTE = r"(?:(?i:red\.?[ \t]?anm|anm|rättat|korr|dvs)\.?:?[ \t]*)?"
_BRACKETED = re.compile(rf"[\[(]{_NOTE}(?P<name>[{UP}][^\[\]()\n]{{0,58}}[{L}])[\])]")
_CORRECTED_TYPES = frozenset((PERSON, PLACE, SCHOOL, WORKPLACE, ADDRESS))

# a capitalised name in brackets: "[Kolbotten]", "[Hans]", "[Kolbottens BK]"
_CORRECTION = re.compile(rf"\[{_NOTE}(?P<name>[{UP}][{L}\-]*(?: [{UP}][{L}\-]*){{0,2}})\]")


def _correction_type(name: str, found: list[Suggestion]) -> str:
    """The type the text gives the name elsewhere; else its shape's; a noun that is no listed
    name ("Kolbotten", "Glöden") a place rather than a person."""
    elsewhere = Counter(s.type for s in found if s.text.casefold() == name.casefold()
                        and s.type in _CORRECTED_TYPES)
    if elsewhere:
        return elsewhere.most_common(1)[0][0]
    typ = infer_type(name, PERSON)
    if typ == PERSON and " " not in name \
            and not names.is_listed_person(name, word_like_too=True) \
            and (lexicon.is_word(name.lower()) or lexicon.is_compound_word(name.lower())):
        return PLACE
    return typ


def corrections_in_brackets(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A capitalised word in brackets that spells the words just before it ("kål botten
    [Kolbotten]", "glöden [Glöden]", "hans [Hans]"): a transcriber corrects how a recogniser
    wrote a name, never an ordinary word, so the correction is a name (typed as the text
    types it elsewhere, else by its shape)."""
    if "[" not in text:
        return []
    covered = Coverage(found)
    out = []
    for m in _CORRECTION.finditer(text):
        name = m.group("name")
        if covered.covers(m.start("name")) or is_acronym(name):
            continue
        before = _BEFORE_BRACKET.search(text, max(0, m.start() - 60), m.start() + 1)
        if before is None:
            continue
        said = [w.group() for w in re.finditer(rf"[{L}][{L}\-']*", before.group("words"))]
        joined = re.sub(r"[\s\-]", "", name)
        if not any(_alike("".join(said[-k:]).replace("-", ""), joined)
                   for k in range(1, len(said) + 1)):
            continue
        typ = _correction_type(name, found)
        score = 0.55 if names.is_function_word(name) else 0.6
        out.append(Suggestion(m.start("name"), m.end("name"), typ, name, PROPAGATED, score))
    return out


def misheard(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Names as a transcript wrote them misheard: before their correction in brackets, or
    quoted in a correction log and then wherever the text writes them so, or split."""
    before = bracketed_corrections(text, found)
    return before + _said_so_again(text, found + before, {
        s.text.casefold(): s.type for s in before if " " in s.text}) \
        + logged_corrections(text, found) + names_marked_sic(text, found) \
        + split_names(text, found)


def split_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A name found in the text written elsewhere in two or three pieces, as a recogniser
    splits it ("Shirin Rostam i" where "Rostami, Shirin" speaks, "Hägg lund", "calc hagen"
    beside Kalkhagen is not: the letters must be the same): the pieces are the name."""
    wanted = {}
    for name, typ in dict.fromkeys((s.text, s.type) for s in found if s.type in _SPLIT_TYPES):
        for w in _LONG_WORD.findall(name):
            if not lexicon.is_word(w.lower()) and not lexicon.is_generic(w):
                wanted.setdefault(w.lower(), typ)
    if not wanted:
        return []
    low = text.lower()
    words = {w.strip(_PUNCTUATION) for w in low.split()}
    covered = Coverage(found)
    out = []
    for name, typ in wanted.items():
        if not any(split in low for split in _splits(name, words)):
            continue  # (the cheap test: every text, every name)
        spaced = " ?".join(map(re.escape, name))
        for m in re.finditer(rf"(?<![{L}]){spaced}(?![{L}])", text, re.IGNORECASE):
            pieces = m.group().split(" ")
            last = pieces[-1]
            if not 2 <= len(pieces) <= 3 or len(last) == 1 and (
                    last in "sS" or last.isupper() or text.startswith(".", m.end())):
                continue  # (not "ploy s.", "roger s", "Tindra K.": an initial, a genitive's -s)
            if not (covered.covers(m.start()) and covered.covers(m.end() - 1)):
                out.append(Suggestion(m.start(), m.end(), typ, m.group(), PROPAGATED, 0.6))
    return out


def _splits(name: str, words: set[str]) -> Iterator[str]:
    """``name`` written as two or three of ``words`` with a space between."""
    for i in range(1, len(name)):
        if name[:i] in words:
            rest = name[i:]
            if rest in words:
                yield f"{name[:i]} {rest}"
            for j in range(1, len(rest)):
                if rest[:j] in words and rest[j:] in words:
                    yield f"{name[:i]} {rest[:j]} {rest[j:]}"


_LONG_WORD = re.compile(rf"[{L}]{{5,}}")
_SPLIT_TYPES = _CORRECTED_TYPES - {ADDRESS}
_PUNCTUATION = ".,;:!?()[]\"'”“«»…–-"


# "frid [sic] och hennes team", "bo stål [sic] från ekonomi", "Agneska [sic] med k"
_SIC = re.compile(rf"(?<![{L}])(?P<first>[{L}][{L}\-]{{1,30}})"
                  rf"(?: (?P<second>[{L}][{L}\-]{{1,30}}))?[ \t]*[\[(](?i:sic)!?[\])]")


def names_marked_sic(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A name a transcriber keeps as it was written, marked "[sic]": a first name in any
    case ("frid [sic]"), with the surname after it ("bo stål [sic]"), or a word no text uses
    with a capital ("Agneska [sic]"); not an ordinary word kept so ("fel [sic]", "komer
    [sic]")."""
    if "sic" not in text and "SIC" not in text:
        return []
    covered = Coverage(found)
    out = []
    for m in _SIC.finditer(text):
        first, second = m.group("first"), m.group("second")
        if second is not None and names.is_first_name_in_any_case(first) \
                and not names.is_function_word(first):
            start, end = m.start("first"), m.end("second")  # "bo stål [sic]"
        else:
            g = "first" if second is None else "second"
            start, end = m.start(g), m.end(g)
        word = text[start:end]
        if covered.covers(start) or names.is_function_word(word.split()[0]):
            continue
        if " " in word or names.is_first_name_in_any_case(word) \
                or word[:1].isupper() and not lexicon.is_word(word.lower()) \
                and frequency.zipf_sv(word.lower()) < 1.0:  # (not "komer [sic]", a misspelling)
            out.append(Suggestion(start, end, PERSON, word, PROPAGATED, 0.5))
    return out


def _said_so_again(text: str, found: list[Suggestion], forms: dict[str, str]) -> list[Suggestion]:
    """Where else the text writes a misheard form of several words ("I hytt backen bor",
    "På kål bottens skola" where "kål botten [Kolbotten]" was corrected once): the name."""
    if not forms:
        return []
    covered = Coverage(found)
    finder = re.compile(rf"(?<![{L}])(?:{'|'.join(map(re.escape, forms))})(?P<s>s?)(?![{L}])",
                        re.IGNORECASE)
    return [Suggestion(m.start(), m.end(), forms[m.group(0)[:len(m.group(0)) - len(
        m.group("s"))].casefold()], m.group(0), PROPAGATED, 0.6)
        for m in finder.finditer(text)
        if not (covered.covers(m.start()) and covered.covers(m.end() - 1))]


# a correction log: 'to fix in the clean copy: "mete" = Mette, "sand banken" = Sandbanken'
_LOGGED = re.compile(rf"[\"”“](?P<said>[{L}][{L}\- ]{{1,38}}[{L}])[\"”“][ \t]*"
                     rf"(?:=|→|->|ska vara|rättat till|felstavat för)[ \t]*[\"”“]?"
                     rf"(?P<name>[{UP}][{L}\-]*(?: [{UP}][{L}\-]*){{0,2}})")


_LOG_MARKS = ("=", "→", "->", "ska vara", "rättat till", "felstavat för")


def logged_corrections(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A form a correction log quotes for a found name it spells alike ('"barish yilmaser" =
    Barış Yılmazer', '"fyr ljuset" = Fyrljuset'): the name, of its type, there and wherever
    else the text writes that form ("från sand banken efter sju")."""
    if not any(mark in text for mark in _LOG_MARKS):
        return []
    starts = {s.start: s for s in found if s.type in _CORRECTED_TYPES}
    forms: dict[str, str] = {}
    for m in _LOGGED.finditer(text):
        s = starts.get(m.start("name"))
        said = m.group("said")
        if s is None or said == s.text or names.is_function_word(said) \
                or not _alike(re.sub(r"[\s\-]", "", said), re.sub(r"[\s\-]", "", s.text)):
            continue
        forms[said.casefold()] = s.type
    if not forms:
        return []
    covered = Coverage(found)
    out = []
    finder = re.compile(rf"(?<![{L}])(?:{'|'.join(map(re.escape, forms))})(?![{L}])",
                        re.IGNORECASE)
    for m in finder.finditer(text):
        if not (covered.covers(m.start()) and covered.covers(m.end() - 1)):
            out.append(Suggestion(m.start(), m.end(), forms[m.group(0).casefold()],
                                  m.group(0), PROPAGATED, 0.6))
    return out

