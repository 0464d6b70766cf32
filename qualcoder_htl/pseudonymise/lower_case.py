"""Names in material written without capitals, as speech-to-text services, quick field notes
and careless transcribers leave it: a name before a role, an age, a school year or a kin word
in brackets ("doğukan (åk 6)", "ricky (9)"), a name spelled letter by letter, attendance lists
("närv: saga r, björn"), by-names equated in brackets, surnames and user names beside a
name found, and which of the names found so may be looked for again in the rest of the text.
Schools, churches, streets, clubs and firms in lower case ("hägerdalsskolan", "hägerdals bk")
are ``lower_notes``'s."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import ages, context, frequency, lexicon, names, patterns, scanning
from .capitals import role_word
from .letters import LOW, UP, L, fold
from .propagation import Coverage, people_followed_by
from .suggestions import (
    PERSON,
    PERSONNUMMER,
    PROPAGATED,
    Suggestion,
)
from .typing_rules import COMPOUND_SURNAME_ENDINGS


def lower_names_before_roles(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A listed first name in lower case right before its role ("det var sol samordnaren på
    skolan", "hope fritidsledaren"): a transcript without capitals names the person so."""
    covered = Coverage(found)
    out = []
    for m in _LOWER_BEFORE_ROLE.finditer(text):
        word = m.group("name")
        if covered.covers(m.start("name")) or names.is_function_word(word) \
                or word in _ADJECTIVES_BEFORE_ROLES \
                or not names.is_first_name_in_any_case(word):
            continue
        out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED, 0.5))
    return out


# what stands before a role in ordinary Swedish: "nya rektorn", "andra läraren"
_ADJECTIVES_BEFORE_ROLES = frozenset("""nya nye ny andra andre annan ena lilla stora gamla
förra förre unga egna samma vanliga tillförordnade biträdande""".split())
_ROLES = ("samordnaren rektorn kuratorn läraren mentorn fritidsledaren brobyggaren "
          "skolsköterskan specialpedagogen socialsekreteraren tränaren föreståndaren "
          "fältassistenten ungdomsledaren elevassistenten").split()
_LOWER_BEFORE_ROLE = re.compile(rf"(?<![{L}\-])(?P<name>[{LOW}][{LOW}]{{1,14}}) "
                                rf"(?:{'|'.join(_ROLES)})(?![{L}])")


