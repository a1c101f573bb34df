"""The offline what-if: route a workload of tasks and price it, without calling any model.

A workload is JSON Lines, one task per line::

    {"prompt": "Is this issue a bug or a feature? ...", "intent": "classify", "complexity": 1}
    {"messages": [{"role": "user", "content": "Summarize ..."}], "expected_output_tokens": 200}

Fields: ``prompt`` (a string) or ``messages`` (OpenAI-style ``{role, content}`` dicts), and
optionally ``intent``, ``complexity``, ``tier``, ``min_tier``, ``max_tier`` (the routing
inputs of a live call), ``expected_output_tokens`` and ``id``. Unknown fields make the line
malformed (a typo such as ``complexty`` would silently change the routing otherwise).

Each task is routed with the same policy as a live call; an untagged task is first given to
the prompt classifier (:mod:`langchain_tiered.classifier`) when it is installed. Input
tokens are counted with ``litellm.token_counter`` for the model that would answer, fully
offline: LiteLLM ships its tiktoken and Anthropic tokenizer files and points
``TIKTOKEN_CACHE_DIR`` at them. For models whose LiteLLM tokenizer would be downloaded from
Hugging Face (Llama, Cohere), tiktoken's ``cl100k_base`` is used instead; if counting fails
altogether, the estimate is ``ceil(characters / 4) + 4`` per message, and the output says
how many tasks were estimated. Output tokens are the task's ``expected_output_tokens`` or a
per-intent default (:data:`DEFAULT_OUTPUT_TOKENS`).
"""

from __future__ import annotations

import importlib.util
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_tiered.errors import RoutingInputError
from langchain_tiered.policy import RoutingDecision
from langchain_tiered.run_inputs import routing_request

if TYPE_CHECKING:
    from langchain_tiered.config import TieredConfig
    from langchain_tiered.pricing import Pricer

__all__ = [
    "DEFAULT_OUTPUT_TOKENS",
    "Plan",
    "PlannedTask",
    "Task",
    "TaskError",
    "TierRow",
    "TokenCounter",
    "estimate_tokens",
    "load_classifier",
    "parse_task",
    "parse_workload",
    "plan_tasks",
]

TASK_FIELDS = (
    "prompt",
    "messages",
    "intent",
    "complexity",
    "tier",
    "min_tier",
    "max_tier",
    "expected_output_tokens",
    "id",
)
"""The fields a workload line may have."""

DEFAULT_OUTPUT_TOKENS: Mapping[str, int] = {
    "classify": 10,
    "format_check": 30,
    "regex_replace": 120,
    "log_filter": 150,
    "extract_json": 200,
    "validate_schema": 120,
    "metadata_extraction": 150,
    "summarize": 250,
    "translate": 400,
    "code": 800,
    "refactor": 1000,
    "debug": 600,
    "architecture": 1000,
    "test_writing": 900,
    "review": 500,
}
"""Output tokens assumed per intent when a task gives no ``expected_output_tokens``."""

FALLBACK_OUTPUT_TOKENS = 400
"""Output tokens assumed for an intent missing from :data:`DEFAULT_OUTPUT_TOKENS`."""

_DOWNLOADED_TOKENIZERS = frozenset({"cohere", "llama2", "llama3"})
"""LiteLLM tokenizer kinds fetched from Hugging Face at first use (the rest are bundled)."""

Classify = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Task:
    """One line of a workload."""

    line: int
    """1-based line number in the file."""
    messages: tuple[Mapping[str, Any], ...]
    """The prompt as OpenAI-style messages."""
    routing: Mapping[str, Any] = field(default_factory=dict)
    """``intent``, ``complexity``, ``tier``, ``min_tier``, ``max_tier`` as given."""
    expected_output_tokens: int | None = None
    """Output tokens the task expects, if it says."""
    id: str | None = None
    """The task's own id, if any."""
    prompt: str | None = None
    """The prompt when given as a string (what the classifier reads)."""


@dataclass(frozen=True, slots=True)
class TaskError:
    """A line that could not be planned."""

    line: int
    """1-based line number."""
    message: str
    """What is wrong with it."""

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _check_messages(value: Any) -> tuple[Mapping[str, Any], ...]:
    if not isinstance(value, list) or not value:
        raise ValueError("'messages' must be a non-empty list of {role, content} objects")
    for i, message in enumerate(value):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise ValueError(f"messages[{i}] must be an object with a string 'role'")
        if not isinstance(message.get("content"), str | list):
            raise ValueError(f"messages[{i}].content must be a string or a list of parts")
    return tuple(value)


def _optional_int(data: Mapping[str, Any], key: str, minimum: int) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"'{key}' must be an integer >= {minimum} (got {value!r})")
    return value


