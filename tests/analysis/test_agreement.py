"""Agreement measures checked against independent computations: the ``krippendorff`` package
on the same data expanded to characters, examples from the literature with published answers,
hand-worked cu-alpha cases and the edge cases (a coder who coded nothing, full agreement, a
code never used)."""
import random

import krippendorff
import numpy as np
import pytest

from qualcoder_htl.analysis.agreement import (
    agreement_table,
    cohen_kappa,
    nominal_alpha,
)
from qualcoder_htl.core.agreement import kappa_band

NAN = np.nan


def kd_alpha(data):
    return krippendorff.alpha(reliability_data=np.asarray(data, dtype=float),
                              level_of_measurement="nominal")


# --- the literature ---------------------------------------------------------------------------

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: four observers,
# twelve units, missing values; nominal alpha = 0.743.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]


def test_krippendorff_reliability_data_example():
    value = nominal_alpha(KRIPPENDORFF_2011)
    assert round(value, 3) == 0.743
    assert value == pytest.approx(kd_alpha(KRIPPENDORFF_2011), abs=1e-12)


@pytest.mark.parametrize("seed", range(6))
def test_nominal_alpha_matches_the_krippendorff_package(seed):
    rng = np.random.default_rng(seed)
    coders, units, categories = rng.integers(2, 6), rng.integers(5, 60), rng.integers(2, 6)
    data = rng.integers(0, categories, (coders, units)).astype(float)
    data[rng.random(data.shape) < 0.2] = NAN
    data[:, 0] = [0] + [NAN] * (coders - 1)  # a unit one coder valued: not pairable
    assert nominal_alpha(data) == pytest.approx(kd_alpha(data), abs=1e-10)


def test_cohen_kappa_worked_example():
    """50 proposals read by two editors: yes/yes 20, yes/no 5, no/yes 10, no/no 15;
    p_o = 0.70, p_e = 0.5 · 0.6 + 0.5 · 0.4 = 0.50, kappa = 0.40 (the Wikipedia example)."""
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_over_codings_uses_a_sum_for_chance():
    """The same 2 × 2 table as characters of a text: coder A codes the first 25 characters,
    coder B characters 0–20 and 25–35. Chance agreement is the sum over coded and uncoded
    (0.25 + 0.25 = 0.5), not their product (0.0625, which gives kappa 0.68)."""
    spans = [(1, 7, 0, 0, 25), (1, 7, 1, 0, 20), (1, 7, 1, 25, 35)]
    table = agreement_table({1: 50}, spans, {7: "Samverkan"}, {1: "int"}, ["A", "B"],
                            include_uncoded=True)
    fig = table.by_code[0].figures
    assert fig["kappa"].value == pytest.approx(0.4)
    assert fig["percent"].value == pytest.approx(0.7)
    assert fig["kappa"].units == 50


# --- segments give what characters give --------------------------------------------------------

def random_spans(rng: random.Random, lengths, codes, coders, n):
    spans = []
    for _ in range(n):
        sid = rng.choice(list(lengths))
        start = rng.randrange(0, lengths[sid] - 1)
        spans.append((sid, rng.choice(codes), rng.randrange(coders), start,
                      min(lengths[sid], start + rng.randint(1, 80))))
    return spans


def characters(spans, lengths, sid, code, coder):
    v = np.zeros(lengths[sid])
    for s, c, k, a, b in spans:
        if (s, c, k) == (sid, code, coder):
            v[a:b] = 1
    return v


def expanded(spans, lengths, coders, sids, codes, include_uncoded):
    """coders × characters for the chosen sources and codes, uncoded text left out when asked."""
    cols = [np.array([characters(spans, lengths, s, c, k) for k in range(coders)])
            for s in sids for c in codes]
    data = np.concatenate(cols, axis=1)
    if not include_uncoded:
        data = data[:, data.sum(axis=0) > 0]
    return data


@pytest.mark.parametrize("include_uncoded", [True, False])
@pytest.mark.parametrize("coders", [2, 3])
def test_segments_equal_the_character_by_character_count(include_uncoded, coders):
    rng = random.Random(coders * 10 + include_uncoded)
    lengths = {1: 400, 2: 250, 3: 600}
    codes = [10, 11, 12]
    spans = random_spans(rng, lengths, codes, coders, 60)
    table = agreement_table(lengths, spans, {c: str(c) for c in codes},
                            {s: str(s) for s in lengths}, [f"k{i}" for i in range(coders)],
                            include_uncoded)
    checks = [(row, list(lengths), [row.key]) for row in table.by_code]
    checks += [(row, [row.key], codes) for row in table.by_source]
    checks.append((table.total, list(lengths), codes))
    for row, sids, cds in checks:
        data = expanded(spans, lengths, coders, sids, cds, include_uncoded)
        f = row.figures
        assert f["percent"].units == data.shape[1]
        agree = (data == data[0]).all(axis=0).mean()
        assert f["percent"].value == pytest.approx(agree)
        assert f["alpha"].value == pytest.approx(kd_alpha(data), abs=1e-9)
        if coders == 2:
            assert f["kappa"].value == pytest.approx(cohen_kappa(list(data[0]), list(data[1])))
        else:
            assert f["kappa"].value is None and f["kappa"].reason == "two_coders"