def lower_names_after_roles(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A listed first name in lower case right after a role ("sen kom kuratorn sirpa hem",
    "familjebehandlare dag l. från soc"): notes name the holder so. A name that is also a
    common word ("dag") counts only with an initial after it."""
    return _matched_names(
        text, found, _LOWER_AFTER_ROLE,
        lambda m, word: names.is_first_name_in_any_case(word)
        and (frequency.zipf_sv(word) < 3.0 or m.group("initial") is not None))


def _matched_names(text: str, found: list[Suggestion], pattern: re.Pattern,
                   accept: Callable[[re.Match, str], bool],
                   score: Callable[[str], float] = lambda word: 0.5) -> list[Suggestion]:
    """The "name" group of each match of ``pattern`` that no suggestion covers, is no
    function word and that ``accept`` takes, as a person."""
    covered = Coverage(found)
    out = []
    for m in pattern.finditer(text):
        word = m.group("name")
        if covered.covers(m.start("name")) or names.is_function_word(word) \
                or not accept(m, word):
            continue
        out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                              score(word)))
    return out


_ROLES_BEFORE_NAMES = sorted(context.ROLE_NOUNS | {
    "familjebehandlare", "familjebehandlaren", "ungdomsbehandlare", "ungdomsbehandlaren",
    "fritidsledaren", "samordnare", "samordnaren", "specialpedagogen", "skolsköterskan"},
    key=len, reverse=True)
_LOWER_AFTER_ROLE = scanning.first_letters(scanning.heads(_ROLES_BEFORE_NAMES), re.compile(
    rf"(?<![{L}])(?:{'|'.join(_ROLES_BEFORE_NAMES)}) (?P<name>[{LOW}][{LOW}]{{1,14}})"
    rf"(?P<initial> [{LOW}]\.)?(?![{L}\d@\-])"))


def lower_names_before_numbers(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A name right before a personnummer, often in lower case ("ruta 201109172484", "emir
    hodžić, 000412-3519", "Sagas pnr 150209-1844"): notes write whose number it is so. A first
    name that is also a word counts here too: a word is not given an identity number."""
    numbers = [s for s in found if s.type == PERSONNUMMER]
    if not numbers:
        return []
    covered = Coverage(found)
    out = []
    for s in numbers:
        line_start = text.rfind("\n", 0, s.start) + 1
        m = _NAME_BEFORE_NUMBER.search(text, max(line_start, s.start - 60), s.start)
        if m is None:
            continue
        for group in ("first", "second"):
            word = m.group(group)
            if word is None:
                break
            low = word.lower()
            if covered.covers(m.start(group)) \
                    or names.is_function_word(word) or low in _NOT_NAMES_BEFORE_NUMBERS \
                    or not (_may_be_a_name(low) or _may_be_a_name(names.strip_genitive(low))
                            or group == "second" and names.lookup(word.capitalize()) is not None) \
                    or frequency.zipf_sv(low) >= 4.5:  # "han visar här: 20120903-4519"
                break
            out.append(Suggestion(m.start(group), m.end(group), PERSON, word, PROPAGATED, 0.6))
    return out


_NAME_BEFORE_NUMBER = re.compile(
    rf"(?:^|(?<=[\s(–:+]))(?P<first>[{L}][{L}]{{1,20}})(?: (?P<second>[{L}][{L}\-]{{1,25}}))?"
    r"[,:]? (?:(?:pnr|personnr|personnummer|samordningsnr|snr)[.:]? )?$")
_NOT_NAMES_BEFORE_NUMBERS = frozenset("""pnr personnr personnummer samordningsnr snr nr tel
född född: pers mamma pappa barn barnet son dotter hennes hans deras sitt sin nytt nya gamla
riktigt rätt fel""".split())


def lower_names_with_initials(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A listed first name in lower case with a surname's initial and then a verb or a
    bracket, as notes write who did something: "pim s. ringde", "dag l. kom förbi", "bo l
    ändrade", "alla k (ukr)" (before a bracket even a function word is the name)."""
    covered = Coverage(found)
    out = []
    for m in _NAME_INITIAL_VERB.finditer(text):
        word, after = m.group("name"), m.group("verb")
        if covered.covers(m.start("name")) or not (names.is_first_name_in_any_case(word)
                                                   or unknown_word(word) and "." in m.group(0)):
            continue  # (a word no text uses, before an initial with its dot: "freweyni h. (")
        verb = after in context.VERBS or len(after) >= 5 and after.endswith("ade")  # "ändrade"
        if after == "(" or verb and not names.is_function_word(word):
            out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                                  0.5))
    return out


# (the initial without its dot too, "bo l ändrade", but no one-letter word: "bo i", "alla å")
_NAME_INITIAL_VERB = re.compile(rf"(?<![{L}\d@.\-])(?P<name>[{LOW}][{LOW}]{{1,14}}) "
                                rf"(?:[{LOW}]\.|(?![iåöoe] )[{LOW}]) (?P<verb>[{LOW}]+|\()")


