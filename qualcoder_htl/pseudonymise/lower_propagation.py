"""Names written in lower case, as notes, chats and speech-to-text write them: a name seen with
a capital elsewhere in the text or the project (``lower_case``), unless the lower-case form is an
ordinary word or the context says it is one. Listed names no text uses as words, names after a
verb of naming, a note's bullet labels and places are ``lower_notes``'s."""
from __future__ import annotations

import re

from . import chats, context, frequency, lexicon, names, word_uses
from .calendar_words import MONTHS, WEEKDAY_ABBREVIATIONS
from .capitals import role_word
from .groups import GROUP_TAILS
from .letters import LOW, UP, L, lower_words, whole_word
from .lower_forms import (
    SWEDISH_SURNAME_ENDINGS,
    UNCOMPOUNDED_SURNAME_ENDINGS,
    lower_forms_of,
    respelled,
    respelled_capitals,
    split_in_two,
)
from .lower_full_names import (
    lower_full_names,
    lower_surnames_after,
    quoted_as_a_tool_wrote,
    surname_initial_after,
)
from .propagation import SUBJECT_PRONOUNS, Coverage, group_head
from .suggestions import PERSON, PROPAGATED, Suggestion


def lower_case(text: str, found: list[Suggestion], forms: dict[str, str]) -> list[Suggestion]:
    """Names written in lower case ("jag pratade med emina igår") where the same name is
    written with a capital elsewhere, unless the lower-case form is an ordinary word; and a
    name that is also a word ("liv") where the sentence makes it one ("liv är lite blyg")."""
    types, word_like, heads = lower_forms_of(forms)
    # only the words of this text that could be one of the names: a set intersection in C,
    # then a scan for those few words (a Python step per lower-case word was most of the cost)
    present = lower_words(text)
    out = lower_full_names(text, found, forms, present) + quoted_as_a_tool_wrote(text, forms) \
        + lower_surnames_after(text, found, forms) + respelled_capitals(text, found, forms) \
        + split_in_two(text, found, forms)
    if not types and not word_like:
        return out
    wanted = {w for w in present
              if w in word_like or w in types or (w.endswith("s") and w[:-1] in types)}
    # the genitive of a name that is also a word, when the genitive is none ("leks egna ord",
    # "vales nr" where Lek and Vale were found; not "bos", "dags")
    genitives = {w for w in present if w.endswith("s") and w[:-1] in word_like
                 and not names.is_function_word(w[:-1]) and frequency.zipf_sv(w) < 2.0
                 and not lexicon.is_word(w)
                 and (not lexicon.is_compound_word(w) or not lexicon.is_word(w[:-1]))}
    # (a name frequent in text but no word has a genitive no word has: "birgittas")
    wanted |= genitives
    # the genitive of such a name that is a word too, before what a person has: "asters
    # dotter", "klaras lista", "dags rum" (where Aster, Klara and Dag were found; not a verb's
    # passive, "kallas mami")
    owners = {w for w in present if w.endswith("s") and w[:-1] in word_like and len(w) >= 3
              and not names.is_function_word(w[:-1]) and w not in genitives
              and frequency.zipf_sv(w) < (4.0 if lexicon.is_word(w[:-1] + "r") else 5.5)}
    wanted |= owners
    wanted |= heads & present
    # a person or family named after a name found with a capital ("ringer kowalczykmamman")
    # (not "fältanteckningarna": a plural of words, where a false "Fältanteckning" was found)
    groups = {w for w in present if _named_after_a_person(w, types)}
    wanted |= groups
    # a name spelled with other diacritics than where it was found ("şerko" of "Şêrko")
    respelt, respelled_words = respelled(present - types.keys() - word_like, forms)
    wanted |= respelt.keys()
    # "tors kl 13" where Tor (and "Tors") is a man: a weekday, unless a chat's sender ("tor:");
    # a respelling that is a word too, the same ("sule: jag tar" where Şule was found)
    senders = {w for w in (WEEKDAY_ABBREVIATIONS & present) | respelled_words
               if f"{w}: " in text}
    # (but "tors nr 070-...", "tors pappa" where Tor is a man: no weekday has a number or a father)
    numbered = {w for w in owners & WEEKDAY_ABBREVIATIONS
                if f"{w} nr" in text or f"{w} nummer" in text or _before_kin_anywhere(text, w)}
    wanted = (wanted - WEEKDAY_ABBREVIATIONS) | senders | numbered
    if not wanted:
        return out
    covered = Coverage(found + out)  # (a full name found in lower case here pairs too)
    # a plain alternation of the few words (cheap to compile), each hit checked with the one
    # compiled word pattern
    finder = re.compile("|".join(sorted(map(re.escape, wanted), key=len, reverse=True)))
    last_end = 0
    for hit in finder.finditer(text):
        if hit.start() < last_end:
            continue  # inside the hyphenated tail of the word before ("emina-liv")
        m = _LOWER_WORD.match(text, hit.start())
        if m is None or m.group("w") not in wanted:
            continue  # inside a longer word
        last_end = m.end()
        word, tail = m.group("w"), m.group("tail") or ""
        if word in owners and not tail:
            if context.possessed_after(text, m.end()) and not covered.covers(m.start()) \
                    and context.word_before(text, m.start()) not in _POSSESSIVES:
                # (not "min brors klass", where Bror is a man; but "blir det majs beslut")
                out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.5))
            continue
        if word in genitives and not tail:
            if not covered.covers(m.start()):
                out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.5))
            continue
        if word in senders:
            if chats.chat_label(text, m.start(), m.end()) and not covered.covers(m.start()):
                out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.5))
            continue
        if word in word_like and tail[1:] in _CASE_TAILS:
            if not covered.covers(m.start()):  # "alla-intervjun", "klara-fallet", "sten-mötet"
                out.append(Suggestion(m.start(), m.end(), PERSON, word + tail, PROPAGATED, 0.5))
            continue  # (where Alla, Klara and Sten were found: no word is hyphenated so)
        if word in word_like and not tail:
            if covered.covers(m.start()) or word_uses.idiom(text, m.start(), m.end()) \
                    or context.word_before(text, m.start()) in context.ARTICLES \
                    and not (_cleft(text, m.start(), m.end()) and not word.endswith("a")) \
                    and not (context.word_before(text, m.start()) == "det"
                             and context.word_after(text, m.end()) in _WROTE_OR_SAID):
                continue  # (but "då var det dag som var rektor": a cleft names a person;
                # not "det enda som", an adjective)
            if word in MONTHS and context.word_before(text, m.start()) in _BEFORE_A_MONTH \
                    or word == "tor" and word_uses.thursday_cut_short(text, m.start(), m.end()):
                continue  # "i maj kommer rapporten", "tor kl 15": the month, the day
            surname = _LOWER_SURNAME_AFTER.match(text, m.end())
            if surname is not None and _a_listed_surname(surname.group(1)):
                end = surname.end()  # "per åkesson slutade", "bo arvidson": a full name
                out.append(Suggestion(m.start(), end, PERSON, text[m.start():end],
                                      PROPAGATED, 0.5))
                continue
            initial = surname_initial_after(text, m.end(), word, forms)
            if names.is_function_word(word):
                if _INITIAL_AFTER.match(text, m.end()) or initial \
                        or _joined_by_a_plus(text, m.start(), m.end(), covered,
                                             types.keys() | word_like, listed=True) \
                        or word == "hans" and _his_is_someone(text, m.start(), m.end(), covered) \
                        or word in ("dina", "mina") \
                        and context.word_after(text, m.end()) in _SHE_DOES:  # "dina sa"
                    # "dina h. tipsade", "alla k. (ukr."; a found surname's initial without
                    # its dot too
                    out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.5))
                continue
            strong = context.subject_context(text, m.end(), m.start()) \
                or context.inverted_subject(text, m.start(), m.end()) \
                or _before_kin(text, m.end(), word) \
                or _equated_with_a_role(text, m.end()) \
                or _equated_with_a_full_name(text, m.end(), word) \
                or _after_a_first_name(text, found, m.start()) \
                or _addressed_or_paired(text, m.start(), m.end(), covered, word_like) \
                or _slashed_to_a_name(text, m.start(), m.end(), types, word_like) \
                or _INITIAL_OR_TIME_AFTER.match(text, m.end()) is not None \
                and word not in _ADDRESSED_AFTER or initial \
                or _AGE_IN_BRACKETS.match(text, m.end()) is not None \
                and frequency.zipf_sv(word) < 4.5 \
                or _role_in_brackets(text, m.end()) \
                or word_uses.at_a_workplace(text, m.start(), m.end(), found) \
                or word_uses.picked_up(text, m.start(), m.end())  # "rut (82!)"
            if chats.chat_label(text, m.start(), m.end()) \
                    or chats.signed(text, m.start(), m.end()) \
                    or len(word) > 2 and (
                    strong or frequency.zipf_sv(word) < 4.6 and (
                        chats.chat_line(text, m.start()) or chats.quoted_message(text, m.start()))
                    and not set(context.words_before(text, m.start(), 2))
                    & _NOUN_PHRASE_OPENERS) \
                    or strong and context.word_before(text, m.start()) not in _BEFORE_A_VERB:
                # "liv är lite blyg"; "frid: kommer ni"; "fråga lisa" in a chat's message;
                # "bo är sjuk", "med bo och liisa" (not "att bo och arbeta där")
                out.append(Suggestion(m.start(), m.end(), PERSON, word, PROPAGATED, 0.5))
            continue
        typ = types.get(word + tail) if tail.startswith("-") else None
        typ = typ or types.get(word) or (types.get(word[:-1]) if word.endswith("s") else None) \
            or (PERSON if word in groups else None) or respelt.get(word)
        if typ is None:
            continue
        start = m.start()
        first = _first_name_before(text, start, covered) if typ == PERSON else None
        if first is not None:
            start = first
        elif covered.covers(m.start()):
            continue
        if frequency.zipf_en(word) >= 3.5 \
                and context.word_before(text, m.start()) in _ENGLISH_DETERMINERS:
            continue  # "a blessing in disguise", "no patience" where Blessing is a mother
        if first is None and (word_uses.greeted(text, m.start(), m.end())
                              or word_uses.celebrated(text, m.start())
                              or word_uses.idiom(text, m.start(), m.end())):
            continue  # 'säger "selam"' where Selam is a girl; "firade newroz"; "fick nada"
        end = m.end()
        surname = _LOWER_SURNAME_AFTER.match(text, end) if typ == PERSON and not tail else None
        if surname is not None and surname.group(1) != word \
                and _a_listed_surname(surname.group(1)):
            end = surname.end()  # "nong = anong pettersson": the surname after a found name
            # (not "nam nam", a word said twice)
        out.append(Suggestion(start, end, typ, text[start:end], PROPAGATED, 0.5))
    return out


