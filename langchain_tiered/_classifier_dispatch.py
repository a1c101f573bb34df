"""Dispatch decisions: sending a ship, aircraft, train or line out with a known defect, or
stopping a live event.

"Is it ok to sail the Hebrides Star tonight with two of three certified lifeboatmen?", "Should
the Loch Eriboll sail at 14:00 with the port stabiliser fin locked out? Yes or no", "the
restraint fault cleared itself after a power cycle, third time today. Should we keep it in
service?" and the same
in Portuguese, Spanish and Japanese ("... 出航を許可しますか", do you clear the departure?) ask
the model to clear a departure that a safety deficiency puts in doubt: a live, irreversible
call (tier 3). The same departure asked without a defect, or on a simulator, is not this.
"Should we suspend the match?" after "the west stand PA has failed mid-match" is a live call
on an event in progress.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_patterns import _c
from langchain_tiered._classifier_stake_rule import _nonlive, _Stake
from langchain_tiered._classifier_view import _View

#: A departure asked to be cleared, in English ("is it ok to sail", "should the X sail").
DISPATCH_ASK: Final = _c(
    r"\b(?:is\s+it\s+(?:ok|okay|safe|fine|alright)\s+to|can\s+(?:we|she|he|they|it)|should\s+"
    r"(?:we|she|he|it|they|(?:the\s+)?[\w' -]{1,40}?)|are\s+we\s+(?:ok|good|clear)\s+to"
    r"|may\s+(?:we|she|it)|(?:approve|allow|permit|clear)\s+(?:the\s+)?[\w' -]{0,40}?\s+to)\s+"
    r"(?:let\s+[\w' -]{1,40}?\s+)?(?:sail|depart|fly|take\s+off|dispatch"
    r"|board)\b"
    # Portuguese and Spanish: "podemos deixar o Hebrides Star sair esta noite ...?"
    r"|\b(?:podemos|pode|puede|podem|pueden)\s+(?:deixar\s+|dejar\s+)?(?:[\w-]+\s+){0,4}?(?:sair"
    r"|zarpar|partir|salir|despegar|navegar|decolar)\b"
    r"|(?:出航|出港|離陸|出発|発車|運航)[^。？?]{0,20}(?:許可しますか|してもいいですか|していいですか"
    r"|可能ですか|しますか)"
    # "Give me a straight yes or no: do we sail?", "Should we keep it in service?"
    r"|\b(?:do|shall|should|can)\s+we\s+(?:still\s+)?(?:sail|depart|fly|launch|dispatch)\b"
    r"|\b(?:keep|leave)\s+(?:it|her|him|them|(?:the\s+)?[\w' -]{1,30}?)\s+(?:in\s+service|running"
    r"|open|operating|in\s+operation)\b"
)
#: The defect that puts it in doubt ("with the port stabiliser fin locked out", "two of three").
DEFECT: Final = _c(
    r"\bwith\s+(?:only\s+)?(?:one|two|three|\d+)\s+(?:of|out\s+of)\s+(?:the\s+)?(?:two|three|four"
    r"|\d+)\b|\bwith\s+(?:the\s+|its\s+|a\s+|an\s+)?[\w' -]{0,40}?\b(?:locked\s+out|faulted"
    r"|inoperative|inop|u/s|unserviceable|out\s+of\s+service|bypassed|disabled|failed|leaking"
    r"|missing|expired|overdue|defective|jammed|stuck)\b|\bwithout\s+(?:a\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:certified|qualified|licensed|working|functioning)\b"
    r"|\b(?:só|solo|sólo|apenas)\s+(?:com|con)\b|\b(?:dois|dos)\s+d[oe]s?\s+(?:três|tres)\b"
    r"|センサー|故障|異常|警報|アラーム|不具合"
    # a fault that keeps coming back: "logged two faults overnight, both cleared on reset",
    # "the restraint fault cleared itself after a power cycle, third time today"
    r"|\b(?:faults?|alarms?|trips?|errors?)\b[^.?\n]{0,60}\b(?:cleared|reset|came\s+back"
    r"|recurr\w*|(?:second|third|fourth|\d+(?:st|nd|rd|th))\s+time)\b"
)


def _dispatch_with_defect(view: _View) -> _Stake | None:
    """A departure asked to be cleared with a known safety defect."""
    text = view.instruction
    if "?" not in text and "？" not in text:
        return None
    if (asked := DISPATCH_ASK.search(text)) is None or (defect := DEFECT.search(text)) is None:
        return None
    if _nonlive(text):  # "on the simulator", "in the training scenario"
        return None
    return _Stake("incident", "dispatch_with_defect", asked.group()[:40], defect.group()[:40], 0.75)


#: Stopping a live event or site, asked ("Should we suspend the match?").
EVENT_STOP: Final = _c(
    r"\b(?:should|do|shall|can)\s+we\s+(?:now\s+|just\s+)?(?:suspend|halt|stop|abandon|call\s+off"
    r"|postpone|evacuate|clear|close)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:match|game|event|show"
    r"|concert|race|performance|stand|stadium|venue|arena|terminal|station|ride|park|line|plant"
    r"|site)\b(?=\s*[?,.!]|\s+(?:now|tonight|today|immediately|right\s+now|for\s+(?:now|today"
    r"|the\s+day)))[^?\n]{0,40}\?"
)


def _event_stop(view: _View) -> _Stake | None:
    """A live event or site asked to be stopped or evacuated now."""
    text = view.instruction
    if "?" not in text or (asked := EVENT_STOP.search(text)) is None or _nonlive(text):
        return None
    return _Stake("incident", "event_stop", asked.group()[:40], "live event", 0.75)