def transcribers(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Who transcribed the interview ("Transkriberad av ida 24/5", "Transkribering: Ebba,
    2021-05-24"): a first name there is a person, even one that is a word too ("ebba ut")."""
    if "ransk" not in text:
        return []
    return _matched_names(text, found, _TRANSCRIBER,
                          lambda m, word: _may_be_a_name(word.lower()),
                          lambda word: 0.6 if word[:1].isupper() else 0.5)


_TRANSCRIBER = re.compile(rf"(?i:transkriberad av|transkriberat av|transkr\.|transkribering:|"
                          rf"transkriberare:|transkribent:)[ \t]+"
                          rf"(?P<name>[{L}][{LOW}]{{1,20}})(?![{L}\d@\-])")


def lower_names_in_lists(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A lower-case first name in a list whose other items are people found ("genom personer
    (sabri, dragge, saga)"): one of them, even a name that is a word too. Only in a text
    where names are found in lower case at all."""
    if not any(s.type == PERSON and s.text[:1].islower() for s in found):
        return []
    people = [(s.start, s.end) for s in found if s.type == PERSON]
    covered = Coverage(found)
    out = []
    for m in _LOWER_LIST.finditer(text):
        items = list(_LIST_WORD.finditer(text, m.start(), m.end()))
        initialled = {w.start() for w in items if _INITIAL_AFTER.match(text, w.end())}
        named = [w for w in items if w.start() in initialled
                 or any(a <= w.start() and w.end() <= b for a, b in people)]
        if len(named) < 2 or len(named) < len(items) - 1 and 2 * len(named) <= len(items) + 1:
            continue  # most of the list must be people already (all but one, or two of
            # six or more: "sunná, rojin, saga, solja, tindra, ploy")
        for w in items:
            word = w.group(0)
            if covered.covers(w.start()) or not _may_be_a_name(word) \
                    or names.is_function_word(word) and w.start() not in initialled:
                continue  # (but "hans k" among people: a name before an initial)
            out.append(Suggestion(w.start(), w.end(), PERSON, word, PROPAGATED, 0.5))
    return out


# three or more lower-case words joined by commas and a last "och", each perhaps with an
# initial: a list ("klara s, hamid, hans k, maj, sahra n.")
_LIST_ITEM = rf"[{LOW}]{{2,20}}(?: [{LOW}]\.?(?![{L}]))?"
_LOWER_LIST = re.compile(rf"(?<![{L}\-]){_LIST_ITEM}(?:(?:, | och | o | \+ ){_LIST_ITEM}){{2,}}"
                         rf"(?![{L}\-])")
_LIST_WORD = re.compile(rf"[{LOW}]{{2,20}}")
_INITIAL_AFTER = re.compile(rf" (?![ioå]\b)[{LOW}]\.?(?![{L}])")  # (not "som i", "o")


def spelled_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A name spelled letter by letter in a transcript without hyphens ("ja gift g i f t",
    "k w a b e n a och sen owusu-mensah"): the letters, and the word they spell just before
    them, are a name. Three letters spell a name only when the word before is that name (not
    "s f i"); four or more are one anyway."""
    covered = Coverage(found)
    out = []
    for m in _SPELLED.finditer(text):
        letters = m.group(0).replace(" ", "")
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        said = before is not None and before.group(1).casefold() == letters.casefold()
        if not said and len(letters) < 4:
            continue
        if not covered.covers(m.start()):
            out.append(Suggestion(m.start(), m.end(), PERSON, m.group(0), PROPAGATED, 0.6))
        if said and not covered.covers(before.start(1)):
            out.append(Suggestion(before.start(1), before.end(1), PERSON, before.group(1),
                                  PROPAGATED, 0.6))
    return out


# three or more single letters with one blank between them: "g i f t", "K W A B E N A"
_SPELLED = re.compile(rf"(?<![{L}\d])[{L}](?: [{L}]){{2,}}(?![{L}\d])")
_WORD_BEFORE = re.compile(rf"([{L}]{{3,}})[ ,.:]*$")


def lower_names_with_ages(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A listed first name in lower case with the age a child has after it ("precious är nio
    och hope är fyra"): a transcript without capitals names the children so, whatever else
    the word means."""
    covered = Coverage(found)
    out = []
    for m in _LOWER_WITH_AGE.finditer(text):
        word = m.group("name")
        if covered.covers(m.start("name")) or names.is_function_word(word) \
                or not _may_be_a_name(word) \
                or word in context.KIN_AND_TITLES \
                or context.word_before(text, m.start("name")) in context.ARTICLES \
                or not ages.age_may_follow(text, m.end()):
            continue  # (a word no lexicon knows is a name too: "och så zuzia som är fem"; not
            # "min son är fyra år", where Son is a name too)
        out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED, 0.5))
    return out


_LOWER_WITH_AGE = re.compile(rf"(?<![{L}\-])(?P<name>[{LOW}][{LOW}]{{2,14}}) (?:som )?är "
                             rf"(?:bara |nästan |snart )?(?P<n>(?i:{ages.NUMWORD}))"
                             rf"(?![{L}\d\-])")


def lower_case_transcript_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """In a transcript written without capitals (a speech-to-text file), a listed first name
    where a person stands: the subject of a verb ("hope går på kastanjen", "gift är äldst")
    or the object of a verb for people ("sen ringde stig"). Elsewhere a capital tells a
    name from a word, and these words ("hope", "stig", "gift") stay words."""
    if not written_in_lower_case(text):
        return []
    covered = Coverage(found)
    starts = {s.start for s in found if s.type == PERSON}
    ends = {s.end for s in found if s.type == PERSON}
    out = []
    for m in _LOWER_WORD.finditer(text):
        word = m.group(0)
        if covered.covers(m.start()) or names.is_function_word(word) \
                or not names.is_first_name_in_any_case(word):
            continue
        paired = (text[m.end():m.end() + 5] == " och " and m.end() + 5 in starts) \
            or (text[m.start() - 5:m.start()] == " och " and m.start() - 5 in ends)
        if context.word_before(text, m.start()) in context.ARTICLES \
                or word.endswith(("n", "t")) and lexicon.is_word(word[:-1]) \
                or word.endswith(("en", "et")) and lexicon.is_word(word[:-2]):
            continue  # "en sol", "min stig", "magen är bra"
        if context.subject_context(text, m.end()) or context.person_object(text, m.start()) \
                or _SAID_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                and _SAID_AFTER.match(text, m.end()) \
                or paired or _WITH_I.match(text, m.end()) \
                or _I_WITH.search(text, max(0, m.start() - 8), m.start()) \
                or _CLEFT_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                and _CLEFT_AFTER.match(text, m.end()):
            # "då sa saga att", "bo och jag", "bo och nadiya", "det var dag som"
            out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.5))
    return out


_SAID_BEFORE = re.compile(r"\b(?:sa|sade|säger|frågade|frågar|berättade|tyckte|tycker) $")
_SAID_AFTER = re.compile(r" (?:att|till|okej|så)\b")
_WITH_I = re.compile(r" och (?:jag|vi)\b")
_I_WITH = re.compile(r"\b(?:jag|vi) och $")
_CLEFT_BEFORE = re.compile(r"\b(?:det var|var det|det är|är det) $")
_CLEFT_AFTER = re.compile(r" som\b")


_LOWER_WORD = re.compile(rf"(?<![{L}\d@./\-])[{LOW}][{LOW}]{{2,14}}(?![{L}\d@])")
_ANY_WORD = re.compile(rf"(?<![{L}])[{L}]")
_CAPITALISED_WORD = re.compile(rf"(?<![{L}])[{UP}]")


@lru_cache(maxsize=256)
def written_in_lower_case(text: str) -> bool:
    """Fewer than one word in sixteen capitalised, over 300 words or more (ordinary Swedish
    prose capitalises one in nine or ten; a speech-to-text file almost none)."""
    words = len(_ANY_WORD.findall(text))
    return words >= 300 and len(_CAPITALISED_WORD.findall(text)) < words / 16


def lower_names_by_kin_and_grade(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Names in notes written in lower case, by what stands around them: after a kin word
    ("mamma gülşen", "kusin doğukan", "min bror sajjad") a word no Swedish text uses; before
    a school year or a role in brackets ("doğukan (åk 6)", "aga (specped)", "emir (ny
    samordn.") a listed first name or a word no Swedish text uses."""
    covered = Coverage(found)
    out = []
    for m in _LOWER_AFTER_KIN.finditer(text):  # (faster whole than behind an anchor)
        word = m.group("name")
        if covered.covers(m.start("name")):
            continue
        if unknown_word(word):
            out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                                  0.6))
        elif names.is_first_name_in_any_case(word) and frequency.zipf_sv(word) < 3.0 \
                and not names.is_function_word(word):
            # "lillebror florin": a first name that is a word too, but one text seldom uses
            out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                                  0.5))
    for m in _LOWER_GENITIVE_KIN.finditer(text):  # "eddes mamma", "zuzias namnsdag"
        word = m.group("name")
        if not covered.covers(m.start("name")) and unknown_word(word) \
                and frequency.zipf_sv(word[:-1]) < 2.0:
            out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                                  0.5))
    for m in scanning.near(_BRACKET_ANCHOR, _LOWER_BEFORE_BRACKET, text, before=30, after=40):
        word = m.group("name")
        if covered.covers(m.start("name")) or names.is_function_word(word) and not (
                m.group("role") and names.is_first_name_in_any_case(word)):
            continue  # (but "hans (soc) slutade": no possessive stands before a bracket)
        if _may_be_a_name(word):
            # a child's age or school year ("jawid 14 (åk 8") is good evidence: the name
            # then counts wherever the notes repeat it
            score = 0.6 if any(c.isdigit() for c in m.group(0)) else 0.5
            out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                                  score))
    for m in scanning.near(_ATTENDANCE_ANCHOR, _ATTENDANCE, text, before=0, after=420):
        # "närv: dragana, aida, saga r, björn": every item of the list is a person
        for item in _LIST_ITEM.finditer(text, m.start("items"), m.end("items")):
            word = item.group("name")
            if covered.covers(item.start("name")) or names.is_function_word(word) \
                    or word in _NOT_IN_ATTENDANCE:
                continue
            if _may_be_a_name(word):
                out.append(Suggestion(item.start("name"), item.end("name"), PERSON, word,
                                      PROPAGATED, 0.5))
    return out