def _a_listed_surname(word: str) -> bool:
    """A surname a list knows, or of a Swedish surname's shape, that is no word ("åkesson",
    "pettersson", "arvidson"; not "lund", "berg")."""
    return not lexicon.is_word(word) and (
        names.is_listed_person(word.capitalize(), ("surname",))
        or word.endswith(SWEDISH_SURNAME_ENDINGS) and len(word) >= 6
        and (not lexicon.is_compound_word(word) or word.endswith(UNCOMPOUNDED_SURNAME_ENDINGS)))
    # (a word of two ends in "son", never in "sson": "matsson", not "styvson"; "hällström")


_ROLE_BRACKETED = re.compile(rf" \(([{L}]+(?:-[{L}]+)?)[,)]")


def _role_in_brackets(text: str, end: int) -> bool:
    """A role in brackets just after: "tor (ifo-chef, anställde henne)", "liv (strateg)"."""
    m = _ROLE_BRACKETED.match(text, end)
    if m is None:
        return False
    role = m.group(1).lower().rsplit("-", 1)[-1]
    return role_word(role) and role not in context.KIN_AND_TITLES


# a surname's initial, the time of a meeting or a phone number after a name in notes: "till
# bror L om", "mån: ola 9.00"
# a note's item that reports what someone said: "- saga om en elev", "- stig sa att"
_REPORTED_IN_NOTES = re.compile(r" (?:om|sa|säger|tycker|menar|berättar|undrar|frågar|"
                                r"föreslår|tipsar) ")


