"""A name found once is found wherever else it stands: other capitalised occurrences in the
text, and the same name in the project's other transcripts (``names_in`` gathers them, the
detector's ``with_project_names`` looks for them). Names written in lower case are
``lower_propagation``'s."""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from . import context, frequency, institutions, lexicon, names, word_uses
from .capitals import CHORUS, CapToken, is_acronym
from .groups import GROUP_TAILS
from .institutions import is_authority
from .letters import LOW, UP, L, plain_spellings
from .places import WHERE_WORDS
from .suggestions import (
    KNOWN,
    NAME_TYPES,
    NAMES,
    ORGANISATION,
    PERSON,
    PLACE,
    PROPAGATED,
    SCHOOL,
    WORKPLACE,
    Suggestion,
)
from .typing_rules import COMPASS, SURNAME_ENDINGS, WORKPLACE_PREFIXES


class Coverage:
    """Which offsets the suggestions found so far cover (their spans sorted by start; the
    last span starting at or before an offset decides)."""

    def __init__(self, found: Iterable[Suggestion]):
        self._spans = sorted((s.start, s.end) for s in found)
        self._starts = [a for a, _ in self._spans]

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._spans[i][0] <= pos < self._spans[i][1]


def per_forms(build):
    """``build(forms)`` worked out once for the last dict of forms given: a project's second
    pass gives the same dict for every text (a dict of forms is not changed once given)."""
    last: list = [(None, -1, None)]  # one tuple, read and replaced whole (threads)

    def cached(forms: dict[str, str]):
        given, size, result = last[0]
        if forms is given and len(forms) == size:
            return result
        result = build(forms)
        last[0] = (forms, len(forms), result)
        return result
    return cached


def people_followed_by(text: str, found: list[Suggestion], pattern: re.Pattern,
                       min_score: float = 0.0) -> Iterator[tuple[Suggestion, re.Match]]:
    """(person, match) for each found person that ``pattern`` matches right after, its first
    group on no suggestion yet ("faadumo nuur ("fado")", "yasser al-jubouri"), or on none
    scored ``min_score`` or more."""
    covered = Coverage([s for s in found if s.score >= min_score])
    for s in found:
        if s.type == PERSON:
            m = pattern.match(text, s.end)
            if m is not None and not covered.covers(m.start(1)):
                yield s, m