def _may_be_a_name(word: str) -> bool:
    """A listed first name in any case, or a word no Swedish or English text uses."""
    return names.is_first_name_in_any_case(word) or unknown_word(word)


def unknown_word(word: str) -> bool:
    """A word no Swedish or English text uses: no lexicon word, no compound, rare."""
    return len(word) >= 3 and not names.is_function_word(word) \
        and not lexicon.is_word(word) and not lexicon.is_compound_word(word) \
        and frequency.zipf_sv(word) < 2.0 and frequency.zipf_en(word) < 3.0


# (and "fam melnyk", "familjen zebari": a family by its surname)
_KIN_BEFORE_NAME = sorted(context.KIN_AND_TITLES | {"mamman", "pappan", "fam", "familjen",
                                                  "min man", "hennes man", "din man",
                                                  # notes of a visit or a call: "hembesök
                                                  # melnyk", "samtal med tompa"
                                                  "hembesök", "hembesök hos", "besök hos",
                                                  "samtal med", "möte med", "träff med",
                                                  "ring", "ringde", "mejla", "mejlade"},
                          key=len, reverse=True)
# a cheap search for what every match of _LOWER_BEFORE_BRACKET holds (``scanning.near``)
_BRACKET_ANCHOR = re.compile(r" \(")
# (a look-ahead: "hembesök hos fam melnyk" holds two matches that overlap)
_LOWER_AFTER_KIN = scanning.first_letters(scanning.heads(_KIN_BEFORE_NAME), re.compile(
    rf"(?<![{L}])(?=(?:{'|'.join(_KIN_BEFORE_NAME)}) (?P<name>[{LOW}][{L}]{{2,20}})"
    rf"(?![{L}\d@.\-]))"))
