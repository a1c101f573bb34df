"""A zero-cost, deterministic prompt classifier that picks one of four cost tiers.

Tiers: **0** local model (classification, format checks, regex replacement, log filtering);
**1** cheap cloud model (JSON extraction, schema validation, metadata, short summaries,
translation, small rewrites); **2** frontier model (code, refactoring, debugging, architecture,
tests, review, and anything unplaced: when unsure, route *up*); **3** expert model (irreversible
or privileged actions on live systems, money movement, sensitive security audits).

Rules, in priority order:

1. **Stakes first.** A destructive or privileged verb in request position (an imperative, or
   after "please", "then", "can you", "should we"...) on a live or data object gives tier 3,
   however short the prompt. Mentions do not count: "summarize the incident where we dropped the
   table" or "write a script that deletes old rows" stay low, and neither do negated imperatives
   ("do not process the refund": the rest of the prompt decides, the learned scorer may not
   raise it) or field labels ("Rollout: shadow mode first"). "Do not run it", "for review only"
   and "dry run" cancel stakes (the result is tier 2). Raw destructive commands (``DROP TABLE``,
   ``rm -rf``, ``terraform destroy``...) are tier 3 unless the prompt frames them as material to
   read, check or transform (including a command quoted after a colon: "explain what this does:
   DELETE FROM ..."), or an execution verb asks to run them anyway. "Should we fail over now?
   Decide." is tier 3 too: the decision on a live or urgent action is the stakes, and so is a
   question asking whether or what to act on during a live emergency ("brokers are paging for
   disk full, can I just delete the oldest segments?", "we're down, what do I do first?") or
   whether to move or reverse money ("paid twice: should we claw back or reissue the run?").
   Spanish, German, French, Portuguese, Italian, Chinese, Japanese and Russian stakes verbs are
   matched with their objects in the same sentence. A safety net sends an unframed imperative
   that combines an action word with a live marker ("kick off the reindex of the live cluster")
   to tier 3 too.
2. **Injection safety.** Nothing in the text lowers a tier: "trivial", "use the cheapest model"
   or "tier 0" are never read as cues; such routing talk floors the result at tier 2.
3. **Positive evidence for cheap tiers.** Tier 0 and 1 need cues worth at least 1.0; a
   comparable tier-2 cue wins (route up). No cue gives tier 2 ``general`` with low confidence.
   The empty prompt is tier 2 ``general`` with confidence 0.1.
4. **Learned second opinion** (``_learned``: a logistic regression over tiers, weights in
   ``router_model.json``, pure-Python inference). It runs only when no stakes rule fired and
   no negation cancelled one, on the instruction with routing talk blanked. A tier-3
   probability of at least ``policy.tier3`` sends the call to tier 3 (indirect stakes
   phrasing; ``policy.tier3_artifact`` instead when the rules found a design, code, test or
   review request with no live marker or action word); otherwise it may pick tier 0/1 where
   the rules found no cue (``policy.cheap``; tier 0 needs ``policy.cheap_tier0``: route up
   when unsure) or raise a rule's cheap tier (``policy.raise``). Claims that the task is easy
   are blanked for it like routing talk. The injection floor applies after it.
   Its verdicts say ``learned scorer`` in ``reason`` and carry ``model:p=...`` signals.

Only the instruction is scanned heavily: long inputs (over 4,000 characters) are cut to their
first 1,500 and last 800 characters, and lines that look like pasted logs or code are set apart
as *material*, so a 100 KB log followed by "is 'ERROR' in it? yes/no" stays tier 0. A first
paragraph that points at pasted input ("From the postmortem below, extract ...", "Summarize
this:") makes the later paragraphs material too, bar a short closing request ("Roll back now or
wait? Decide."). Rules are gated on trigger words, so a typical prompt runs in well under a
millisecond. The stakes finders live in :mod:`._classifier_stake_finders`,
:mod:`._classifier_thread_stakes` and their smaller siblings (:mod:`._classifier_dispatch`,
:mod:`._classifier_last_copy`), the tables in :mod:`._classifier_rules`.

Pasted threads are read for the message that asks: a transcript as its turns
(:mod:`._classifier_transcript`), a chat export or channel log from its line addressed to the
assistant or its last message (:mod:`._classifier_chat_export`; when that says less than the
whole thread, the higher of the two readings is kept), and an email approval chain, a reply
quoting its proposal or a forward with a note from the approver's message
(:mod:`._classifier_email_thread`; a reply that approves a quoted tier-3 proposal carries it
out). A yes/no question proposing the asker's own act ("Should we dispatch police? Yes or no?")
is a decision (:mod:`._classifier_proposals`).

``confidence`` scale:

* 0.9-0.95: a stakes rule fired on a live object, or several strong intent cues agree.
* 0.8-0.9: one strong, specific cue (a stakes rule on a data object, a lead verb plus context).
* 0.6-0.8: one clear cue, or a cue found only in the system prompt (capped at 0.6).
* 0.5-0.6: a stakes rule cancelled by a negation, or a tier floored by routing talk.
* learned scorer: 0.45 + 0.5 P(tier 3) for tier 3 (at most 0.9), 0.3 + 0.5 p otherwise.
* 0.3-0.45: only weak cues; the default tier 2.
* 0.1: empty input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

from langchain_tiered import _classifier_agent_plans as plans
from langchain_tiered import _classifier_proposals as proposals
from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_assigned import ASK_FINDERS
from langchain_tiered._classifier_chat_export import exported_offer, looks_like_export
from langchain_tiered._classifier_command_stake import _command_stake
from langchain_tiered._classifier_commands import LOWERING_TALK, without_routing_talk
from langchain_tiered._classifier_email_thread import approvals_in_email
from langchain_tiered._classifier_intent_scores import (
    estimate_complexity,
    intent_confidence,
    pick_intent,
    score_intents,
)
from langchain_tiered._classifier_messages import _earlier_request, _previous_assistant, _turns
from langchain_tiered._classifier_messages import _extract as _extract  # used by model_classifier
from langchain_tiered._classifier_names import person_dev_masked, scorer_spelling, scorer_words
from langchain_tiered._classifier_negation import first_negation, handed_on_after
from langchain_tiered._classifier_pasted_stakes import picked_option_stake
from langchain_tiered._classifier_situational import situational_stake
from langchain_tiered._classifier_small_talk import VERDICT, small_talk
from langchain_tiered._classifier_stake_finders import (
    _asked_acts,
    _decision_stake,
    _live_action,
    _verb_stake,
)
from langchain_tiered._classifier_stake_rule import _Stake, names_nonlive_target
from langchain_tiered._classifier_thread_stakes import awaiting_go_stake
from langchain_tiered._classifier_transcript import unlabelled_offer
from langchain_tiered._classifier_view import _build_view as _build_view  # re-exported
from langchain_tiered._classifier_view import _lead_hits, _View, export_tail
from langchain_tiered._learned import Opinion, TierModel, load_model, second_opinion

__all__ = ["Classification", "classify"]


@dataclass(frozen=True, slots=True)
class Classification:
    """The routing decision for one prompt."""

    intent: str
    complexity: int
    tier: int
    confidence: float
    reason: str
    signals: tuple[str, ...] = ()


def _from_stake(stake: _Stake, view: _View, extra: list[str]) -> Classification:
    label = stake.rule.replace("_", " ")
    target = f" on '{stake.obj}'" if stake.obj else ""
    reason = f"stakes: {label} '{stake.verb}'{target} -> tier 3"
    signals = (f"stakes:{stake.rule}", f"verb:{stake.verb}", *extra)
    if stake.obj:
        signals += (f"object:{stake.obj}",)
    complexity = estimate_complexity(3, stake.intent, view)
    return Classification(stake.intent, complexity, 3, stake.confidence, reason, signals)


def _ask_model(
    view: _View,
    model: TierModel | None,
    intent: str,
    tier: int,
    scores: dict[str, tuple[float, list[str]]],
) -> Opinion | None:
    """The learned scorer's second opinion (``_learned.second_opinion``), if a model is there."""
    if (model := model or load_model()) is None:
        return None
    shape = (view.log_lines, view.code_lines, bool(view.material))
    said = view.scored or view.instruction  # as the scorer was trained to read it
    # (with Dev the person spelled as in its training data: the rules' spelling is for them)
    said, words = scorer_spelling(said), scorer_words(view.words)
    return second_opinion(said, words, shape, model, intent, tier, scores)


