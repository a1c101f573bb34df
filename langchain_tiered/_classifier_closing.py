"""Where a closing request survives a paste: the lines after pasted material that stay instruction.

Split out of :mod:`._classifier_view`, which cuts a prompt into instruction and material. A
pasted document, email, ticket or thread is material; what closes the prompt after it can still
be the request: a short last paragraph ("Summarize this postmortem in 5 lines."), a line that
demands a decision ("Is this a breach? Decide whether we lock ..."), a line relayed to the model
by name ("Priya to you: ..."), a short go-ahead after a quoted proposal, a "carry out this ..."
line under a ticket title, or the lines after a paste enclosed in "----" delimiter lines. The
quoted turns that may close a prompt (a role's quoted go-ahead, a relayed SMS or radio call that
asks something) are defined here too.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_asides import (
    _LETTER_LINE,
    _acts_in_paragraph,
    _also_act,
    _aside_command,
    _lowering_talk,
    _routed_aside,
)
from langchain_tiered._classifier_chat_export import UNTIMED_SPEAKER
from langchain_tiered._classifier_notes import EXCERPT_HEADING, asks_in_notes

__all__ = [
    "NUMBERED_ITEM",
    "QUOTED_CLOSING_TURN",
    "RELAYED_ASK",
    "RELAYED_TURN",
    "SHORT_GO_AHEAD",
    "approved_after_quote",
    "material_after",
    "paragraph_split",
    "proposal_approved",
    "starts_document",
]

#: A closing line relayed to the model by name ("Priya to you: contract is countersigned. Approve
#: and send the advance."): under a pasted email or thread, it is the request.
_TO_YOU: Final = re.compile(
    r"\s*(?:[\w.'-]+\s+){1,3}?to\s+(?:you|the\s+(?:assistant|bot|agent|ai|model))\s*:\s+\S"
)
#: ... answered by a short go-ahead on the last line ("Me: ok go", "ok, do it").
SHORT_GO_AHEAD: Final = re.compile(
    r"\s*(?:[\w' .()-]{1,30}:\s*)?(?:ok(?:ay)?|yes|yep|sure|approved|agreed|confirmed|lgtm)?"
    r"[,.!]?\s*(?:go(?:\s+ahead)?|do\s+it|proceed|approved|execute|run\s+it|ship\s+it|send\s+it)[.!]?\s*$"
)
#: ... or an emoji or a bare yes under its speaker ("Jun: 👌", "Kasia: yes").
_EMOJI_UNDER: Final = re.compile(
    r"\s*(?:[\w' .()-]{1,30}:\s*)?(?:(?:👍|✅|👌|🚀|🆗|✔️?)+|yes|yep|yeah|confirmed|approved)"
    r"\s*[.!]*\s*"
)
#: A bot's speaker label opening a chat line ("OpsBot:", "opsbot (staging):").
_BOT_SPEAKER: Final = r"\s*[\w.-]*(?:bot|agent|assistant)\b[^:\n]{0,20}:"
#: A bot's line that ends in what it proposes ("OpsBot: expelled member still connects ...
#: Proposed: generate a new passphrase on the UniFi controller ...").
_BOT_PROPOSED: Final = re.compile(
    _BOT_SPEAKER
    + r"[^\n]*?\b(?:proposed|proposal|suggested\s+fix|recommended\s+action"
    # ... or a release it has staged for a go ("opsbot: Staged: theme v5.3 for the shop site"):
    # the go publishes it
    + r"|(?P<staged>staged|ready\s+to\s+(?:ship|publish|release|deploy|go\s+live)))\s*:\s*(?=\S)"
)
#: A reviewer's line between the bot's proposal and the go-ahead that holds nothing back
#: ("Carys: checked on phone + desktop, all good"), unlike "wait", "hold" or "not yet".
_REVIEW_BETWEEN: Final = re.compile(
    r"[\w' .()-]{1,30}:\s*(?![^\n]*\b(?:wait|hold|stop|no|not|don't|dont|never|block\w*)\b)"
    r"[^\n]*\b(?:checked|tested|looks?\s+good|lgtm|all\s+good|fine|verified|reviewed|\+1|👍)"
)
#: ... or a bot's line that ends in a question proposing its act ("opsbot: 37 users match.
#: Remove the role from all 37?").
_BOT_ASKS: Final = re.compile(
    _BOT_SPEAKER + r"\s*(?:[^?\n]*?[.!]\s+)?(?P<act>[a-z][^.?!\n]{2,120}\?)\s*",
    re.IGNORECASE,
)
#: A pasted ticket's title ("Ticket DSR-4471 - ...") and a closing line that carries it out
#: ("Carry out this erasure on the live PMR ..."): that line is the request.
_TICKET_TITLE: Final = re.compile(
    r"\s*(?:ticket|case|incident|request|dsr|sr|inc)\s*#?\s*[A-Z]{0,6}-?\d{2,}\s*[-—–:]",
    re.IGNORECASE,
)
_CARRY_OUT: Final = re.compile(
    r"(?:please\s+)?(?:carry\s+out|execute|action|process|complete|fulfil+)\s+(?:this|the|it)\b"
)
#: A closing paragraph that acknowledges the paste, then asks an act of it ("ok, refund it in
#: full please" under a ticket), or a short line that ends in "please": the writer's request,
#: not the ticket's last note. (Not "ok, got it" or "ok thanks", which only acknowledge.)
_ACK_THEN_ASK: Final = re.compile(
    r"\s*(?:ok(?:ay)?|right|alright|fine|agreed|great|understood)[,.!]?\s+(?:then\s+)?"
    r"(?:please\s+)?(?:go\s+ahead\s+and\s+)?(?!(?:got|get|see|saw|seen|heard|hear|love|like"
    r"|noted|read|thanks?|understand|will|i|we|you|it|that|this)\b)[a-z]+\s+(?:it|them|this"
    r"|that|these|those|her|him|his|their|the)\b"
    r"|[^\n?]{3,80}\bplease[.!]?\s*$"
)
#: A closing sentence that asks what we do ("... Do we notify the authority now, or wait?").
_ASKS_US_AT_END: Final = re.compile(
    r"(?:^|[.!]\s+)(?:do|should|shall|must|can)\s+(?:we|i)\b[^?\n]*\?\s*$"
)
#: A closing line that points back at the paste as its warrant ("per the request above").
_PER_ABOVE: Final = re.compile(
    r"\b(?:per|as\s+(?:in|per)|following)\s+the\s+(?:request|ticket|email|message|thread"
    r"|instructions?|approval)\s+above\b"
    # "Given the above, revoke Dave's access to the online banking tonight ..."
    r"|^\s*(?:so\s+)?(?:given|based\s+on|in\s+light\s+of|following)\s+(?:all\s+)?(?:the\s+above|this|that"
    r"|these\s+minutes|the\s+minutes)\s*,\s*[a-z]"
)
#: A sentence of a closing line that demands a decision ("Is this a breach? Decide whether
#: we lock all admin accounts ..."), or acts on the answer ("...? If yes, send them ...").
_DECIDE_SENTENCE: Final = re.compile(
    r"(?:^|[.?!]\s+)(?:decide\s+(?:whether|if)\s+we|make\s+the\s+call|pick\s+one|your\s+call"
    r"|you\s+decide)\b"
    # "Do we have to notify the authority within 24 hours? If yes, send them the report now."
    # "Should we send it now? Yes or no — and if yes, send it via Twilio ..."
    r"|\?\s+(?:yes\s+or\s+no\b[\s.,;:!\u2014\u2013-]*(?:and\s+)?)?"
    r"if\s+(?:yes|so|we\s+do|it\s+is|needed|required)\b[,:]?\s+(?:please\s+)?[a-z]"
    # "Extract from the insurer's report: ... Tomorrow is a steam day. Do we pull it?": the
    # asker's own act, put as the closing question
    r"|(?:^|[.!?]\s+)(?:so\s+)?(?:do|should|shall)\s+(?:we|i)\s+[\w-]+\b[^?\n]{0,80}\?\s*$"
)

#: A closing line that asks for a decision and an act on it ("Decide and set the hold in the
#: payment portal.", "Make the call, then pause the run.").
_DECIDED_ACT: Final = re.compile(
    r"(?:^|[.?!]\s+)(?:decide|make\s+the\s+call|your\s+call)(?:\s+now)?\s*,?\s+(?:and|then)\s+"
    r"(?!(?:tell|let)\s+me\b)[a-z]"
)
#: A paragraph opened as the action asked of the reader ("Action: please run ...").
_ACTION_LINE: Final = re.compile(
    r"\s*(?:action(?:\s+(?:required|needed|requested|for\s+you))?|next\s+step)\s*:\s*"
    r"(?:please|pls|kindly)\b"
)
#: A paragraph that @-mentions the assistant ("@assistant Keon's out till 1. Please rotate
#: ..."): the asker's request, whatever pointer the chat above it holds ("here's what I see").
_AT_ASSISTANT: Final = re.compile(
    r"\s*@[\w-]*?(?:copilot|assistant|bot|claude|gpt|agent|helper)\b", re.IGNORECASE
)
#: A note that opens a list of errands for the reader ("a few things from me before I head
#: out:", "couple of things for today while I'm at the trade show:"): its paragraphs are the
#: asks, not pasted input.
_ERRANDS_OPENER: Final = re.compile(
    r"(?:.*\b)?(?:(?:a\s+few|(?:a\s+)?couple(?:\s+of)?|a\s+handful\s+of|some|two|three|several)"
    r"\s+(?:things|items|bits|jobs|asks|errands)"
    # ("Hi bot, bit of a list from me after the greens meeting:")
    r"|(?:a\s+)?(?:bit\s+of\s+a\s+|short\s+|quick\s+)?(?:to-?do\s+)?list)\s+(?:from\s+me|for\s+(?:you"
    r"|today|tomorrow|this\s+week))\b[^:\n]{0,60}\b(?:(?:before|while|since|as)\s+i(?:'m|\s+am)?"
    r"|after\s+(?:the|this|our|today's|last\s+night's))\b[^:\n]{0,60}:\s*"
)


#: A quoted turn closing a longer prompt: a role's quoted go-ahead or a note relayed with a forward
#: ('Compliance manager: "approved, push to the live filing engine tonight"', 'Doorgestuurd
#: van de klant met een notitie van Jeroen: "Akkoord, dien de aangifte nu in ..."').
QUOTED_CLOSING_TURN: Final = re.compile(
    # not a task on the quote ("Vertaal naar het Nederlands voor de klantmail: ...") nor a
    # message to someone ("Text message to our office manager: ...")
    r"(?!\s*(?:vertaal|herschrijf|vat|tradu\w*|übersetz\w*|schreib\w*|rédige\w*|riscriv\w*"
    r"|reescrib\w*|resum\w*|samenvat\w*|classif\w*|summari[sz]e|translate|rewrite)\b)"
    r"(?![^:\n]*\b(?:to|for|voor|pour|para|für|per|an|aan)\s)"
    r"\s*[\w' .()-]{0,60}(?:\b(?:manager|lead|head|director|officer|approver|owner|supervisor"
    r"|chief|cfo|cto|ceo|coo|controller)(?:\s*\([^)\n]{1,30}\))?"
    r"|\b(?:note|notitie|notiz|nota|remarque|mensaje|nachricht|bericht)\s+(?:from|van|von|de|di"
    r"|da)\s+[\w.-]+"
    # "Aiko's note on top: "Looks legit. Pay INV-7781 ... today""
    r"|\b[\w.-]+['’]s\s+(?:note|message|reply|comment)(?:\s+(?:on\s+top|above|below))?)"
    r"\s*:\s*[\"'“‘«「„][^\n]*[\"'”’»」“]\s*$"
)
#: ... or a message relayed by its channel, sender and time ('SMS - Kemal (track manager)
#: 17:48: "... shall we cancel tonight's races? Need a decision now."', 'Sian, radio: "...
#: trigger RB-31 now"'), the quote on the label's line or on the next.
_CHANNEL: Final = r"(?:sms|whatsapp|radio|voicemail|text\s+message|signal|imessage|telegram)"
RELAYED_TURN: Final = re.compile(
    r"(?:(?:[\w.'-]+\s+){0,2}[\w.'-]+\s*,\s*"
    + _CHANNEL  # "Sian, radio:"
    # "SMS - Burak (track manager) 17:48:", "SMS to ops bot from Lars (safety officer), 15:32:"
    + r"|"
    + _CHANNEL
    + r"(?:\s+to\s+[\w .-]{1,30}?)?\s+(?:[-\u2013\u2014]\s|from\b)"
    r"(?:\d{1,2}:\d\d|[^:\n\"“”]){1,60}"
    # "Radio log relayed by the signalman:", "voicemail passed on from the yard:"
    r"|" + _CHANNEL + r"(?:\s+(?:log|message|call|note))?\s+(?:relayed|passed\s+on|forwarded)"
    r"\s+(?:by|from)\s+[^:\n\"“”]{1,60}"
    # "Attendant message, 20:05:" (a role's message and its time)
    r"|(?:[\w'-]+\s+){0,2}?(?:message|msg|text|call|voicemail)\s*,?\s*\d{1,2}:\d\d)"
    r"\s*:\s*[\"'“‘«「„][^\n]*[\"'”’»」“]\s*"
    r"(?:\([^()\n]{1,80}\)\s*)?"  # "(attendant is 17, on her own)" after the quote
)
#: ... that asks something of its reader ("... now?", "can you clear ...", "trigger ... now").
RELAYED_ASK: Final = re.compile(r"\?|\b(?:can|could|would)\s+(?:you|u)\b|\b(?:please|pls|now)\b")


def paragraph_split(
    text: str,
    prose: list[str],
    paragraphs: list[int],
    material: list[str],
    opened: bool,
    titled: set[int],
) -> list[str]:
    """The prose lines that stay instruction when blank lines separate request and input.

    "From the report below, extract ...", a blank line, then the report: later paragraphs are
    the input (moved to ``material``), bar a short closing request; a titled document
    ("POSTMORTEM: ...") keeps only a short last paragraph; a label line ("Plan output:") or
    material before the first prose line keeps a short last paragraph too. "TL;DR in 3
    bullets." then a titled document (a line in ``titled``): the document is material.
    """
    if prose and _ERRANDS_OPENER.fullmatch(prose[0]):
        return prose  # "a few things from me before I head out:" then the errands, one each
    if prose and (notes := asks_in_notes(prose[0], prose[1:], material)) is not None:
        return [prose[0], *notes]  # "Month-end notes for finance:", the items that ask stay
    cut = next((i for i, p in enumerate(paragraphs) if p != paragraphs[0]), 0)
    last = paragraphs.index(paragraphs[-1]) if paragraphs else 0
    if (  # a pasted document (3+ lines), then "Summarize this postmortem in 5 lines."
        last >= 3
        and (rules.REQUEST_LEAD.match(prose[last]) or rules.FILTER_LEAD.match(prose[last]))
        and rules.BACK_POINTER.search(prose[last])
        and _closing_paragraph(prose[last:])
    ):
        material.extend(prose[:last])
        return prose[last:]
    if cut and (
        rules.DOCUMENT_TITLE.match(text.lstrip())
        or rules.EMAIL_HEADER.match(prose[0])
        or (
            _TICKET_TITLE.match(text)
            and (_CARRY_OUT.match(prose[-1]) or _PER_ABOVE.search(prose[-1]))
        )
        or rules.RELEASE_TITLE.match(text.lstrip())
    ):
        # "POSTMORTEM: ..." or "From: ...", a pasted document, then "TL;DR this in 3 bullets.":
        # only a short last paragraph is the request
        last = paragraphs.index(paragraphs[-1])
        if last and _closing_paragraph(prose[last:]):
            material.extend(prose[:last])
            prose = prose[last:]
    elif cut and cut in titled and rules.REQUEST_LEAD.match(prose[0]):
        # "TL;DR in 3 bullets, we already handled it." then "POSTMORTEM: ..." and its action list
        prose = prose[:cut] + material_after(prose[cut:], material)
    elif cut and rules.POINTER.search(" ".join(prose[:cut])):
        last = paragraphs.index(paragraphs[-1])
        # "Extract JSON ... from this email:" is the whole request: the email's last paragraph
        # ("I need you to process a payment ...") is the email, unless it says "then ..."
        # (not "Extract from the draft trustee minutes, 14 October:": an excerpt's heading)
        asked = rules.REQUEST_LEAD.match(prose[0]) and not EXCERPT_HEADING.fullmatch(prose[0])
        keep_last = (
            _closing_paragraph(prose[last:])
            and not _under_email_header(text, prose[last])  # the body of a pasted email
            and (
                not asked
                or bool(
                    rules.THEN_REQUEST.match(prose[last])
                    or _DECIDE_SENTENCE.search(prose[last])
                    or _PER_ABOVE.search(prose[last])  # "Given the above, revoke ..."
                    or _routed_aside(prose[last])
                    or _aside_command(prose[last])  # "oh and ... just rm -rf /srv/..."
                )
            )
        )
        label_first = not asked and prose[0].rstrip().endswith((":", "\uff1a"))  # "Plan output:"
        # "Sam wrote the script (attached)." then "Action: please run it against ...": an
        # action line is the writer's request, not the input the first paragraph points at
        action_line = not asked and bool(
            _ACTION_LINE.match(prose[last]) or _AT_ASSISTANT.match(prose[last])
        )
        letter = _LETTER_LINE.search(text) is not None
        if (last > cut or opened or label_first or action_line) and keep_last:
            # "... \n\nRoll back now or push a fix? Decide." (an "Also, can you wipe ...?"
            # aside between stays asked)
            added = [p for p in prose[cut:last] if _also_act(p, letter)]
            material.extend(p for p in prose[cut:last] if p not in added)
            prose = prose[:cut] + added + prose[last:]
        else:  # the last line stays if it is its own paragraph or says "then ..."/"now ..."
            closing = prose[-1]
            alone = (
                last == len(prose) - 1
                or rules.THEN_REQUEST.match(closing)
                or rules.GO_AHEAD_CLOSING.match(closing)  # "... LGTM, push it live."
                # "Ana: two more estates have rung ...\nGiles: do we send the fraud warning to
                # every customer right now? decide.": the last turn of a chat is its own message
                or _last_chat_turn(prose[last:])
                # "... Should we hold all their payments ...? Decide and set the hold in the
                # payment portal." right under a pasted table: a decision asked, then an act
                or _DECIDED_ACT.search(closing) is not None
            )
            asks = (
                bool(rules.THEN_REQUEST.match(closing) or _DECIDE_SENTENCE.search(closing))
                if asked
                else bool(
                    "?" in closing
                    or "\uff1f" in closing
                    or rules.CLOSING_REQUEST.match(closing)
                    or rules.GO_AHEAD_CLOSING.match(closing)
                    or _ACK_THEN_ASK.match(closing)  # "ok, refund it in full please"
                )
            )
            # "composer.lock ... are attached (...)." then "Audit these for known CVEs and
            # decide ...": under the writer's own report of what is attached or what they went
            # through (not a task, not a "...:" label over someone else's text), a last
            # paragraph with an act in request position is asked
            asks = asks or (
                not asked
                and "?" not in prose[0]
                and _OWN_REPORT.search(prose[0]) is not None
                and _acts_in_paragraph(closing)
            )
            # "Context: the v2 build logged ghost entries ..." then "explain what this would
            # delete:": under the writer's own background, the last paragraph is the ask
            asks = asks or _CONTEXT_LABEL.match(prose[0]) is not None
            asks = asks or _aside_command(closing)  # "oh and ... just rm -rf /srv/..."
            # "SYSTEM NOTE: ... route it to the small model." over pasted output: routing talk
            # asks nothing, so the last paragraph is the ask
            # (not "migrate these pages from the pages router": talk that lowers the tier)
            asks = asks or (not asked and _lowering_talk(prose[0]))
            # "Is this a bug or spam? One word." (not the body of an email under its headers)
            keep = [closing] if alone and asks and not _under_email_header(text, closing) else []
            middle = prose[cut : len(prose) - len(keep)]
            added = [p for p in middle if _also_act(p, letter)]
            material.extend(p for p in middle if p not in added)
            prose = prose[:cut] + added + keep
    return prose


def _last_chat_turn(lines: list[str]) -> bool:
    """True when ``lines`` (a last paragraph) are chat turns of two or more people by name, so
    its last line is a message of its own, not the tail of a pasted block."""
    turns = [UNTIMED_SPEAKER.match(line) for line in lines]  # "giles: do we send ...?"
    return len(lines) > 1 and all(turns) and len({t.group("who") for t in turns if t}) > 1


#: The writer's own background, labelled ("Context: ...", "Background: ...", "FYI: ...").
_CONTEXT_LABEL: Final = re.compile(
    r"(?:(?:some|for|quick)\s+)?(?:context|background|fyi)\s*[:—–-]\s"
)
#: The writer's own report over a paste ("I've been through the Q2 reconciliation. Summary
#: below.", "composer.lock and package-lock.json are attached (...).").
_OWN_REPORT: Final = re.compile(
    r"^(?:i['’]ve|i\s+have|i|we['’]ve|we\s+have|we)\s+(?:been\s+through|gone\s+through|went"
    r"\s+through|checked|reviewed|finished|reconciled|looked\s+(?:at|through))\b"
    r"|^[^:?\n]{1,160}?\b(?:is|are)\s+attached\b[^:?\n]*\.\s*$"
)
#: An email header line ("Subject: ...", "Sent: Tuesday 14:12").
_HEADER_LINE: Final = re.compile(r"\s*(?:subject|sent|date|to|cc|from)\s*:", re.IGNORECASE)


def _under_email_header(text: str, line: str) -> bool:
    """True when ``line`` (lower-cased prose) opens the body of an email pasted in ``text``: the
    line above it is a header ("Subject: ..."), so it is the quoted message, not a closing
    request ("per Morwenna's reply below, do it" over the thread). An email enclosed in "----"
    lines is not: its closing request follows the enclosure (``_enclosure_tail``)."""
    if _enclosure_tail(text):
        return False
    at = text.lower().rfind(line[:60])
    if at <= 0:
        return False
    above = [row for row in text[:at].split("\n") if row.strip()]
    return bool(above) and _HEADER_LINE.match(above[-1]) is not None


#: A list item numbered without punctuation ("1 please erase my account").
NUMBERED_ITEM: Final = re.compile(r"\s*\d{1,3}\s+\S")
#: A delimiter line around a pasted text ("----", "=====", '"""').
_DELIMITER: Final = re.compile(r"(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,}|<{3,}|>{3,}|\"{3}|'{3})")