def names_in(found: Iterable[Suggestion]) -> dict[str, str]:
    """{form: type} of the names confidently found: what the rest of the text, and the rest of
    the project, should also find ("Inga" found inside a sentence is found at a sentence start
    too; "Emina" found once is found as "emina")."""
    votes: dict[str, Counter] = {}
    found = list(found)
    times = Counter(s.text for s in found)
    for s in found:
        if s.type not in NAME_TYPES or s.score < 0.6:
            continue
        # a one-word span votes for its own type; inside "Hällsjö gymnasium" or "Anna
        # Berg" the word's type is less sure
        weight = 2 if " " not in s.text else 1
        for word in s.text.replace(",", " ").split():  # ("Rönnholm, Dag")
            if not word[:1].isupper() or len(word) < 2 or word in COMPASS \
                    or word in WORKPLACE_PREFIXES \
                    or is_acronym(word) and not _defined_short_form(s) \
                    or lexicon.is_generic(word) and not _a_person_for_sure(s) \
                    or institutions.institution_word(word) \
                    and not institutions.named_by_a_name(word) \
                    or word.lower() in _KINDS_OF_PLACE:
                continue  # "HTL", "Skatteverket", "Förskolan" inside a longer name stay
            if names.is_function_word(word) and (" " in s.text and not _first_of_full_name(
                    s, word) or names.lookup(word) is None):
                continue  # "Om" inside a longer span; "Inga" found as a name stays (and
                # "Dina" of "Dina Haddad" spreads)
            if lexicon.is_word(word) and not (
                    s.type == PERSON and s.score >= 0.5 and (NAMES in s.source
                                                             or KNOWN in s.source)
                    or s.type == PERSON and s.score >= 0.6
                    and frequency.zipf_sv(names.strip_genitive(word)) < 4.0
                    or s.type == PERSON and s.score >= 0.75 and " " not in s.text
                    and frequency.zipf_sv(names.strip_genitive(word)) < 5.0
                    or s.type in (WORKPLACE, SCHOOL) and s.score >= 0.6
                    and not (" " in s.text and word.endswith("s")
                             and frequency.zipf_sv(word[:-1].lower()) >= 3.5)
                    and not (" " in s.text
                             and not names.strip_genitive(word).lower().endswith(_DEFINITE))
                    or s.type == PLACE and s.score >= 0.6
                    and (PROPAGATED in s.source or times[s.text] >= 2)
                    and word.endswith(("an", "en", "et")) and not is_authority(word)):
                continue  # a word spreads when a list, the key, an institution (but not
                # "Hamnens" of "Hamnens Städ": the harbour's; not the trade or the kind in
                # "Språkbron Tolk AB", "Somaliska föreningen Hiil", where "Kvarnen" of "Café
                # Kvarnen", a definite by-name, does), a
                # context that makes it a name ("Biret Kuhmunen", "heter Bris") or a place
                # the text keeps going to ("på Gärdet", twice or more) says so
            if " " in s.text and not s.text.startswith(word) \
                    and frequency.zipf_sv(word.lower()) >= 5.5 \
                    and not names.is_listed_person(word, ("surname",)):
                continue  # "Mellan" of "Ett Liv Mellan Två Roller": a word no surname is
            base = names.strip_genitive(word)
            if len(base) < 2:
                continue  # "Y:s" of "Zeynep Y:s": an initial's genitive
            hit = names.lookup(word)
            if base != word and (names.is_function_word(base) or lexicon.is_word(base)
                                 and hit is not None and not hit.suffix):
                base = word  # "Hans" and "Mats" spread, "Han" and "Mat" do not
            typ = s.type
            if typ in (SCHOOL, WORKPLACE) and word != base and s.text.startswith(word + " ") \
                    and institutions.plain_institution_after(s.text, len(word)):
                typ = PLACE  # "Tegelbrukets skola": the school is named after the place
            for form in {base, word}:
                votes.setdefault(form, Counter())[typ] += weight
        head = group_head(s.text) if s.type == PERSON and "-" in s.text \
            and " " not in s.text else None
        if head and head[:1].isupper() and len(head) >= 3 and "-" not in head \
                and not lexicon.is_word(head.lower()):
            votes.setdefault(head, Counter())[PERSON] += 1  # "Şêxo" of "Şêxo-familjen"
        if s.type == PERSON and 2 <= len(s.text.split()) <= 3 and s.text.istitle() \
                and not any(names.is_function_word(w) for w in s.text.split()[1:]):
            # the full name too: "dag ström" in notes where "Dag Ström" was found, "hans ek"
            # where "Hans Ek" was
            votes.setdefault(s.text, Counter())[PERSON] += 1
    # a full name found as two names side by side ("Hans" and "Ek" of "Hans Ek själv")
    people = sorted((s for s in found if s.type == PERSON and s.score >= 0.6
                     and " " not in s.text and s.text.istitle()), key=lambda s: s.start)
    for first, last in itertools.pairwise(people):
        if last.start == first.end + 1 and not names.is_function_word(last.text):
            votes.setdefault(f"{first.text} {last.text}", Counter())[PERSON] += 1
    return _most_votes(votes)


# the definite endings of a by-name made of a noun ("Kvarnen", "Ankaret", "Stegen")
_DEFINITE = ("n", "et", "na")


# what a school or a church is, capitalised in a heading ("Familjer Per Skola Och Termin")
_KINDS_OF_PLACE = frozenset("""skola skolor kyrka moské förening församling bibliotek
fritidsgård förskola klubb""".split())