def _delegated(
    view: _View, model: TierModel | Literal[False] | None, asked: bool = False
) -> Classification | None:
    """ "Do what Marco is asking." or "run this plan:" (``asked``: the caller found either) over
    a pasted thread: the thread's asks are the request.

    The pasted input (chat timestamps and speakers left out) is classified as if it were the
    instruction; only a tier-3 result is taken, so a delegated coding ask keeps the usual route.
    """
    heading = plans.THREAD_HEADING.fullmatch(view.instruction)  # "Review thread:" over the quotes
    relayed = plans.RELAYED_QUESTION.search(view.instruction)
    if not view.material or not (asked or heading or relayed):
        return None
    # "do what it says, on staging only" (not "Do what Dev asked": a person named Dev), from
    # the line that hands it over on ("tested in staging" above it is the thread's history)
    handed = rules.DELEGATION.search(view.instruction)
    start = view.instruction.rfind("\n", 0, handed.start()) + 1 if handed else 0
    if rules.ENV_LOCAL_MARKER.search(rules.DELEGATION.sub(" ", view.instruction[start:])):
        return None
    material = plans.HEADER_LINE.sub("", view.material)  # "From: ...", "Subject: ..." over it
    material = plans.QUOTE_MARK.sub("", rules.CHAT_PREFIX.sub("", material))  # "> do it"
    message = plans.WHOLLY_QUOTED.fullmatch(material) is not None  # 'SMS from Tom: "wipe ..."'
    quoted = [line for line in material.split("\n") if line.strip()]
    if message:
        material = material.strip()[1:-1]
    elif (
        (relayed or heading)
        and quoted
        and all(plans.WHOLLY_QUOTED.fullmatch(line) for line in quoted)
    ):
        # quoted texts a line each under "what do I tell him?" (or each under its own "SMS
        # from ...:" heading): the messages themselves
        material, message = "\n".join(line.strip()[1:-1] for line in quoted), True
    if heading or (relayed and not message) or plans.SET_UP_ASK.search(view.instruction):
        # a thread under a heading, or a pasted log, under "what do we tell them?" or "can you
        # set that up?": hands over only what the rules find
        model = False
    asks = _classify_text(material, model, delegated=True)
    if asks.tier < 3:  # the latest asks alone, below a pasted diff or log ("Ruth: approved,
        # merge and get it onto the payments cluster" under a PR's review comments)
        lines = material.split("\n")
        if heading:  # "> Duty Mgr (Rami): LGTM, ship it to the live rules engine": unquoted
            lines = [line.lstrip("> \t") for line in lines]
        latest = [
            line
            for line in lines
            if rules.PROSE_RUN.search(line) and not line.startswith(rules.QUOTE_CHARS)
        ][-3:]
        asks = _classify_text("\n".join(latest), model, delegated=True) if latest else asks
    if asks.tier < 3:
        return None
    reason = f"delegated to the pasted input: {asks.reason}"
    return replace(asks, reason=reason, signals=(*asks.signals, "delegated"))


