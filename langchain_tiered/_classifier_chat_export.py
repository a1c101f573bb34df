"""A chat export or channel log pasted as the prompt, and where its request is.

Agents and people paste Slack or Teams exports, incident notes and on-call logs::

    #inc-4471-checkout  (live)
    09:02 pagerduty: CRITICAL payment_error_rate > 8% on eu-west
    09:05 omar: options: (a) fail over to the backup PSP now; (b) shed 30% of traffic
    09:07 omar: @assistant you have everything above — which option, now?

The request is the line that asks the model ("@assistant ...", "COO to assistant: ...",
"[18:12] Chief controller: assistant, send the setpoints"), with the same speaker's lines after
it ("@netbot you heard her" hands over the last message of someone else); with no such line
and nothing but an export between people, it is the export's last message. Headers
("#channel (export)", "Hilo de Slack:", "[#north-desk]") and short titles ("CAD incident
24-118873 notes") may sit above. Exports that put the speaker and time on their own line above
the message ("Sophie Marchetti  16:41", "Devon P. 10:02 AM") or before it ("Moderacja, 10:15 —
...") are first rewritten as "[16:41] Sophie Marchetti: ..." lines (:func:`normalize_export`).
:func:`read_chat_export` is called by ``_classifier_view._build_view`` with the prose and
material lines it split; ``classifier._classify_turns`` also reads an export
(:func:`looks_like_export`) as plain lines and routes to the higher of the two tiers, and
takes a bot's offer that a person's yes on the export's last line answers
(:func:`exported_offer`) as a reply to that proposal.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_transcript import _CONSENT_END, _OFFER, _SHORT_YES, MAX_CHARS

#: The last line of a pasted log that @-mentions the assistant ("@copilot", "@paybot",
#: "@desk-assistant") or addresses it by name: what follows is the request.
_ASKED_AT_END: Final = re.compile(
    r"(?:@[\w-]*?(?:copilot|assistant|asistente|assistente|assistent|asystent|assist|bot|claude|ai|gpt"
    r"|agent|helper)\b[\s,:]*"
    # "17:49 TMC operator to assistant: ...", "Chef d'équipe à l'assistant : ..."
    r"|\b(?:to\s+(?:the\s+)?(?:assistant|copilot|bot)|à\s+l'assistant|al\s+asistente"
    r"|an\s+den\s+assistenten|ao\s+assistente|all'assistente)\s*:\s*"
    # "[18:12] Chief controller: assistant, send the setpoints": the speaker addresses it
    # ("10:45 Ingrid (Patrol): agent, stop the gondola ...", "Alasdair 08:42: Bot - release")
    r"|(?::|\])\s+(?:hey\s+|ok\s+)?(?:copilot|assistant|claude|agent|bot)\s*[,—–-]\s*"
    # "[11:08] Gwen Pryce: ok, agent: pull the kiosks out of card mode": a colon after the name
    # only behind "ok,"/"right,"/"hey," (a bare "agent:" there may be a quoted log label)
    r"|(?::|\])\s+(?:hey|ok(?:ay)?|right|so|alright)\s*,\s*(?:copilot|assistant|claude|agent|bot)\s*:\s*"
    # "Priya: I'm in a meeting till 12. bot - can you reset ...": after a sentence of its own
    # (the whole message is the ask: "apply it to the live EHR. Assistant, that's yours.")
    r"|(?::|\])\s+(?=[^\n]{1,120}?[.!]\s+(?:copilot|assistant|agent|bot)\s*[,—–-]\s*\S))"
    r"(?P<ask>.*\S)",
    re.IGNORECASE,
)
#: An ask that only hands the message over ("over to you", "it's yours", "your turn").
_HANDOFF: Final = re.compile(
    r"(?:over\s+to\s+you|(?:it'?s\s+|that'?s\s+)?(?:all\s+)?yours|your\s+turn"
    r"|take\s+it\s+from\s+here)\s*[.!]?",
    re.IGNORECASE,
)
#: A chat export's channel header ("#trading-desk-ops (export)").
#: ("Slack export — #data-platform" names the tool first.)
_CHANNEL_HEADER: Final = re.compile(
    r"\s*(?:(?:slack|teams|discord|mattermost|chat|channel)\s+(?:export|log|thread|history)"
    # ("Teams thread, #pos-cutover:", "Slack thread from #ops:")
    r"\s*[—–:,-]?\s*(?:from\s+|in\s+)?)?#[\w-]+(?:\s*\([^)\n]{0,30}\)|\s+(?:export|log|thread|history))?\s*:?\s*$"
    # "Hilo de Slack:", "Slack-Verlauf", "Teams chat export:" (no channel named)
    r"|\s*(?:[\w-]+\s+){0,2}(?:de\s+|du\s+|di\s+|do\s+|van\s+)?(?:slack|teams|discord|mattermost"
    r"|whatsapp)(?:[\s-]+[\w-]+){0,2}\s*:?\s*$"
)
#: A wrapped line of a chat or log entry: indented under a time-stamped line, it continues it.
WRAPPED: Final = re.compile(r"(?: {4,}|\t)\S")
#: A time-stamped chat line with a speaker ("[14:05] Seller Ops (Mateo): they've got ...").
#: A time stamp opening a chat or log line: "[14:05]", "[Tue 10:02]", "[4:01 PM]", "14:05:09".
_BRACKET_STAMP: Final = r"\[[^\]\n]{0,30}\d:\d\d[^\]\n]{0,12}\]"
_CLOCK_STAMP: Final = r"\d{1,2}:\d\d(?::\d\d)?"
_STAMP: Final = r"(?:" + _BRACKET_STAMP + "|" + _CLOCK_STAMP + ")"
CHAT_LINE: Final = re.compile(
    r"\s*" + _STAMP + r"\s*(?P<who>[^\W\d_][^:\n]{0,60}):\s+(?P<say>\S.*)"
)
#: A speaker that is a program, not a person: its line is a log entry, not a request.
_AUTOMATED_SPEAKER: Final = re.compile(
    r"\b(?:bot|agent|assistant|copilot|system|pagerduty|alertmanager|grafana|datadog|monitor\w*"
    r"|cron|ci|jenkins|github|gitlab|sentry|opsgenie|nagios|zabbix|daemon|scheduler)\b|bot\b",
    re.IGNORECASE,
)
#: A speaker label that addresses the assistant ("COO to assistant").
_TO_ASSISTANT_LABEL: Final = re.compile(r"\bto\s+(?:the\s+)?(?:assistant|copilot|bot)\s*$", re.I)
#: A channel named in brackets above an export ("[#north-desk]").
_BRACKET_CHANNEL: Final = re.compile(r"\s*\[#[\w-]+\]\s*$")
#: A line that opens with a time stamp ("[4:01 PM] ...", "14:02 ...").
TIMESTAMPED: Final = re.compile(r"\s*" + _STAMP + r"(?:(?<=\])|\s)")
#: An alert's entry under its bracketed source and time ("[loft-cam alert 02:14] ZUND-1 ...").
_STAMPED_ALERT: Final = re.compile(r"\s*\[[^\W\d_][^\]\n]{0,30}\d:\d\d[^\]\n]{0,12}\]\s+\S")
#: A chat export line with a bracketed speaker ("[Border Officer, Felixstowe] X-ray shows ...").
_BRACKET_SPEAKER: Final = re.compile(r"\s*\[[^\W\d_][\w .,'&/()-]{0,40}\]\s+\S")


#: A speaker's name opening a line ("Sophie Marchetti", "Devon P.", "Raj (DPO)").
_SPEAKER: Final = r"^[ \t]*(?P<who>[^\W\d_](?:[^\W\d_]|[ .'()&/-]){0,50}?)"
#: A line that is only a speaker and a time ("Sophie Marchetti  16:41", "Devon P. 10:02 AM",
#: "Priyanka Das — 16:02"): Teams and Slack copy the message below it.
_SPEAKER_TIME: Final = re.compile(
    _SPEAKER + r"[ \t]*(?:[—–,-][ \t]*)?"
    r"(?P<time>\d{1,2}:\d\d"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?)[ \t]*$",
    re.MULTILINE,
)
#: A message line that opens with its speaker and time ("Moderacja, 10:15 — Użytkownik ...",
#: "Raj (DPO) 09:10 — erasure request ...": without the comma, only before a long dash;
#: "Gareth 08:02: ..." with a colon after the time).
_SPEAKER_TIME_INLINE: Final = re.compile(
    _SPEAKER + r"(?:,[ \t]*(?P<time>\d{1,2}:\d\d)[ \t]*[—–-]|[ \t]+(?P<bare>\d{1,2}:\d\d)[ \t]*[—–]"
    # an SMS or WhatsApp thread's "Gareth 08:02: ...", a Teams copy's "Carla M (07:40): ..."
    r"|[ \t]+(?P<colon>\d{1,2}:\d\d)[ \t]*:|[ \t]*\((?P<paren>\d{1,2}:\d\d)\)[ \t]*:"
    # a Slack copy's "Jonas Becker 10:21  @opsbot ship #612 ..." (two spaces after the time)
    r"|[ \t]+(?P<gap>\d{1,2}:\d\d)[ \t]{2,})[ \t]*"
    r"(?P<say>\S.*)$",
    re.MULTILINE,
)
#: A Slack line copied with its channel ("[#pier-it] Gareth Pryce 08:52 - agreed. @opsbot ...").
_CHANNEL_LINE: Final = re.compile(
    r"^[ \t]*\[#[\w.-]{1,40}\][ \t]*(?P<who>[^\W\d_][^\n]{0,50}?)[ \t]+(?P<time>\d{1,2}:\d\d)"
    r"(?:[ \t]*[—–:-][ \t]*|[ \t]{2,})(?P<say>\S.*)$",  # ("dev.chauhan 06:15  @opsbot ...")
    re.MULTILINE,
)
#: ... or copied without a time ("[#loft-infra] jun: @opsbot ship 2.14 tonight"): the order of
#: the lines is their time.
_CHANNEL_LINE_UNTIMED: Final = re.compile(
    r"^[ \t]*\[#[\w.-]{1,40}\][ \t]*(?P<who>[^\W\d_][\w .'-]{0,40}?):[ \t]+(?P<say>\S.*)$",
    re.MULTILINE,
)
#: A time then a colon mid-line ("Gareth 08:02: ..."): the cheap test for that form.
_TIME_COLON: Final = re.compile(r"[^\W\d_][ \t]+\(?\d{1,2}:\d\d\)?[ \t]*:[ \t]")
_CHAT_LINE_START: Final = re.compile(
    r"^[ \t]*" + _STAMP + r"[ \t]*[^\W\d_][^:\n]{0,60}:[ \t]", re.MULTILINE
)
#: A time then two spaces mid-line ("Jonas Becker 10:21  @opsbot ..."): the cheap test for it.
_TIME_GAP: Final = re.compile(r"[^\W\d_][ \t]+\d{1,2}:\d\d[ \t]{2,}\S")
#: A time at the end of a line: the cheap test before :func:`normalize_export`.
_TIME_AT_LINE_END: Final = re.compile(r"\d:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$", re.MULTILINE)
#: An ask that hands over another speaker's message ("you heard her", "do what Sam said",
#: "zrób to, o czym pisze naczelny").
_HANDED_OVER: Final = re.compile(
    r"\s*(?:you\s+heard\s+(?:her|him|them|the\s+\w+|(?P<heard>[\w-]+))|(?:please\s+)?do\s+(?:what|as)\s+"
    r"(?P<said>[\w-]+)\s+(?:said|says|asked|wrote|suggested)|zrób\s+to,?\s+o\s+(?:czym|co)\s+"
    r"(?:pisze|prosi|mówi)\s+(?P<pisze>[\w-]+)|haz\s+lo\s+que\s+(?:dice|pide)\s+(?P<dice>[\w-]+))",
    re.IGNORECASE,
)


def _inline_time(line: re.Match[str]) -> str:
    """The time of a ``_SPEAKER_TIME_INLINE`` line, whichever form it was copied in."""
    return next(t for t in line.group("time", "bare", "colon", "paren", "gap") if t)


def normalize_export(text: str) -> str:
    """``text`` with speaker-and-time lines turned into "[time] speaker: message" lines (two or
    more speakers' turns), else ``text`` unchanged."""
    if (
        not _TIME_AT_LINE_END.search(text)
        and "—" not in text
        and "–" not in text
        and not _TIME_COLON.search(text)
        and not _TIME_GAP.search(text)
        and "[#" not in text
    ):
        return text
    if len(_CHANNEL_LINE.findall(text)) >= 2:
        text = _CHANNEL_LINE.sub(
            lambda m: f"[{m.group('time')}] {m.group('who')}: {m.group('say')}", text
        )
    if len(_CHANNEL_LINE_UNTIMED.findall(text)) >= 2:
        text = _CHANNEL_LINE_UNTIMED.sub(
            lambda m: f"[0:00] {m.group('who')}: {m.group('say')}", text
        )
    if len(_SPEAKER_TIME_INLINE.findall(text)) >= 2:
        text = _SPEAKER_TIME_INLINE.sub(
            lambda m: f"[{_inline_time(m)}] {m.group('who')}: {m.group('say')}",
            text,
        )
    heads = list(_SPEAKER_TIME.finditer(text))
    if len(heads) < 2:
        return text
    out = [text[: heads[0].start()].rstrip("\n")] if heads[0].start() else []
    for head, after in zip(heads, [*heads[1:], None], strict=True):
        body = text[head.end() : after.start() if after else len(text)].strip("\n").split("\n")
        lines = [line.strip() for line in body if line.strip()]
        if not lines:
            continue
        out.append(f"[{head.group('time')}] {head.group('who').strip()}: {lines[0]}")
        out += [f"    {line}" for line in lines[1:]]
    return "\n".join(out)


def looks_like_export(text: str) -> bool:
    """True when ``text`` reads as a chat export: two or more time-stamped speaker lines (as
    they are, or once :func:`normalize_export` has rewritten them)."""
    if len(text) > 20_000 or "\n" not in text or ":" not in text:
        return False  # one line, or no time stamp: most prompts stop here
    if len(_CHAT_LINE_START.findall(text)) >= 2:
        return True
    normalized = normalize_export(text)  # returns ``text`` itself when there is nothing to do
    return normalized is not text and len(_CHAT_LINE_START.findall(normalized)) >= 2


#: A ticket's field above its comments ("Systems: Rounds (customer, visits, photos), ...",
#: "Note from L2: ... anonymise, don't delete."): a label of a few words, then its value.
_TICKET_FIELD: Final = re.compile(r"\s*[^\W\d_][\w .()/&-]{0,30}:[ \t]+[^?\n]{1,300}")


def _title_like(line: str) -> bool:
    """A short heading above a pasted log ("journal de quart, atelier remplissage"): no
    question, and its first word neither asks to read nor to act."""
    words = rules.WORD.findall(line)
    return (
        len(line) <= 80
        and "?" not in line
        and bool(words)
        and words[0] not in rules.READ_ONLY_WORDS | rules.FRAME_WORDS | rules.IMPERATIVE_WORDS
    )


#: A reply that only thanks or acknowledges ("🙏", "thanks!", "+1"): it does not answer an ask.
_THANKS: Final = re.compile(
    r"\s*(?:[^\w\s]+|thanks?(?:\s+\w+)?|thank\s+you|ty|ta|\+1|cheers)\s*[.!]*\s*"
    # ... or only seconds it ("+1 go", "agreed, do it", "👍 go ahead")
    r"|\s*(?:\+1|agreed|approved|👍|✅)?[\s,.!]*(?:go(?:\s+ahead)?|do\s+it|from\s+me|approved"
    r"|agreed|yes|yep|go\s+for\s+it|fine\s+by\s+me|sounds\s+good|lgtm)?\s*[.!]*\s*"
    # ... or asks for it too, with a reason ("pls do, we've got 140 orders to pack tomorrow")
    r"|\s*(?:pls|please|yes|yeah|yep|ok(?:ay)?)[\s,]+(?:do(?:\s+it)?|go(?:\s+ahead)?)\b"
    r"(?:\s*[,.;!\u2014\u2013-]\s*[^\n]{0,60})?",
    re.IGNORECASE,
)


#: A line above a chat export that asks for its last message to be carried out ("can you
#: action the last message?", "do what the last message says").
_LAST_MESSAGE_POINTER: Final = re.compile(
    r"\b(?:action|actioning|handle|carry\s+out|execute|do\s+what|follow|see\s+to)\s+(?:the\s+)?"
    r"(?:last|latest|final|bottom)\s+(?:message|msg|post|line|one|ask|request)\b",
    re.IGNORECASE,
)


def _asked_in_tail(material: list[str]) -> tuple[int, str] | None:
    """(index, ask) of the line among a log's last three that asks the model, with the same
    speaker's lines after it ("@sis-assistant flip the roster source now" then "don't wait")."""
    for i in range(len(material) - 1, max(len(material) - 4, -1), -1):
        if asked := _ASKED_AT_END.search(material[i]):
            line = CHAT_LINE.match(material[i])
            who = line.group("who") if line else None
            after = [m for m in map(CHAT_LINE.match, material[i + 1 :]) if m]
            if len(after) != len(material) - i - 1 or any(
                m.group("who") != who and not _THANKS.fullmatch(m.group("say")) for m in after
            ):
                return None  # someone else spoke after the ask (more than a "🙏" or "thanks")
            after = [m for m in after if m.group("who") == who]
            ask = " ".join([asked.group("ask").strip(), *(m.group("say") for m in after)]).strip()
            if _HANDOFF.fullmatch(ask):  # "LGTM. Get it onto the live ShedBook. @deploybot over
                # to you.": the message before the mention is the ask
                ask = material[i][line.start("say") if line else 0 : asked.start()].strip() or ask
            if handed := _HANDED_OVER.match(ask):  # "@netbot you heard her": her last message
                # (and what the ask adds: "you heard her - flash plc-bf2 with 4.2.1")
                more = ask[handed.end() :].strip(" \t.,;:!-\u2014\u2013")
                heard = _handed_over(material[:i], who, handed)
                stop = "" if not more or heard[-1:] in ".!?" else "."
                ask = f"{heard}{stop} {more}".strip() if heard else ask
            return i, ask
    return None


def _handed_over(lines: list[str], asker: str | None, handed: re.Match[str]) -> str:
    """The last message before the ask by someone other than the asker, "" if none; when the
    ask names a speaker ("do what Priya asked above"), all that speaker's messages since the
    asker last spoke, in order: her ask may come before her "ok. I'm off at 5"."""
    named = next((name for name in handed.groups() if name), "").lower()
    says: list[str] = []
    for line in reversed(lines):
        said = CHAT_LINE.match(line)
        if said is None:
            continue
        if said.group("who") == asker:
            if says:
                break
            continue
        if not named:
            return said.group("say").strip()
        if named in said.group("who").lower():
            says.insert(0, said.group("say").strip())
    return " ".join(says)


def _last_chat_message(lines: list[str], least: int = 2) -> str:
    """The last message of a chat export of people ("" if ``lines`` is not one of at least
    ``least`` lines, or if a bot or agent speaks last: "[12:01] agent: restarted pod web-2" is
    a log)."""
    if _CHANNEL_HEADER.match(lines[0]) or _BRACKET_CHANNEL.match(lines[0]):
        lines = lines[1:]  # "[#sis-admins]" above the export
    if len(lines) < least:
        return ""
    found = [CHAT_LINE.match(line) for line in lines]
    last = found[-1]  # (one person's lines pasted alone are that person's messages too)
    if not all(found) or last is None:
        return ""
    who = last.group("who")
    if _AUTOMATED_SPEAKER.search(who) and not _TO_ASSISTANT_LABEL.search(who):
        return ""  # "agent: restarted pod web-2" is a log; "COO to assistant: ..." is a request
    return last.group("say").strip().lower()


def read_chat_export(
    prose: list[str], paragraphs: list[int], material: list[str], para: int
) -> tuple[list[str], list[int]]:
    """The prose lines (and their paragraphs) once a chat export's request is found;
    ``material`` is updated in place."""
    # "[loft-cam alert 02:14] ZUND-1 running job ..." then "[02:16] Marta (from home): kill the
    # job ...": the alert is the export's first entry, the person's message the request
    if (
        material
        and prose
        and all(map(_STAMPED_ALERT.match, prose))
        and (said := _last_chat_message(material, 1))
    ):
        material[:0] = prose
        material.pop()
        return [said], [para]
    if material and any(map(_LAST_MESSAGE_POINTER.search, prose)):
        # "Slack export from #eastgate-ops, can you action the last message?": read that message
        kept = [i for i, line in enumerate(prose) if not _LAST_MESSAGE_POINTER.search(line)]
        if all(_CHANNEL_HEADER.match(prose[i]) or _title_like(prose[i]) for i in kept):
            prose, paragraphs = [prose[i] for i in kept], [paragraphs[i] for i in kept]
    # "#payments-ops" or "[Investigations] Three moderators ..." above a chat export
    headed = bool(material) and all(
        _CHANNEL_HEADER.match(line) or _BRACKET_SPEAKER.match(line) for line in prose
    )
    titled_log = bool(material) and all(
        _CHANNEL_HEADER.match(line)
        or _BRACKET_SPEAKER.match(line)
        or _title_like(line)
        or _TICKET_FIELD.fullmatch(line)
        for line in prose
    )  # "CAD incident 24-118873 notes (most recent last)" above the log
    if titled_log and (asked := _asked_in_tail(material)):
        # a pasted channel log whose last lines ask the model ("11:55 @priya: @copilot given
        # all this, do we roll back escrow-svc now?", "17:49 TMC operator to assistant: ...
        # Decide."): that ask is the request
        tail = asked[0] - len(material)  # the ask's offset from the end, before heads go in
        heads = [
            line for line in prose if _CHANNEL_HEADER.match(line) or _BRACKET_SPEAKER.match(line)
        ]
        titles = [line for line in prose if line not in heads]  # stay: "we're mid-incident"
        material[:0] = [line for line in heads if not _CHANNEL_HEADER.match(line)]
        del material[tail:]
        prose, paragraphs = [*titles, asked[1].lower()], [para] * (len(titles) + 1)
    elif (
        headed
        and any(_BRACKET_SPEAKER.match(line) for line in prose)
        and all(_BRACKET_SPEAKER.match(line) for line in material)
    ):  # a chat export of bracketed speakers only is read as the request, not as code
        prose += [line.strip().lower() for line in material]
        paragraphs += [para] * len(material)
        material.clear()
    if not prose and len(material) >= 2 and (said := _last_chat_message(material)):
        # a chat export between people pasted with nothing else ("[14:06] Seller Ops Manager
        # (Grace): ok release all three held payouts today"): its last message is what is asked
        material.pop()
        prose, paragraphs = [said], [para]
    return prose, paragraphs


#: An untimed turn's speaker ("Dylan Hughes: ...", "@dev-patel: ...", "Greg Okafor (owner): ...").
UNTIMED_SPEAKER: Final = re.compile(
    # ("— Priya: Agent, it's 21:00. Start the cutover.": a dash or bullet before the name)
    r"\s*(?:[—–•*-][ \t]+)?(?P<who>@?[^\W\d_][\w.'-]*(?:[ \t][^\W\d_][\w.'-]*){0,2})"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*:[ \t]+(?P<say>\S.*)"  # ("Greg Okafor (owner): ...")
)


#: A turn under a bracketed speaker ("[CAB - Priya Sandhu] +1 from CAB, ship it ...").
#: ("[Dev 15:22] @bot take it the rest of the way: ...": the speaker and the time together)
_BRACKET_TURN: Final = re.compile(
    r"\s*\[(?P<who>[^\W\d_][\w .,'&/()-]{0,40}?)(?:\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]m)?)?\]"
    r"\s+(?P<say>\S.*)",
    re.IGNORECASE,
)


def _turn(line: str) -> re.Match[str] | None:
    """A thread turn with its speaker, time-stamped or not, named or bracketed."""
    return CHAT_LINE.match(line) or UNTIMED_SPEAKER.match(line) or _BRACKET_TURN.match(line)


#: Substrings one of which any address to the model in ``_ASKED_AT_END`` holds, bar an "@".
_ADDRESSED: Final = ("assist", "asist", "copilot", "claude", "agent", "bot")


def asked_turn(text: str) -> str | None:
    """The ask in a pasted thread of speakers' turns (time-stamped or not) whose late turn
    addresses the model ("Dylan Hughes: @hafren-agent: merge all four ...", "@dev-patel:
    merging. @release-bot deploy to prod ..."), with the same speaker's turns after it; None
    when there is none or someone else spoke after it."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    tail = " ".join(lines[-3:]).lower()
    if "@" not in tail and not any(name in tail for name in _ADDRESSED):
        return None  # (a cheap test first: no late line can address the model)
    turns = [_turn(line) for line in lines]
    if sum(1 for turn in turns if turn) < 2:
        return None
    for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        if not (turns[i] and (asked := _ASKED_AT_END.search(lines[i]))):
            continue
        who = turns[i].group("who")  # type: ignore[union-attr]
        after = turns[i + 1 :]
        if not all(
            turn and (turn.group("who") == who or _THANKS.fullmatch(turn.group("say")))
            for turn in after
        ):
            return None
        said = [turn.group("say") for turn in after if turn and turn.group("who") == who]
        ask = " ".join([asked.group("ask").strip(), *said]).strip()
        return None if _HANDOFF.fullmatch(ask) else ask
    return None


#: A chat export's line: an optional time stamp ("[08:16]", "08:16"), the speaker, the message.
_EXPORT_LINE: Final = re.compile(
    r"\s*(?:" + _BRACKET_STAMP + r"\s*|" + _CLOCK_STAMP + r"\s+)?"
    r"(?P<who>[^\W\d_][\w .'()-]{0,40}?)\s*:\s+(?P<say>\S.*)"
)
#: A channel header over an export ("#shop-dev (Slack export)", "[discord] #workshop-tech").
_EXPORT_HEADER: Final = re.compile(
    r"\s*(?:\[[\w -]{1,20}\]\s*)?\[?#[\w-]+\]?(?:\s*\([^)\n]{0,30}\))?\s*:?\s*"
)
#: A program's name in an export: a bot or an agent, by itself or as its name's end
#: ("shopbot", "ops-agent", "Assistant").
_BOT_NAME: Final = re.compile(r"(?:bot|agent|assistant|copilot)\s*$", re.IGNORECASE)


#: A bot's plan put forward for a yes ("Proposed plan for the spring launch:", "Plan:") ...
_PLAN_OFFERED: Final = re.compile(
    r"^(?:proposed\s+(?:plan|steps|changes?|actions?)|plan)\b[^\n]{0,80}:"
)
#: ... and the yes it asks for at its end ("Reply to confirm.", "Confirm?").
_CONFIRM_ASKED: Final = re.compile(
    r"\b(?:reply|respond|answer)\s+(?:\S+\s+)?to\s+(?:confirm|proceed|approve|go)\b[^\n]{0,20}$"
    r"|\b(?:confirm|approve|proceed|go)\s*\?\s*$",
    re.IGNORECASE,
)


def _joined_continuations(lines: list[str]) -> list[str]:
    """Export lines with their indented continuation lines ("  1. tag ... v5.3.0") joined on."""
    joined: list[str] = []
    for line in lines:
        if joined and line[:1] in " \t" and not _EXPORT_LINE.match(line):
            joined[-1] += "\n" + line.strip()
        else:
            joined.append(line)
    return joined


def exported_offer(text: str) -> str | None:
    """The offer a bot makes on the last-but-one line of a pasted chat export, when a person
    says yes on the last line ("[08:16] shopbot: I can publish theme v2.14 to the live
    storefront now. Proceed?" then "[08:16] Hannah Blythe: go"), lower-cased; else None.
    A plan the bot lays out over indented lines ("[10:02] Codebot: Proposed plan ...:" then
    "  1. ..." and "  Reply to confirm.") is its offer too."""
    lines = _joined_continuations([line for line in text.strip().split("\n") if line.strip()])
    if len(lines) < 2 or len(text) > MAX_CHARS:
        return None
    # (the export alone, under a channel header at most: not "Is the reply an approval?
    # yes/no" above it, a question about the thread)
    if not all(_EXPORT_LINE.match(line) or _EXPORT_HEADER.fullmatch(line) for line in lines):
        return None
    offer, reply = _EXPORT_LINE.match(lines[-2]), _EXPORT_LINE.match(lines[-1])
    if offer is None or reply is None or not _BOT_NAME.search(offer.group("who")):
        return None
    if _BOT_NAME.search(reply.group("who")) or not _SHORT_YES.fullmatch(reply.group("say")):
        return None
    said = lines[-2][offer.start("say") :].strip()  # (with its continuation lines)
    lowered = said.lower()
    if _PLAN_OFFERED.match(lowered) and _CONFIRM_ASKED.search(said):
        return lowered
    return lowered if _OFFER.search(said) and _CONSENT_END.search(said) else None
