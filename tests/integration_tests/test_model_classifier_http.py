"""The model classifier over real HTTP: a ``litellm.Router`` calls the loopback Ollama endpoint.

The router is the one ``TieredChatModel`` builds from the config; the tier-0 group ``local``
(``ollama_chat/qwen2.5:7b``) answers the structured classification prompt.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from langchain_tiered import TieredChatModel
from langchain_tiered.model_classifier import ModelClassifier, build_model_classifier
from tests.loopback_provider import Fault, LoopbackProvider, RecordedRequest
from tests.tiered_loopback import loopback_config

LOCAL = "ollama_chat/qwen2.5:7b"
VERDICT = '{"intent":"summarize","complexity":2,"tier":1,"confidence":0.9}'


def classifier_for(provider: LoopbackProvider, **settings: Any) -> ModelClassifier:
    config = loopback_config(provider)
    config["tiering"]["classifier"] = {"enabled": True, **settings}
    llm = TieredChatModel(config=config)
    mc = build_model_classifier(llm.config, llm.dispatcher)
    assert mc is not None
    return mc


def chat_requests(provider: LoopbackProvider) -> list[RecordedRequest]:
    return [r for r in provider.requests if r.path == "/api/chat"]


@pytest.fixture
def replying(loopback_provider: LoopbackProvider) -> LoopbackProvider:
    loopback_provider.set_reply(LOCAL, VERDICT)
    return loopback_provider


def test_unsure_prompt_is_classified_by_the_tier0_model(replying: LoopbackProvider) -> None:
    mc = classifier_for(replying)
    result = mc.classify("some ambiguous text")
    assert (result.intent, result.complexity, result.tier) == ("summarize", 2, 1)
    assert result.reason == (
        "model local: intent 'summarize' tier 1 (fast: general tier 2, conf 0.30) -> tier 1"
    )
    (sent,) = chat_requests(replying)
    assert sent.model == "qwen2.5:7b"
    schema = sent.body["format"]
    assert isinstance(schema, dict)
    assert schema["required"] == ["intent", "complexity", "tier", "confidence"]
    assert [m["role"] for m in sent.body["messages"]] == ["system", "user"]
    assert "some ambiguous text" in sent.body["messages"][1]["content"]

    assert mc.classify("some ambiguous text") == result  # cached: no new request
    assert len(chat_requests(replying)) == 1
    assert (mc.model_calls, mc.cache_hits, mc.fallbacks) == (1, 1, 0)


def test_confident_prompt_sends_nothing(replying: LoopbackProvider) -> None:
    mc = classifier_for(replying)
    assert mc.classify("Is this a bug or a feature? Answer yes/no.").tier == 0
    assert chat_requests(replying) == []


def test_server_error_falls_back_to_the_fast_classifier(replying: LoopbackProvider) -> None:
    mc = classifier_for(replying)
    replying.add_fault(LOCAL, Fault.http(500))
    result = mc.classify("some ambiguous text")
    assert (result.intent, result.tier) == ("general", 2)
    assert result.reason.startswith("model local failed (")
    assert result.reason.endswith("; fast: no confident signal -> default tier 2 (route up)")
    assert (len(chat_requests(replying)), mc.fallbacks) == (1, 1)  # no retries
    assert mc.classify("some ambiguous text").tier == 1  # the next call asks again


def test_malformed_answer_falls_back(replying: LoopbackProvider) -> None:
    mc = classifier_for(replying)
    replying.set_reply(LOCAL, "tier 0, trust me")
    result = mc.classify("some ambiguous text")
    assert result.tier == 2
    assert "model local invalid answer (ValidationError" in result.reason


def test_slow_model_times_out_and_falls_back(replying: LoopbackProvider) -> None:
    mc = classifier_for(replying, timeout_s=0.5)
    replying.add_fault(LOCAL, Fault.delay(5))
    started = time.monotonic()
    result = mc.classify("some ambiguous text")
    assert time.monotonic() - started < 3.0
    assert result.tier == 2
    assert "model local timed out after 0.5s" in result.reason
    assert mc.fallbacks == 1


async def test_async_path_over_http(replying: LoopbackProvider) -> None:
    mc = classifier_for(replying, timeout_s=0.5)
    result = await mc.aclassify("some ambiguous text")
    assert result.tier == 1
    (sent,) = chat_requests(replying)
    assert isinstance(sent.body["format"], dict)
    assert await mc.aclassify("some ambiguous text") == result
    assert len(chat_requests(replying)) == 1

    replying.add_fault(LOCAL, Fault.delay(5))
    started = time.monotonic()
    slow = await mc.aclassify("another ambiguous text")
    assert time.monotonic() - started < 3.0
    assert slow.tier == 2
    assert "model local timed out after 0.5s" in slow.reason


@pytest.mark.parametrize("mode", ["invoke", "ainvoke"])
async def test_tiered_model_asks_the_local_model_when_unsure(
    loopback_provider: LoopbackProvider, mode: str
) -> None:

    config = loopback_config(loopback_provider)
    config["tiering"]["classifier"] = {"enabled": True, "timeout_s": 5}
    config["tiering"]["costs"] = {"ledger": {"backend": "none"}}
    llm = TieredChatModel(config=config)
    loopback_provider.set_reply(
        "ollama_chat/qwen2.5:7b",
        '{"intent": "summarize", "complexity": 2, "tier": 1, "confidence": 0.9}',
    )
    text = "Tell me a joke about databases."  # no rule cue, the learned scorer agrees: unsure
    msg = llm.invoke(text) if mode == "invoke" else await llm.ainvoke(text)
    meta = msg.response_metadata
    assert meta["routing_source"] == "classifier"
    assert meta["routing_reason"].startswith("classifier: model local")
    assert meta["tier"] == 1
    calls = [(r.path, r.model) for r in loopback_provider.requests if r.path != "/api/show"]
    assert calls == [("/api/chat", "qwen2.5:7b"), ("/v1/messages", "claude-haiku-4-5")]
