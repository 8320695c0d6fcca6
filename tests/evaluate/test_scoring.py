"""The scorer against synthetic gold and predictions, one rule of the gold format per test."""

from __future__ import annotations

from typing import Any

from dyad.evaluate import date_agrees, is_state, score


def event(
    doc: str,
    source: str | None,
    target: str | None,
    cameo: str,
    event_date: str | None = None,
) -> dict[str, Any]:
    """An event record with just the fields the scorer reads (event-record.md names)."""
    return {
        "doc": doc,
        "source": {"code": source, "country": source} if source else None,
        "target": {"code": target, "country": target} if target else None,
        "cameo": cameo,
        "root": cameo[:2],
        "event_date": event_date,
    }


def gold_line(doc: str, *events: dict[str, Any]) -> dict[str, Any]:
    return {"doc": doc, "events": list(events)}


def gold_event(source: str, target: str, roots: list[str], **extra: Any) -> dict[str, Any]:
    return {"source": source, "target": target, "roots": roots, "required": True} | extra


def test_exact_match_counts_for_precision_and_recall() -> None:
    gold = [gold_line("a.txt", gold_event("RUS", "TUR", ["16"]))]
    report = score(gold, [event("a.txt", "RUS", "TUR", "163")])
    assert (report.precision.hits, report.precision.total) == (1, 1)
    assert (report.recall.hits, report.recall.total) == (1, 1)


def test_direction_matters_unless_symmetric() -> None:
    gold = [
        gold_line(
            "a.txt",
            gold_event("RUS", "TUR", ["16"]),
            gold_event("DEU", "FRA", ["04"], symmetric=True),
        )
    ]
    predictions = [event("a.txt", "TUR", "RUS", "163"), event("a.txt", "FRA", "DEU", "042")]
    report = score(gold, predictions)
    assert (report.precision.hits, report.precision.total) == (1, 2)
    assert (report.recall.hits, report.recall.total) == (1, 2)
    assert report.documents[0].wrong == [("a.txt", "TUR", "RUS", "16")]
    assert [m["source"] for m in report.documents[0].misses] == ["RUS"]


def test_alternative_roots_all_count_but_others_do_not() -> None:
    gold = [gold_line("a.txt", gold_event("USA", "CHN", ["11", "12"]))]
    assert score(gold, [event("a.txt", "USA", "CHN", "120")]).precision.hits == 1
    assert score(gold, [event("a.txt", "USA", "CHN", "111")]).precision.hits == 1
    wrong_root = score(gold, [event("a.txt", "USA", "CHN", "130")])
    assert wrong_root.precision.hits == 0 and wrong_root.recall.hits == 0
    # The pair is right though: the dyad-level figures see that.
    assert wrong_root.dyad_precision.hits == 1 and wrong_root.dyad_recall.hits == 1


def test_root_is_taken_from_cameo_when_the_record_has_none() -> None:
    gold = [gold_line("a.txt", gold_event("USA", "CHN", ["10"]))]
    record = event("a.txt", "USA", "CHN", "1041")
    del record["root"]
    assert score(gold, [record]).precision.hits == 1


def test_optional_events_help_precision_but_not_recall() -> None:
    gold = [
        gold_line(
            "a.txt",
            gold_event("USA", "JPN", ["04"], symmetric=True),
            gold_event("CHN", "USA", ["11"], required=False),
        )
    ]
    only_optional = score(gold, [event("a.txt", "CHN", "USA", "111")])
    assert (only_optional.precision.hits, only_optional.precision.total) == (1, 1)
    assert (only_optional.recall.hits, only_optional.recall.total) == (0, 1)
    nothing = score(gold, [])
    assert nothing.recall.total == 1 and nothing.precision.total == 0
    assert nothing.precision.value is None


def test_duplicates_collapse_to_one_tuple() -> None:
    gold = [gold_line("a.txt", gold_event("USA", "JPN", ["04"], symmetric=True))]
    predictions = [
        event("a.txt", "USA", "JPN", "040"),
        event("a.txt", "USA", "JPN", "042"),
        event("a.txt", "USA", "JPN", "043"),
        event("a.txt", "USA", "KOR", "190"),
        event("a.txt", "USA", "KOR", "193"),
    ]
    report = score(gold, predictions)
    assert (report.precision.hits, report.precision.total) == (1, 2)
    # The same tuple in another document is another tuple.
    gold.append(gold_line("b.txt"))
    report = score(gold, predictions + [event("b.txt", "USA", "JPN", "040")])
    assert report.precision.total == 3


def test_organisations_domestic_and_targetless_predictions_are_not_scored() -> None:
    gold = [gold_line("a.txt", gold_event("USA", "JPN", ["04"]))]
    predictions = [
        event("a.txt", "USA", None, "010"),  # no target
        event("a.txt", "USA", "USA", "040"),  # inside one country
        event("a.txt", "IGOUNO", "USA", "040"),  # an organisation code
        event("a.txt", "EUR", "USA", "040"),  # a CAMEO region code, not a state
        {"doc": "a.txt", "source": {"country": None}, "target": {"country": "USA"}, "cameo": "04"},
    ]
    report = score(gold, predictions)
    assert report.precision.total == 0
    assert report.skipped_predictions == len(predictions)


def test_kosovo_counts_as_a_state_and_igo_codes_do_not() -> None:
    assert is_state("XKX") and is_state("PSE") and is_state("TWN")
    assert not is_state("NATO") and not is_state("IGO") and not is_state("EUR")
    assert not is_state("usa") and not is_state(None)
    gold = [gold_line("a.txt", gold_event("SRB", "XKX", ["11"]))]
    assert score(gold, [event("a.txt", "SRB", "XKX", "112")]).recall.hits == 1


