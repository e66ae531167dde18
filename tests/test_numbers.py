"""Numbers, durations and sums of money as contracts write them, and the number_under weak condition."""

from pathlib import Path

import pytest

from analyzer.numbers import amounts, duration_in, durations, first_duration, to_number


@pytest.mark.parametrize("text, value", [
    ("thirty (30)", 30), ("forty-five", 45), ("one hundred and twenty (120)", 120), ("1,000", 1000),
    ("a", 1), ("twelve", 12), ("ninety", 90), ("2.5", 2.5),
])
def test_to_number(text, value):
    assert to_number(text) == value


def test_to_number_rejects_words_that_are_not_numbers():
    assert to_number("reasonable") is None


def test_durations_in_hours_with_business_days_longer_than_calendar_days():
    assert durations("within seventy-two (72) hours") == [72]
    assert durations("within 30 days") == [720]
    assert durations("five Business Days")[0] > durations("five days")[0]
    assert duration_in("within sixty (60) days of receipt", "days") == 60


def test_first_duration_keeps_the_unit_as_written():
    assert first_duration("within five (5) Business Days of delivery") == (5.0, "business day")
    assert first_duration("for twelve (12) months") == (12.0, "month")
    assert first_duration("promptly") is None


def test_amounts_read_symbols_codes_words_and_scales():
    found = [(c, v) for c, v, _, _ in amounts("PI cover €2m; cyber US$1m; a fee of $48,000; GBP 500,000; 1,000 dollars")]
    assert found == [("EUR", 2e6), ("USD", 1e6), ("USD", 48000), ("GBP", 5e5), ("USD", 1000)]


@pytest.mark.parametrize("text, currency, value", [
    ("Transition Fee: Rs. 38,50,000 (Rupees Thirty-Eight Lakh Fifty Thousand only)", "INR", 3850000),
    ("a limit of not less than Rs. 5,00,00,000 per claim", "INR", 50000000),
    ("Contract Sum of S$1,284,000", "SGD", 1284000),
    ("monthly fee of CA$ 18,400", "CAD", 18400),
    ("Vergütung EUR 120.000,00 netto", "EUR", 120000),
    ("a cap of EUR 1.200.000", "EUR", 1200000),
    ("R150 000 per month", "ZAR", 150000),
    ("charge DGT USD1.50 per unit", "USD", 1.5),
    ("an exercise price of $0.0001", "USD", 0.0001),
    ("3 lakh rupees", "INR", 300000),
])
def test_amounts_in_other_currencies_and_groupings(text, currency, value):
    (found, amount, _, _), = amounts(text)
    assert (found, amount) == (currency, pytest.approx(value))


def test_a_requirement_number_is_no_rand_amount():
    assert amounts("R1 | The system shall export reports; see R2 3.1") == []


def test_a_number_word_starts_a_word():
    assert first_duration("by giving not less than ninety (90) days' notice") == (90.0, "day")


def test_amount_offsets_point_at_the_sum():
    text = "capped at £10,000 in aggregate"
    (_, _, s, e), = amounts(text)
    assert text[s:e] == "£10,000"


RULE = """\
id: months-cap
title: Months of fees
family: demo
severity: low
rationale: Why.
suggestion: Ask.
detect:
  patterns: ['\\bliability\\b']
weak_if:
  - id: few-months
    message: fewer than twelve months of fees
    number_under: {pattern: 'preceding\\s+(?P<n>\\w+(?:\\s*\\(\\d+\\))?)\\s+months', min: 12}
examples:
  present: ["Liability is capped at the fees paid in the preceding twelve (12) months."]
  weak: ["Liability is capped at the fees paid in the preceding three (3) months."]
  missing: ["Nothing here."]
"""


def test_number_under_marks_a_value_below_the_floor_weak(tmp_path: Path):
    from analyzer.examples import check_rule
    from analyzer.rules import load_dir

    d = tmp_path / "demo"
    d.mkdir()
    (d / "months-cap.yaml").write_text(RULE, encoding="utf-8")
    (rule,) = load_dir(tmp_path)
    assert rule.weak_if[0].param("number_under")["min"] == 12
    assert check_rule(rule) == []


def test_number_under_needs_a_pattern_and_a_min(tmp_path: Path):
    from analyzer.errors import RuleError
    from analyzer.rules import load_dir

    d = tmp_path / "demo"
    d.mkdir()
    (d / "months-cap.yaml").write_text(RULE.replace("min: 12", "max: 12"), encoding="utf-8")
    with pytest.raises(RuleError, match="number_under"):
        load_dir(tmp_path)


def test_a_number_repeated_in_words_in_brackets():
    assert first_duration("payment shall be made within 15 (fifteen) days of the invoice") == (15.0, "day")
    assert first_duration("within 10 (ten) working days") == (10.0, "working day")
    assert first_duration("Section 5 (Payment) days") is None


def test_hours_counted_in_days_of_24():
    """Indonesian drafting gives notice periods as "1x24 hours" (1x24 jam), often with the words again."""
    assert durations("no later than 1x24 (one times twenty-four) hours after it is known") == [24.0]
    assert durations("within 3 × 24 hours of the incident") == [72.0]
    assert first_duration("within 2x24 hours") == (48.0, "hour")
    assert durations("a 4x24 port switch, delivered within 3 days") == [72.0]  # not hours: no product
