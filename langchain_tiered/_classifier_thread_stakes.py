"""Stakes found in pasted threads: a yes/no asked about the asker's own act, consent relayed.

* :func:`_yes_no_decision`: "Should we dispatch police? Yes or no?", "Ziehen wir die 9 Befunde
  zurück, ja oder nein?", "Are we good to turn it on for the berths this weekend? Yes/no";
* :func:`_relayed_consent_stake`: "Reply to Hexagon with the go-ahead for 02:00" under a
  thread that describes a live or irreversible act;
* :func:`_network_opening_stake`: "ok open it for them" under a thread asking for network
  access;
* :func:`_pay_by_id_stake`: "release BR-88001 today" under a pasted invoice that asks to be
  paid;
* :func:`_emoji_go_ahead`: "🚀" under a payment batch marked READY_TO_RELEASE;
* :func:`_approved_pending`: "Approve it." under a deployment to production waiting for review;
* :func:`_data_handover_stake`: "A carrier asks for the full export of customer addresses. On
  leur envoie ?": customer data handed to an outsider, asked as a yes/no.
* :func:`_prepared_money_stake`: "Prepared 38 payouts totalling £16,210.00 via Wise ... Send
  now?": money movements an agent has lined up, with the go asked for;
* :func:`_real_run_stake`: "numbers look right. rerun it with --broadcast." under a pasted
  simulation of a mainnet script;
* :func:`_deferred_erasure_stake`: "Agent: please close the account and erase as the ticket
  says." under a ticket asking for user profiles to be erased;
* :func:`_resubmitted_batch_stake`: "Resubmit it now please, same file" after "the SEPA
  batch for the refunds failed".

The patterns are in :mod:`._classifier_proposals`; ``_classifier_stake_finders`` calls
:func:`_yes_no_decision` and ``_classifier_situational`` the others.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered import _classifier_proposals as proposals
from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_objects import (
    ACCESS_CODE,
    ASKED_AT,
    HANDOVER_NOUNS,
    NETWORK_KEY,
)
from langchain_tiered._classifier_stake_rule import _nonlive, _Stake
from langchain_tiered._classifier_view import _lead_hits, _View

#: An approval asked in spite of a fault or a rule ("authorise the 15:00 anyway").
_OVERRIDE: Final = re.compile(
    r"\b(?:anyway|regardless|despite|even\s+(?:though|with|if|so)|nonetheless|all\s+the\s+same)\b"
)

#: A second imperative joined to the first by "and" ("turn on X and pause Y").
_JOINED_VERB: Final = re.compile(r"\s(?:and|&)\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+)\b")


def _yes_no_decision(view: _View) -> _Stake | None:
    """A yes/no (or go/no-go) question proposing the asker's own act on something live."""
    text = view.instruction
    if proposals.YES_NO_GATE.isdisjoint(view.words) and not any(
        needle in text for needle in proposals.YES_NO_NEEDLES
    ):
        return None
    asked = proposals.YES_NO_ASK.search(text) or proposals.DECIDE_AT_END.search(text)
    if asked is None:
        return None
    if _lead_hits(view, proposals.READ_TASKS) or proposals.ABOUT_TEXT.search(text):
        return None  # "Classify: should we refund this customer? yes or no" reads a ticket
    for proposal in proposals.PROPOSAL.finditer(text):
        end = text.find("?", proposal.end())
        sentence = text[proposal.start() : end if end >= 0 else len(text)]
        if (
            proposal.group("approve")
            and not rules.LIVE_MARKER.search(sentence)
            and not _OVERRIDE.search(sentence)  # "authorise the 15:00 anyway ...?" (a fault)
        ):
            continue  # "approve this for the pilot group, yes or no?" names nothing live
        slots = ("en", "relayed", "good", "moment", "wants", "will", "approve", "imp", "imp2")
        slot = next((g for g in slots if proposal.group(g)), "")
        if (
            slot in ("imp", "imp2")
            and rules.LOCAL_MARKER.search(sentence)
            and not rules.LIVE_MARKER.search(sentence)
        ):
            continue  # "Bypass the splicer in the test lab - yes or no?"
        if slot == "approve":  # a release to something live, or an override after a fault
            intent = "deploy" if rules.LIVE_MARKER.search(sentence) else "incident"
            return _Stake(intent, "yes_no_decision", proposal.group().strip(), asked.group(), 0.75)
        if slot:
            verb = proposal.group(slot)
            acts = rules.ACTION_WORDS | rules.DECISION_EXTRA_ACTIONS | proposals.EN_ACTS
            particle = proposals.PARTICLE_ACT.match(
                sentence, proposal.start(slot) - proposal.start()
            )
            handed = verb in rules.RELEASE_VERBS and rules.EXTERNAL_RECIPIENT.search(sentence)
            if not (
                verb in acts
                or handed  # "Is this safe to hand to the sponsor ...? yes or no"
                or proposals.RESPONDERS.search(sentence)
                or (particle and proposals.GO_LIVE_CONTEXT.search(sentence))
                or proposals.ONE_MORE_RUN.match(sentence, proposal.start(slot) - proposal.start())
            ):
                # "Turn on under-attack mode and pause camp registrations, yes or no?": an act
                # joined to the first verb is proposed too
                joined = (
                    _JOINED_VERB.finditer(sentence, proposal.end(slot) - proposal.start())
                    if slot in ("imp", "imp2")
                    else ()
                )
                verb = next((m.group("verb") for m in joined if m.group("verb") in acts), "")
                if not verb:
                    continue
            intent = next((i for group, i in rules.ACTION_INTENTS if verb in group), "incident")
            return _Stake(intent, "yes_no_decision", proposal.group().strip(), asked.group(), 0.75)
        if (
            proposals.ML_ACTS.search(sentence)
            or rules.ML_LIVE_ACTION.search(sentence)
            or proposals.RESPONDERS.search(sentence)
        ):
            return _Stake(
                "incident", "yes_no_decision", proposal.group().strip(), asked.group(), 0.75
            )
    return None


