"""Savings reports from the ledger: totals by tier, intent or model, and a chart over time.

Pure aggregation functions (:func:`summarize`, :func:`time_series`) plus two chart writers:
a PNG through matplotlib (``pip install 'langchain-tiered[charts]'``, Agg backend, imported
only when a PNG is asked for), and a self-contained HTML page with inline SVG that needs no
extra package. The CLI picks by the file's suffix; asking for a PNG without matplotlib is an
``ImportError`` whose message says to install the extra or use ``.html``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from langchain_tiered.ledger import CallRecord

__all__ = [
    "Bucket",
    "ReportRow",
    "parse_since",
    "summarize",
    "time_series",
    "write_chart",
    "write_html_chart",
    "write_png_chart",
]

GroupBy = Literal["tier", "intent", "model"]
TIER_COLORS = ("#4caf50", "#2196f3", "#ff9800", "#e53935", "#8e24aa", "#6d4c41")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 7 * 86_400}


def parse_since(text: str, now: float) -> float:
    """``24h``, ``7d``, ``30m``, ``90s``, ``2w`` before ``now``, or an ISO date/time (UTC if naive).

    Raises ``ValueError`` naming the accepted forms.
    """
    match = _DURATION.match(text)
    if match:
        return now - float(match.group(1)) * _SECONDS[match.group(2)]
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"--since {text!r}: expected a duration (30m, 24h, 7d, 2w) or an ISO date "
            "(2025-01-31, 2025-01-31T08:00)"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


@dataclass(slots=True)
class ReportRow:
    """Totals for one group of calls."""

    key: str
    """The tier, intent or model (``total`` for everything)."""
    calls: int = 0
    """Calls recorded."""
    errors: int = 0
    """Calls whose outcome was not ``ok``."""
    input_tokens: int = 0
    """Prompt tokens."""
    output_tokens: int = 0
    """Completion tokens."""
    cost_usd: float = 0.0
    """What they cost."""
    baseline_cost_usd: float = 0.0
    """What they would have cost on the baseline group."""

    def add(self, record: CallRecord) -> None:
        """Count one record in."""
        self.calls += 1
        self.errors += record.outcome != "ok"
        self.input_tokens += record.input_tokens
        self.output_tokens += record.output_tokens
        self.cost_usd += record.cost_usd
        self.baseline_cost_usd += record.baseline_cost_usd

    @property
    def savings_usd(self) -> float:
        """Baseline minus cost."""
        return self.baseline_cost_usd - self.cost_usd

    @property
    def savings_pct(self) -> float:
        """Percent saved against the baseline (0 when the baseline costs nothing)."""
        if self.baseline_cost_usd <= 0:
            return 0.0
        return 100.0 * self.savings_usd / self.baseline_cost_usd

    def to_dict(self) -> dict[str, Any]:
        """JSON-able data."""
        return {
            "key": self.key,
            "calls": self.calls,
            "errors": self.errors,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": round(self.cost_usd, 9),
            "baseline_cost_usd": round(self.baseline_cost_usd, 9),
            "savings_usd": round(self.savings_usd, 9),
            "savings_pct": round(self.savings_pct, 2),
        }


def _key(record: CallRecord, by: GroupBy) -> str:
    if by == "tier":
        return str(record.tier)
    if by == "intent":
        return record.intent or "(none)"
    return record.model_name or record.model_group


def summarize(
    records: Iterable[CallRecord], by: GroupBy = "tier"
) -> tuple[list[ReportRow], ReportRow]:
    """Rows per ``by`` key (sorted; tiers numerically) and the total row."""
    rows: dict[str, ReportRow] = {}
    total = ReportRow("total")
    for record in records:
        key = _key(record, by)
        rows.setdefault(key, ReportRow(key)).add(record)
        total.add(record)

    def order(key: str) -> tuple[int, str]:
        return (int(key), "") if by == "tier" and key.lstrip("-").isdigit() else (0, key)

    return [rows[k] for k in sorted(rows, key=order)], total


@dataclass(slots=True)
class Bucket:
    """Calls in one time bucket."""

    start: float
    """Bucket start, seconds since the epoch."""
    cost_by_tier: dict[int, float] = field(default_factory=dict)
    """USD per tier."""
    cost_usd: float = 0.0
    """USD in the bucket."""
    baseline_cost_usd: float = 0.0
    """Baseline USD in the bucket."""

    @property
    def savings_pct(self) -> float:
        """Percent saved in the bucket."""
        if self.baseline_cost_usd <= 0:
            return 0.0
        return 100.0 * (self.baseline_cost_usd - self.cost_usd) / self.baseline_cost_usd


def bucket_seconds(since: float, until: float) -> int:
    """Hourly buckets up to two days, daily beyond."""
    return 3600 if until - since <= 2 * 86_400 else 86_400


def time_series(records: Iterable[CallRecord], bucket_s: int) -> list[Bucket]:
    """Cost per tier and savings per ``bucket_s`` seconds, oldest first (empty buckets skipped)."""
    buckets: dict[float, Bucket] = {}
    for record in records:
        start = record.ts - record.ts % bucket_s
        bucket = buckets.setdefault(start, Bucket(start))
        bucket.cost_by_tier[record.tier] = (
            bucket.cost_by_tier.get(record.tier, 0.0) + record.cost_usd
        )
        bucket.cost_usd += record.cost_usd
        bucket.baseline_cost_usd += record.baseline_cost_usd
    return [buckets[k] for k in sorted(buckets)]


def _label(ts: float, bucket_s: int) -> str:
    fmt = "%m-%d %H:00" if bucket_s < 86_400 else "%Y-%m-%d"
    return datetime.fromtimestamp(ts, UTC).strftime(fmt)


def _tiers(buckets: Sequence[Bucket]) -> list[int]:
    return sorted({tier for b in buckets for tier in b.cost_by_tier})


def write_png_chart(buckets: Sequence[Bucket], bucket_s: int, path: Path) -> None:
    """Stacked cost bars per tier and a savings line, as a PNG (needs matplotlib)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError(
            f"writing {path} needs matplotlib: pip install 'langchain-tiered[charts]' "
            "(or ask for an .html chart, which needs nothing)"
        ) from None
    labels = [_label(b.start, bucket_s) for b in buckets]
    fig, (costs, savings) = plt.subplots(2, 1, figsize=(10, 7), sharex=True)
    bottom = [0.0] * len(buckets)
    for tier in _tiers(buckets):
        values = [b.cost_by_tier.get(tier, 0.0) for b in buckets]
        color = TIER_COLORS[tier % len(TIER_COLORS)] if tier >= 0 else "#9e9e9e"
        costs.bar(labels, values, bottom=bottom, label=f"tier {tier}", color=color)
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    costs.set_ylabel("cost (USD)")
    costs.set_title("Cost by tier")
    if buckets:
        costs.legend(loc="upper left")
    savings.plot(labels, [b.savings_pct for b in buckets], marker="o", color="#2e7d32")
    savings.set_ylabel("savings vs baseline (%)")
    savings.set_ylim(min(0.0, *[b.savings_pct for b in buckets]) if buckets else 0.0, 100.0)
    savings.set_title("Savings over time")
    savings.tick_params(axis="x", labelrotation=45)
    fig.tight_layout()
    fig.savefig(path, format="png", dpi=100)
    plt.close(fig)