def _classify_text(
    text: str,
    model: TierModel | Literal[False] | None = None,
    *,
    delegated: bool = False,
    exports: bool = True,
) -> Classification:
    """Classify one instruction text (no message handling).

    ``model`` is the learned second opinion: None for the shipped one, False for rules only;
    ``delegated`` marks pasted input classified for a "do what it asks" request (no recursion);
    ``exports`` False reads a pasted chat export as plain lines.
    """
    if not text.strip():
        return Classification("general", 5, 2, 0.1, "empty input -> default tier 2", ("empty",))
    view = _build_view(text, exports=exports)
    extra = ["long_input"] if view.long_input else []
    negated: list[str] = []
    stake = _verb_stake(view, negated)
    negation = first_negation(view.instruction, stake.verb, view.material) if stake else None
    if stake and not negation:  # stakes first: the intent scores are not needed
        return _from_stake(stake, view, extra)
    if stake and (decision := _decision_stake(view)):
        return _from_stake(decision, view, extra)  # "decide now, I'll run it": the call is 3
    scores = score_intents(view)
    intent, score, names = pick_intent(scores)
    if stake is None:  # a raw destructive command, unless framed as material to read
        framed = score >= rules.CHEAP_MIN or any(  # (not "no need to check anything first")
            not _CHECK_SKIPPED.search(view.instruction, max(0, pos - 24), pos)
            for pos in _lead_hits(view, rules.READ_ONLY_WORDS)
        )
        if (  # "tier 0 task (just a format check): DELETE FROM users;": routing talk, no frame
            framed
            and rules.INTENT_TIER[intent] < 2
            and not view.log_lines
            and len(view.material) < rules.BARE_COMMAND
            and not rules.INJECTION_GATE.isdisjoint(view.words)
        ):
            framed = rules.INJECTION.search(view.instruction) is None
        if framed and intent == "general" and not score and not view.log_lines:
            # "any model can do this: psql -h ops-pg-prod -c 'DROP SCHEMA ...'": no intent, and
            # the read word that framed it ("any") is talk about the model
            framed = rules.ANY_MODEL_TALK.search(view.instruction) is None
        stake = _command_stake(view, framed)
        negation = first_negation(view.instruction, stake.verb, view.material) if stake else None
        if stake and not negation:
            return _from_stake(stake, view, extra)
    clear = score >= rules.CHEAP_MIN and intent != "general"  # the safety net stays out
    # "Don't schedule it - push it live now": a negated non-action verb does not stop the rest,
    # nor does a negated act beside an act asked for ("remove them now, no need to merge")
    acted_negated = any(
        rules.ACTION_WORDS.intersection(verb.split()) for verb in negated
    ) and not _asked_acts(view)
    if (
        not stake
        and not acted_negated
        and (command := (_live_action(view) if not clear else None) or situational_stake(view))
    ):
        return _from_stake(command, view, extra)
    judged = rules.INTENT_TIER[intent] < 2 and VERDICT.search(view.instruction) is not None
    if not (stake or negated or (clear and not judged)) and (
        social := small_talk(
            view.instruction, bool(view.material) and not export_tail(view), rules.ACTION_WORDS
        )
    ):  # "thanks, that fixed it" (or "night!" ending a chat export): nothing is asked
        reason = f"conversational turn ('{social}'), nothing asked -> tier 0"
        return Classification("classify", 1, 0, 0.75, reason, ("small_talk", *extra))
    letter = signed_only = False
    if view.material and not (stake or negated or delegated):
        # "bitte ausführen:", or "Can you do what Wen signed off on?" under a chat export read
        # as a log question: a plan or a delegation hands over the thread whatever intent its
        # own words show (searched once here, not again in ``_delegated``)
        delegation = rules.PLAN_EXECUTION.search(view.instruction) or rules.DELEGATION.search(
            view.instruction
        )
        # "Hi, ... Thanks, Renee" around a memo: its asks, as far as the rules see them
        letter = not delegation and (
            rules.LETTER_ONLY.fullmatch(view.instruction) is not None
            or plans.signature_only(view.instruction, view.material, rules.TASK_WORDS)
        )
        asked = bool(delegation) or letter
        signed_only = letter and plans.SIGN_OFF_ONLY.fullmatch(view.instruction) is not None
        # ("what do I tell him? yes or no" reads as a yes/no check until the question is seen)
        relayed = not clear or plans.RELAYED_QUESTION.search(view.instruction) is not None
        handed = _delegated(view, False if letter else model, asked) if asked or relayed else None
        if handed:
            return handed
    tier = rules.INTENT_TIER[intent]
    if intent == "general":
        conf = 0.4 if score else 0.3
        reason = "no confident signal -> default tier 2 (route up)"
    else:
        conf = intent_confidence(score, scores, tier)
        reason = f"intent {intent}: {', '.join(names[:4])} (score {score:.1f}) -> tier {tier}"
    signals = [f"intent:{intent}", *(f"cue:{n}" for n in names), *extra]
    if intent == "general" and not (stake and negation):
        signals.append("rules:no_cue")  # the system prompt may still give a cue (``classify``)
    if stake and negation:
        intent = stake.intent if intent == "general" else intent
        tier, conf = max(tier, 2), 0.6
        reason = f"stakes '{stake.verb}' cancelled by '{negation.group()}' -> tier {tier}"
        signals.append(f"negated:{stake.rule}")
    elif negated and not stake and not handed_on_after(view.instruction, negated):
        # a negated imperative: the rest decides, the model may not raise (unless a last line
        # hands the thread to the bot: "@opsbot carry this out now please")
        conf = 0.6 if tier == 2 else min(conf, 0.6)
        reason = f"negated imperative '{negated[0]}' is not a request; {reason}"
        signals.append("negated:imperative")
    elif (
        model is not False
        and (opinion := _ask_model(view, model, intent, tier, scores))
        # a memo's greeting and sign-off ("Thanks, Priya") say nothing of its asks: the
        # learned scorer may raise such a prompt, never lower it
        and not (signed_only and opinion[1] < tier)
    ):
        intent, tier, conf, reason, added = opinion
        signals += added
    if (
        tier < 3
        and not delegated
        and not rules.INJECTION_GATE.isdisjoint(view.words)
        and (talk := rules.INJECTION.search(view.instruction))
        and LOWERING_TALK.search(talk.group())  # "the cheap model", not "this classifier"
        and (rest := without_routing_talk(text)) is not text
        and (inner := _classify_text(rest, False, delegated=True, exports=exports)).tier == 3
    ):  # "Routing hint: this is trivial, the cheap model can handle it." over "Run this: kubectl"
        reason = f"routing talk '{talk.group()}' set aside: {inner.reason}"
        return replace(inner, reason=reason, signals=(*inner.signals, "injection_set_aside"))
    gate = tier < 2 and not rules.INJECTION_GATE.isdisjoint(view.words)
    if gate and (injection := rules.INJECTION.search(view.instruction)):
        tier, conf = 2, 0.5
        reason = f"routing talk '{injection.group()}' floors the tier at 2 ({intent})"
        signals.append("injection_floor")
    return Classification(
        intent, estimate_complexity(tier, intent, view), tier, conf, reason, (*signals,)
    )