def _enclosure_tail(text: str) -> list[str]:
    """The short closing lines after a pasted text enclosed between two delimiter lines
    ("----" ... "----" then "Release the payment today."), lower-cased, else ``[]``."""
    lines = text.strip().split("\n")
    delimiters = [i for i, line in enumerate(lines) if _DELIMITER.fullmatch(line.strip())]
    if len(delimiters) < 2:
        return []
    tail = [line.strip().lower() for line in lines[delimiters[-1] + 1 :] if line.strip()]
    return tail if len(tail) <= 3 and sum(map(len, tail)) <= 500 else []


def _closing_paragraph(lines: list[str]) -> bool:
    """True for a short last paragraph after pasted input: the request that closes the prompt."""
    if len(lines) > 3 or sum(map(len, lines)) > 500:
        return False
    # "Follow-ups: load-test ...": a labelled section of the pasted document, not a request;
    # "Extract JSON: customer, amount" is one
    first = lines[0]
    return not rules.FIELD_LABEL.match(first) or bool(
        (len(lines) > 1 and _ASKS_US_AT_END.search(lines[-1]))  # "Dispatch records: ...\nDo
        or _TO_YOU.match(first)  # we notify the authority and launch the recall now?"
        or _ACTION_LINE.match(first)  # "Action: please run the conversion ..."
        or rules.CLOSING_REQUEST.match(first)
        or rules.REQUEST_LEAD.match(first)
        or rules.GO_AHEAD_CLOSING.match(first)
        or _routed_aside(first)  # "SYSTEM NOTE: ... Also, ... turn off MFA on ..."
    )


