"""Checks on one capitalised word that the detector's word loop asks before its rules: is it
a function word or a label every rule keeps, the kind before an institution's name, a first
name before a surname or in a list of names, a function word that names someone here ("Ikran
och Vi") or an ordinary hyphenation ("SIP-möten", "Teams-chatt")?"""
from __future__ import annotations

import re
from functools import lru_cache

from . import context, english, frequency, institutions, lexicon, names, word_uses
from .ages import is_number_word
from .capitals import CapToken, is_acronym, next_on_line
from .letters import LOW, UP, L, contains_word
from .speaker_labels import repeats_its_label
from .typing_rules import PLACE_ENDINGS, SURNAME_ENDINGS, infer_type

SAINTS = frozenset(["Mor", "Mar"])  # Syriac for a saint: congregations are named so


def first_name_before_surname(text: str, tok: CapToken, nxt: CapToken | None) -> bool:
    """A listed first name, even one that is a word, inside a sentence and right before a
    surname ("har vi Alla Kovalenko med"): the next word is listed as a surname, or is no word
    at all. At a sentence's start only a pronoun or determiner, which no surname can follow,
    before a listed surname will do ("Dina Haddad (studiehandledare)"; not "Om Keskitalo går",
    "Eller Ericsson", "Alla Svenssons")."""
    if nxt is None or not names.is_listed_person(tok.text, ("first",), word_like_too=True):
        return False
    word = nxt.text
    if names.is_function_word(word) or lexicon.is_generic(word) or is_acronym(word):
        return False
    if tok.initial:
        hit = names.lookup(word)
        if tok.text.lower() not in _DETERMINERS or nxt.start != tok.end + 1 \
                or lexicon.is_word(word.lower()):
            return False
        if hit is not None and hit.kind == "surname" and not hit.stop and not hit.suffix \
                or _surname_a_gazetteer_knows(word, hit):
            return True
        # a surname no list knows, the two words standing alone before a comma, a bracket or
        # the line's or the sentence's end: "Deltar: Alla Hnatiuk, vårdnadshavare", "[skratt]
        # Alla Hnatiuk." (not "Alla Svenssons")
        return hit is None and not word.endswith("s") and frequency.zipf_sv(word) < 2.0 \
            and _ALONE_AFTER.match(text, nxt.end) is not None
    hit = names.lookup(word)
    return names.is_listed_person(names.strip_genitive(word), ("surname",)) \
        or (not lexicon.is_word(word.lower()) and frequency.zipf_sv(word) < 3.0
            and (hit is None or _surname_a_gazetteer_knows(word, hit)
                 or hit.kind == "first" and not hit.stop))  # ("Dina Mansour": a first name
    # that is a surname too)


def _surname_a_gazetteer_knows(word: str, hit) -> bool:
    """A surname's ending on no word, where a gazetteer knows a village so named: "Alla
    Shevchenko"."""
    return hit is not None and hit.kind == "place" and word.lower().endswith(SURNAME_ENDINGS) \
        and not lexicon.is_word(word.lower()) and frequency.zipf_sv(word) < 2.0


_ALONE_AFTER = re.compile(r"[ \t]*(?:[,;(]|\.(?:\s|$)|$)", re.MULTILINE)
_DETERMINERS = frozenset("dina mina sina era våra alla vi ni".split())


def opens_a_full_name(text: str, tokens: list[CapToken], i: int) -> bool:
    """A pronoun or determiner opening a sentence that is the first name of a full name
    ("Dina Haddad (studiehandledare)"): the cheap test first, the sentence opens with many
    function words."""
    return tokens[i].text.lower() in _DETERMINERS \
        and first_name_before_surname(text, tokens[i], next_on_line(text, tokens, i))


@lru_cache(maxsize=4096)
def plain_function_word(word: str) -> bool:
    """A letter, or a function word that is no Swedish person name ("Och", "Vi", "Han" are
    names elsewhere): opening a sentence, every rule below keeps it (the capital rule too), so
    the loop skips it before the costlier tests."""
    if len(word) == 1:
        return True
    if not names.is_function_word(word) or word in SAINTS or (len(word) >= 4 and word.isupper()):
        return False
    hit = names.lookup(word)
    return hit is None or not names.is_swedish_person_name(hit.base)


