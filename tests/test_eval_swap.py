"""Evaluation set (a), the name swap of the demo corpus, is frozen: the committed files are
what the committed script and name list make, every file parses, and no original survives."""
import csv
import importlib.util
import sys

from .conftest import ROOT

EVAL = ROOT / "corpora" / "eval"


def _name_swap():
    spec = importlib.util.spec_from_file_location("name_swap", EVAL / "name_swap.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["name_swap"] = module
    spec.loader.exec_module(module)
    return module


def test_swapped_set_is_what_the_script_makes_and_passes_its_checks():
    ns = _name_swap()
    files = ns.demo_files()
    swap, swapped = ns.generate(files)
    committed = {p.stem: p.read_text(encoding="utf-8")
                 for p in sorted((EVAL / "swapped").glob("*.txt"))}
    assert committed.keys() == files.keys()
    changed = [stem for stem in files if committed[stem] != swapped[stem]]
    assert not changed, f"swapped/ differs from a fresh run (the set is frozen): {changed}"
    assert ns.check(files, committed) == []
    # the mapping is one-to-one and never keeps an original
    for table in (swap.first, swap.surname, swap.place, swap.school, swap.workplace):
        assert len(set(table.values())) == len(table)
        assert not set(table) & set(table.values())


def test_inflection_and_gender_are_kept():
    ns = _name_swap()
    swap, _ = ns.generate(ns.demo_files())
    anna = swap.first["Anna"]
    assert swap.person("Annas") == ns.genitive(anna)
    assert ns.genitive("Jesús") == "Jesús'" and ns.genitive("Hala") == "Halas"
    assert swap.school_("Tjärnaskolans") == swap.school["Tjärna"] + "skolans"
    assert swap.surname["Kowalska"] == ns.feminine(swap.surname["Kowalski"])
    assert swap.surname["Kowalski"].endswith("ski")
    pool = {}
    with open(EVAL / "swap_names.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pool[row["name"]] = row["kind"]
    for first, new in swap.first.items():
        assert pool[new] == ("first_f" if first in ns.FEMALE else "first_m"), first