def _network_opening_stake(view: _View) -> _Stake | None:
    """An opening granted on a pasted thread asking for network access ("ok open it for them,
    48 hours only" under "the vendor wants inbound 443 and 22 to ps-db01")."""
    if not view.material or (opened := proposals.OPEN_FOR.search(view.instruction)) is None:
        return None
    if (ask := proposals.NETWORK_ASK.search(view.material)) is None:
        return None
    return _Stake("credentials", "network_opening", opened.group(), ask.group(), 0.8)


def _pay_by_id_stake(view: _View) -> _Stake | None:
    """An item released or paid by its id ("release BR-88001 today") under a pasted payment
    request that names it ("Our invoice BR-88001 (£27,550.00) ... please pay")."""
    if not view.material or (paid := proposals.PAY_BY_ID.search(view.instruction)) is None:
        return None
    if paid.group("id") not in view.material or not rules.MATERIAL_MONEY_REQUEST.search(
        view.material
    ):
        return None
    return _Stake("payment", "pay_by_id", paid.group(), paid.group("id"), 0.8)


def _relayed_consent_stake(view: _View) -> _Stake | None:
    """Consent relayed to whoever acts ("Reply to Hexagon with the go-ahead for 02:00") on a
    pasted thread that describes a live or irreversible act, or a money request."""
    if not view.material:
        return None
    if (relayed := proposals.RELAYED_CONSENT.search(view.instruction)) is None:
        return None
    act = (
        rules.LIVE_MARKER.search(view.material)
        or proposals.MATERIAL_POINT_OF_NO_RETURN.search(view.material)
        or rules.MATERIAL_MONEY_REQUEST.search(view.material)
    )
    if act is None or _nonlive(view.instruction):
        return None
    return _Stake("incident", "relayed_consent", relayed.group()[:40], act.group()[:40], 0.8)


#: A question asking for consent ("Confirm?", "Proceed?", "OK to run?").
_CONSENT_QUESTION: Final = re.compile(
    r"\b(?:confirm|proceed|approve|go\s+ahead|ok\s+to\s+(?:run|apply|proceed))\s*\?"
    # "ok to push it to the real EGH server?"
    r"|\bok\s+to\s+(?:push|deploy|ship|release|roll)\b[^?\n]{0,60}\?",
    re.IGNORECASE,
)
#: A chat export's speaker and time before a line ("Jens Okafor 09:31: ").
_SPEAKER_TIME: Final = re.compile(
    r"^[\w .'-]{1,40}?(?:\s\d{1,2}:\d{2}(?::\d{2})?)?\s*:\s*"
    r"|^\*\*[\w .'-]{1,40}\*\*\s*[—–:-]\s*"  # a Discord copy's "**ellie** — 👍"
)