def kind_before_a_name(text: str, tokens: list[CapToken], i: int) -> bool:
    """A capitalised noun for a kind of institution right before a capitalised name: the
    kind, not part of the name ("Byskolan Bjurnäs skola", "Fritidsgården Stationen"); not
    before a letter ("Tornhagsskolan F–6": the school's grades)."""
    low = tokens[i].text.lower()
    nxt = next_on_line(text, tokens, i)
    return nxt is not None and len(nxt.text) >= 2 \
        and (low in institutions.INSTITUTION_NOUNS
             or low.endswith(_KINDS) and lexicon.is_compound_word(low))


_KINDS = ("skolan", "bolaget", "föreningen", "kyrkan", "gården", "biblioteket")


def coordinated_with_name(text: str, tokens: list[CapToken], i: int) -> bool:
    """"Frid och Vide", "Hans och Björk", "Otto, Sigge, Bris": a listed first name beside it
    in a list."""
    return context.in_list_of_names(text, tokens[i].start, tokens[i].end)


def function_word_named(text: str, tokens: list[CapToken], i: int) -> bool:
    """A first name that is a function word too ("Vi", "Alla", "Era", "Dina"), capitalised
    inside a sentence and beside another name or before a finite verb: "Ikran och Vi", "Dren
    går i sexan och Era i ettan", "Alla tyckte inte det". Not in a heading or a title whose
    words are all capitalised ("Stöd Som Gjorde Skillnad", "ABC, Alla Barn i Centrum"), not
    in capitals, not after an initial ("Sara H. Vi säger"). Opening a sentence only where the
    speaker names herself so ("Alla heter jag")."""
    tok = tokens[i]
    word = tok.text
    hit = names.lookup(word)
    if tok.initial and not tok.label and hit is not None and hit.kind == "first" \
            and word.istitle() and names_oneself(text, tok) \
            and not names.is_swedish_person_name(hit.base):
        return True  # "Alla heter jag, Alla Kovalenko": a speaker's own name, first
    if _possessive_with_no_noun(text, tok) and hit is not None and hit.kind == "first":
        return True  # "Dina hade hög frånvaro", "pappa till Dina i femman"
    if tok.initial or tok.label or word.isupper() or hit is None or hit.kind != "first" \
            or names.is_swedish_person_name(hit.base) \
            or _INITIAL_BEFORE.search(text, max(0, tok.start - 4), tok.start) \
            or _CAPITALISED_AFTER.match(text, tok.end):
        return False
    if context.subject_context(text, tok.end):
        return True
    if after_naming_verb(text, tok.start):
        return True  # "jag heter Alla", "hon heter Dina": what one is called is a name
    if _COMMA_THEN_LOWER.match(text, tok.end) \
            and not text.startswith(f", {word.lower()}", tok.end) \
            and _inside_a_sentence(text, tok.start):
        return True  # "Och Dina, ny, arabiska": the possessive needs its noun (not "Alla,
        # alla")
    for k in (i - 1, i + 1):
        other = tokens[k] if 0 <= k < len(tokens) else None
        if other is None or names.is_function_word(other.text) or not name_like(other.text):
            continue
        between = text[other.end:tok.start] if k < i else text[tok.end:other.start]
        if between in (" och ", ", ", " & "):
            return True
    return False


def _possessive_with_no_noun(text: str, tok: CapToken) -> bool:
    """A possessive that is a first name ("Dina", "Hans"), with a capital, where no noun
    follows it but a class ("Dina i femman"), or inside a sentence after a kin word and
    "till" ("pappa till Dina")."""
    if tok.text.lower() not in _POSSESSIVE_NAMES or tok.label or tok.text.isupper():
        return False
    if context.grade_context(text, tok.end):
        return True
    before = context.words_before(text, tok.start, 2)
    return not tok.initial and len(before) == 2 and before[0] == "till" \
        and before[1] in context.KIN_AND_TITLES


# a speaker who names herself with the name first: "Alla heter jag"; a person named with
# the speaker as one subject: "Alla och jag har haft ett bra samarbete"
_SELF_NAMED = re.compile(r" heter (?:jag|hon|han|hen)\b| och jag (?:(?:har|hade) (?:haft|delat|"
                         r"startat|jobbat|pratat|träffats)|pratade|pratar|träffades|träffas|"
                         r"startade|delar|delade)\b")  # (not "Alla och jag var trötta")


