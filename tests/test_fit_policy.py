"""The policy fitter's precision guard (models/fit_policy.py), on rows the test writes."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fp():
    spec = importlib.util.spec_from_file_location("fit_policy", ROOT / "models" / "fit_policy.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


KEY = "demo-rule|cuad:Demo"


def rows(rule_tp, rule_fp, flips):
    """Rows as fit_policy.items builds them: rules-only hits, then documents only the model flips."""
    out = [("cuad", f"r{i}", "cuad:Demo", True, True, {}) for i in range(rule_tp)]
    out += [("cuad", f"f{i}", "cuad:Demo", False, True, {}) for i in range(rule_fp)]
    out += [("cuad", f"m{i}", "cuad:Demo", gold, False, {KEY: p}) for i, (gold, p) in enumerate(flips)]
    return out


FLIPS = [(True, 0.95), (True, 0.93), (False, 0.90), (True, 0.80), (True, 0.75)]


def test_precise_category_keeps_its_precision_on_the_guard_rows(fp):
    # rules alone: 20/20 precise; letting the 0.90 false positive in would cost 1.0 -> 0.957
    guard = rows(20, 0, FLIPS)
    assert fp.guard_floor(guard, KEY, "cuad:Demo") == pytest.approx(0.91)
    policy = fp.fit(guard, {"demo-rule": ["cuad:Demo"]}, {}, min_precision=0.6, min_gain=1, guard_rows=guard)
    t = policy["demo-rule"]["cuad:Demo"]
    assert 0.91 <= t <= 0.93
    scored = fp.score(guard, policy)["per_category"]["cuad"]["cuad:Demo"]
    assert scored["rules"][0] - scored["model"][0] <= fp.MAX_PRECISION_LOSS


def test_imprecise_category_is_not_guarded(fp):
    # rules alone 20/25 = 0.80 precise: the fitter may go as low as its precision bar allows
    guard = rows(20, 5, FLIPS)
    assert fp.guard_floor(guard, KEY, "cuad:Demo") == 0.0
    policy = fp.fit(guard, {"demo-rule": ["cuad:Demo"]}, {}, min_precision=0.6, min_gain=1, guard_rows=guard)
    assert policy["demo-rule"]["cuad:Demo"] <= 0.75


def test_guard_is_judged_on_the_whole_dev_data_not_the_fitting_rows(fp):
    # the fitting rows (validation documents) hold no false positive, the whole dev data does
    fitting = rows(5, 0, [(True, 0.95), (True, 0.80)])
    everything = fitting + rows(20, 0, [(False, 0.85)])
    loose = fp.fit(fitting, {"demo-rule": ["cuad:Demo"]}, {}, min_precision=0.6, min_gain=1)
    guarded = fp.fit(fitting, {"demo-rule": ["cuad:Demo"]}, {}, min_precision=0.6, min_gain=1,
                     guard_rows=everything)
    assert loose["demo-rule"]["cuad:Demo"] <= 0.80
    assert guarded["demo-rule"]["cuad:Demo"] > 0.85


def test_missing_example_ceiling_still_applies(fp):
    guard = rows(20, 5, FLIPS)
    policy = fp.fit(guard, {"demo-rule": ["cuad:Demo"]}, {"demo-rule": {"cuad:Demo": 0.94}},
                    min_precision=0.6, min_gain=1, guard_rows=guard)
    assert policy["demo-rule"]["cuad:Demo"] > 0.94


def test_two_labels_of_one_rule_share_the_precision_budget(fp):
    # governing-law answers a cuad: and an it: label; a hit through either is a hit for the category
    other = "demo-rule|it:demo"
    guard = rows(20, 0, [])
    guard += [("cuad", f"a{i}", "cuad:Demo", gold, False, {KEY: p, other: q})
              for i, (gold, p, q) in enumerate([(True, 0.95, 0.1), (False, 0.10, 0.60), (True, 0.90, 0.2)])]
    first = fp.fit(guard, {"demo-rule": ["it:demo"]}, {}, min_precision=0.0, min_gain=1, guard_rows=guard)
    assert first == {}  # its only flip above the floor would be the false positive
    # with the it: label already letting the 0.60 false positive in, the cuad: label gets no budget left
    policy = {"demo-rule": {"it:demo": 0.30}}
    assert fp.guard_floor(guard, KEY, "cuad:Demo", policy) == 1.01