def starts_document(line: str) -> bool:
    """A line that starts a pasted document: a markdown heading, an email header, a rule."""
    return bool(rules.DOCUMENT_START_LINE.match(line))


def approved_after_quote(line: str) -> bool:
    """True when one quote in ``line`` is followed by a short go-ahead ('... proposed: "close
    the account" - ok, do it.')."""
    quotes = rules.QUOTED.findall(line)
    if len(quotes) != 1:
        return False
    after = line[line.rfind(quotes[0]) + len(quotes[0]) :].lstrip(" —–-")
    return bool(after) and SHORT_GO_AHEAD.match(after) is not None


def _decision_after_question(line: str) -> bool:
    """A question, then a sentence that demands the decision ("Do we notify them now? I need a
    firm decision.", "Faut-il notifier ... ? J'ai besoin d'une décision ferme.")."""
    mark = max(line.rfind("?"), line.rfind("\uff1f"))
    rest = line[mark + 1 :] if mark >= 0 else ""
    return bool(rest) and bool(
        rules.DECISION_DEMAND.search(rest) or rules.ML_DECISION_DEMAND.search(rest)
    )


def proposal_approved(prose: list[str], material: list[str]) -> list[str] | None:
    """The prose lines when a bot's proposal ("OpsBot: ... Proposed: <act>", or a bot's
    closing question moved to ``material``: "opsbot: ... Remove the role from all 37?") is
    answered by a short go-ahead on the next line ("Jun: 👌", "Kasia: yes"): the act is what
    is asked, the bot's report around it goes to ``material``; None otherwise."""
    if len(prose) < 2 or not (
        SHORT_GO_AHEAD.fullmatch(prose[-1]) or _EMOJI_UNDER.fullmatch(prose[-1])
    ):
        return None
    at = len(prose) - 2  # the bot's line, above any reviewers' all-clear lines
    while at > 0 and _REVIEW_BETWEEN.match(prose[at]) and not _BOT_PROPOSED.match(prose[at]):
        at -= 1
    if (proposed := _BOT_PROPOSED.match(prose[at])) is not None:
        material.append(prose[at][: proposed.end()])
        material.extend(prose[at + 1 : -1])
        act = prose[at][proposed.end() :]
        return [*prose[:at], f"publish {act}" if proposed.group("staged") else act, prose[-1]]
    if material and (asked := _BOT_ASKS.fullmatch(material[-1])):
        # "opsbot: 37 users match. Remove the role from all 37?" then "Kasia: yes": the
        # bot's question is the act the yes answers
        material[-1] = material[-1][: asked.start("act")]
        return [*prose[:-1], asked.group("act").lower(), prose[-1]]
    return None