def _finite_verb(word: str) -> bool:
    """A listed verb, or a common past or present tense form ("odlar", "anordnade")."""
    return word in context.VERBS or len(word) > 4 and word.endswith(("ade", "ar", "er")) \
        and lexicon.is_word(word) and frequency.zipf_sv(word) >= 3.0 \
        and not names.is_function_word(word)  # (not "efter", "under")


_BULLET_BEFORE = re.compile(r"(?m)^[ \t]*[-–•*][ \t]*$")
# who goes along, in notes: "m luz + stig", "med saga." (a noun there would have its article)
_GOES_WITH = re.compile(r"(?<![\w])(?P<with>med|m\.?)[ \t]+(?:[\w\-]+[ \t]*\+[ \t]*)?$")


def on_a_bullet(text: str, pos: int) -> bool:
    """``pos`` is on a line of a note's list ("- ...")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return _BULLET_LINE.match(text, line_start) is not None


_BULLET_LINE = re.compile(r"[ \t]*[-–•*][ \t]")
_LINE_END = re.compile(r"[ \t]*(?:[.?!;]|[ \t]*(?:\n|$))")
_TO_SOMEONE = frozenset("med m till för hos från".split())
# what a note asks of someone, before "med"/"till" and the name
_VERB_OF_A_NOTE = re.compile(r"(?<![\w])(?:ta upp|ta|nämn|nämna|kolla|fråga|prata|stäm|stämma|"
                             r"skicka|maila|mejla|ring|boka|diskutera|kolla upp|ses|transkribering|"
                             r"påminn|påminna|checka)(?![\w])[^\n]*$")
_LIST_END = re.compile(r"[ \t]*(?:[,.;:!?)+]|$)", re.MULTILINE)
_INITIAL_OR_TIME_AFTER = re.compile(rf" (?:(?!I )[{UP}]\.?|[{LOW}]\."
                                    rf"|(?:kl\.? ?)?\d{{1,2}}[.:]\d{{2}})(?![{L}\d])"
                                    # or her number: "bokat via love (sms 0701740612)"
                                    r"|(?:,| [–-])? \(?(?:(?:sms|tel|tfn|mob|mobil)\.?:? )?"
                                    r"(?:\+46|0)\d[\d \-]{6,}"
                                    # a contact slip: "storm – 0701740674", "saga k – +46 70"
                                    rf"|(?: [{LOW}])? [–-] (?:\+46 ?|0)\d[\d \-]{{6,}}")
# a kin word after a name ending in s, its genitive without a second s: "armas mamma"
_KIN_NEXT = re.compile(" (?:" + "|".join(sorted(context.KIN | {"kusin", "föräldrar", "fru", "man",
                                                               "familj"})) + r")(?![\w])")


def _past_an_aside(text: str, end: int) -> int:
    """``end``, or the end of a short aside in brackets just after it: "- maj (fam.centr)
    vill vara med" acts after its aside."""
    if not text.startswith(" (", end):
        return end
    close = text.find(")", end + 2, end + 40)
    return close + 1 if close > 0 else end