def _first_of_full_name(s: Suggestion, word: str) -> bool:
    """``word`` is the first name of a person's full name found by the lists: "Dina" of "Dina
    Haddad", "Alla" of "Alla Kovalenko"."""
    parts = s.text.split()
    if s.type != PERSON or NAMES not in s.source or s.score < 0.7 or len(parts) != 2 \
            or parts[0] != word:
        return False
    first, last = names.lookup(word), names.lookup(parts[1])
    return first is not None and first.kind == "first" and (
        last is not None and last.kind == "surname" and not last.stop
        or last is not None and last.kind == "place"
        and parts[1].lower().endswith(SURNAME_ENDINGS) and not lexicon.is_word(parts[1].lower())
        or last is None and not lexicon.is_word(parts[1].lower()))  # "Alla Hnatiuk", "Alla
    # Shevchenko" (a surname's ending on a village a gazetteer knows)


_LISTED_BEFORE = re.compile(rf"([{UP}][{L}]+)(?:, | och | eller )$")


def _among_countries(text: str, start: int) -> bool:
    m = _LISTED_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and lexicon.is_generic(m.group(1))


def _a_person_for_sure(s: Suggestion) -> bool:
    """A one-word person a list or the text's own words made sure of ("Kuba:" labelling his
    turns, "alla säger Kuba"): spreads even where the word is a country's name too."""
    return s.type == PERSON and " " not in s.text and s.score >= 0.8 and NAMES in s.source \
        and names.is_listed_person(s.text, ("first", "surname"), word_like_too=True)


def _defined_short_form(s: Suggestion) -> bool:
    """A body's short form the text defines in brackets ("Kaitasuvanto IF (KIF)"), which
    the project's other texts use alone ("Jouni i KIF")."""
    return s.type in (WORKPLACE, SCHOOL) and " " not in s.text and s.score >= 0.6 \
        and PROPAGATED in s.source and s.text.isupper()


def names_in_project(found_per_text: Iterable[list[Suggestion]]) -> dict[str, str]:
    """{form: type} over a project's texts: each text votes the type ``names_in`` gives a
    form there, and the type most texts give wins ("Hodan" is a girl in five transcripts
    even if the first one read made her a district of Mogadishu)."""
    votes: dict[str, Counter] = {}
    for found in found_per_text:
        for form, typ in names_in(found).items():
            votes.setdefault(form, Counter())[typ] += 1
    return _most_votes(votes)


# the type a name has most often ("Hällsjö" is a town even if one sentence made it a
# person); ties go to the more specific place types
_ORDER = {SCHOOL: 0, WORKPLACE: 1, PLACE: 2, ORGANISATION: 3, PERSON: 4}


def _most_votes(votes: dict[str, Counter]) -> dict[str, str]:
    return {form: max(c, key=lambda t: (c[t], -_ORDER.get(t, 5))) for form, c in votes.items()}