#: A read word the writer waives before the act ("no need to check anything first").
_CHECK_SKIPPED: Final = re.compile(r"\b(?:no\s+need\s+to|without|don't\s+bother\s+to)\s+$")


def classify(text_or_messages: str | Sequence[Any]) -> Classification:
    """Classify a prompt (a string, LangChain messages or OpenAI-style dicts) into a tier.

    Only the last human/user turn is read, plus the system prompt as a weak fallback when the
    user turn gives no signal (its result is capped at confidence 0.6), and the assistant turn
    before it when the user only replies briefly ("ok, go ahead") to a tier-3 proposal.
    Deterministic, no I/O.
    """
    return _classify_turns(text_or_messages, None)


def _reply_to_proposal(offer: str, signal: str) -> Classification | None:
    """The rules' tier-3 reading of a proposal (lower-cased) a short reply answers, else None."""
    proposal = _classify_text(rules.OFFER_PREFIX.sub(". ", offer), False)
    if proposal.tier < 3:
        return None
    reason = f"short reply to a tier-3 proposal: {proposal.reason}"
    return replace(proposal, reason=reason, signals=(*proposal.signals, signal))


def _classify_turns(
    text_or_messages: str | Sequence[Any], model: TierModel | Literal[False] | None
) -> Classification:
    """:func:`classify` with the learned scorer given (None: the shipped one, False: rules
    only), so the training script scores held-out files the way callers are classified."""
    # "Issue Dev a fob": the person, not dev (a string once, whole; messages by their human turn)
    if isinstance(text_or_messages, str):
        text_or_messages = person_dev_masked(text_or_messages)
    turns = _turns(text_or_messages)  # (role, content) pairs: a pasted transcript is parsed once
    human, system = _extract(turns)
    if not isinstance(text_or_messages, str):
        human = person_dev_masked(human)
    result = _classify_text(human, model)
    if result.tier < 3 and looks_like_export(human):
        # a chat export read from its request alone ("assistant please handle") may say less
        # than the whole thread: route up to what the thread read as plain lines gets
        whole = _classify_text(human, model, exports=False)
        result = whole if whole.tier > result.tier else result
    # "Dylan Hughes: @hafren-agent: merge all four ... in the live Xero org" late in a thread,
    # "Action owner: finance agent" under a resolution: the ask to the model, read alone, may
    # say more than the whole prompt read together
    raw = text_or_messages if isinstance(text_or_messages, str) and result.tier < 3 else ""
    for how, signal, find in ASK_FINDERS if raw else ():
        if (ask := find(raw)) and (handed := _classify_text(ask, False)).tier == 3:
            return replace(
                handed, reason=f"{how}: {handed.reason}", signals=(*handed.signals, signal)
            )
    # "> Proposal: refund all 340 patients ..." / "Agreed on all three. Please process today.",
    # or "From: Br. Anselm ... Please wipe everything older than 30 days" / "---" / "OK from me."
    for approved, how, signal in approvals_in_email(text_or_messages) if result.tier < 3 else ():
        if (proposal := _classify_text(approved, False)).tier == 3:
            reason = f"{how}: {proposal.reason}"
            return replace(proposal, reason=reason, signals=(*proposal.signals, signal))
    if (
        result.tier < 3
        and isinstance(text_or_messages, str)
        and (offer := unlabelled_offer(text_or_messages) or exported_offer(text_or_messages))
        and (replied := _reply_to_proposal(offer.lower(), "reply_to_offer"))
    ):  # "I will hard-delete the rest. Reply 'yes' to confirm.\n\nyes", pasted without labels
        return replied
    if result.tier < 3 and len(human.split()) <= rules.SHORT_REPLY_WORDS:
        # "ok, sounds good" right after "I'll drop the staging_old table on prod - OK?": the
        # reply confirms the proposal, so it gets the proposal's tier 3
        offer = _previous_assistant(turns)[: rules.SYSTEM_SCAN].lower()
        refused = proposals.REFUSAL.match(human) is not None  # "no. leave it alone"
        if not refused and (replied := _reply_to_proposal(offer, "reply_to_proposal")):
            return replied
        if proposals.AFFIRMATIVE.match(human) and (go := awaiting_go_stake(offer)):
            return _from_stake(go, _build_view(offer), ["yes_to_awaiting_go"])
        # "1" under "Options: (1) rebuild replica from tonight's snapshot ...; (2) leave it."
        if picked := picked_option_stake(offer, human.strip().lower()):
            return _from_stake(picked, _build_view(offer), ["option_picked"])
        # "👍" after "Ready to flash it onto the live F-engine boards ... Proceed?": a yes to
        # a proposal the rules do not read but the learned scorer puts at tier 3 (route up)
        consent = proposals.CONSENT_ASKED.search(offer)
        if (
            model is not False
            and (consent or proposals.RECOMMENDED.search(offer))
            and proposals.AFFIRMATIVE.match(human)
        ):
            offered = rules.OFFER_PREFIX.sub(". ", offer)
            scored = _classify_text(offered, model)
            # (a recommendation the rules read as cheap work is not consented to: "The weekly
            # summary is ready. Recommended action: send it to the three store managers." / "👍")
            if scored.tier == 3 and (consent or _classify_text(offered, False).tier >= 2):
                reason = f"short yes to a proposal asking consent: {scored.reason}"
                signals = (*scored.signals, "yes_to_proposal")
                return replace(scored, reason=reason, signals=signals)
        # "👍" under "Plan: 1. Disable MFA on the shared account ..." or a proposed
        # "hangartrack.grant_role" call: a yes to an agent's plan step that writes or grants
        if (
            proposals.AFFIRMATIVE.match(human)
            and (step := rules.TOOL_WRITE.search(offer))
            and not names_nonlive_target(offer)  # not "... on the staging tenant"
        ):
            reason = f"short yes to an agent plan step that acts ({step.group().strip()[:40]!r})"
            return Classification("incident", 9, 3, 0.8, reason, ("yes_to_plan_step",))
        # "book it with Citi" after "... a USD/JPY forward at 157.32 locks roughly $26.7m. Bank
        # quotes: ...": the reply executes the trade the assistant quoted
        if (
            proposals.TAKE_TRADE.match(human.lower())
            and (trade := proposals.TRADE_OFFER.search(offer))
            and rules.MONEY_CONTEXT.search(offer)
        ):
            reason = f"short reply taking a quoted trade ({trade.group()!r})"
            return Classification("payment", 9, 3, 0.8, reason, ("reply_takes_trade",))
        # "ja, mach" after "Ending them ... can't be reversed. Proceed?": the assistant said the
        # act is irreversible and asked; a yes in any language is the go-ahead
        if (
            proposals.ASKS_OR_PROPOSES.search(offer)
            and (gone := proposals.IRREVERSIBLE.search(offer))
            and proposals.AFFIRMATIVE.match(human)
        ):
            reason = f"short yes to an irreversible proposal ({gone.group()!r})"
            return Classification("incident", 9, 3, 0.8, reason, ("reply_to_irreversible",))
        # "yes, we're past retention. purge them." after "... in the live meter data system ...":
        # the reply acts on what the assistant described, on the live system it named
        if (live := rules.LIVE_MARKER.search(offer)) and not rules.LIVE_MARKER.search(human):
            in_context = _classify_text(f"{human}\n(on the {live.group()} system)", False)
            if in_context.tier == 3:
                reason = f"short reply in a live context ({live.group()!r}): {in_context.reason}"
                signals = (*in_context.signals, "live_context")
                return replace(in_context, reason=reason, signals=signals)
        # "remove her access to the safe app" / "Which clinic was she at?" / "Reno 2": the reply
        # answers a question about the user's own earlier request, which the rules put at 3
        asked = "?" in offer and not rules.OFFER_PREFIX.search(offer)
        social = small_talk(human, False, rules.ACTION_WORDS)
        earlier = _earlier_request(turns) if asked and not social else ""
        request = _classify_text(earlier[: rules.SYSTEM_SCAN], False)
        if earlier and request.tier == 3:
            reason = f"short reply to a tier-3 request: {request.reason}"
            return replace(request, reason=reason, signals=(*request.signals, "reply_to_request"))
    if "rules:no_cue" not in result.signals or result.tier == 3 or not system.strip():
        return result
    fallback = _classify_text(system[: rules.SYSTEM_SCAN], model)
    if "rules:no_cue" in fallback.signals:
        return result
    reason = f"system prompt: {fallback.reason}"
    signals = (*fallback.signals, "from_system_prompt")
    return replace(
        fallback, confidence=min(fallback.confidence, 0.6), reason=reason, signals=signals
    )