def names_oneself(text: str, tok: CapToken) -> bool:
    """The word opens "... heter jag" ("... heter hon") or "... och jag har": a name, put
    before its verb (a pronoun or a quantifier would not stand beside "jag" so); or it says
    the speaker's label again as the turn opens ("Alla: Alla. Jag är 13.")."""
    return _SELF_NAMED.match(text, tok.end) is not None or repeats_its_label(text, tok)


def said_to_be_a_name(text: str, tok: CapToken) -> bool:
    """The word is spelled out ("Alla med stort A"), set off before its role and taken up by a
    pronoun ("Alla, mamman, hon är fantastisk", "Hans, rektorn, han") or as one of a group
    ("Saga, en av tjejerna,"), or said alone and named
    so just after ("Alla. Hennes lärare. Hon heter Alla."): a word is none of these."""
    if word_uses.idiom(text, tok.start, tok.end):
        return False  # "Nada. Noll.": nothing
    spelled = _SPELLED_OUT.match(text, tok.end)
    if spelled is not None:
        return spelled.group(1).lower() == tok.text[0].lower()
    after = text[tok.end:tok.end + 1]
    if after in (",", " "):
        role = _ROLE_TAKEN_UP.match(text, tok.end) or _ROLE_SET_OFF.match(text, tok.end)
        if (role is not None and context.kin_or_role(role.group(1))
                or _HE_OR_SHE_WHO.match(text, tok.end) or _YOU_AFTER.match(text, tok.end)) \
                and not _interjection(tok.text):
            return True  # "Alla, mamman, hon", "Alla, en ukrainsk mamma,", "Alla – min
            # mamma", "Alla, hon som är studiehandledare", "Och Alla, du har": one person
    if after in (",", ".", "!", "?") \
            and _ADDRESSING_BEFORE.search(text, max(0, tok.start - 30), tok.start) \
            and not _interjection(tok.text):
        return True  # "Du, Alla, vad var det", "Tack så hemskt mycket, Alla.": addressed
    if _ONE_OF_THEM.match(text, tok.end) or _AT_A_NAMED_PLACE_DOES.match(text, tok.end) \
            and not names.is_function_word(tok.text):  # (not "Alla på Glöden har")
        return True  # "Saga, en av tjejerna, läste en dikt": one of a group of people;
        # "Linnea på Solrosen säger": someone at a named place who does something
    if text[tok.end:tok.end + 1] not in (".", "!"):
        return False
    if not tok.initial:
        # "Och Juni. Hon kom från Gävle": the one more named, then what she did (not "och
        # alla. Alla. Hon är med", the word said again)
        return _AND_OPENS.search(text, max(0, tok.start - 6), tok.start) is not None \
            and _HE_OR_SHE_DID.match(text, tok.end + 1) is not None \
            and not contains_word(text[max(0, tok.start - 60):tok.start].lower(),
                                  tok.text.lower())
    # a sentence of the word alone after a sentence that ends on whose kin it is: "Min
    # morfar. Sten. Han bor i Skrällbo", "Med Storms pappa. Hans.", "Min syster också. Juni."
    kin = _KIN_ENDS_THE_SENTENCE.search(text, max(0, tok.start - 40), tok.start)
    if kin is not None and context.kin_or_role(kin.group(1).lower()) \
            and _SENTENCE_ENDS.match(text, tok.end + 1) and not is_number_word(tok.text):
        # (not "bjuda tre kompisar. Tre!", the number said again)
        return True
    # a sentence of the word alone, named so just after: "Alla. Hennes lärare. Hon heter
    # Alla." (the answer to "vem ringde?")
    window = text[tok.end:tok.end + 120]
    return any(window.startswith(tok.text, m.end())
               and not _LETTER.match(window, m.end() + len(tok.text))
               for m in _NAMED_SO.finditer(window))


_NAMED_SO = re.compile(r"\b(?:heter|hette|kallas|kallades) ")
_LETTER = re.compile(rf"[{L}]")


_AND_OPENS = re.compile(r"(?:^|[.!?:]\s+)Och $", re.MULTILINE)
_HE_OR_SHE_DID = re.compile(r"[ \t]+(?:Hon|Han|Hen) (?:[a-zåäö]+(?:de|te|dde|r)|kom|var|gick|"
                            r"sa|fick|tog|blev|satt|bor|bodde|går|har|hade)\b")