# a genitive before kin or what is someone's own: "eddes mamma", "zuzias namnsdag"
_LOWER_GENITIVE_KIN = re.compile(
    rf"(?<![{L}\-])(?P<name>[{LOW}][{LOW}]{{2,15}}s) (?:{'|'.join(sorted(context.KIN))}|kusin|"
    rf"kompis|kompisar|bror|syster|lillebror|lillasyster|storebror|storasyster|son|dotter|"
    rf"namnsdag|födelsedag|kalas|rum|klass|fröken|lärare|mentor)(?![{L}])")
# "doğukan (åk 6)", "jawid 14 (åk 8", "aga (specped)", "emir (ny samordn.", "bo T. (chef",
# "saga r (kl.lär 6b)", "tindra (åk2)", "björn (spec)", "deniz (fr kalkugnen)"
_LOWER_BEFORE_BRACKET = re.compile(
    rf"(?<![{L}\d@./\-])(?P<name>[{LOW}][{L}]{{1,20}})(?: [{L}]\.?)?(?: \d{{1,2}})? "
    rf"\((?:åk ?\d|förskola|(?:ny |nya )?"
    rf"(?P<role>samordn|specped|spec\b|kurator|kur\b|chef|rektor|rekt\b|lärare|lär\b|kl\.? ?lär|"
    rf"klasslär|mentor|diakon|präst|imam|fältass|fritidsledare|fritids\b|fr |skolsköt|ssk|"
    rf"socsek|soc\b|brobyggare|tolk|förskollärare|elevassistent|ordf|sekr|projektledare|"
    rf"vaktm|vaktmästare|skolvärd|kock|bibliotekarie|bibl\b|studievägl|syv\b)"
    rf"|\d{{1,2}}(?:,|\)| år\))|(?:{'|'.join(sorted(context.KIN))})\b)")