def test_overlapping_codings_of_one_coder_count_once():
    spans = [(1, 5, 0, 0, 30), (1, 5, 0, 10, 40), (1, 5, 1, 0, 40)]
    table = agreement_table({1: 100}, spans, {5: "x"}, {1: "s"}, ["A", "B"], True)
    assert table.total.figures["percent"].value == 1.0
    assert table.total.figures["alpha"].value == 1.0


# --- cu-alpha ----------------------------------------------------------------------------------

def test_cu_alpha_hand_worked():
    """Coder A: X on 0–40, Y on 40–100; coder B: X on 0–20, Y on 20–100. Coincidences:
    o_XX = 40, o_YY = 120, o_XY = o_YX = 20; n_X = 60, n_Y = 140, n = 200;
    cu-alpha = 1 − 199 · 40 / (2 · 60 · 140) = 0.52619."""
    spans = [(1, 1, 0, 0, 40), (1, 2, 0, 40, 100), (1, 1, 1, 0, 20), (1, 2, 1, 20, 100)]
    table = agreement_table({1: 150}, spans, {1: "X", 2: "Y"}, {1: "s"}, ["A", "B"])
    cu = table.total.figures["cu_alpha"]
    assert cu.value == pytest.approx(1 - 199 * 40 / (2 * 60 * 140))
    assert cu.units == 100
    assert table.by_source[0].figures["cu_alpha"].value == pytest.approx(cu.value)
    assert table.by_code[0].figures["cu_alpha"].reason == "per_domain"


def test_cu_alpha_leaves_gaps_out():
    """Where only one coder coded, cu-alpha has nothing to compare: full agreement where both
    coded, whatever the gaps."""
    spans = [(1, 1, 0, 0, 40), (1, 2, 0, 60, 100), (1, 1, 1, 0, 50), (1, 2, 1, 50, 100)]
    table = agreement_table({1: 100}, spans, {1: "X", 2: "Y"}, {1: "s"}, ["A", "B"])
    assert table.total.figures["cu_alpha"].value == pytest.approx(1.0)
    assert table.total.figures["cu_alpha"].units == 80
    assert table.total.figures["alpha"].value < 1


def test_cu_alpha_with_overlapping_codes_splits_the_character():
    """A codes X and Y on 0–10, B codes X there; both code Y on 10–30. Per character of 0–10
    A's value is X ½ + Y ½: o = [[1, .5], [.5, 0]] per character, so o_XX = 10, o_XY = 5,
    o_YY = 0 + 2 · 20 = 40; n_X = 15, n_Y = 45, n = 60: 1 − 59 · 10 / (2 · 15 · 45)."""
    spans = [(1, 1, 0, 0, 10), (1, 2, 0, 0, 10), (1, 1, 1, 0, 10),
             (1, 2, 0, 10, 30), (1, 2, 1, 10, 30)]
    table = agreement_table({1: 40}, spans, {1: "X", 2: "Y"}, {1: "s"}, ["A", "B"])
    assert table.total.figures["cu_alpha"].value == pytest.approx(1 - 59 * 10 / (2 * 15 * 45))


@pytest.mark.parametrize("coders", [2, 3])
def test_cu_alpha_is_nominal_alpha_with_gaps_missing(coders):
    """For codes that do not overlap within a coder, cu-alpha equals the package's nominal
    alpha over characters whose value is the code, uncoded characters missing."""
    rng = random.Random(coders)
    length, spans = 800, []
    data = np.full((coders, length), NAN)
    for k in range(coders):
        pos = 0
        while pos < length:
            end = min(length, pos + rng.randint(5, 60))
            if rng.random() < 0.7:
                code = rng.choice([1, 2, 3])
                spans.append((1, code, k, pos, end))
                data[k, pos:end] = code
            pos = end
    table = agreement_table({1: length}, spans, {1: "a", 2: "b", 3: "c"}, {1: "s"},
                            [f"k{i}" for i in range(coders)])
    cu = table.total.figures["cu_alpha"]
    assert cu.value == pytest.approx(kd_alpha(data), abs=1e-9)
    assert cu.units == int(((~np.isnan(data)).sum(axis=0) >= 2).sum())


# --- edge cases --------------------------------------------------------------------------------