def write_html_chart(buckets: Sequence[Bucket], bucket_s: int, path: Path) -> None:
    """The same chart as a self-contained HTML page with inline SVG (no dependency)."""
    width, height, pad = 900, 260, 50
    n = max(len(buckets), 1)
    step = (width - 2 * pad) / n
    top_cost = max((b.cost_usd for b in buckets), default=0.0) or 1.0
    parts: list[str] = []
    for i, bucket in enumerate(buckets):
        y = float(height - pad)
        for tier in sorted(bucket.cost_by_tier):
            h = (height - 2 * pad) * bucket.cost_by_tier[tier] / top_cost
            y -= h
            color = TIER_COLORS[tier % len(TIER_COLORS)] if tier >= 0 else "#9e9e9e"
            parts.append(
                f'<rect x="{pad + i * step + 2:.1f}" y="{y:.1f}" width="{max(step - 4, 1):.1f}" '
                f'height="{h:.1f}" fill="{color}"><title>tier {tier}: '
                f"${bucket.cost_by_tier[tier]:.4f}</title></rect>"
            )
    plot_h = height - 2 * pad
    points = " ".join(
        f"{pad + (i + 0.5) * step:.1f},{height - pad - plot_h * max(b.savings_pct, 0) / 100:.1f}"
        for i, b in enumerate(buckets)
    )
    labels = "".join(
        f'<text x="{pad + (i + 0.5) * step:.1f}" y="{height - pad + 15}" font-size="9" '
        f'text-anchor="middle">{html.escape(_label(b.start, bucket_s))}</text>'
        for i, b in enumerate(buckets)
    )
    legend = " ".join(
        f'<span style="color:{TIER_COLORS[t % len(TIER_COLORS)]}">&#9632; tier {t}</span>'
        for t in _tiers(buckets)
    )
    page = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>langchain-tiered: cost and savings</title></head>
<body style="font-family: sans-serif">
<h2>Cost by tier</h2><p>{legend}; tallest bar ${top_cost:.4f}</p>
<svg width="{width}" height="{height}" role="img">{"".join(parts)}{labels}</svg>
<h2>Savings over time (% vs baseline)</h2>
<svg width="{width}" height="{height}" role="img">
<line x1="{pad}" y1="{pad}" x2="{width - pad}" y2="{pad}" stroke="#ccc"/>
<text x="5" y="{pad + 4}" font-size="10">100%</text>
<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#ccc"/>
<text x="5" y="{height - pad + 4}" font-size="10">0%</text>
<polyline fill="none" stroke="#2e7d32" stroke-width="2" points="{points}"/>{labels}</svg>
</body></html>
"""
    path.write_text(page, encoding="utf-8")


def write_chart(
    records: Sequence[CallRecord], path: str | Path, since: float, until: float
) -> Path:
    """Write the chart of ``records`` to ``path``: ``.html``/``.htm`` as HTML, else PNG."""
    target = Path(path)
    bucket_s = bucket_seconds(since, until)
    buckets = time_series(records, bucket_s)
    writer: Callable[[Sequence[Bucket], int, Path], None] = (
        write_html_chart if target.suffix.lower() in (".html", ".htm") else write_png_chart
    )
    writer(buckets, bucket_s, target)
    return target