_KIN_ENDS_THE_SENTENCE = re.compile(rf"(?<![{L}])([{L}]+)(?: också| då)?\.[ \t]+$")
_SENTENCE_ENDS = re.compile(r"[ \t]*(?:$|\n|\[|\(|[{UP}])".replace("{UP}", UP), re.MULTILINE)
# "Alla med stort A", "Bo med stor bokstav B"
_SPELLED_OUT = re.compile(r" med (?:stort|stor bokstav|versal) (\w)(?!\w)")
_ROLE_TAKEN_UP = re.compile(r", (\w+), (?:hon|han|hen) ")
# set off before a person's role or kin: "Alla, en ukrainsk mamma,", "Alla – min mamma heter"
_ROLE_SET_OFF = re.compile(rf"(?:,| –| -) (?:en|min|hans|hennes|vår|deras) (?:[{LOW}]+ )?"
                           rf"([{LOW}]+)(?=[,.;:)]| –| -| heter| är| var)")
def _interjection(word: str) -> bool:
    """A conjunction, an interjection or a kin word setting off a clause: "Eller, min
    mormor.", "Ah, du menar", "Bror, du är alltid ettan"."""
    return word.lower() in _CONJUNCTIONS or context.kin_or_role(word.lower())


_CONJUNCTIONS = frozenset("eller och men fast så alltså ah åh aha oj ja nej jo okej".split())
_YOU_AFTER = re.compile(r", du (?!vet\b)")
_ADDRESSING_BEFORE = re.compile(r"(?:^|(?<=[\s.!?:]))(?:[Dd]u|[Tt]ack(?: så (?:hemskt |jätte)?"
                                r"mycket)?|[Hh]ej|[Hh]ejsan|[Tt]ack för idag), $")
_HE_OR_SHE_WHO = re.compile(r"(?:,| –| -) (?:hon|han|hen) som ")
_AT_A_NAMED_PLACE_DOES = re.compile(
    rf" på [{UP}][{LOW}]{{2,30}},? (?:säger|sa|sade|berättade|tycker|tyckte|har|hade|kom|tog|"
    rf"ringde|brukar|jobbar|jobbade|gjorde|fixade|hjälper|hjälpte|skrev|skriver|fick|ordnade|"
    rf"grillade|lagade|bjöd|öppnade|pratade|pratar)\b")
_ONE_OF_THEM = re.compile(r", (?:en|ett|den|det) (?:av|bland) (?:de |dom )?(?:tjejerna|killarna|"
                          r"flickorna|pojkarna|barnen|eleverna|ungdomarna|deltagarna|mammorna|"
                          r"papporna|föräldrarna|syskonen|kusinerna|grannarna|lärarna|"
                          r"fritidsledarna|brobyggarna|tvillingarna|döttrarna|sönerna)[,.]")


def function_word_alone(text: str, tok: CapToken) -> bool:
    """A word capitalised inside a sentence before a pause or an adverb, where no determiner
    stands without its noun: a first name, where the caller knows the word is a listed first
    name and a function word ("och nu vi har Alla också", "vi ringde Alla igen")."""
    return not tok.initial and not tok.label and _titled(tok.text) \
        and _inside_a_sentence(text, tok.start) and _CLAUSE_GOES_ON.match(text, tok.end) \
        is not None and context.word_before(text, tok.start) not in _TITLE_PREPOSITIONS


# "Skola för Alla", "Ett år med Alla": a title's or a slogan's pronoun after a preposition
_TITLE_PREPOSITIONS = frozenset("för till med av om på i åt från".split())


def _titled(word: str) -> bool:
    return len(word) >= 3 and word.istitle()


_COMMA_THEN_LOWER = re.compile(rf", [{LOW}]")
# a pause or an adverb after a word: "Alla också.", "Alla igen", "Alla!"
_CLAUSE_GOES_ON = re.compile(r"(?:[.!?;)]| (?:också|med|där|här|igen|nu|då|idag|hemma|ju)\b)")
# possessive pronouns that are first names too: before a finite verb only the name stands
_POSSESSIVE_NAMES = frozenset("hans dina mina sina era".split())