def _first_name_before(text: str, start: int, covered: Coverage) -> int | None:
    """A listed first name in lower case just before a found name ("tor gardell", "hans
    wessman"): the person's first name, though it is a weekday or a pronoun elsewhere; not a
    kin word, an English word or a verb before its subject ("son glimmersta", "love this",
    "ville raghad"), nor a word that is a name only abroad ("maila mire", "ramadan
    kareem"). Its start, or None."""
    m = _FIRST_NAME_BEFORE.search(text, max(0, start - 25), start)
    if m is None or covered.covers(m.start(1)):
        return None
    word = m.group(1)
    if names.is_first_name_in_any_case(word) and word not in context.KIN_AND_TITLES \
            and word not in context.VERBS \
            and frequency.zipf_en(word) < 4.0 \
            and (not names.is_function_word(word) or word == "hans") \
            and (names.is_swedish_person_name(word.capitalize())
                 or not lexicon.is_word(word) and frequency.zipf_sv(word) < 3.0):
        return m.start(1)
    return None


def _after_a_first_name(text: str, found: list[Suggestion], start: int) -> bool:
    """"micke stål, steget", "abdirahman y. jama": a name found just before, in lower case,
    one blank or a middle name's initial between: the word is its surname."""
    word = _LOWER_WORD_AT.match(text, start)
    if text[start - 1:start] != " " or word is None:
        return False
    initial = _MIDDLE_INITIAL_BEFORE.search(text, max(0, start - 5), start)
    ends = {start - 1} | ({initial.start()} if initial and frequency.zipf_sv(word.group(0)) < 3.0
                          else set())  # (not "mirela H. ville ha": her surname's initial)
    return any(s.type == PERSON and s.end in ends and " " not in s.text and s.text.islower()
               and s.text != word.group(0) for s in found)  # (not "nam nam", a word said twice)


_MIDDLE_INITIAL_BEFORE = re.compile(rf" [{LOW}]\. $")


_LOWER_WORD_AT = re.compile(rf"[{LOW}]+")


def _equated_with_a_full_name(text: str, end: int, word: str) -> bool:
    """"maj = maj rajala (spec)" in notes: a name equated with the full name it opens."""
    m = _EQUATED_FULL_NAME.match(text, end)
    return m is not None and m.group(1) == word


_EQUATED_FULL_NAME = re.compile(rf" = ([{LOW}]+) [{L}][{L}\-]+")


def _equated_with_a_role(text: str, end: int) -> bool:
    """"sten = sektorchef" in notes: who a name is, by a role."""
    m = _EQUALS_WORD.match(text, end)
    return m is not None and role_word(m.group(1))


_EQUALS_WORD = re.compile(rf" = ([{LOW}]{{3,30}})")


def _before_kin(text: str, end: int, word: str) -> bool:
    """A rare word that is a name in this project, before a kin word: "armas mamma" (not
    "bos mamma", a word's genitive; not "ny pappa")."""
    return word.endswith("s") and frequency.zipf_sv(word) < 2.0 \
        and _KIN_NEXT.match(text, end) is not None