def propagate(text: str, found: list[Suggestion], tokens: list[CapToken],
               forms: dict[str, str]) -> list[Suggestion]:
    """Other capitalised occurrences of names already found."""
    covered = Coverage(found)
    out = []
    for tok in tokens:
        typ = forms.get(tok.text) or forms.get(names.strip_genitive(tok.text))
        if typ is None and len(tok.text) >= 3 and tok.text.isupper() \
                and not lexicon.is_generic(tok.text):
            typ = forms.get(tok.text.capitalize())  # "MÁRET:" where "Máret" was found (not
            # "SFI" where a text wrote the school "Sfi")
        if typ is None and context.name_handle(tok.text, forms):
            typ = PERSON  # "GolfKåtan" where "Golf" was found
        if typ is None and tok.text.isascii():
            typ = _folded_forms(forms).get(tok.text)  # "Ande" where "Ánde" was found
        if typ is None and len(tok.text) == 3 and tok.text.endswith("s") \
                and forms.get(tok.text[:-1]) == PERSON and frequency.zipf_sv(tok.text.lower()) < 1:
            typ = PERSON  # "Bos team" where Bo was found (the genitive of a two-letter name)
        if typ is None and _named_group(tok.text, forms):
            typ = PERSON  # "Berfinmamman", "Tala-gänget" where "Berfin", "Tala" were found
        if typ is None and pet_form(tok.text, forms):
            typ = PERSON  # "Tarasik" where Taras was found
        if typ is None or covered.covers(tok.start):
            continue
        if tok.initial and names.is_function_word(tok.text) \
                and not names.is_swedish_person_name(tok.text) \
                and not (context.subject_context(text, tok.end)
                         and tok.text.lower() not in SUBJECT_PRONOUNS) \
                and not (typ == PERSON and (_function_word_addressed(text, tok)
                                            or _named_just_before(text, tok, found)
                                            or _paired_with_a_person(text, tok, found))):
            continue  # "Den", "Medan" stay words ("Inga" stays a weak suggestion; "Alla
            # vet", where Alla is a woman, the pronoun)
        after = context.word_after(text, tok.end)
        if tok.initial and (names.is_function_word(tok.text) or lexicon.is_word(tok.text)) \
                and (after in _OBJECT_PRONOUNS
                     or (names.is_function_word(tok.text) and _lower_word_after(text, tok.end)
                         and not names.is_function_word(after)
                         and not context.subject_context(text, tok.end)
                         and not _THE_ONE.match(text, tok.end))):
            continue  # "Ring mig", "Mina föräldrar", "Inga problem": a verb or a determiner
            # before its noun (but "Inga från skolan ringde": the name before a preposition)
        if institutions.in_authority_name(text, tok.start) \
                or institutions.before_university(text, tok.end, tok.start):
            continue  # "Region Västernorrland", "Malmö universitet" where the town was found
        if context.greeting(text, tok.start, tok.text):
            continue  # "Tack Goran" where "Maria Tack" is a name
        if typ == PERSON and lexicon.is_generic(tok.text) \
                and (context.word_before(text, tok.start) in WHERE_WORDS
                     or _among_countries(text, tok.start)):
            continue  # "från Kuba", "åka till Kuba", "Spanien, Grekland, Kuba": the country,
            # where Kuba is also a boy
        if word_uses.a_word_here(text, tok.start, tok.end) or word_uses.celebrated(text, tok.start):
            continue  # "Dag för dag", "firade Newroz", "Maj, juni", "Bo, skola, jobb" where
            # Dag, Newroz, Maj and Bo are people
        # "Lina" at a sentence start may be the word: propagate it, but as a weaker suggestion
        weak = tok.initial and lexicon.is_word(tok.text)
        out.append(Suggestion(tok.start, tok.end, typ, tok.text, PROPAGATED,
                              0.4 if weak else 0.6))
    return out


@per_forms
def _folded_forms(forms: dict[str, str]) -> dict[str, str]:
    """{form without its diacritics: type} of the person names written with them ("Ande" of
    "Ánde", "Sahin" of "Şahin"), where the plain spelling is no common word."""
    folded: dict[str, str] = {}
    for form, typ in forms.items():
        for plain in plain_spellings(form) if typ == PERSON else ():
            if plain != form and len(plain) >= 3 and plain[:1].isupper() \
                    and plain not in forms \
                    and frequency.zipf_sv(plain.lower()) < 4.5 \
                    and not lexicon.is_generic(plain) and not names.is_function_word(plain):
                folded.setdefault(plain, typ)
    return folded