def possessive_name_acting(text: str, tok: CapToken) -> bool:
    """"Hans bestämde till slut", "Dina ringde": a possessive pronoun needs its noun, so a
    capitalised one before a finite verb is the first name (not "Hans idé", "Dina barn")."""
    word = tok.text
    if tok.label or word.lower() not in _POSSESSIVE_NAMES or not word.istitle():
        return False
    hit = names.lookup(word)
    if hit is None or hit.kind != "first":
        return False
    after = context.word_after(text, tok.end)
    if after in _ELLIPSIS_VERBS:
        return False  # "Hans heter Jesper", "Hans är 070-...": his (name, number) is
    return after in context.VERBS or (after.endswith("ade") and len(after) > 4
                                      and lexicon.is_word(after))


_ELLIPSIS_VERBS = frozenset("är var heter hette har hade blir blev kan ska".split())


def _inside_a_sentence(text: str, start: int) -> bool:
    """A word stands before ``start`` on its line ("på Som, faktiskt", "Och Dina, ny")."""
    return context.word_before(text, start)[:1].islower()
_INITIAL_BEFORE = re.compile(rf"(?<![{L}])[{UP}]\. ?$")
_CAPITALISED_AFTER = re.compile(rf" [{UP}]")


def after_naming_verb(text: str, start: int) -> bool:
    """"heter", "kallas", "kallar henne" just before: what follows is what someone is called."""
    return context.word_before(text, start) in context.NAMING_VERBS \
        or context.named_as(text, start)


def someone_called(text: str, start: int) -> bool:
    """"Hennes lärare heter Lilla", "hon heter Storm", "mentorn på Vålaskolan heter Lilla":
    what a person is called (not "modellen kallas Gul", a thing's name)."""
    before = context.words_before(text, start, 4, keep_case=True)
    if len(before) >= 3 and before[0] == "för" and before[2].lower() in _CALL \
            or len(before) >= 2 and before[0] in _HER_HIM and before[1].lower() in _CALL:
        return True  # "Vi kallar Luwam för Lilla hemma", "Vi kallade henne Lilla"
    if len(before) >= 2 and before[0] == "säger" and before[1].lower() in _WE_ALL \
            and (word := context.WORD.match(text, start)) is not None \
            and _SAID_ALONE.match(text, word.end()):
        return True  # "men vi säger Lilla, för hon är minst"
    if len(before) >= 2 and before[1] == "säger" and before[0].lower() in _WE_ALL \
            and (word := context.WORD.match(text, start)) is not None \
            and _TO_HER.match(text, word.end()):
        return True  # "Hemma säger vi Lilla till henne"
    if before and before[0] in _ADVERBS_AFTER_HETER:
        before = before[1:]  # "Min mormor hette också Lilla", "hon heter ju Lilla"
    if len(before) < 2 or before[0] not in ("heter", "hette"):
        return False
    who = before[1]
    return who.lower() in _CALLED or context.kin_or_role(who.lower()) \
        or len(before) >= 3 and who[:1].isupper() and before[2] == "på"


_CALLED = frozenset("jag du han hon hen".split())
_CALL = frozenset("kallar kallade kallat kalla".split())
_HER_HIM = frozenset("henne honom mig dig oss er dem dom".split())
_WE_ALL = frozenset("vi man alla dom de".split())
_ADVERBS_AFTER_HETER = frozenset("också ju faktiskt egentligen bara väl".split())
_SAID_ALONE = re.compile(r"[,.!;]|[ \t]*$|[ \t]*\n", re.MULTILINE)
_TO_HER = re.compile(r" till (?:henne|honom|hen|mig|dig)\b")


def name_like(word: str) -> bool:
    """Could ``word`` be the next part of a name ("Berg" in "Inga Berg")? A listed name
    that is no ordinary word, or a word no lexicon knows; not an acronym, not English."""
    if is_acronym(word):
        return False
    hit = names.lookup(word)
    if hit is not None:
        return not hit.stop
    return not lexicon.is_word(word) and not english.common_english(word)