def _before_kin_anywhere(text: str, word: str) -> bool:
    """``word``, as a whole word, stands before a kin word somewhere in ``text``."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if whole_word(text, start, end) and _KIN_NEXT.match(text, end) is not None:
            return True
        start = text.find(word, end)
    return False


# a possessive cannot end a clause after a preposition: "jag letar efter hans, är han inte
# här?", "sagt till hans." (the man Hans, in a transcript without capitals)
_OBJECT_ALONE = re.compile(r"[ \t]*[,.?!](?!\w)")
_PREPOSITIONS = frozenset("med efter hos åt".split())  # (not "i stället för hans,")
# a preposition or an adverb after "hans": no possessive, whose noun it would be ("ring hans
# om mötet")
_NO_NOUN_AFTER = re.compile(r" (?:om|på|i|till|från|med|för|efter|idag|imorgon|igen|nu|sen|"
                            r"asap)(?![\w])")


def _his_is_someone(text: str, start: int, end: int, covered: Coverage) -> bool:
    """"hans" with no noun after it, where the possessive needs one: the man Hans ("sagt
    till hans.", "kan du ringa hans om mitt praktik", "(ivana? hans?)")."""
    before = context.word_before(text, start)
    alone = _OBJECT_ALONE.match(text, end) is not None
    return alone and before in _PREPOSITIONS \
        or before in _ADDRESSED_AFTER and (alone or _NO_NOUN_AFTER.match(text, end) is not None) \
        or alone and text[start - 2:start] in ("? ", ", ", "/ ") and covered.covers(start - 3) \
        or _he_does(text, start, end)


def _he_does(text: str, start: int, end: int) -> bool:
    """"hans sa till mig": a finite verb after "hans", where "his" needs a noun; not "hans läser
    jag" (his, I read: the subject after the verb) nor "Hans/hans går inte att söka"."""
    verb = context.word_after(text, end)
    if verb not in _HE_DOES or text[start - 1:start] == "/":
        return False
    after = context.word_after(text, text.find(verb, end) + len(verb))
    return after not in SUBJECT_PRONOUNS


# what a person does that no possessive pronoun standing alone does ("dina sa", not "dina är")
_SHE_DOES = context.SPEECH_VERBS | frozenset("tog gjorde ringde skrev mejlade fixade".split())
# the finite verbs no noun after "hans" shares ("hans lever", "hans kör": his liver, choir)
_HE_DOES = context.VERBS - {"lever", "kör", "var", "bor", "satt", "sov"}
# a lower-case word just before a found name: its first name, if a list knows it as one
_FIRST_NAME_BEFORE = re.compile(rf"(?<![{L}\-])([{LOW}]{{2,15}}) $")
# a surname in lower case after a first name: "per åkesson"
_LOWER_SURNAME_AFTER = re.compile(rf" ([{LOW}]{{3,20}})(?![{L}\-])")
# a surname's initial with its full stop, which no function word takes: "dina h. tipsade"
_INITIAL_AFTER = re.compile(rf" [{L}]\.(?=[ ),;\n]|$)")
_ENGLISH_DETERMINERS = frozenset("a an the no my your his her our their some any".split())
# a possessive before a genitive makes it a noun's: "min brors klass"
_POSSESSIVES = frozenset("min din sin hans hennes vår er deras".split())
# what stands before a verb ("att bo", "ska bo"): a two-letter name that is a verb too stays
_BEFORE_A_VERB = frozenset("""att ska kan vill får fick måste skulle kunde brukar behöver
kommer lär bör ville få""".split())
_BEFORE_A_MONTH = frozenset("i till från sedan sen efter före innan under om varje".split())
# words before a person addressed or asked for: "tack stig", "grattis dag", "ring stig",
# "fråga saga", "mejla can", "hjälpa blessing"
_ADDRESSED_AFTER = frozenset("""tack grattis välkommen hej hejsan hallå ring ringa fråga
mejla messa smsa påminn träffa hälsa hjälpa via enl enligt be tacka maila mailade mejlade
smsade messade intervjua intervjuade hos hälsn mvh""".split())
_WITH_ABBREVIATED = re.compile(r"(?:kolla|prata|pratade|pratat|pratar|möte|samtal|träff|"
                               r"avstämning|stäm av|stämma av|kontakt) m\.? $")
_INTRODUCED = re.compile(r"(?:^|(?<=[\n.!?] )|(?<=\n))(?:(?:[Jj]a|[Hh]ej|[Hh]allå),? )?"
                         r"[Dd]et här är $")
_YEARS_OLD = re.compile(r",? \d{1,2},? år(?![\w])")
_TALK_VERBS = frozenset("""pratar pratade prata snackar snackade träffas träffades kolla kollar
kollade stäm stämma stämmer""".split())
def _joined_by_a_plus(text: str, start: int, end: int, covered: Coverage,
                      known: set[str] | frozenset[str], listed: bool = False) -> bool:
    """Joined in notes by "+" to a person found here or a name of the project: "klara + dag
    hembesök", "tor e + maj" (not the weekdays "tis + tor"); ``listed``: also ending the list,
    as a function word that is a name must ("(mirela + hans)": no noun follows it)."""
    after = _PAIRED_AFTER.match(text, end)
    if listed and _LIST_END.match(text, end) is None and (after is None or "+" not in after[0]):
        return False
    for pair in (_PAIRED_BEFORE.search(text, max(0, start - 30), start), after):
        if pair is not None and "+" in pair.group(0) and pair.group(1) not in _WEEKDAYS \
                and (covered.covers(pair.start(1)) or pair.group(1) in known):
            return True
    return False


_WEEKDAYS = WEEKDAY_ABBREVIATIONS | {"tor"}  # ("tis + tor" on a door is two days)
_PAIRED_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))([{L}][{L}\-]*)(?P<initial> [{L}]\.?)? "
                            rf"(?:och|o|&|\+|eller) $")