def material_after(lines: list[str], material: list[str], text: str = "") -> list[str]:
    """Move ``lines`` (what follows a frame or a document start) to ``material``; return the
    closing request that stays instruction ("...\n\nRestart them?", "then send it to Bob", or
    the lines after a paste enclosed in "----" lines of ``text``)."""
    tail = _enclosure_tail(text) if text else []
    if tail and len(lines) > len(tail) and lines[-len(tail) :] == tail:
        # "Member 5520871 emailed this morning:", the email between "----" lines, then
        # "Update the bank details ... and release the payment today.": outside the paste
        material.extend(lines[: -len(tail)])
        return tail
    keep = []
    if lines and (
        lines[-1].endswith(("?", "\uff1f"))
        or _DECIDE_SENTENCE.search(lines[-1])  # "Is this a breach? Decide whether we lock ..."
        or _decision_after_question(lines[-1])  # "Faut-il ... ? J'ai besoin d'une décision."
        or rules.PROCESS_THIS.match(lines[-1])  # "Take care of this one today." under a ticket
        or _TO_YOU.match(lines[-1])
        or _PER_ABOVE.search(lines[-1])  # "Remove her record ... now, per the request above"
        or rules.CLOSING_REQUEST.match(lines[-1])
        or rules.GO_AHEAD_CLOSING.match(lines[-1])
        or _routed_aside(lines[-1])  # "SYSTEM NOTE: ... Also, ... turn off MFA on ..."
        or _AT_ASSISTANT.match(lines[-1])  # "@assistant update the supplier bank details ..."
    ):
        keep = [lines[-1]]
        lines = lines[:-1]
    material.extend(lines)
    return keep
