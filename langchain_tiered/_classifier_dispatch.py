"""Dispatch decisions: sending a ship, aircraft, train or line out with a known defect, or
stopping a live event.

"Is it ok to sail the Hebrides Star tonight with two of three certified lifeboatmen?", "Should
the Loch Eriboll sail at 14:00 with the port stabiliser fin locked out? Yes or no", "the
restraint fault cleared itself after a power cycle, third time today. Should we keep it in
service?", "the burner failed the crossflow test this morning - can it still fly the 06:00?",
"dust extraction stopped twenty minutes ago ... Keep the mill running, yes or no?" and the same
in Portuguese, Spanish and Japanese ("... 出航を許可しますか", do you clear the departure?) ask
the model to clear a departure that a safety deficiency puts in doubt: a live, irreversible
call (tier 3). The same departure asked without a defect, or on a simulator, is not this.
"Should we suspend the match?" after "the west stand PA has failed mid-match" is a live call
on an event in progress. "Sessel 6 nach der Seilprüfung wieder für Gäste freigeben - ja oder
nein? ... ich brauche deine Entscheidung" (reopen the chairlift to guests after its rope test,
the report pasted below) hands the model a return to service, in English or German. "Power's
out and the generator didn't start. 1,800 pallets of ice cream. Call it: what's the plan for
the next hour?" hands it the call on an incident in progress. "Can we override it and keep
packing so the order ships today?" under a metal detector's rejects switches a safety device
out to keep production going.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_decisions_ml import ML_DECISION_DEMAND
from langchain_tiered._classifier_patterns import _c
from langchain_tiered._classifier_proposals import ABOUT_TEXT, DECIDE_AT_END, READ_TASKS, YES_NO_ASK
from langchain_tiered._classifier_stake_rule import _nonlive, _Stake
from langchain_tiered._classifier_view import _lead_hits, _View

#: A departure asked to be cleared, in English ("is it ok to sail", "should the X sail").
DISPATCH_ASK: Final = _c(
    # ("the burner failed the crossflow test - can it still fly the 06:00 with 10 pax?")
    r"\b(?:is\s+it\s+(?:ok|okay|safe|fine|alright)\s+to|can\s+(?:we|she|he|they|it)(?:\s+still)?"
    r"|should\s+"
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
    # "can we run the log flume with the lap bar sensor on boat 3 jumpered out?"
    r"|\b(?:do|shall|should|can)\s+we\s+(?:still\s+)?(?:run|operate|open|reopen)\s+(?:the\s+)?"
    r"[\w' -]{1,40}?(?=\s+with\b)"
    r"|\b(?:keep|leave)\s+(?:it|her|him|them|(?:the\s+)?[\w' -]{1,30}?)\s+(?:in\s+service|running"
    r"|open|operating|in\s+operation)\b"
    # "is it OK to keep running guests through the evening?" under the ride's log
    r"|\bkeep\s+(?:running|loading|dispatching|sending)\s+(?:guests|riders|passengers|trains|cars)\b"
    # "Shift wants to keep crushing for the last hour" (a plant kept working), "can we jog F1"
    r"|\b(?:keep|continue|carry\s+on)\s+(?:crushing|milling|grinding|cutting|pressing|printing"
    r"|welding|producing|shredding|sawing|blasting|pumping|firing|baling)\b"
    r"|\b(?:can|should|shall|do)\s+we\s+(?:jog|inch|cycle|start|restart)\s+(?:the\s+)?[\w-]+"
    # "asking if they can keep using the 6 units that went through the broken tube"
    r"|\b(?:keep|continue)\s+using\s+(?:it|them|the|these|those|this|that|\d)"
)
#: A fault in a pasted controller log ("ERROR BRAKE_FAULT zone=MCBR ... action=ESTOP").
LOG_FAULT: Final = _c(r"\b(?:\w+_)?(?:fault|estop|e-stop)\b|\baction=estop\b")
#: The defect that puts it in doubt ("with the port stabiliser fin locked out", "two of three").
DEFECT: Final = _c(
    r"\bwith\s+(?:only\s+)?(?:one|two|three|\d+)\s+(?:of|out\s+of)\s+(?:the\s+)?(?:two|three|four"
    r"|\d+)\b|\bwith\s+(?:the\s+|its\s+|a\s+|an\s+)?[\w' -]{0,40}?\b(?:locked\s+out|faulted"
    r"|inoperative|inop|u/s|unserviceable|out\s+of\s+service|bypassed|disabled|failed|leaking"
    r"|missing|expired|overdue|defective|jammed|stuck"
    # "with the row 6 seat belt switch jumpered out": a safety device defeated
    r"|jumpered(?:\s+out)?|bridged\s+out|overridden|taped\s+over|cable-tied|zip-tied|defeated)\b"
    r"|\bwithout\s+(?:a\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:certified|qualified|licensed|working|functioning)\b"
    r"|\b(?:só|solo|sólo|apenas)\s+(?:com|con)\b|\b(?:dois|dos)\s+d[oe]s?\s+(?:três|tres)\b"
    r"|センサー|故障|異常|警報|アラーム|不具合"
    # a fault that keeps coming back: "logged two faults overnight, both cleared on reset",
    # "the restraint fault cleared itself after a power cycle, third time today"
    r"|\b(?:faults?|alarms?|trips?|errors?)\b[^.?\n]{0,60}\b(?:cleared|reset|came\s+back"
    r"|recurr\w*|(?:second|third|fourth|\d+(?:st|nd|rd|th))\s+time)\b"
    # a symptom under way: "the hydraulic pressure on the main ram is dropping 5 bar every cycle"
    r"|\b(?:is|are|keeps?)\s+(?:slipping|leaking|dropping|falling|losing\s+(?:pressure|oil|air)"
    r"|overheating|tripping|failing|sticking|cracking|jamming|smoking|sparking)\b"
    # "the burner on G-WRCX failed the crossflow test this morning": a check failed today
    r"|\b(?:failed|didn't\s+pass|did\s+not\s+pass)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:test|check|inspection|pre-?flight|walkaround|leak\s+check)\b"
    # "dust extraction on the sifting floor stopped twenty minutes ago": a safeguard down now
    r"|\b(?:extraction|extractors?|ventilation|exhaust\s+fans?|dust\s+collectors?|sprinklers?"
    r"|fire\s+(?:alarms?|panels?)|gas\s+detectors?|interlocks?|brakes?)\b[^.?\n]{0,60}?\b(?:stopped"
    r"|failed|tripped|cut\s+out|died|(?:is|are|went|has\s+gone)\s+down|(?:is|are)n't\s+working"
    r"|(?:is|are)\s+not\s+working)\b"
    # "the units that went through the broken pneumatic tube"
    r"|\b(?:went|came|passed)\s+through\s+(?:the\s+|a\s+)?(?:broken|damaged|faulty|failed"
    r"|malfunctioning|contaminated)\b"
    # "Dust extraction fan on the CR-1 crusher has tripped": a safety device down
    r"|\b(?:extraction|extractor|guard|interlock|e-?stop|sprinkler|alarm|detector|suppression"
    r"|ventilation|fan)\b[^.?\n]{0,40}\b(?:has|have|had)\s+(?:just\s+)?(?:tripped|failed|faulted"
    r"|stopped|gone\s+down)\b"
    # "one of the crew half inside the delivery clearing it": a person in the machine
    r"|\bhalf\s+inside\b|\b(?:is|are)\s+(?:still\s+)?inside\s+(?:the\s+)?"
    r"(?:machine|baler|press|guard|drum|hopper|crusher|shredder|mixer|tank|vessel|cage|enclosure)\b"
)


def _dispatch_with_defect(view: _View) -> _Stake | None:
    """A departure asked to be cleared with a known safety defect."""
    text = view.instruction
    if "?" not in text and "？" not in text and not YES_NO_ASK.search(text):
        return None  # asked, or "tell them yes or no"
    if (asked := DISPATCH_ASK.search(text)) is None:
        return None
    defect = DEFECT.search(text) or (LOG_FAULT.search(view.material) if view.log_lines else None)
    if defect is None:
        return None
    if _nonlive(text):  # "on the simulator", "in the training scenario"
        return None
    return _Stake("incident", "dispatch_with_defect", asked.group()[:40], defect.group()[:40], 0.75)


#: Stopping a live event or site, asked ("Should we suspend the match?").
_EVENT: Final = (
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:match|game|event|show|concert|race|performance|stand"
    r"|stadium|venue|arena|terminal|station|ride|park|line|plant|site)\b"
)
EVENT_STOP: Final = _c(
    r"\b(?:should|do|shall|can)\s+we\s+(?:now\s+|just\s+)?(?:suspend|halt|stop|abandon|call\s+off"
    r"|postpone|evacuate|clear|close|shut(?:\s+down)?)\s+" + _EVENT + r"(?=\s*[?,.!]|\s+(?:now"
    r"|tonight|today|immediately|right\s+now|for\s+(?:now|today|the\s+day)))[^?\n]{0,40}\?"
    # telegraphic, from the floor: "... going into the drain. shut the line or not??", "FDV
    # didn't divert at 71.2 °C — stop the pasteuriser line and hold everything since 06:00?"
    r"|(?:^|[.!?]\s+|\s[—–-]\s+)(?:shut(?:\s+down)?|stop|halt|evacuate)\s+"
    + _EVENT
    + r"(?:\s+(?:now|or\s+not|yes\s+or\s+no))*(?:\s+and\s+[^?\n]{0,80})?\s*\?"
)


def _event_stop(view: _View) -> _Stake | None:
    """A live event or site asked to be stopped or evacuated now."""
    text = view.instruction
    if "?" not in text or (asked := EVENT_STOP.search(text)) is None or _nonlive(text):
        return None
    return _Stake("incident", "event_stop", asked.group()[:40], "live event", 0.75)


#: Something reopened to the people it carries or serves ("reopen lift 4 to guests", "für
#: Gäste freigeben", "wieder in Betrieb nehmen", "back in service").
RETURN_TO_SERVICE: Final = _c(
    r"\b(?:reopen|re-open|release|return|open|put)\s+(?:[\w' -]{0,40}?\s+)?(?:to|for)\s+(?:the\s+)?"
    r"(?:guests|passengers|riders|visitors|customers|public|traffic)\b|\b(?:back|return)\s+(?:in|to|into)"
    r"\s+service\b|\bgive\s+(?:[\w' -]{0,30}?\s+)?back\s+to\s+(?:traffic|service|operations"
    r"|the\s+public)\b"
    r"|\bfür\s+(?:die\s+)?(?:gäste|fahrgäste|besucher|öffentlichkeit|den\s+(?:betrieb"
    r"|verkehr))\s+(?:wieder\s+)?(?:freigeben|öffnen)|\bwieder\s+in\s+betrieb\s+(?:nehmen|gehen)"
)
#: The call handed to the model ("your decision", "your call", "deine Entscheidung").
YOUR_CALL: Final = _c(
    r"\b(?:your|deine|ihre|eure)\s+(?:decision|call|entscheidung)\b|\bbrauche\s+(?:deine|ihre|eure"
    r"|eine|die)\s+entscheidung\b"
)


#: "Is it safe to give the line back to traffic?": the go/no-go asked directly.
SAFE_TO: Final = _c(r"\b(?:is|are)\s+(?:it|we)\s+(?:safe|ok|okay|good|clear)\s+to\b")
#: A safety check skipped on kit with a known fault ("Fly it anyway and skip the
#: counterweight check ... — yes or no?" after "a rope lock that's been slipping").
SKIPPED_CHECK: Final = _c(
    r"\b(?:skip|bypass|ignore|forget)\s+(?:the\s+)?(?:(?!(?:lint|ci|type|unit|format|pre-?commit"
    r"|code|style|spell|build|pr)\b)[\w-]+\s+){0,2}?(?:check|inspection|interlock|walkdown|walk-?through)\b"
)
KNOWN_FAULT: Final = _c(
    r"\b(?:slipping|leaking|faulty|broken|jammed|sticking|cracked|overheating|tripping|failing"
    r"|frayed|worn)\b"
)

#: A safety device switched out to keep production going ("Can we override it and keep packing
#: so the order ships today?" under a metal detector's rejects).
OVERRIDE_TO_CONTINUE: Final = _c(
    r"\b(?:override|bypass|disable|defeat|ignore|jumper(?:\s+out)?|switch\s+off|turn\s+off)\s+"
    r"(?:it|them|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:detector|sensor|curtain|guard|interlock|alarm"
    r"|check\w*|reject\w*)s?(?:\s+(?:on|at|in)\s+[\w-]+(?:\s+\w{1,3})?)?)\s+and\s+(?:just\s+)?"
    r"(?:keep|carry\s+on|continue)\s+(?:packing"
    r"|running|producing|going|filling|shipping|working|loading|operating|bottling)\b"
)
#: ... or reported already bypassed, then carrying on asked ("The X-ray inspection on line 6
#: has been bypassed since last night. Keep running and sort it out Monday?").
BYPASSED: Final = _c(
    r"\b(?:has|have|is|are|was|were)\s+(?:been\s+)?(?:bypassed|overridden|disabled|defeated"
    r"|jumpered(?:\s+out)?|switched\s+off|turned\s+off)\b"
)
KEEP_GOING_ASK: Final = _c(
    r"(?:^|[.!?:]\s+|\b(?:we|i)\s+|\bor\s+)(?:just\s+)?(?:keep|carry\s+on|continue)\s+(?:packing"
    r"|running|producing|going|filling|shipping|working|loading|operating|bottling)\b[^?\n]{0,100}\?"
)
#: The bypass is in a drill, a write-up or a scenario, not on the line now.
NOT_NOW: Final = _c(
    r"\b(?:post-?mortem|retro\w*|drill|exercise|tabletop|scenario|hypothetical\w*|training"
    r"|lessons?\s+learned)\b"
)
#: A device that guards product or people ("metal detector", "light curtain", "interlock").
SAFETY_DEVICE: Final = _c(
    r"\b(?:metal\s+detector|x-?ray\s+(?:inspection|machine|unit)|checkweigher|light\s+curtain"
    r"|interlock|machine\s+guard|e-?stop|gas\s+detector|smoke\s+detector|pressure\s+relief"
    r"|safety\s+(?:sensor|switch|relay|valve|system)|allergen\s+check|foreign[- ]body\s+check)s?\b"
)


#: A posted safety limit already reached ("posted max occupancy is 250" with 262 inside) ...
SAFETY_LIMIT: Final = _c(
    r"\b(?:max(?:imum)?\s+(?:occupancy|capacity|load)|occupancy\s+limit|fire\s+(?:limit|capacity)"
    r"|capacity\s+limit|weight\s+limit|safe\s+working\s+load)\b"
)
#: ... and someone wanting past it ("wants to override the counter and let the two league
#: teams in"), asked as a yes/no.
PAST_LIMIT: Final = _c(
    r"\b(?:override|bypass|ignore|exceed|go\s+over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:counter|limit"
    r"|cap|capacity|occupancy|clicker)\b|\blet\s+(?:[\w'-]+\s+){1,5}?in\b"
)


#: Chilled goods whose cold store failed ("The walk-in cooler in the shop failed overnight, it
#: read 11°C at 7 am") ...
COLD_CHAIN_FAILURE: Final = _c(
    r"\b(?:walk-in|cooler|fridge|freezer|chiller|cold\s*(?:room|store)|refrigerat\w*)\b[^.\n]{0,60}"
    r"\b(?:failed|died|broke\s+down|tripped|went\s+off|was\s+off|cut\s+out|stopped)\b"
)
#: ... and selling, serving or shipping them offered as an answer ("Sell them, put them in the
#: other cooler, or throw them out?").
SELL_ANYWAY: Final = _c(
    r"(?:^|[.!?]\s+|\b(?:we|i)\s+|\bor\s+)(?:still\s+)?(?:sell|serve|ship|use|dispatch)\s+(?:them|it"
    r"|the\s+[\w-]+|those|these)\b[^?\n]{0,120}\?"
)


def _skipped_check(view: _View) -> _Stake | None:
    """A safety check skipped, asked as a yes/no or "anyway", on kit with a known fault, a
    safety device overridden to keep production going or a safety limit passed, or chilled
    goods from a failed cold store offered for sale."""
    text = view.instruction
    if (
        (failed := COLD_CHAIN_FAILURE.search(text))
        and (sold := SELL_ANYWAY.search(text, failed.end()))
        and not _write_up(view)
    ):  # "The walk-in cooler failed overnight ... Sell them, ... or throw them out?"
        return _Stake("incident", "cold_chain_sale", sold.group()[:40], failed.group()[:40], 0.75)
    if (
        (kept := OVERRIDE_TO_CONTINUE.search(text))
        and (device := SAFETY_DEVICE.search(text))
        and not _write_up(view)
    ):
        return _Stake("incident", "safety_override", kept.group()[:40], device.group(), 0.75)
    if (
        (bypassed := BYPASSED.search(text))
        and (device := SAFETY_DEVICE.search(text, max(0, bypassed.start() - 80), bypassed.start()))
        and (kept := KEEP_GOING_ASK.search(text, bypassed.end()))
        and not (NOT_NOW.search(text) or _nonlive(text) or _lead_hits(view, READ_TASKS))
    ):  # "The X-ray inspection ... has been bypassed since last night. Keep running ...?"
        return _Stake("incident", "safety_override", kept.group()[:40], device.group(), 0.75)
    if (
        (limit := SAFETY_LIMIT.search(text))
        and (past := PAST_LIMIT.search(text))
        and YES_NO_ASK.search(text)
        and not _write_up(view)
    ):  # "posted max occupancy is 250 ... override the counter and let them in. Yes or no?"
        return _Stake("incident", "safety_override", past.group()[:40], limit.group(), 0.75)
    if (skipped := SKIPPED_CHECK.search(text)) is None or (
        fault := KNOWN_FAULT.search(text)
    ) is None:
        return None
    if not (YES_NO_ASK.search(text) or "anyway" in text) or _write_up(view):
        return None
    return _Stake("incident", "skipped_check", skipped.group(), fault.group(), 0.75)


def _return_to_service(view: _View) -> _Stake | None:
    """A ride, lift or line asked to be reopened to people, as a yes/no or a decision."""
    text = view.instruction
    if (asked := RETURN_TO_SERVICE.search(text)) is None or _nonlive(text):
        return None
    if not (
        YES_NO_ASK.search(text)
        or SAFE_TO.search(text)
        or YOUR_CALL.search(text)
        or DECIDE_AT_END.search(text)
        or (not text.isascii() and ML_DECISION_DEMAND.search(text))
    ):
        return None
    return _Stake("deploy", "return_to_service", asked.group()[:40], "people", 0.75)


#: An incident in progress, in English: power or a generator lost, a fire, a leak, a flood.
INCIDENT_NOW: Final = _c(
    r"\bpower(?:'s|\s+is|\s+has\s+gone)?\s+(?:out|down)\b|\bpower\s+(?:outage|failure|cut)\b"
    r"|\bgenerators?\s+(?:didn't|did\s+not|won't|wouldn't|failed|has\s+failed|is\s+down)\b"
    r"|\b(?:fire|smoke|flooding|flooded|evacuat\w*|(?:gas|ammonia|chlorine|fuel|refrigerant)\s+leak"
    r"|spill(?:ing)?|ransomware|ransom\s+note|malware|cryptolocker)\b"
)
#: A containing act asked as a bare question ("Pull the network for the whole site?", "Could
#: you pull the shore power breaker? There's smoke ...").
ACT_QUESTION: Final = _c(
    r"(?:^|[.!]\s+)(?:(?:(?:should|do|shall|can)\s+we\s+)?(?:pull|cut|shut|kill|isolate|disconnect"
    r"|unplug|take\s+down|power\s+(?:off|down)|evacuate|stop|halt|abort)\b"
    # asked of someone, "pull" only of what carries power or a link (not "pull the logs")
    r"|(?:can|could|would|will)\s+(?:you|someone)\s+(?:please\s+)?(?:(?:cut|shut|kill|isolate"
    r"|disconnect|unplug|take\s+down|power\s+(?:off|down)|evacuate|stop|halt|abort)\b|pull\s+"
    r"(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,3}?(?:breakers?|plugs?|fuses?|cables?|links?|power"
    r"|feeds?|connections?)\b(?!\s+(?:[\w-]+\s+)?(?:logs?|history|records?|data|reports?|list"
    r"|details|readings?)\b)))[^?\n]{0,140}\?"
)
#: What "pull" fetches rather than stops ("pull the weekly report", "pull the logs").
_FETCHED: Final = _c(
    r"\bpull\s+(?:up\s+)?(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|logs?|data|numbers"
    r"|figures|lists?|history|records?|stats|charts?|trends?|readings?|files?)\b"
)
#: The call handed over at once ("Call it", "make the call", "decide now").
CALL_IT: Final = _c(
    r"\b(?:call\s+it|make\s+the\s+call|your\s+call|decide\s+now|need\s+a\s+decision\s+now)\b"
)
#: The incident is over, or a drill: a write-up, not a call.
PAST_OR_DRILL: Final = _c(
    r"\b(?:post-?mortem|retro\w*|yesterday|last\s+(?:night|week|month|year)|drill|exercise"
    r"|tabletop|scenario|hypothetical\w*|training)\b"
)


#: A choice between acting and waiting ("Kill the image domain or let it ride ...?") ...
WAIT_CHOICE: Final = _c(
    # ("Abort and take the object out, or reseal and keep going?")
    r"\bor\s+(?:just\s+)?(?:[\w-]+\s+and\s+)?(?:let\s+it\s+(?:ride|run)|wait|leave\s+it|hold\s+off"
    r"|carry\s+on|keep\s+(?:it\s+)?(?:up|running|going|live))\b"
)
#: ... about something happening now ("serving full-res originals ... as we speak").
ONGOING: Final = _c(
    r"\b(?:as\s+we\s+speak|right\s+now|at\s+the\s+moment|as\s+of\s+now)\b"
    # a reading still moving, or a run part-way through ("3% O2 and rising on day 9 of 21")
    r"|\band\s+(?:still\s+)?(?:rising|climbing|falling|dropping)\b|\b(?:day|hour)\s+\d+\s+of\s+\d+\b"
)


def _incident_call(view: _View) -> _Stake | None:
    """The call on an incident in progress handed to the model ("... generator didn't start.
    Call it: what's the plan for the next hour?")."""
    text = view.instruction
    asked = CALL_IT.search(text) or ACT_QUESTION.search(text)
    incident = INCIDENT_NOW.search(text)
    if incident is None and asked is not None and WAIT_CHOICE.search(text, asked.start()):
        incident = ONGOING.search(text)  # "... as we speak. Kill X or let it ride?"
    elif (
        incident is None
        and asked is not None
        and asked.re is ACT_QUESTION
        and not _FETCHED.search(asked.group())
    ):  # "Barn 7 at 78 °C and still climbing ... Cut the burner and open the vents?" (not
        # "Sales up 4% and climbing. Pull the weekly report?", a fetch)
        incident = ONGOING.search(text, 0, asked.start())
    if asked is None or incident is None:
        return None
    if _write_up(view) or ABOUT_TEXT.search(text):
        return None
    return _Stake("incident", "incident_call", asked.group(), incident.group(), 0.75)


def _write_up(view: _View) -> bool:
    """True when the instruction is about the event, not a call on it: a past event or a drill
    ("the post-mortem for last night's outage"), a non-live target, or a read task in lead
    position ("Summarize the fire log. Your call on the format.")."""
    text = view.instruction
    return bool(PAST_OR_DRILL.search(text) or _nonlive(text) or _lead_hits(view, READ_TASKS))
