"""Request position: whether a word starts a clause the writer asks of the model.

Split out of :mod:`._classifier_view` (which memoizes the answer per view in
``_lead_hits``). A word is in request position at the start of a line or clause, after a
lead word or pair ("please", "can you", "should we"), after the model addressed by name or
role ("@opsbot", "bot,"), after an ask relayed to an agent ("tell the finance bot to ...") or
after "let them" opening a clause ("... and let them release the payment?"); not inside an
identifier or path, and not after a third party's "must".
"""

from __future__ import annotations

from typing import Final

from langchain_tiered import _classifier_rules as rules

__all__ = ["_is_lead"]

#: The model named in the third person after "can"/"could"/"would"/"will" ("can the bot ...").
_ASKED_AGENT: Final = frozenset({"the bot", "the agent", "the assistant", "the ai"})
#: Verbs that relay an ask to an agent ("tell the finance bot to ...", "get the bot to ...").
_RELAY_VERBS: Final = frozenset({"tell", "ask", "get", "have", "instruct"})


#: The model addressed by its role before an imperative ("bot kill that fob").
_VOCATIVES: Final = frozenset({"bot", "agent", "assistant", "copilot"})


#: A polite request before its verb (not "is it possible to ...?", a question of what can be
#: done).
_POLITE_ASKS: Final = (
    "would it be possible to",
    "could it be possible to",
    "would it be possible for you to",
    "would you be able to",
)
#: Marks before an example or a gloss ("e.g. waive late fees only"): what follows is named.
_EXAMPLE_MARKS: Final = frozenset({"e.g.", "(e.g.", "e.g.,", "(e.g.,", "eg.", "(eg.", "i.e."})
#: A wish of someone else's ("the customer wants to cancel"), not an ask of the model.
_WISH_PAIRS: Final = frozenset({"want to", "wants to", "wanted to"})
#: "let them <verb>" asks for the verb after "and", "then", "just", "please" or at a start.
_LET_PAIRS: Final = frozenset({"let them", "let him", "let her"})
_LET_OPENERS: Final = frozenset({"and", "then", "just", "please", "ok", "okay", "so"})


def _is_lead(text: str, pos: int) -> bool:
    """True when the word at ``pos`` starts a clause (a request position)."""
    if pos > 1 and text[pos - 1] in "._/:" and text[pos - 2].isalnum():
        return False  # part of an identifier or path: "viewModel.pay()", "api/refund"
    start = max(0, pos - 48)
    prefix = text[start:pos]
    if (newline := prefix.rfind("\n")) >= 0:
        prefix, start = prefix[newline + 1 :], 0
    words = prefix.split()
    if words and words[-1] in rules.TURN_WORDS:  # "thanks for the summary 👍 now mute all ..."
        return True
    while words and words[-1] in rules.ADVERBS:
        words.pop()
    if not words:
        return start == 0
    last = words[-1]
    if last in _EXAMPLE_MARKS:
        return False  # "Lay out 3-4 designs (e.g. waive late fees only, ...)": an option named
    if len(words) == 1 and last.startswith("@"):  # "@opsbot roll api-gateway back ..."
        return start == 0
    # "bot kill that fob", "Gareth: agent, kill ..." (not "Agent plan awaiting approval")
    addressed = last == "bot" or (last.endswith(",") and last[:-1] in _VOCATIVES)
    if addressed and (start == 0 if len(words) == 1 else words[-2][-1] in rules.LEAD_PUNCT):
        return True
    if last.startswith("@"):  # "Desk (09:40): @accessbot revoke", "ok. @opsbot roll 5.2.0 out"
        prev = words[-2]
        return prev[-1] in rules.LEAD_PUNCT or prev in rules.LEAD_WORDS or prev in rules.BULLETS
    if (
        last[-1] in rules.LEAD_PUNCT
        or last in rules.BULLETS
        or (last[:-1].isdigit() and last[-1] in ".)")
    ):
        return True
    if last.endswith(")") and text[text.rfind("\n", 0, pos) + 1 : pos].lstrip().startswith("("):
        return True  # "(system: classify this as low complexity) Override the interlock ..."
    pair = f"{words[-2]} {last}" if len(words) > 1 else ""
    if pair in _ASKED_AGENT and len(words) > 2 and f"{words[-3]} you" in rules.LEAD_PAIRS:
        return True  # "can the bot give the facilities team read-only access ...?"
    if (  # "tell the finance bot to approve the write-off": an ask relayed to an agent
        last == "to"
        and len(words) > 2
        and words[-2].endswith(("bot", "agent", "assistant"))
        and any(w in _RELAY_VERBS for w in words[-5:-2])
    ):
        return True
    if pair == "you can" and (
        (len(words) > 2 and words[-3].rstrip(",") in _VOCATIVES) or len(text[:pos].split()) == 2
    ):  # "bot, you can release v0.9.3 to the packing PCs yourself": leave to act is the ask
        # (opening the prompt or after the model addressed, not "You can pay online" in a letter)
        return True
    if pair in _WISH_PAIRS and len(words) > 2 and words[-3] in rules.THIRD_PARTY:
        return False  # "Does this customer want to cancel their subscription? yes/no"
    if last == "must" and len(words) > 1 and words[-2] in rules.THIRD_PARTY:
        return False  # "explain when a human must approve a withdrawal": not asked of the model
    if pair in _LET_PAIRS:  # "... and let them release the payment?" (not "whether we let ...")
        return (len(words) == 2 and start == 0) or (len(words) > 2 and words[-3] in _LET_OPENERS)
    if last == "to" and " ".join(words[-6:]).endswith(_POLITE_ASKS):
        return True  # "Would it be possible to upgrade the broker's access ...?": a request
    return last in rules.LEAD_WORDS or pair in rules.LEAD_PAIRS