#: A chat tool's reaction notice ("✅ Priya Nair reacted to this message", "Priya Nair reacted
#: with 👍"): the emoji is the reply.
_REACTION: Final = re.compile(
    r"\s*(?:(?P<emoji>[^\w\s]{1,8})\s+)?[^\W\d_][^\n]{0,40}?\s+reacted(?:\s+to\s+(?:this|your|the)"
    r"\s+(?:message|post|proposal))?(?:\s+with\s+(?P<with>[^\w\s]{1,8}))?\s*[.!]?\s*"
)


def _emoji_go_ahead(view: _View) -> _Stake | None:
    """An emoji go-ahead ("🚀") closing a pasted run or release that waits for it ("Status:
    READY_TO_RELEASE", a payment batch)."""
    ends = (
        view.instruction.rsplit("\n", 1)[-1],
        view.material.rsplit("\n", 1)[-1],
        view.material.split("\n", 1)[0],
    )
    for line in ends:
        # (a lone "🚀" line has no spaces: the view files it with the pasted material, before
        # the paragraphs moved there after it; a chat export's "Jens Okafor 09:31: 👍" has its
        # speaker and time first)
        last = _SPEAKER_TIME.sub("", line)
        if reaction := _REACTION.fullmatch(last):  # "✅ Priya Nair reacted to this message"
            last = reaction.group("emoji") or reaction.group("with")
        if last and not last.isascii() and proposals.EMOJI_GO_AHEAD.fullmatch(last):
            break
    else:
        return None
    text = f"{view.instruction}\n{view.material}"
    waiting = (
        proposals.AWAITING_GO.search(text)
        or rules.MATERIAL_MONEY_REQUEST.search(text)
        # 'tool call {"db": "pawbook-primary.prod", ...} Confirm?' (a live target named), not
        # "Is the reply an approval? yes/no" asked about such a thread
        or (
            None
            if _lead_hits(view, proposals.READ_TASKS)
            or proposals.ABOUT_TEXT.search(view.instruction)
            or rules.YES_NO_FRAME.search(view.instruction)
            or not rules.LIVE_MARKER.search(text)
            else _CONSENT_QUESTION.search(text)
        )
    )
    if waiting is None or _nonlive(text):
        return None
    return _Stake("incident", "emoji_go_ahead", last.strip(), waiting.group()[:40], 0.8)


#: A payment batch or file put up for a go ("batch payment ... BACS file to Unity Trust").
_PAYMENT_BATCH: Final = re.compile(
    r"\b(?:batch\s+payments?|payment\s+(?:batch|run|file)|(?:bacs|sepa|ach|payment)\s+files?"
    r"|pay\s*run|payroll\s+run|supplier\s+(?:bills|payments))\b"
)


def awaiting_go_stake(offer: str) -> _Stake | None:
    """An assistant's turn that puts a payment batch or a live release up for a go ("Xero
    batch payment ready for approval ... total £6,842.19 ... Submit?"): a yes to it acts."""
    if (waiting := proposals.AWAITING_GO.search(offer)) is None or _nonlive(offer):
        return None
    if rules.MATERIAL_MONEY_REQUEST.search(offer) or _PAYMENT_BATCH.search(offer):
        return _Stake("payment", "yes_to_awaiting_go", "yes", waiting.group()[:40], 0.8)
    if rules.LIVE_MARKER.search(offer):
        return _Stake("deploy", "yes_to_awaiting_go", "yes", waiting.group()[:40], 0.8)
    return None


def _approved_pending(view: _View) -> _Stake | None:
    """ "Approve it." closing a pasted run that waits for review on a live environment (a
    GitHub Actions deployment to "production" awaiting its reviewer)."""
    last = view.instruction.rsplit("\n", 1)[-1]
    if not last or proposals.APPROVE_IT.fullmatch(last) is None:
        return None
    text = f"{view.instruction}\n{view.material}"
    waiting = proposals.AWAITING_GO.search(text)
    if waiting is None or not rules.LIVE_MARKER.search(text) or _nonlive(text):
        return None
    return _Stake("deploy", "approved_pending", last.strip(), waiting.group()[:40], 0.8)