def _function_word_addressed(text: str, tok: CapToken) -> bool:
    """A found name that is a function word too, where the word cannot be meant: a speaker's
    label ("Dina: Jag är ny", not the chorus "Alla:"), asked back ("Alla?"), the subject of a
    verb taken up by "hon" ("Alla var chill. Hon spelade"), or set off by a comma at a
    sentence's start ("Dina, dina föräldrar", "Alla, en mamma, hon är lärare")."""
    if tok.label:
        return tok.text.lower() not in CHORUS or one_speaker(text, tok.text)
    back = _ASKED_BACK.match(text, tok.end)
    if back is not None and (back.group(0)[0] == "?" or tok.text.lower() not in re.findall(
            r"\w+", text[max(0, tok.start - 40):tok.start])):
        return True  # "I: Alla?" / "Alla? Hon som pratar ukrainska?": the name asked back
        # (not the word said again: "går på alla möten. Alla. Hon är med")
    taken_up = _TAKEN_UP_BY_HER.match(text, tok.end)
    if taken_up is not None and taken_up.group(1) in context.VERBS \
            and taken_up.group(1) not in _WHAT_EVERYONE_DOES:
        return True  # "Alla var chill. Hon spelade Uno", "Alla tog av skorna, hon visste"
        # (not "Alla säger Maggan. Hon och jag": what everyone says)
    if _TAGGED_LABEL.match(text, tok.end) and not text[text.rfind("\n", 0, tok.start) + 1:
                                                       tok.start].strip(" \t[]0123456789:."):
        return True  # "Alla (Teams): Det var ofta så": a speaker joining by a call
    if _ADDRESSED_AS_YOU.match(text, tok.end) or _SURNAME_INITIAL.match(text, tok.end) \
            or _THE_ONE.match(text, tok.end):
        return True  # "Och Alla, hör du oss?", "Ja. Alla K. Hon är bra.", "Alla var den
        # första som frågade" (the word takes "de första"), "Alla själv, sonen" ("själva")
    if _singular_predicate(text, tok.end):
        return True  # "Alla var älskad", "Alla är fantastisk": one woman (everyone would be
        # "älskade", "fantastiska")
    if text[tok.start - 1:tok.start] in _QUOTES and _QUOTE_CLOSED.match(text, tok.end):
        return True  # '"Alla" ovan är socialsekreterarens', '"Vem då?" "Alla!"': the name
    if text[tok.start - 1:tok.start] == "(" and text[tok.end:tok.end + 1] == ")" \
            and context.word_before(text, tok.start - 1) in _KIN_BEFORE_BRACKETS:
        return True  # "ifyllt av mamman (Alla)"
    return text.startswith(", ", tok.end)


def _singular_predicate(text: str, end: int) -> bool:
    """An adjective or participle in the singular after "är"/"var" where the plural differs:
    the subject is one person, not a pronoun of many."""
    if word_uses.one_person_predicate(text, end):
        return True  # "Alla är mamman?", "Alla är min granne": one woman, not everyone
    m = _PREDICATE.match(text, end)
    if m is None:
        return False
    adj = m.group(1)
    return not adj.endswith(("a", "e")) and lexicon.is_word(adj) \
        and not names.is_function_word(adj) \
        and (lexicon.is_word(adj + "a") or adj.endswith("d") and lexicon.is_word(adj + "e"))


_PREDICATE = re.compile(rf" (?:är|var|blev|verkar) (?:så |jätte|väldigt |mycket |lite |inte |ju |"
                        rf"också |alltid |helt )?([{LOW}]{{3,}})(?=[ ,.!?;:]|$)")
_THE_ONE = re.compile(r" (?:(?:var|är|blev) den (?:första|enda|sista|som)|själv(?! \w+a\b))\b")
_QUOTES = frozenset("\"”“'’")
_QUOTE_CLOSED = re.compile(r"[!?.]?[\"”“'’](?![\w])")
_KIN_BEFORE_BRACKETS = context.KIN_AND_TITLES | frozenset("mamman pappan".split())
# a speaker's label with the way they take part: "Alla (Teams):", "Alla (tolk):", "Alla (på
# svenska, med hjälp av Mira):"
_TAGGED_LABEL = re.compile(r" \([^()\n]{1,60}\):")
# the name said to someone asked as "du": "Alla, hör du oss?", "Alla, kan du berätta"
_ADDRESSED_AS_YOU = re.compile(
    r", (?!(?:vet|förstår|ser|fattar|tror|menar|märker)\b)\w+ (?:du|ni)\b")  # (not "Alla,
# vet du, är rädda": everyone, you know)
# a surname's initial after the first name: "Alla K. Hon", "Alla K:" (not the pronoun "I")
_SURNAME_INITIAL = re.compile(rf" (?!I\b)[{UP}](?:\.(?=[\s,:;)]|$)|(?=[,:;)]|[ \t]*$))",
                              re.MULTILINE)