# (also after a surname's initial: "möte m. tor e + maj")
_PAIRED_AFTER = re.compile(rf" (?:och|o|&|\+|eller) ([{L}][{L}\-]*)")
_MESSAGE_START_FOLLOWED = re.compile(r" (?:du|jag|ni|det)\b")
# a list's items before ", X." ("skola, jobb, bo."): X is the list's last item, not addressed
_AFTER_A_LIST = re.compile(r"(?:^|[ \t])\w+, \w+$|\w+ (?:och|eller) \w+$")
# what opens a noun phrase ("en smal stig", "det var min dag"): the word is the noun there
_NOUN_PHRASE_OPENERS = frozenset("""en ett min mitt din ditt sin sitt vår vårt er ert hans
hennes deras denna detta någon något varje""".split())
# a chat message's end after a word: an emoji, a stop, or the line's end
_MESSAGE_END = re.compile(r"[ \t]*(?:[!?.]*[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF]"
                          r"|[!?.]*[ \t]*$)", re.MULTILINE)
# what only a person is or does after the name: "dag som är samordnare", "gift som kom till
# mig", "sasha han var sju", "saga kuratorn", "stig från socialtjänsten"
_PERSON_AFTER = re.compile(
    r" (?:som (?:är|var|jobbar|jobbade|heter|kom|bor|går|har|hade)\b"
    r"|(?:han|hon|hen) (?:är|var|har|hade|kom|blev|gick|sa|säger)\b"
    r"|(?:kuratorn|rektorn|samordnaren|läraren|mentorn|specialpedagogen|skolsköterskan"
    r"|fritidsledaren|socialsekreteraren|brobyggaren|tolken)\b"
    r"|från (?:socialtjänsten|soc|ifo|ame|bup|biblioteket|skolan|fritidsgården|förskolan"
    r"|kommunen|arbetsmarknad|elevhälsan|vårdcentralen)\b"
    # off work: "kim fortf. sjukskriven", "bo föräldraledig"
    r"|(?:(?:fortf\.?|fortfarande|också|nu|är|var) )?(?:sjukskriven|föräldraledig|tjänstledig)\b)")
# "var det stig som", "det var gift som": a cleft that names a person
_CLEFT_BEFORE = frozenset({("var", "det"), ("det", "var"), ("är", "det"), ("det", "är")})
# "enl. klara", "enligt ek": whose word a note reports
_ACCORDING_TO = re.compile(r"(?<![\w])(?:enl\.?|enligt) $")
# a verb of saying before its subject: "då sa bo okej", "i går skrev bo"
_PARTICIPLES = frozenset("""sagt gjort skrivit berättat frågat ringt mejlat föreslagit
bestämt tyckt menat lovat fixat ordnat""".split())
_SPEECH_BEFORE_SUBJECT = frozenset("sa sade skrev frågade tyckte menade berättade".split())
# ... and after it: "stämmer ej m det bo skrev"
_WROTE_OR_SAID = _SPEECH_BEFORE_SUBJECT | {"föreslog"}
# what opens a clause before its subject: "att bo och jag har kommit"
_CLAUSE_OPENERS = frozenset("att med när så sen då både och men".split())
# paired with the speaker: "jag och bo", "bo och jag" (not "i dag och jag tänkte")
_PAIRED_WITH_ME = re.compile(r"(?<![\w])jag (?:och|o|\+) $")
_PAIRED_WITH_ME_AFTER = re.compile(r" (?:och|o|\+) jag\b")