def test_gold_events_with_organisations_or_one_country_are_left_out() -> None:
    gold = [
        gold_line(
            "a.txt",
            gold_event("IGOEU", "RUS", ["16"]),
            gold_event("GRC", "GRC", ["01"]),
            gold_event("GRC", "DEU", ["10"]),
        )
    ]
    report = score(gold, [event("a.txt", "IGOEU", "RUS", "163")])
    assert report.recall.total == 1
    assert report.precision.total == 0


def test_documents_without_gold_events_make_every_tuple_wrong() -> None:
    gold = [gold_line("nonevents.txt")]
    report = score(gold, [event("nonevents.txt", "USA", "IRN", "190")])
    assert (report.precision.hits, report.precision.total) == (0, 1)
    assert report.recall.total == 0


def test_documents_missing_from_gold_are_skipped_and_listed() -> None:
    gold = [gold_line("a.txt", gold_event("USA", "JPN", ["04"]))]
    report = score(gold, [event("other.txt", "USA", "IRN", "190")])
    assert report.precision.total == 0
    assert report.ungraded_documents == ["other.txt"]


def test_date_agreement_is_at_the_gold_precision() -> None:
    assert date_agrees("2024-02-22", "2024-02")
    assert date_agrees("2024-02-22", "2024")
    assert date_agrees("2024-02-22", "2024-02-22")
    assert not date_agrees("2024-02", "2024-02-22")  # less precise never agrees
    assert not date_agrees("2024-02-21", "2024-02-22")
    assert not date_agrees("2024-03-01", "2024-02")
    assert not date_agrees(None, "2024")


def test_date_accuracy_counts_matched_required_dated_events_only() -> None:
    gold = [
        gold_line(
            "a.txt",
            gold_event("USA", "JPN", ["04"], symmetric=True, date="2024-02-22"),
            gold_event("USA", "KOR", ["04"], symmetric=True, date="2024-02"),
            gold_event("JPN", "KOR", ["04"], symmetric=True, date="2024-02-22"),
            gold_event("CHN", "KOR", ["04"], date="2024-02-22"),  # not found: not in the ratio
            gold_event("CHN", "USA", ["12"], required=False, date="2024-02-20"),  # optional
            gold_event("USA", "CHN", ["10"]),  # no gold date: not in the ratio
        )
    ]
    predictions = [
        # A duplicate without a date does not spoil the dated one.
        event("a.txt", "JPN", "USA", "040", None),
        event("a.txt", "USA", "JPN", "043", "2024-02-22"),
        event("a.txt", "KOR", "USA", "042", "2024-02-23"),
        event("a.txt", "JPN", "KOR", "040", "2024-02"),  # less precise than the gold date
        event("a.txt", "CHN", "USA", "120", "2024-01-01"),
        event("a.txt", "USA", "CHN", "100", None),
    ]
    report = score(gold, predictions)
    assert (report.date_accuracy.hits, report.date_accuracy.total) == (2, 3)
    wrong = report.documents[0].wrong_dates
    assert [(g["source"], g["target"], dates) for g, dates in wrong] == [
        ("JPN", "KOR", ["2024-02"])
    ]
    assert report.recall.hits == 4 and report.recall.total == 5


def test_report_renders_misses_wrong_tuples_and_totals() -> None:
    gold = [gold_line("a.txt", gold_event("RUS", "TUR", ["16"], note="sanctions"))]
    report = score(gold, [event("a.txt", "TUR", "RUS", "112")])
    text = report.render()
    assert "miss   RUS->TUR 16 (sanctions)" in text
    assert "wrong  TUR->RUS 11 [112]" in text
    assert "precision      0.000 (0/1)" in text
    data = report.as_dict()
    assert data["recall"] == {"value": 0.0, "hits": 0, "total": 1}
    assert data["documents"][0]["wrong"] == [("a.txt", "TUR", "RUS", "11")]


def test_figures_by_root_show_which_kinds_of_event_are_found_and_invented() -> None:
    gold = [
        gold_line(
            "a.txt",
            gold_event("USA", "CHN", ["10", "02"]),
            gold_event("CHN", "USA", ["12"]),
            gold_event("RUS", "CHN", ["04"], symmetric=True),
        )
    ]
    predictions = [
        event("a.txt", "USA", "CHN", "020"),  # right, under the alternative root
        event("a.txt", "CHN", "RUS", "040"),
        event("a.txt", "CHN", "USA", "111"),  # right pair, wrong root
    ]
    report = score(gold, predictions)
    recall = {root: (r.hits, r.total) for root, r in report.recall_by_root.items()}
    precision = {root: (r.hits, r.total) for root, r in report.precision_by_root.items()}
    assert recall == {"04": (1, 1), "10": (1, 1), "12": (0, 1)}
    assert precision == {"02": (1, 1), "04": (1, 1), "11": (0, 1)}
    assert "  12            0/1             -" in report.render()


def test_wrong_tuples_show_the_rule_and_sentence_that_produced_them() -> None:
    gold = [gold_line("a.txt", gold_event("RUS", "TUR", ["16"]))]
    record = event("a.txt", "TUR", "RUS", "112")
    sentence = "Ankara warf Moskau vor, den Luftraum zu verletzen."
    record |= {"rule": "vorwerfen.1", "sentence": sentence}
    report = score(gold, [record, event("a.txt", "TUR", "RUS", "111")])
    assert report.documents[0].wrong_evidence == [
        {"cameo": "112", "rule": "vorwerfen.1", "modality": None, "sentence": record["sentence"]}
    ]
    assert "wrong  TUR->RUS 11 [112, vorwerfen.1] 'Ankara warf Moskau vor" in report.render()