def parse_task(data: Any, line: int) -> Task:
    """Validate one decoded workload line; raise ``ValueError`` saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - set(TASK_FIELDS))
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r}; valid fields: {', '.join(TASK_FIELDS)}")
    prompt = data.get("prompt")
    if prompt is not None and "messages" in data:
        raise ValueError("give 'prompt' or 'messages', not both")
    if isinstance(prompt, str) and prompt.strip():
        messages: tuple[Mapping[str, Any], ...] = ({"role": "user", "content": prompt},)
    elif prompt is not None:
        raise ValueError("'prompt' must be a non-empty string")
    elif "messages" in data:
        messages = _check_messages(data["messages"])
    else:
        raise ValueError("needs 'prompt' (a string) or 'messages' (a list of {role, content})")
    routing = {
        key: data[key]
        for key in ("intent", "complexity", "tier", "min_tier", "max_tier")
        if data.get(key) is not None
    }
    task_id = data.get("id")
    return Task(
        line=line,
        messages=messages,
        routing=routing,
        expected_output_tokens=_optional_int(data, "expected_output_tokens", 0),
        id=str(task_id) if task_id is not None else None,
        prompt=prompt,
    )


def parse_workload(lines: Iterable[str]) -> tuple[list[Task], list[TaskError]]:
    """Parse JSON Lines; blank lines are skipped, bad ones reported with their number."""
    tasks: list[Task] = []
    errors: list[TaskError] = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            errors.append(TaskError(number, f"not valid JSON: {err.msg} (column {err.colno})"))
            continue
        try:
            tasks.append(parse_task(data, number))
        except ValueError as err:
            errors.append(TaskError(number, str(err)))
    return tasks, errors


def estimate_tokens(messages: Sequence[Mapping[str, Any]]) -> int:
    """The offline fallback: ``ceil(characters / 4) + 4`` per message."""
    total = 0
    for message in messages:
        content = message.get("content")
        if isinstance(content, list):
            content = " ".join(
                str(part.get("text", "")) if isinstance(part, dict) else str(part)
                for part in content
            )
        total += math.ceil(len(str(content or "")) / 4) + 4
    return total


class TokenCounter:
    """Counts prompt tokens with LiteLLM's counter, offline; falls back to an estimate."""

    def __init__(self) -> None:
        self.methods: Counter[str] = Counter()
        """How many prompts each method counted: ``litellm``, ``tiktoken`` or ``estimate``."""

    def count(self, model: str, messages: Sequence[Mapping[str, Any]]) -> int:
        """Tokens of ``messages`` for ``model``."""
        from langchain_tiered.pricing import import_litellm

        try:
            litellm = import_litellm()
            kind_of = getattr(litellm.utils, "huggingface_tokenizer_kind", None)
            if kind_of is not None and kind_of(model) in _DOWNLOADED_TOKENIZERS:
                tokenizer = litellm.utils._return_openai_tokenizer(model)
                tokens = litellm.token_counter(
                    model=model, messages=list(messages), custom_tokenizer=tokenizer
                )
                self.methods["tiktoken"] += 1
            else:
                tokens = litellm.token_counter(model=model, messages=list(messages))
                self.methods["litellm"] += 1
            return int(tokens)
        except Exception:
            self.methods["estimate"] += 1
            return estimate_tokens(messages)


def load_classifier() -> Classify | None:
    """``langchain_tiered.classifier.classify`` if that module is installed, else ``None``."""
    if importlib.util.find_spec("langchain_tiered.classifier") is None:
        return None
    module = importlib.import_module("langchain_tiered.classifier")
    found: Classify | None = getattr(module, "classify", None)
    return found


@dataclass(frozen=True, slots=True)
class PlannedTask:
    """One task, routed and priced."""

    task: Task
    """The task."""
    decision: RoutingDecision
    """Where it goes and why."""
    model: str
    """The LiteLLM model that would answer (the group's first deployment)."""
    input_tokens: int
    """Prompt tokens."""
    output_tokens: int
    """Expected completion tokens."""
    cost_usd: float
    """Cost at its tier."""
    baseline_cost_usd: float
    """Cost of the same tokens on the baseline group."""