# an attendance list in notes: "närv: dragana (samordn), aida (rekt), saga r", "frånv: liisa"
_ATTENDANCE = scanning.first_letters("[nNfFdDmM]", re.compile(
    r"(?<![\w])(?:närv|närvarande|frånv|frånvarande|deltagare|delt|medlemmar|medl)"
    r"\.?:[ \t]*(?P<items>[^\n]{1,400})", re.MULTILINE | re.IGNORECASE))
# one item of such a list: a lower-case word, perhaps an initial and a bracket, up to a comma
_ATTENDANCE_ANCHOR = scanning.Words("närv", "frånv", "delt", "medl", letter_before=False)
_LIST_ITEM = re.compile(rf"(?:(?<=, )|(?<=: )|(?<=\+ )|(?<=och ))(?P<name>[{LOW}][{L}]{{1,20}})"
                        rf"(?= [{L}]\.?(?=[ ,)(]|$)| \(|,|$| \+| och|\.)")
_NOT_IN_ATTENDANCE = frozenset("jag alla hela ingen inga övriga samt resten".split())


def middle_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A word between two parts of a name found in notes ("faadumo osman nuur", "ana maría
    lópez"): a listed person's name, or a word no Swedish text uses, is the middle name."""
    people = sorted((s for s in found if s.type == PERSON), key=lambda s: s.start)
    out = []
    for left, right in zip(people, people[1:], strict=False):
        m = _ONE_WORD_BETWEEN.fullmatch(text, left.end, right.start)
        if m is None:
            continue
        word = m.group("name")
        if names.is_function_word(word) or lexicon.is_generic(word):
            continue
        if names.is_listed_person(word.capitalize(), word_like_too=True) \
                and frequency.zipf_sv(word) < 4.0 or unknown_word(word):
            out.append(Suggestion(m.start("name"), m.end("name"), PERSON, word, PROPAGATED,
                                  0.5))
    return out


_ONE_WORD_BETWEEN = re.compile(rf" (?P<name>[{L}][{L}\-]{{1,20}}) ")


def particle_surnames(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A surname with its Arabic particle right after a person found in notes ("yasser
    al-jubouri", "sabah al-douri"): the rules for capitals do not see it in lower case."""
    return [Suggestion(m.start("name"), m.end("name"), PERSON, m.group("name"), PROPAGATED, 0.5)
            for _, m in people_followed_by(text, found, _PARTICLE_SURNAME)]


_PARTICLE_SURNAME = re.compile(rf" (?P<name>(?:al|el|ul|as|ash|ad|an|ar|at|az|abu|ibn|bin|"
                               rf"bint|ben|abd)-[{L}]{{2,20}})(?![{L}\-])")


def lower_surnames(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A surname written in lower case after a first name found in lower case, as speech
    recognition and notes write them ("gunnel rosvall ringde", "mirela hadzi ahmetovic"): a
    listed surname, or a word no Swedish or English text uses."""
    out: list[Suggestion] = []
    people = [s for s in found if s.type == PERSON and s.text.islower()
              and s.text.count(" ") < 2 and names.is_first_name_in_any_case(s.text.split()[0])]
    for _ in range(2):  # a second surname after the first ("hadzi ahmetovic")
        more = []
        for s, m in people_followed_by(text, found + out, _LOWER_NEXT_WORD):
            if s not in people:
                continue
            word = m.group(1)
            if lexicon.is_generic(word.capitalize()) or names.is_function_word(word):
                continue
            if unknown_word(word) and len(word) >= 4 and not _INITIALS.fullmatch(word) \
                    or not lexicon.is_word(word) and frequency.zipf_sv(word) < 3.0 and (
                        names.is_listed_person(word.capitalize(), ("surname",))
                        or word.endswith(COMPOUND_SURNAME_ENDINGS) and len(word) >= 6):
                # (a compound that only a surname is: "rosvall", "lindström")
                more.append(Suggestion(s.start, m.end(1), PERSON, text[s.start:m.end(1)],
                                       PROPAGATED, 0.5))
        if not more:
            break
        out += more
        people = more
    return out


_INITIALS = re.compile(rf"[{LOW}]-[{LOW}]{{1,2}}")  # "tarja h-b"
_LOWER_NEXT_WORD = re.compile(rf" ([{LOW}][{LOW}\-]{{2,24}})(?![{L}\d@.\-]|:)")


def handles_of_people(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A user name made of a person's name found in the text, a dot or an underscore and a
    few letters ("drita.g", "vale.qh", "azo_xosh", "sunna_kieddis" where Drita, Vale, Azo and
    Sunná are found), or letters and a year ("sagalw09", "baransahin09" where Sagal and Baran
    are): the person, to whoever knows the name (not "bl.a", a file or a site)."""
    people = {fold(w.lower()) for s in found if s.type == PERSON for w in s.text.split()}
    if not people:
        return []
    covered = Coverage(found)
    out = []
    for m in _NAME_HANDLE.finditer(text) if "." in text or "_" in text else ():
        if fold(m.group("first")) in people and not covered.covers(m.end() - 1) \
                and not patterns.FILE_OR_SITE.search(m.group(0)):
            out.append(Suggestion(m.start(), m.end(), PERSON, m.group(0), PROPAGATED, 0.6))
    for m in _NAME_AND_YEAR.finditer(text):
        letters = fold(m.group("letters"))
        if not covered.covers(m.start()) \
                and any(letters[:k] in people for k in range(3, len(letters) + 1)):
            out.append(Suggestion(m.start(), m.end(), PERSON, m.group(0), PROPAGATED, 0.6))
    return out


_NAME_AND_YEAR = re.compile(rf"(?<![{L}\d@./:\-])(?P<letters>[{LOW}]{{3,20}})\d{{2,4}}"
                            rf"(?![{L}\d@]|[.:/\-][{L}\d])")
_NAME_HANDLE = re.compile(rf"(?<![{L}\d@./:\-])(?P<first>[{LOW}]{{3,12}})[._][{LOW}\d]{{1,12}}"
                          rf"(?![{L}\d@]|[.:/\-][{L}\d])")


def lower_names_to_spread(found: list[Suggestion]) -> dict[str, str]:
    """{Form: PERSON} of the names found in lower case with good evidence: those no Swedish
    text uses as words ("gülşen" after "mamma") are the same person's name wherever they
    recur; those that are words too ("björn (spec)", "saga" in an attendance list) only
    where the context says so ("björn ritar karta", ``lower_propagation.lower_case``)."""
    out = {}
    for s in found:
        if s.type != PERSON or not s.text[:1].islower() or s.score < 0.5:
            continue
        word = s.text.split()[0]  # "dag ekholm", a chat's sender: "dag" is his name
        if " " in s.text and not names.is_first_name_in_any_case(word):
            continue
        if unknown_word(word):
            if s.score >= 0.6:
                out[word.capitalize()] = PERSON
        elif len(word) >= 2 and names.is_first_name_in_any_case(word):
            out[word.capitalize()] = PERSON
    return out


def equated_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A by-name equated with a name in brackets, either way round: "aida kallar henne gaga
    (= dragana, smeknamn)", "liisa (="lissu")"; and in notes, a spelling or by-name equated
    with a person found after it, along a chain: "tommek = tomek = sambon tomasz", "koffi =
    kofi (mensah)"."""
    covered = Coverage(found)
    out = []
    for m in scanning.near(_EQUALS, _EQUATED, text, before=32, after=40):
        for this, other in (("a", "b"), ("b", "a")):
            word = m.group(this)
            if covered.covers(m.start(this)) or not covered.covers(m.start(other)) \
                    or names.is_function_word(word) or lexicon.is_generic(word) \
                    or role_word(word):
                continue  # (not "brobyggare (= ayanmamman)": a role, not a by-name)
            if any(s.type == PERSON and s.start <= m.start(other) < s.end for s in found):
                out.append(Suggestion(m.start(this), m.end(this), PERSON, word, PROPAGATED,
                                      0.6))
    people = [s for s in found if s.type == PERSON]
    people_at = {s.start: s for s in people}
    # the chain from its end
    for m in reversed(list(scanning.near(_EQUALS, _EQUATED_IN_NOTES, text, before=32, after=16))):
        word = m.group("a")
        person = people_at.get(m.start("b"))
        short = person is not None and " " in person.text and len(word) >= 3 \
            and person.text[:2].lower() == word[:2].lower()  # "aga = agnieszka zając"
        if covered.covers(m.start("a")) or not short and (
                names.is_function_word(word) or lexicon.is_generic(word)
                or frequency.zipf_sv(word) >= 3.5 or lexicon.is_word(word)
                or lexicon.is_compound_word(word) or word in context.KIN_AND_TITLES) \
                or _described(word, people):
            continue  # (not "förmannen = hamid", "bilagan = Vilja", "mummu = Tuulikki", nor
            # "thai-mamman = somying": who she is, not what she is called)
        if person is not None:
            person = Suggestion(m.start("a"), m.end("a"), PERSON, word, PROPAGATED, 0.6)
            out.append(person)
            people.append(person)
            people_at[person.start] = person
    # "alla = namnet", "bo = bovärd"
    for m in scanning.near(_EQUALS, _EQUATED_WITH_A_ROLE, text, before=32, after=48):
        word = m.group("a")
        if not covered.covers(m.start("a")) and names.is_first_name_in_any_case(word) \
                and any(w == "namnet" or context.kin_or_role(w)
                        for w in m.group("role", "then") if w):
            out.append(Suggestion(m.start("a"), m.end("a"), PERSON, word, PROPAGATED, 0.6))
    # "sonen = storm, elva"
    for m in scanning.near(_EQUALS, _ROLE_EQUATED_WITH, text, before=48, after=32):
        word = m.group("a")
        if not covered.covers(m.start("a")) and names.is_first_name_in_any_case(word) \
                and context.kin_or_role(m.group("role")):
            out.append(Suggestion(m.start("a"), m.end("a"), PERSON, word, PROPAGATED, 0.6))
    return out


def _described(word: str, people: list[Suggestion]) -> bool:
    """A kin or role word after a hyphen and a word or an origin, no name found here:
    "thai-mamman", "somali-pappan" (not "xelîl-mamman" where Rûken Xelîl was found)."""
    head, _, tail = word.rpartition("-")
    return bool(head) and context.kin_or_role(tail) and (
        lexicon.is_word(head) or names.lookup(head.capitalize()) is None
        and not any(head in s.text.lower().split() for s in people))


# "tommek = tomek", "koffi = kofi", "tomek = sambon tomasz": a word, "=", then (after a kin
# word) the person
_EQUATED_IN_NOTES = re.compile(rf"(?<![{L}\d@.\-])(?P<a>[{LOW}][{L}\-]{{1,20}}) = "
                               rf"(?:(?:sambon|maken|mannen|frun|mamman|pappan|dottern|sonen) )?"
                               rf"(?P<b>[{L}])")
# a first name equated with a role or with "the name" in notes: "alla h. = ukrainska mamman",
# "OBS alla = namnet, inte ordet", "bo = bovärd på stråhyttebostäder"
_EQUATED_WITH_A_ROLE = re.compile(rf"(?<![{L}\d@.\-])(?P<a>[{LOW}]{{2,20}})(?: [{LOW}]\.)? = "
                                  rf"[\"”“']?(?P<role>[{LOW}]+)(?: (?P<then>[{LOW}]+))?")
# (the name ends its phrase: not "+ dari-tolk = alla vet vem det är")
_ROLE_EQUATED_WITH = re.compile(rf"(?<![{L}])(?P<role>[{LOW}]+) = (?P<a>[{LOW}]{{2,20}})"
                                rf"(?=[ \t]*(?:[,.;:!?)]|$))", re.MULTILINE)
_EQUALS = scanning.Words("=")  # what every match of the four holds: cheap to find
_EQUATED = re.compile(rf"(?<![{L}\d@.])(?P<a>[{L}][{L}\-]{{1,20}}) \(= ?[\"”“']?"
                      rf"(?P<b>[{L}][{L}\-]{{1,20}})[\"”“']?(?:[,)]| smeknamn)")
