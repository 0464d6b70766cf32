"""A speaker's label and the turn it opens: whether a capitalised word is a label of initials
or a role ("IP:", "Intervjuare:"), a label said again as the turn's first word ("Miko: Miko.
Tretton."), the speaker saying the label's word as her own name ("Lilla: Jag är Lilla."), and
labels of a first name and an initial that label turns again and again ("Alla K:")."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import frequency, lexicon, names
from .capitals import LABEL_WORDS, ROLE_LABELS, CapToken, label_count, next_on_line
from .letters import LOW, UP, L


@lru_cache(maxsize=1024)
def plain_label(word: str) -> bool:
    """A speaker label of initials or a role word that no name list holds ("IP", "J",
    "Intervjuare", "Datum")."""
    return ((len(word) <= 3 and word.isupper()) or (word in LABEL_WORDS and not word.isupper())) \
        and names.lookup(word) is None

def label_said_again(text: str, tok: CapToken) -> bool:
    """A speaker's label whose turn opens with the same whole word ("Miko: Miko. Tretton.",
    not "Ju: Juni")."""
    turn = _TURN_OPENS.match(text, tok.end) if tok.label else None
    if turn is None:
        return False
    end = turn.end() + len(tok.text)
    return text.startswith(tok.text, turn.end()) and not text[end:end + 1].isalnum()

_TURN_OPENS = re.compile(r":[ \t]+")

def repeats_its_label(text: str, tok: CapToken) -> bool:
    """The turn opens with the word of its speaker's label, before a stop or a comma ("Alla:
    Alla. Jag är 13.", "Kuba W: Kuba, eller Jakub"; not "Alla: Alla familjer här")."""
    return text[tok.end:tok.end + 1] in ".,!?" and after_its_label(text, tok.start, tok.text)

def says_its_own_name(text: str, tok: CapToken) -> bool:
    """In a turn of its speaker's label, the same word said as the speaker's name: the turn
    opens with it ("Lilla: Lilla. Femton.") or the speaker says so ("Lilla: Jag är Lilla.",
    "här är jag Lilla", "jag heter Lilla")."""
    if tok.label:
        return False
    if text[tok.end:tok.end + 1] in _STOPS and after_its_label(text, tok.start, tok.text):
        return True  # (``repeats_its_label``, the cheap test first)
    if not text.endswith(("är ", "ter ", "jag "), max(0, tok.start - 6), tok.start) \
            or _SELF_NAMING_BEFORE.search(text, max(0, tok.start - 12), tok.start) is None:
        return False
    line = text.rfind("\n", 0, tok.start) + 1
    m = _OWN_LABEL.match(text, line)
    return m is not None and m.group(1) == tok.text

_STOPS = frozenset(".,!?")

# "jag är", "är jag", "jag heter", "heter jag" just before a word
_SELF_NAMING_BEFORE = re.compile(r"(?<![\w])(?:[Jj]ag (?:är|heter)|är jag|heter jag) $")

def after_its_label(text: str, start: int, word: str) -> bool:
    """Only the speaker's label, of the same word, stands before ``start`` on its line
    ("Milan: Milan", "[00:01] Dasha: Dasha", "Kuba W: Kuba")."""
    head = text[text.rfind("\n", 0, start) + 1:start].strip()
    m = _OWN_LABEL.fullmatch(head)
    return m is not None and m.group(1) == word

_OWN_LABEL = re.compile(rf"(?:\[[\d:.]+\][ \t]*)?([{UP}][{L}\-]*)(?: [{UP}]\.?)?:")

def label_with_an_initial(text: str, tokens: list[CapToken], i: int) -> bool:
    """A listed first name before a surname's initial in a speaker label ("Alla K:", "Bo E:",
    "Klara N:"): the speaker, even where the name is a word too."""
    tok = tokens[i]
    nxt = next_on_line(text, tokens, i)
    if not (tok.initial and nxt is not None and nxt.label and len(nxt.text) == 1
            and nxt.start == tok.end + 1):
        return False
    word = tok.text
    if role_word_label(word):
        # a country that labels several turns is a by-name ("Kuba W:", Jakub), where "Rektor
        # B:" or "Skola A:" letters a role or a thing
        return word in lexicon.countries() and _initial_labels(text)[word] >= 2
    # a first name; or a word no role names that labels several turns so ("Matte W:", a
    # by-name that is a word too), where "Rektor B:" or "Talare A:" letters a role
    return names.is_first_name_in_any_case(word) or (
        word.istitle() and len(word) >= 3 and not names.is_function_word(word)
        and word.lower() not in ROLE_LABELS and word not in LABEL_WORDS
        and frequency.zipf_sv(word) < 5.0
        and _initial_labels(text)[word] + label_count(word, text) >= 2)

def labels_turns(text: str, word: str, times: int = 3) -> bool:
    """A word that labels a speaker with an initial again and again ("Dina H:" on three turns
    or more): a person in this text, wherever it stands capitalised inside a sentence."""
    return _initial_labels(text)[word] >= times

_INITIAL_LABEL = re.compile(rf"(?m)^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*)?"
                            rf"([{UP}][{LOW}]+) [{UP}]\.?:")

@lru_cache(maxsize=8)
def _initial_labels(text: str) -> Counter:
    """How many turns each word labels before an initial ("Matte W:"), once per text."""
    return Counter(m.group(1) for m in _INITIAL_LABEL.finditer(text))

def role_word_label(word: str) -> bool:
    """"Rektor B:", "Skola A:", "Bilaga C:": a role or a thing lettered, not a name."""
    return lexicon.is_generic(word) or word.lower() in _LETTERED


# nouns lettered in a transcript's labels and lists: "Rektor B:", "Skola A:", "Grupp C:"
_LETTERED = frozenset("""rektor lärare skola skolan grupp bilaga fråga del fall familj
vårdnadshavare förälder elev ungdom deltagare respondent informant intervjuare tolk person
mamma pappa kvinna man flicka pojke tjej kille personal talare område klass team lag enhet
hus kvinnan mannen""".split())