def test_one_coder_coded_nothing():
    spans = [(1, 1, 1, 10, 30)]
    incl = agreement_table({1: 100}, spans, {1: "X"}, {1: "s"}, ["A", "B"], True)
    f = incl.total.figures
    assert f["percent"].value == pytest.approx(0.8)
    assert f["kappa"].value == pytest.approx(0.0)
    data = [np.zeros(100), np.r_[np.zeros(10), np.ones(20), np.zeros(70)]]
    assert f["alpha"].value == pytest.approx(kd_alpha(data))
    excl = agreement_table({1: 100}, spans, {1: "X"}, {1: "s"}, ["A", "B"], False)
    f = excl.total.figures
    assert (f["percent"].value, f["percent"].units) == (0.0, 20)
    assert f["kappa"].value == pytest.approx(0.0)
    assert f["alpha"].value == pytest.approx(kd_alpha([np.zeros(20), np.ones(20)]))
    assert f["alpha"].value < 0


def test_all_agree():
    spans = [(1, 1, 0, 5, 50), (1, 1, 1, 5, 50), (1, 2, 0, 60, 70), (1, 2, 1, 60, 70)]
    incl = agreement_table({1: 100}, spans, {1: "X", 2: "Y"}, {1: "s"}, ["A", "B"], True)
    for row in incl.rows:
        assert row.figures["percent"].value == 1.0
        assert row.figures["kappa"].value == pytest.approx(1.0)
        assert row.figures["alpha"].value == pytest.approx(1.0)
    assert incl.total.figures["cu_alpha"].value == pytest.approx(1.0)
    # without the uncoded text every character is coded by both: no variation to measure
    excl = agreement_table({1: 100}, spans, {1: "X", 2: "Y"}, {1: "s"}, ["A", "B"], False)
    f = excl.total.figures
    assert f["percent"].value == 1.0 and f["percent"].units == 55
    assert f["kappa"].value is None and f["kappa"].reason == "no_variation"
    assert f["alpha"].value is None and f["alpha"].reason == "no_variation"


def test_code_never_used():
    spans = [(1, 1, 0, 5, 50), (1, 1, 1, 10, 50)]
    for include in (True, False):
        table = agreement_table({1: 100}, spans, {1: "X", 2: "Never"}, {1: "s"}, ["A", "B"],
                                include)
        never = table.by_code[1].figures
        assert never["kappa"].value is None and never["kappa"].reason == "not_used"
        assert never["alpha"].reason == "not_used"
        # uncoded text makes an unused code look like full agreement: the pitfall
        assert never["percent"].value == (1.0 if include else None)
        assert never["percent"].units == (100 if include else 0)
    # one code used: cu-alpha has no second code to tell apart
    assert table.total.figures["cu_alpha"].value is None
    assert table.total.figures["cu_alpha"].reason == "one_code"


def test_uncoded_text_inflates_agreement():
    spans = [(1, 1, 0, 0, 30), (1, 1, 1, 20, 50)]
    incl = agreement_table({1: 10_000}, spans, {1: "X"}, {1: "s"}, ["A", "B"], True)
    excl = agreement_table({1: 10_000}, spans, {1: "X"}, {1: "s"}, ["A", "B"], False)
    assert incl.total.figures["percent"].value > 0.99
    assert excl.total.figures["percent"].value == pytest.approx(10 / 50)


def test_codings_outside_the_text_or_of_other_coders_are_ignored():
    spans = [(1, 1, 0, 0, 10), (1, 1, 1, 0, 500), (1, 1, 2, 0, 10), (9, 1, 0, 0, 10)]
    table = agreement_table({1: 10}, spans, {1: "X"}, {1: "s"}, ["A", "B"], True)
    assert table.total.figures["percent"].value == 1.0
    assert table.total.figures["percent"].units == 10


# --- readings ----------------------------------------------------------------------------------

def test_readings_in_english_and_swedish():
    spans = [(1, 1, 0, 0, 25), (1, 1, 1, 0, 20), (1, 1, 1, 25, 35)]
    table = agreement_table({1: 50_000}, spans, {1: "X"}, {1: "s"}, ["A", "B"], False)
    f = table.total.figures
    assert f["percent"].reading().text("en") == (
        "The coders agree on 57.1% of the 35 characters.")
    assert f["percent"].reading().text("sv") == (
        "Kodarna är överens om 57,1\u00a0% av de 35 tecknen.")
    incl = agreement_table({1: 50_000}, spans, {1: "X"}, {1: "s"}, ["A", "B"], True)
    assert "50,000" in incl.total.figures["percent"].reading().text("en")
    assert "50\u202f000" in incl.total.figures["percent"].reading().text("sv")
    assert f["alpha"].reading().text("en").startswith("Not reliable enough")
    assert f["alpha"].reading().text("sv").startswith("Inte tillförlitligt")
    assert f["cu_alpha"].reading().text("sv").startswith("Kan inte beräknas")


@pytest.mark.parametrize("value, band", [(-0.1, "worse"), (0.0, "slight"), (0.2, "slight"),
                                         (0.21, "fair"), (0.5, "moderate"),
                                         (0.75, "substantial"), (0.81, "almost_perfect")])
def test_kappa_bands_of_landis_and_koch(value, band):
    assert kappa_band(value) == band