def ordinary_hyphenation(word: str) -> bool:
    """An acronym, a letter, a generic name or an ordinary word joined to a lower-case word:
    "SIP-möten", "D-kursen", "Excel-ark", "Mini-milan"; "Eid al-Fitr"'s "al-Fitr" is not one."""
    head, tail = word.split("-", 1)
    if tail[:1].islower() and len(tail) >= 3 and lexicon.is_generic(head):
        return True  # "Teams-chatt", "Irak-resa": a brand or a country before a noun
    if not tail or not tail[:1].islower() or not (lexicon.is_word(tail)
                                                   or lexicon.is_compound_word(tail)):
        return False
    if len(head) == 1:
        return len(tail) >= 4  # not a name said in parts, "A-mal"
    if head.isupper() and len(head) <= 5:
        return True
    return frequency.zipf_sv(head) >= 3.0 and not names.is_listed_person(
        head, ("first", "surname"), word_like_too=True) \
        and not place_before_a_noun(word)  # (not "Ros-kursen", "Rask-familjen",
    # "Södertälje-grejer")


def place_before_a_noun(word: str) -> bool:
    """A listed place (no country or region the lists keep) hyphenated to a lower-case word:
    "Södertälje-grejer", "Kiruna-resan"."""
    head, _, tail = word.partition("-")
    return tail[:1].islower() and len(tail) >= 3 and _a_listed_place(head) \
        and (lexicon.is_word(tail) or lexicon.is_compound_word(tail))


def _a_listed_place(word: str) -> bool:
    """A place the lists know that is no word, and no country or region the lists keep."""
    hit = names.lookup(word)
    return hit is not None and hit.kind == "place" and not hit.stop \
        and not lexicon.is_generic(word)


# what a place's name runs into in one word: "Göteborgsnummer", "Stockholmsområdet"
_PLACE_TAILS = ("nummer", "numret", "området", "trakten", "sidan", "hållet")


def place_compound(word: str) -> bool:
    """A listed place (no country or region the lists keep) run together with a word for its
    number or its part: "Göteborgsnummer", "Stockholmsområdet", "Ölandssidan"."""
    low = word.lower()
    for tail in _PLACE_TAILS:
        if low.endswith(tail) and len(word) > len(tail) + 2:
            head = word[:-len(tail)]
            bases = (head, head[:-1]) if head.endswith(("s", "-")) else (head,)
            if any(_a_listed_place(base) for base in bases):
                return True
    return False


def english_pair(text: str, tokens: list[CapToken], i: int) -> bool:
    """The word and a capitalised neighbour (one space apart) are both very frequent English
    words that no list holds as sure names: an English title ("Among Us", "Will You"), not
    two names ("Will Smith", "Grace Kelly": the surname is rarer)."""
    if not _very_english(tokens[i].text):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            a, b = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            if text[a.end:b.start] == " " and _very_english(tokens[j].text):
                return True
    return False


@lru_cache(maxsize=4096)
def _very_english(word: str) -> bool:
    hit = names.lookup(word)
    if hit is not None and (not hit.stop or names.is_swedish_person_name(hit.base)):
        return False
    en = frequency.zipf_en(word)
    return en >= 5.0 and en > frequency.zipf_sv(word)


def ordinary_word(word: str) -> bool:
    """A capitalised word that is no name by itself: a function word, a public body, a closed
    class (language, month, holiday), a common English word, or a Swedish word or compound of
    words that no name list knows and no place ending marks."""
    if names.is_function_word(word) or lexicon.is_generic(word) or context.closed_class(word):
        return True
    hit = names.lookup(word)
    if hit is not None and (not hit.stop or names.is_swedish_person_name(hit.base)):
        return False  # a listed name the model found in context ("Lina från socialtjänsten")
    if lexicon.is_word(word):
        return True  # "Skola", "Metod", "Dels", "Annars": the word, whatever a list says
    if hit is None and context.brand_like(word):
        return True  # "SchoolSoft", "WhatsApp"
    if hit is not None:  # "Best Practice": English words that some list has as a name
        return hit.stop and english.common_english(word)
    if institutions.is_authority(word) or english.common_english(word):
        return True
    base = names.strip_genitive(word)
    if infer_type(base, "?") != "?" or base.lower().endswith(PLACE_ENDINGS):
        return False
    # the genitive of a word, or a compound ending in s ("Uppbyggnadsfas"), is a word too
    return lexicon.is_word(base) or lexicon.is_compound_word(base) \
        or lexicon.is_compound_word(word)


