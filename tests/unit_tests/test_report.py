"""Reports: totals and savings from ledger records; PNG and HTML charts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from langchain_tiered.ledger import CallRecord
from langchain_tiered.report import (
    bucket_seconds,
    parse_since,
    summarize,
    time_series,
    write_chart,
)

T0 = 1_767_225_600.0  # 2026-01-01T00:00:00Z
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def rec(ts: float, tier: int, cost: float, base: float, **kw: object) -> CallRecord:
    data: dict[str, object] = {
        "ts": ts,
        "tier": tier,
        "intent": {0: "classify", 1: "summarize", 2: "code", 3: "deploy"}[tier],
        "model_group": {0: "local", 1: "efficient", 2: "frontier", 3: "expert"}[tier],
        "model_name": {0: "qwen2.5:7b", 1: "claude-haiku-4-5", 2: "claude-sonnet-4-5", 3: "opus"}[
            tier
        ],
        "input_tokens": 100,
        "output_tokens": 10,
        "cost_usd": cost,
        "baseline_cost_usd": base,
        "latency_ms": 5.0,
    }
    data.update(kw)
    return CallRecord(**data)  # type: ignore[arg-type]


RECORDS = [
    rec(T0 + 60, 0, 0.0, 0.002),
    rec(T0 + 120, 0, 0.0, 0.002),
    rec(T0 + 3700, 1, 0.001, 0.003),
    rec(T0 + 3800, 2, 0.004, 0.004, outcome="error"),
    rec(T0 + 7300, 3, 0.02, 0.012, intent=None),
]


def test_summarize_by_tier_counts_and_savings() -> None:
    rows, total = summarize(RECORDS, "tier")
    assert [r.key for r in rows] == ["0", "1", "2", "3"]
    assert [r.calls for r in rows] == [2, 1, 1, 1]
    assert rows[0].savings_pct == 100.0
    assert rows[1].savings_pct == pytest.approx(100 * 2 / 3)
    assert rows[3].savings_pct == pytest.approx(-100 * 0.008 / 0.012)  # opus costs more
    assert rows[2].errors == 1
    assert (total.calls, total.input_tokens, total.output_tokens) == (5, 500, 50)
    assert total.cost_usd == pytest.approx(0.025)
    assert total.baseline_cost_usd == pytest.approx(0.023)
    assert total.to_dict()["savings_usd"] == pytest.approx(-0.002)


def test_summarize_by_intent_and_model() -> None:
    rows, _ = summarize(RECORDS, "intent")
    assert {r.key: r.calls for r in rows} == {
        "(none)": 1,
        "classify": 2,
        "code": 1,
        "summarize": 1,
    }
    rows, _ = summarize(RECORDS, "model")
    assert rows[0].key == "claude-haiku-4-5"
    assert summarize([], "tier") == ([], summarize([], "model")[1])


def test_time_series_buckets() -> None:
    buckets = time_series(RECORDS, 3600)
    assert [b.start for b in buckets] == [T0, T0 + 3600, T0 + 7200]
    assert buckets[0].cost_by_tier == {0: 0.0}
    assert buckets[1].cost_by_tier == {1: 0.001, 2: 0.004}
    assert buckets[1].savings_pct == pytest.approx(100 * (0.007 - 0.005) / 0.007)
    assert bucket_seconds(T0, T0 + 86_400) == 3600
    assert bucket_seconds(T0, T0 + 7 * 86_400) == 86_400


def test_parse_since() -> None:
    now = T0
    assert parse_since("24h", now) == now - 86_400
    assert parse_since("30m", now) == now - 1800
    assert parse_since("7d", now) == now - 7 * 86_400
    assert parse_since("2w", now) == now - 14 * 86_400
    assert parse_since("1.5h", now) == now - 5400
    assert parse_since("2025-12-31", now) == T0 - 86_400
    expected = datetime(2025, 12, 31, 10, tzinfo=UTC).timestamp()
    assert parse_since("2025-12-31T12:00+02:00", now) == expected
    with pytest.raises(ValueError, match="expected a duration"):
        parse_since("yesterday", now)


def test_png_chart_is_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    path = write_chart(RECORDS, tmp_path / "chart.png", T0, T0 + 86_400)
    assert path.read_bytes()[:8] == PNG_MAGIC
    empty = write_chart([], tmp_path / "empty.png", T0, T0 + 86_400)
    assert empty.read_bytes()[:8] == PNG_MAGIC


def test_html_chart_needs_no_dependency(tmp_path: Path) -> None:
    path = write_chart(RECORDS, tmp_path / "chart.html", T0, T0 + 86_400)
    page = path.read_text()
    assert page.startswith("<!doctype html>")
    assert page.count("<rect") == 4  # one per tier present in each of the 3 buckets
    assert "tier 3: $0.0200" in page
    assert "<polyline" in page
    assert "http" not in page  # self-contained


def test_png_without_matplotlib_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    with pytest.raises(ImportError, match=r"langchain-tiered\[charts\].*\.html"):
        write_chart(RECORDS, tmp_path / "chart.png", T0, T0 + 86_400)