@dataclass(slots=True)
class TierRow:
    """Totals for one tier (or the whole plan)."""

    tier: int | None
    """The tier; ``None`` for the total row."""
    model_group: str
    """The tier's primary group (``total`` for the total row)."""
    tasks: int = 0
    """Tasks routed here."""
    input_tokens: int = 0
    """Their prompt tokens."""
    output_tokens: int = 0
    """Their expected completion tokens."""
    cost_usd: float = 0.0
    """Their cost here."""
    baseline_cost_usd: float = 0.0
    """Their cost on the baseline group."""

    def add(self, planned: PlannedTask) -> None:
        """Count one task in."""
        self.tasks += 1
        self.input_tokens += planned.input_tokens
        self.output_tokens += planned.output_tokens
        self.cost_usd += planned.cost_usd
        self.baseline_cost_usd += planned.baseline_cost_usd

    @property
    def savings_pct(self) -> float:
        """Percent saved against the baseline (0 when the baseline costs nothing)."""
        if self.baseline_cost_usd <= 0:
            return 0.0
        return 100.0 * (self.baseline_cost_usd - self.cost_usd) / self.baseline_cost_usd

    def to_dict(self) -> dict[str, Any]:
        """JSON-able data."""
        return {
            "tier": self.tier,
            "model_group": self.model_group,
            "tasks": self.tasks,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": round(self.cost_usd, 9),
            "baseline_cost_usd": round(self.baseline_cost_usd, 9),
            "savings_pct": round(self.savings_pct, 2),
        }


@dataclass(slots=True)
class Plan:
    """A routed, priced workload."""

    rows: list[TierRow]
    """One row per configured tier, lowest first."""
    total: TierRow
    """All tasks together."""
    baseline_model_group: str
    """What every task is compared with."""
    planned: list[PlannedTask] = field(default_factory=list)
    """Each task's route and price."""
    errors: list[TaskError] = field(default_factory=list)
    """Tasks that could not be routed (bad routing inputs)."""
    token_methods: Mapping[str, int] = field(default_factory=dict)
    """How many prompts each counting method counted."""
    routing_sources: Mapping[str, int] = field(default_factory=dict)
    """How many tasks each policy step decided (``rule``, ``classifier``, ``default`` ...)."""
    unpriced: list[str] = field(default_factory=list)
    """Groups with no known price (counted as $0)."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-able data (per-task details left out)."""
        return {
            "baseline_model_group": self.baseline_model_group,
            "tiers": [row.to_dict() for row in self.rows],
            "total": self.total.to_dict(),
            "errors": [{"line": e.line, "error": e.message} for e in self.errors],
            "token_counting": dict(self.token_methods),
            "routing_sources": dict(self.routing_sources),
            "unpriced_model_groups": list(self.unpriced),
        }


def _output_tokens(task: Task, intent: str | None) -> int:
    if task.expected_output_tokens is not None:
        return task.expected_output_tokens
    return DEFAULT_OUTPUT_TOKENS.get(intent or "", FALLBACK_OUTPUT_TOKENS)


def plan_tasks(
    tasks: Iterable[Task],
    config: TieredConfig,
    pricer: Pricer,
    *,
    counter: TokenCounter | None = None,
    classify: Classify | None = None,
) -> Plan:
    """Route and price ``tasks`` exactly as live calls would be; no model is called.

    ``classify`` handles untagged tasks (see :func:`load_classifier`); without it they go
    to the policy's default tier. A task with invalid routing inputs becomes a
    :class:`TaskError` and the rest still runs.
    """
    counter = counter or TokenCounter()
    policy = config.policy()
    rows = {
        spec.tier: TierRow(spec.tier, spec.model_groups[0])
        for spec in sorted(config.tiering.tiers, key=lambda s: s.tier)
    }
    total = TierRow(None, "total")
    plan = Plan(list(rows.values()), total, pricer.baseline_model_group)
    sources: Counter[str] = Counter()
    for task in tasks:
        try:
            request = routing_request(task.routing)
            verdict = None
            if request.is_untagged and classify is not None:
                verdict = classify(task.prompt if task.prompt is not None else list(task.messages))
            decision = policy.decide(request, verdict)
        except RoutingInputError as err:
            plan.errors.append(TaskError(task.line, str(err)))
            continue
        model = config.deployments(decision.model_group)[0].litellm_params.model
        tokens_in = counter.count(model, task.messages)
        tokens_out = _output_tokens(task, decision.intent)
        planned = PlannedTask(
            task=task,
            decision=decision,
            model=model,
            input_tokens=tokens_in,
            output_tokens=tokens_out,
            cost_usd=pricer.cost(decision.model_group, tokens_in, tokens_out),
            baseline_cost_usd=pricer.baseline_cost(tokens_in, tokens_out),
        )
        plan.planned.append(planned)
        rows[decision.tier].add(planned)
        total.add(planned)
        sources[decision.source] += 1
    plan.token_methods = dict(counter.methods)
    plan.routing_sources = dict(sources)
    plan.unpriced = sorted(pricer.unpriced)
    return plan