#: A secret handed to a person, asked in request position ("tomasz: sure, @opsbot just DM him
#: the read-write ones" under "can someone give me the prod DB creds ...?").
_SECRET_HANDED: Final = re.compile(
    r"(?:^|\n|[.!?,:]\s+|@[\w.-]+\s+)(?:just\s+|please\s+|pls\s+|(?:should|shall|can)\s+(?:we|i)\s+)?"
    r"(?:dm|send|give|share|e-?mail"
    r"|slack|paste|forward|hand)\s+(?:(?:him|her|them|me)\s+(?:the\s+|our\s+|my\s+|all\s+)?"
    # "give Dan, the weekend relief keeper, the code"
    r"|[a-z][\w'-]+(?:,\s+[^,\n]{1,40},)?\s+(?:the|our|my|all)\s+)(?:[\w-]+\s+){0,3}?(?P<what>"
    + HANDOVER_NOUNS
    + r"|ones|code|pin)\b(?!\s+(?:page|url|screen|form|link|button|flow|details|review)\b)"
)
#: ... what "ones" stands for, named earlier, or the door or keypad code "the code" is.
_SECRET_NAMED: Final = re.compile(r"\b(?:" + HANDOVER_NOUNS + r")\b")
_CODE_NAMED: Final = re.compile(r"\b(?:" + ACCESS_CODE + r")\b")


#: A network key named, then changed by "it" in a later clause ("the staff wifi PSK for all
#: halls was on the whiteboard ... change it everywhere").
_NETWORK_KEY: Final = re.compile(r"\b(?:" + NETWORK_KEY + r")\b")
_CHANGE_IT: Final = re.compile(
    ASKED_AT + r"(?:change|reset|rotate)\s+(?:it|them)\b"
    # (not "change it in the brochure text": the words about it)
    r"(?![^.\n]{0,40}\b(?:text|brochure|doc\w*|copy|e-?mail|template|wording|sign|poster|page"
    r"|readme|wiki|draft|message|card)\b)"
)


def _secret_stake(text: str) -> _Stake | None:
    """A secret handed to a person ("@opsbot just DM him the read-write ones" under an ask
    for the prod DB creds), or a network key changed by "it" once named."""
    if _nonlive(text):
        return None
    handed = _SECRET_HANDED.search(text)
    named = {"ones": _SECRET_NAMED, "code": _CODE_NAMED, "pin": _CODE_NAMED}.get(
        handed.group("what") if handed else ""
    )
    if handed and (named is None or named.search(text, 0, handed.start())):
        return _Stake("credentials", "secret_handover", handed.group().strip(), "", 0.75)
    key = _NETWORK_KEY.search(text)
    changed = _CHANGE_IT.search(text, key.end(), key.end() + 200) if key else None
    if key and changed:
        return _Stake(
            "credentials", "network_key_change", changed.group().strip(), key.group(), 0.75
        )
    return None


def _data_handover_stake(view: _View) -> _Stake | None:
    """Customer or personal data handed to someone outside, asked as "do we send it?" in any of
    several languages ("Un transporteur nous demande l'export complet des adresses clients ...
    On leur envoie ?"), or a secret handed over or changed (``_secret_stake``)."""
    text = view.instruction
    if secret := _secret_stake(text):
        return secret
    if "?" not in text or (asked := proposals.HANDOVER_QUESTION.search(text)) is None:
        return None
    data = proposals.CUSTOMER_DATA.search(text) or rules.PERSONAL_DATA.search(text)
    if data is None or proposals.OUTSIDER.search(text) is None or _nonlive(text):
        return None
    return _Stake("security_audit", "data_handover", asked.group()[:40], data.group(), 0.75)


def _deferred_erasure_stake(view: _View) -> _Stake | None:
    """Data removal deferred to a pasted ticket or email ("erase as the ticket says") that asks
    for personal data or records to be erased."""
    if not view.material or (asked := proposals.DEFERRED_ERASURE.search(view.instruction)) is None:
        return None
    erased = proposals.MATERIAL_ERASURE_ASK.search(view.material)
    data = rules.PERSONAL_DATA.search(view.material) or rules.DATA_OBJECT.search(view.material)
    if erased is None or data is None or _nonlive(view.instruction):
        return None
    return _Stake("delete_data", "deferred_erasure", asked.group()[:40], data.group(), 0.8)