def _named_just_before(text: str, tok: CapToken, found: list[Suggestion]) -> bool:
    """The person named in the sentences just before, doing something now: "Hon heter Alla.
    Alla ringde en fredag" (not what everyone says, knows or has: "Alla säger Maju", "Alla
    vet det")."""
    verb = context.word_after(text, tok.end)
    if verb not in context.VERBS or verb in _WHAT_EVERYONE_DOES or verb in _WHAT_EVERYONE_IS:
        return False
    if any(s.type == PERSON and s.text.split()[0] == tok.text
           and tok.start - 150 <= s.start < tok.start
           and _SPEAKER_LABEL_END.match(text, s.end) is None for s in found):
        return True
    # the person this text talks of: the name with its capital inside a sentence elsewhere
    # ("men Alla har sagt", "inte Alla, en ung"), where the word would be in lower case
    return _an_act_done(text, tok.end, verb) and any(
        s.type == PERSON and s.text == tok.text and s.start != tok.start
        and _LOWER_WORD_BEFORE.search(text, max(0, s.start - 30), s.start) is not None
        for s in found)


def _an_act_done(text: str, end: int, verb: str) -> bool:
    """A verb in the past tense of something one person did ("körde mig", "ringde och
    fixade", "satt här"): not what everyone does now ("Alla bor här", "Alla pratar om"), was
    or had ("Alla var glada", "Alla hette Gun-Britt"), nor what all did not ("Alla tog det
    inte så bra")."""
    if verb in _WHAT_EVERYONE_WAS or not (verb.endswith(("de", "te")) or verb in _STRONG_PAST):
        return False
    return " inte " not in text[end:end + 40].split(".")[0] + " "


_WHAT_EVERYONE_WAS = frozenset("""var blev hade hette visste kunde skulle fick måste ville
brukade verkade tyckte trodde kände""".split())
_STRONG_PAST = frozenset("satt kom tog gick for drog gav bar skrev stod sprang låg".split())
_LOWER_WORD_BEFORE = re.compile(rf"(?<![.!?:]\s)(?<![{L}])[{LOW}]+,? $")


def _paired_with_a_person(text: str, tok: CapToken, found: list[Suggestion]) -> bool:
    """Joined by "och" to a person found in the text: "Alla och Klara kom tillsammans",
    "Tor och Alla ringde" (not "alla och ingen")."""
    after = _AND_NEXT.match(text, tok.end)
    before = _AND_BEFORE.search(text, max(0, tok.start - 6), tok.start)
    return any(s.type == PERSON and s.text != tok.text and (
        after is not None and s.start == after.end()
        or before is not None and s.end == before.start()) for s in found)


_AND_NEXT = re.compile(r" och ")
_AND_BEFORE = re.compile(r" och $")


# the end of a speaker's label ("Alla K: Alla förstod": the speaker, not the one talked of)
_SPEAKER_LABEL_END = re.compile(rf"(?: [{UP}]\.?)?:")


@lru_cache(maxsize=64)
def one_speaker(text: str, label: str) -> bool:
    """A chorus word labelling turns ("Alla:") that one person speaks: "I" in one of them, or
    three turns or more, one of them a sentence of six words or more (a chorus says "Ja!"
    or laughs)."""
    turns = [m.group(1) for m in re.finditer(
        rf"(?m)^[ \t]*(?:\[[\d:.]+\][ \t]*)?{re.escape(label)}:[ \t]*(.*)$", text)]
    if any(_FIRST_PERSON.search(t) for t in turns):
        return True
    return len(turns) >= 3 and any(len(t.split()) >= 6 for t in turns) \
        or sum(_UNTRANSCRIBED.fullmatch(t.strip()) is not None for t in turns) >= 3
    # ("Alla: [...]" again and again, an interpreter's turn after each: one speaker)


# a turn left untranscribed, spoken in another language: "[...]", "[på ukrainska]"
_UNTRANSCRIBED = re.compile(r"[\[(](?:\.\.\.|…|(?:talar |på )?[a-zåäö]+ska)[\])]")