def _cleft(text: str, start: int, end: int) -> bool:
    """"var det stig som", "det var gift som": a cleft that names a person."""
    before = context.words_before(text, start, 3)
    if len(before) == 3 and before[0] in _CLEFT_ADVERBS:
        before = before[1:]  # "det var faktiskt dag som formulerade det"
    return len(before) >= 2 and (before[1], before[0]) in _CLEFT_BEFORE \
        and text.startswith(" som ", end)


_CLEFT_ADVERBS = frozenset("faktiskt ju nog väl också även egentligen just bara alltså".split())


def _slashed_to_a_name(text: str, start: int, end: int, types: dict[str, str],
                      word_like: frozenset[str]) -> bool:
    """Joined by a slash to another name of the project: "dana/selam-överlapp"."""
    after = _WORD_AFTER_SLASH.match(text, end)
    before = _WORD_BEFORE_SLASH.search(text, max(0, start - 25), start)
    return any(m is not None and (m.group(1).lower() in types or m.group(1).lower() in word_like)
               for m in (after, before))


_WORD_AFTER_SLASH = re.compile(rf"/([{L}]+)")
_WORD_BEFORE_SLASH = re.compile(rf"([{L}]+)/$")


def _addressed_or_paired(text: str, start: int, end: int, covered: Coverage,
                         people: frozenset[str] = frozenset()) -> bool:
    """A word-like name that is a person here: addressed or asked for ("tack stig", "ring
    stig", "ringde dag", "pratar med björn"), after a kin word ("mamman blessing"), paired
    with a person found ("salam och björn", "saga o can"), from a workplace found ("can från
    navet"), doing what only a person does ("dag som är samordnare", "saga kuratorn"), named
    in a cleft ("var det stig som") or addressed at a chat message's start ("stig du är
    bäst")."""
    before = context.words_before(text, start, 2)
    if before and (before[0] in _ADDRESSED_AFTER or before[0] in context.KIN_AND_TITLES
                   or before[0] == "med" and len(before) == 2 and before[1] in _TALK_VERBS
                   or before[0] in ("gärna", "också") and len(before) == 2
                   and before[1] in _ADDRESSED_AFTER  # "ring gärna dag om"
                   or before == ("då", "hej") and _LIST_END.match(text, end)):  # "hej då dag,"
        return True
    if text.startswith(", ", start - 2) and text[end:end + 1] in (".", "?", "!") \
            and not _AFTER_A_LIST.search(text, max(0, start - 40), start - 2) \
            and chats.meeting_transcript(text):
        return True  # "Det är en bra poäng, dag. Jag tror": a meeting tool writes names so
    if context.person_object(text, start) or _PERSON_AFTER.match(text, end) is not None \
            or _WITH_ABBREVIATED.search(text, max(0, start - 30), start) is not None:
        return True  # ... "kolla m. stig": "med" cut short in notes, after a verb of talking
    if _cleft(text, start, end) or _ACCORDING_TO.search(text, max(0, start - 10), start):
        return True  # "var det stig som", "enl. klara"
    word = text[start:end]
    if before and before[0] in _SPEECH_BEFORE_SUBJECT and not role_word(word) \
            and not {word, word[:-1], word[:-2]} & context.KIN_AND_TITLES:
        return True  # "då sa bo okej", "i går skrev bo": the verb before its subject (not
        # "jag sa pastorn": whom one named)
    if _INTRODUCED.search(text, max(0, start - 24), start) and text[end:end + 1] in (".", ","):
        return True  # "Det här är tor. Tor Hägg, verksamhetschef": who speaks (a meeting
        # tool writes the name in lower case)
    if before and before[0] in ("det", "vad") \
            and context.word_after(text, end) in _WROTE_OR_SAID:
        return True  # "stämmer ej m det bo skrev", "vad dag sa": whose words
    if len(before) == 2 and before[0] == "till" and before[1] in ("hej", "hälsa") \
            and not names.is_function_word(word):
        return True  # "rahaf säger hej till rosa", "hälsa till dag" (not "hej till alla")
    if len(before) == 2 and before[0] == "till" and before[1] == "säg" \
            and text.startswith(" att ", end):
        return True  # "säg till bo att lämna nyckeln" (not "säg till andra mammor")
    if len(before) == 2 and before[0] == "till" and before[1] in context.KIN:
        return True  # "mamma till storm", "pappa till bo": whose parent
    if _YEARS_OLD.match(text, end) is not None:
        return True  # "tor 14 år, går på lindängs"
    if before and before[0] in ("har", "hade") and context.word_after(text, end) in _PARTICIPLES:
        return True  # "det har bo sagt hela tiden": the subject between "har" and its verb
    if _PAIRED_WITH_ME.search(text, max(0, start - 12), start) is not None \
            or _PAIRED_WITH_ME_AFTER.match(text, end) is not None \
            and (not before or before[0] in _CLAUSE_OPENERS or covered.covers(start - 2)):
        return True  # "jag och bo tog hyttängen", "att bo och jag har kommit" (not "i dag
        # och jag tänkte", "han jobbar natt och jag")
    m = _PAIRED_BEFORE.search(text, max(0, start - 30), start)
    if m is not None and (covered.covers(m.start(1)) or m.group("initial")
                          and m.group(1) in people):
        return True  # (also "tor e + maj": a name with an initial, found in this same pass)
    m = _PAIRED_AFTER.match(text, end)
    if m is not None and covered.covers(m.start(1)) \
            or _joined_by_a_plus(text, start, end, covered, people):
        return True
    if text.startswith(" från ", end) and covered.covers(end + 6):
        return True
    if _REPORTED_IN_NOTES.match(text, end) and _BULLET_BEFORE.search(text, max(0, start - 8),
                                                                     start):
        return True  # "- saga om en elev: ...", "- bo om framtiden", "- stig sa att"
    if (_BULLET_BEFORE.search(text, max(0, start - 8), start)
            or text[start - 2:start] == ", " and on_a_bullet(text, start)
            and not chats.chat_line(text, start)) \
            and _finite_verb(context.word_after(text, _past_an_aside(text, end))):
        return True  # "- klara leder", "- maj anordnade": a note's item opens with who acts;
        # so does a clause of one ("- mycket skratt, klara leder, sten kritisk")
    m = _GOES_WITH.search(text, max(0, start - 12), start)
    if m is not None and _LIST_END.match(text, end) \
            and frequency.zipf_sv(text[start:end]) < 4.5 and (
            m.group("with") != "med" or chats.chat_line(text, start) or on_a_bullet(text, start)):
        return True  # "(m luz + stig)", in notes and chats "tjejgruppen tors med saga." (not
        # the commoner words: "m bank", "med andra,")
    if on_a_bullet(text, start) and not chats.chat_line(text, start) \
            and text[start:end] not in MONTHS and _LINE_END.match(text, end) \
            and context.word_before(text, start) in _TO_SOMEONE \
            and _VERB_OF_A_NOTE.search(text, max(0, start - 40), start):
        return True  # a note's item ending in whom to ask: "ta upp med klara", "nämn för
        # klara", "kolla m dag", "transkribering till vale" (not "som dörr till gul.")
    if _MESSAGE_END.match(text, end) and frequency.zipf_sv(text[start:end]) < 4.6 \
            and chats.chat_line(text, start) and not chats.message_start(text, start) \
            and not set(context.words_before(text, start, 2)) & _NOUN_PHRASE_OPENERS:
        return True  # "jag vet stig 😞", "inga löften stig 😈": addressed at a message's end
    if _MESSAGE_START_FOLLOWED.match(text, end) is None:
        return False  # addressed as a message or its sentence opens: "stig du är bäst"
    if chats.sent_by_a_handle(text, start):  # "saga.lbb: matte du e så negativ", "jag
        return chats.message_start(text, start) or text[start - 1:start] == "\n" \
            or text.startswith((". ", "? ", "! "), start - 2)  # skriver. saga du rättar"
    return chats.message_start(text, start) and chats.chat_line(text, start)


# a lower-case word, with a hyphenated part or a closing apostrophe ("emina-gruppen", "eminas")
_LOWER_WORD = re.compile(rf"(?<![{L}\d@.])(?P<w>[{LOW}][{L}]*)"
                         rf"(?P<tail>-[{L}]+|['’](?![{L}\d@]))?(?![{L}\d@])")


# a case or a household named after a person, hyphenated in notes
_CASE_TAILS = frozenset(GROUP_TAILS) | frozenset(
    "mamman pappan intervjun mötet samtalet fallet ärendet skämtet".split())
# an age in brackets after a name in notes: "rut (82!)", "ask (15)"
_AGE_IN_BRACKETS = re.compile(r" \((?:[1-9]\d?)(?: år)?!?\)")
def _named_after_a_person(word: str, types: dict[str, str]) -> bool:
    head = group_head(word)
    return head is not None and types.get(names.strip_genitive(head)) == PERSON \
        and not lexicon.is_compound_word(head)