def _real_run_stake(view: _View) -> _Stake | None:
    """A go to run for real ("rerun it with --broadcast", "now run it for real") what a pasted
    simulation or dry run showed, unless the run was on a test system."""
    *above, closing = view.instruction.rsplit("\n", 1)  # not the tool's own "--broadcast" hint
    real = proposals.REAL_RUN.search(closing) if view.material else None
    reply = _BRACKET_SPEAKER.sub("", _SPEAKER_TIME.sub("", closing), count=1)
    if real is None and above and len(reply.split()) <= 4 and proposals.AFFIRMATIVE.match(reply):
        # "[agent] Dry run ... against the real Square catalog is clean ... Run it for real?"
        # then "[Kasia] go": the yes answers the agent's question
        real = proposals.REAL_RUN.search(above[0].rsplit("\n", 1)[-1])
    if real is None:
        return None
    if _lead_hits(view, proposals.READ_TASKS):
        return None  # "Explain this output: ... SIMULATION COMPLETE ..."
    # the simulation's summary may read as prose ("SIMULATION COMPLETE. To broadcast ...")
    simulated = proposals.SIMULATED_RUN.search(view.material) or proposals.SIMULATED_RUN.search(
        view.instruction
    )
    if simulated is None:
        return None
    # the simulation itself is not a test system
    if _nonlive(view.instruction, _SIMULATION) or _nonlive(view.material, _SIMULATION):
        return None
    return _Stake("incident", "real_run", real.group()[:40], simulated.group(), 0.8)


#: A chat line's bracketed speaker ("[Kasia] go").
_BRACKET_SPEAKER: Final = re.compile(r"^\s*\[[^\]\n]{1,40}\]\s*")
#: Environment words that name the simulated run itself, not a test system.
_SIMULATION = frozenset({"simulation"})


#: Money movements lined up by an agent, with the amount ("Prepared 38 payouts totalling
#: £16,210.00 via Wise").
_PREPARED_MONEY: Final = re.compile(
    r"\b(?:prepared|queued|staged|drafted|set\s+up|created|built|lined\s+up)\s+(?:[\w,.-]+\s+){0,3}?"
    r"(?:payouts?|payments?|transfers?|refunds?|wires?|payroll|payment\s+batch)\b[^?\n]{0,120}?"
    r"(?:[$€£]\s?\d|\b\d[\d,.]*\s?(?:eur|usd|gbp|chf)\b)"
)
#: ... and the go asked for ("Send now?", "Release them today?").
_SEND_ASKED: Final = re.compile(
    r"\b(?:send|release|submit|pay|fund|execute|process)\s+(?:(?:it|them|these|the\s+batch)\s+)?"
    r"(?:now|today)?\s*\?"
)


def _prepared_money_stake(view: _View) -> _Stake | None:
    """Payouts, transfers or refunds an agent has prepared, with their amount, and "Send now?"
    asked (as the proposal a "✅" answers)."""
    text = view.instruction
    if "?" not in text or (prepared := _PREPARED_MONEY.search(text)) is None:
        return None
    asked = _SEND_ASKED.search(text, prepared.end())
    if asked is None or _nonlive(text):
        return None
    return _Stake("payment", "prepared_money", asked.group().strip(), prepared.group()[:40], 0.8)


#: A payment batch sent again, named by a pronoun ("Resubmit it now please, same file").
_RESUBMIT_IT: Final = re.compile(
    r"\b(?:re-?submit|re-?send|re-?run|re-?try|re-?release|re-?upload)\s+(?:it|them|that|this)\b"
)
#: ... which names a batch of money movements ("the SEPA batch for the bob-taxi refunds").
_MONEY_BATCH: Final = re.compile(
    r"\b(?:sepa|ach|bacs|faster\s+payments?|payment|payout|refund|payroll|wire|transfer"
    r"|direct\s+debit|disbursement|supplier)\s+(?:batch|run|file)(?:es|s)?\b"
)


def _resubmitted_batch_stake(view: _View) -> _Stake | None:
    """A failed payment batch sent again ("the bank says the SEPA batch for the refunds failed
    at 03:00. Resubmit it now please"): the money moves."""
    if (again := _RESUBMIT_IT.search(view.instruction)) is None or _nonlive(view.instruction):
        return None
    batch = _MONEY_BATCH.search(view.instruction) or _MONEY_BATCH.search(view.material)
    return _Stake("payment", "batch_resubmit", again.group(), batch.group(), 0.8) if batch else None