_FIRST_PERSON = re.compile(r"(?i)(?<![\w])(?:jag|mig|mej|min|mitt|mina)(?![\w])")
# a name asked back as a turn or a sentence of its own, or said alone and taken up by "Hon":
# "I: Alla?", "Alla? Hon som...", "en ukrainsk mamma. Alla. Hon kom hit i april"
_ASKED_BACK = re.compile(r"\?[ \t]*(?:$|(?=[Hh]on\b))|[.!][ \t]+(?=Hon\b)", re.MULTILINE)
# what "alla" (everyone) says, asks and jokes: "Alla säger Nok", "Alla frågar om barnen"
_WHAT_EVERYONE_DOES = context.SPEECH_VERBS | {"skämtar", "skämtade", "vill", "ville"}
# what everyone knows, has and can: "Alla vet det. Alla har hört om det." stays the pronoun
_WHAT_EVERYONE_IS = frozenset("vet visste har hade heter är kan ska får måste brukar".split())
# a verb after the name, and "hon" opening the next clause or sentence
_TAKEN_UP_BY_HER = re.compile(r" (\w+)[^.!?\n]{0,60}?[.,] [Hh]on (?:\w+)")


# a person or group named by someone in the text: "Berfinmamman", "Hodan-gänget",
# "Kovalenkokillen"
NAMED_GROUP_TAILS = GROUP_TAILS + ("arna", "mamman", "mammans", "pappan", "pappans", "mamma",
                                   "pappa", "gruppen", "grejen", "effekten", "killen", "pojken",
                                   "tjejen", "flickan", "grabben", "ungen", "fam")  # ("warsamefam")


def pet_form(word: str, forms: dict[str, str]) -> bool:
    """A found first name of four letters or more, itself no word, with one to three letters
    more, as pet forms are made, that is no word of any kind: "Tarasik" of Taras (not "Annat",
    a language or a feast, an English word, "Omars": a genitive is found as one)."""
    low = word.lower()
    if len(word) < 5 or not word[:1].isupper() or not word[1:].islower() \
            or lexicon.is_word(low) or names.strip_genitive(word) != word \
            or word in lexicon.countries() or word in names.places() \
            or low in context.LANGUAGES or low in context.HOLIDAYS \
            or frequency.zipf_en(low) >= 2.5:
        return False  # (not "Libanon" where Liban is a boy, "Sorani", "Nouruz", "Safety")
    return any(forms.get(word[:k]) == PERSON and names.lookup(word[:k]) is not None
               and frequency.zipf_sv(word[:k].lower()) < 4.0  # (not "Villakid")
               and any(c in _VOWELS for c in word[k:])  # (not "Transkr." where Tran is)
               for k in range(max(4, len(word) - 3), len(word)))


_VOWELS = frozenset("aeiouyåäö")


def _named_group(word: str, forms: dict[str, str]) -> bool:
    head = group_head(word)
    return head is not None and (
        forms.get(head) == PERSON or forms.get(names.strip_genitive(head)) == PERSON)


def group_head(word: str) -> str | None:
    """The name a group or person is named after ("Berfin" of "Berfinmamman", "kowalczyk" of
    "kowalczyk-familjen"), or None if ``word`` ends in no such tail."""
    low = word.lower()
    if not low.endswith(NAMED_GROUP_TAILS):
        return None
    for tail in NAMED_GROUP_TAILS:
        if low.endswith(tail) and len(word) - len(tail) >= 3:
            return word[:len(word) - len(tail)].rstrip("-")
    return None


# pronouns that are a sentence's subject on their own: "Alla vet", "Vi har"
SUBJECT_PRONOUNS = frozenset("""jag du han hon hen vi ni de dom man den det alla många några
få båda ingen inget""".split())
_OBJECT_PRONOUNS = frozenset("mig dig oss er honom henne hen dem dom".split())


def _lower_word_after(text: str, end: int) -> bool:
    """A word written in lower case follows (not a name, not the end of the sentence)."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    return i < len(text) and text[i].islower()