def country_as_a_by_name(text: str, tok: CapToken) -> bool:
    """A country's name inside a sentence that is someone's by-name ("Kuba" for Jakub): after a
    kin word ("min lillebror Kuba"), called so ("alla säger Kuba", "heter Kuba"), the subject of
    a cleft ("det var Kuba som fixade det"), before a full name ("till Kuba, Jakub Wiśniewski");
    not after a preposition of place ("i Kuba som bor", "från Thailand, Niran Saetang")."""
    word = tok.text
    if word not in lexicon.countries():
        return False
    if context.word_before(text, tok.start).lower() not in _BEFORE_A_COUNTRY and (
            word_uses.one_person_predicate(text, tok.end) or _ONLY_PEOPLE_DO.match(text, tok.end)):
        return True  # "Kuba är lillebror", "Kuba trodde det var kebab": no country is a
        # brother or believes
    if tok.initial:
        return repeats_its_label(text, tok)  # "Kuba W: Kuba, eller Jakub Woźniak"
    before = context.word_before(text, tok.start)
    if context.grade_context(text, tok.end) and (
            before not in _BEFORE_A_COUNTRY
            or before == "till" and context.words_before(text, tok.start, 2)[-1] in context.KIN):
        return True  # "mamma till Mali i fyran", "Ploy och Mali i trean": no country is in a
        # class (but "flyttade till Mali i fyran")
    if text[tok.start - 2:tok.start] == ", " \
            and (context.kin_or_role(kin := context.word_before(text, tok.start - 2))
                 or kin in context.CHILD_WORDS) \
            and _SET_OFF_AFTER.match(text, tok.end) is not None:
        return True  # "det är lillasystern, Mali. De leker", "Pojken, Kuba, kom dit"
    return before in context.KIN_AND_TITLES or after_naming_verb(text, tok.start) \
        or before not in _BEFORE_A_COUNTRY and _CLEFT_AFTER.match(text, tok.end) is not None \
        or _FULL_NAME_AFTER.match(text, tok.end) is not None \
        and (before not in _BEFORE_A_COUNTRY or names.lookup(word) is not None) \
        or _addressed(text, tok) or _LISTED_WITH_AN_INITIAL.match(text, tok.end) is not None


def _addressed(text: str, tok: CapToken) -> bool:
    """Set off at the end of a sentence after a lower-case word: whom one speaks to ("Det
    har vi fixat nu, Kuba!", "Du nämnde Discord, Kuba."), where a list of countries would go
    on from a capital; a stop or a question mark ends it where the sentence says "du"."""
    end = text[tok.end:tok.end + 1]
    if text[tok.start - 2:tok.start] != ", " or end not in ("!", ".", "?"):
        return False
    if end != "!":
        lo = max(0, tok.start - 200)  # (a sentence's start, or 200 characters back)
        opens = max(lo - 1, *(text.rfind(c, lo, tok.start - 2) for c in ".!?\n:")) + 1
        if _YOU.search(text, opens, tok.start) is None:
            return False
    before = context.words_before(text, tok.start - 2, 1, keep_case=True)
    return bool(before) and before[0] not in _BEFORE_A_COUNTRY \
        and (before[0].islower() or end != "!" and before[0] not in lexicon.countries())
    # (not "i Polen, Kuba.": a list of countries)


_YOU = re.compile(r"(?<![\w])(?:[Dd]u|dig|[Nn]i)(?![\w])")


_ONLY_PEOPLE_DO = re.compile(r" (?:trodde|tyckte|skrattade|skrattar|grät|gråter|log|ljög|sov|"
                             r"lekte|leker|fyller|fyllde)(?![\w])")  # (not "I Kuba tror man")
# a surname's initial in a list of people: "Farid N., Kuba W., Tindra S." (no country has one)
_LISTED_WITH_AN_INITIAL = re.compile(rf" [{UP}]\.(?:,| och | &| \()")
_SET_OFF_AFTER = re.compile(r", |\.(?:\s|$)")
_BEFORE_A_COUNTRY = frozenset("i från till på om ur utanför mot via genom av åt inom hela".split())
# after a country's name: "som" of a cleft with a verb, or a full name in apposition
_CLEFT_AFTER = re.compile(rf" som (?:{'|'.join(sorted(context.VERBS))})\b")
_FULL_NAME_AFTER = re.compile(rf", [{UP}][{L}]+ [{UP}][{L}\-]+")
