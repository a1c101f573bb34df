"""Stakes handed over with pasted material: an agent's plan step, or a pasted request.

* :func:`_tool_step_stake`: an agent's plan step that writes to a control system or acts on
  data, money or access (or a deploy command spelled as a tool's JSON argument list against a
  live system), handed over with "execute this step", a bare go-ahead ("Continue.", "ok") or
  "Approve? (y/n)" under the call;
* :func:`_named_step_stake`: a runbook's numbered step handed over by its number ("Proceed with
  step 5 on F-08 now."), read as the request;
* :func:`_option_picked_stake`: one of the options put to the reader, picked by its number
  ("Owen: 1" under "Options: (1) rebuild replica from tonight's snapshot; (2) leave it");
* :func:`_material_request_stake`: "process this" (or "Please action.") over pasted material
  that moves money, reports a leaked secret, asks for personal data to be erased or for
  access, or "reply approve or reject" to a pasted approval request;
* :func:`_pressed_prompt_stake`: "Hit proceed for me." under a pasted pipeline prompt that
  deploys to something live.

Split from :mod:`._classifier_stake_finders`, which holds the other finders.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered import _classifier_proposals as proposals
from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_agent_plans import (
    STEP_DO,
    STEP_DO_VERB,
    STEP_GO_ON,
    STEP_GO_ON_VERB,
)
from langchain_tiered._classifier_stake_finders import _line_at, _verb_stake
from langchain_tiered._classifier_stake_rule import _nonlive, _Stake, nonlive_ask
from langchain_tiered._classifier_view import _build_view, _lead_hits, _View

#: A quoted argument naming a test environment ('"staging"', '"lis-test"'), one per line.
_ENV_VALUE: Final = re.compile(
    r"^\s*[\"'](?:[a-z]+[-_])?(?:staging|stage|sandbox|test|testing|dev|qa|uat|local|pre-?prod)"
    r"(?:[-_](?:env|environment|server|db|cluster|site|stack|tenant))?[\"']\s*$",
    re.MULTILINE,
)


#: The request names one numbered step of a pasted runbook ("Proceed with step 5 on F-08
#: now.", "do step 3 now") or a run of them ("Execute 4 to 6 now.", "run steps 4-6") ...
_STEP_NAMED: Final = re.compile(
    r"\b(?:" + STEP_GO_ON + "|" + STEP_DO + r")(?P<n>\d{1,2})\b(?![.,]\d)"
    r"|\b(?:" + STEP_GO_ON_VERB + "|" + STEP_DO_VERB + r")\s+(?:steps\s+)?(?P<n2>\d{1,2})\s*"
    r"(?:to|-|–|through|thru)\s*(?P<m>\d{1,2})\b(?![.,]\d)",
)
#: ... and the condition that may open the step ("if caustic reads below 1.5% after 10 min, ").
_STEP_CONDITION: Final = re.compile(r"\s*(?:if|when|once|should)\b[^,\n]{0,160},\s*")


def _named_step_stake(view: _View) -> _Stake | None:
    """A numbered step of a pasted runbook, handed over by its number on the last line
    ("Proceed with step 5 on F-08 now."): the step, read as the request, acts."""
    text = f"{view.instruction}\n{view.material}"
    last = view.instruction.rstrip().rsplit("\n", 1)[-1]
    asked = _STEP_NAMED.search(last)
    if asked is None or nonlive_ask(last):
        return None
    first = int(asked.group("n") or asked.group("n2"))
    final = int(asked.group("m") or first)
    for number in range(first, min(final, first + 9) + 1):
        step = re.search(rf"(?m)^[ \t]*(?:step\s+)?{number}[.):][ \t]+(?P<body>\S.*)$", text)
        if step is None:
            continue
        body = step.group("body")
        if condition := _STEP_CONDITION.match(body):
            body = body[condition.end() :]
        if stake := _handed_over_act(body, "named_step", asked.group()):
            return stake
    return None


def _handed_over_act(body: str, rule: str, asked: str) -> _Stake | None:
    """The stake of a runbook step or an option (lower-cased ``body``) handed over by its
    number (``asked``), unless it names a non-live target."""
    # (the step is prose: capitalised, its "--overwrite-existing" flag is not a command line)
    prose = _build_view(body[:1].upper() + body[1:])
    if _nonlive(body) or (found := _verb_stake(prose, [])) is None:
        return None
    return _Stake(found.intent, rule, asked, f"{found.verb} {found.obj}"[:60], 0.8)


#: A reply that picks one of the options put to it by number ("1", "Owen: option 2", "go with
#: 1 please") ...
_OPTION_PICKED: Final = re.compile(
    r"\s*(?:[\w.'-]{1,30}:\s+)?(?:(?:ok(?:ay)?|yes|yep|go\s+(?:with|for)|let'?s\s+(?:do|go\s+with)"
    r"|do)[,:]?\s+)*(?:option\s+|#)?\(?(?P<n>[1-9])\)?\s*(?:please|pls|now|then)?\s*[.!]?\s*"
)
#: ... and the option it picks, numbered in the text above ("(1) rebuild replica from
#: tonight's snapshot, ...; (2) leave it", or one per line: "1) ...", "Option 1: ...").
_OPTION_TEXT: Final = (
    r"(?:\({n}\)|(?m:^)\s*(?:option\s+)?{n}[.):])\s*(?P<body>[^;\n]+?)\s*(?=;|\(\d\)|$|\n)"
)


#: The last message of a JSON chat export (``{"from": "owen", "text": "1"}]``).
_LAST_JSON_TEXT: Final = re.compile(
    r'"(?:text|content|message)"\s*:\s*"(?P<say>[^"\n]{1,40})"\s*\}\s*\]?\s*$'
)


def _option_picked_stake(view: _View) -> _Stake | None:
    """An option picked by its number in the last line ("Owen: 1" under "Options: (1) rebuild
    replica from tonight's snapshot ...; (2) leave it."): the option, read as the request."""
    lasts = [text.rstrip().rsplit("\n", 1)[-1] for text in (view.instruction, view.material)]
    if said := _LAST_JSON_TEXT.search(view.material[-200:]):
        lasts.append(said.group("say"))
    text = f"{view.instruction}\n{view.material}"
    return next((found for last in lasts if (found := picked_option_stake(text, last))), None)


def picked_option_stake(options: str, reply: str) -> _Stake | None:
    """The stake of the option in ``options`` (lower-cased text numbering them) that ``reply``
    picks by its number ("1", "go with 2"), or None."""
    picked = _OPTION_PICKED.fullmatch(reply)
    if picked is None:
        return None
    option = re.search(_OPTION_TEXT.format(n=picked.group("n")), options)
    if option is None:
        return None
    return _handed_over_act(option.group("body"), "option_picked", picked.group().strip())


#: A command-line tool called with its arguments as a JSON list ('{"name": "kubectl",
#: "arguments": {"args": ["rollout", "undo", "deployment/growerpay-api", "-n", "prod"]}}').
_ARGV_CALL: Final = re.compile(
    r"\"(?:name|tool|command|cmd)\"\s*:\s*\"(?P<tool>kubectl|helm|terraform|psql|mysql|aws|gcloud"
    r"|az|flyway|liquibase|ansible-playbook)\"[^\[\]]{0,80}?\"(?:args|argv|arguments)\"\s*:\s*"
    r"\[(?P<args>[^\[\]]{1,600})\]"
)
#: One quoted argument of such a list.
_ARGV_ITEM: Final = re.compile(r"\"((?:[^\"\\]|\\.)*)\"")


def _argv_command(text: str) -> str:
    """The command line a JSON tool call spells as a tool name and an argument list, or ""."""
    call = _ARGV_CALL.search(text)
    if call is None:
        return ""
    return " ".join([call.group("tool"), *_ARGV_ITEM.findall(call.group("args"))])


def _tool_step_stake(view: _View) -> _Stake | None:
    """An agent's plan step that writes to a control system or acts on data, money or access,
    handed over with "execute this step"."""
    asked = (
        rules.TOOL_STEP_EXEC.search(view.instruction)
        or rules.BARE_GO_AHEAD.search(view.instruction)
        or rules.TOOL_APPROVAL_ASK.search(view.instruction)  # "Approve? (y/n)" under the call
    )
    if asked is None and view.material:  # '{"next_action": {"tool": ...}}' then "Continue."
        tail = view.material[-60:]
        asked = rules.BARE_GO_AHEAD.search(tail[-40:]) or rules.CLOSING_EXEC.search(tail)
        if asked is None and "\n" in tail:  # "Supervisor: proceed", then quotes the view moved
            asked = rules.BARE_GO_AHEAD.search(tail.rsplit("\n", 2)[-2])
            asked = asked or rules.BARE_GO_AHEAD.search(_last_unquoted_line(view.material)[-60:])
    if asked is None:  # a whole last line "ok" or "go" under the call
        lasts = [text.rsplit("\n", 1)[-1] for text in (view.instruction, view.material)]
        # ("yes" under a call whose quoted arguments the view moved after it)
        lasts.append(_last_unquoted_line(view.material))
        asked = next((m for last in lasts if (m := rules.BARE_YES.fullmatch(last))), None)
    if asked is None:
        return None
    if _nonlive(_line_at(asked.string, asked.end() - 1)):
        return None
    plan = f"{view.instruction}\n{view.material}"
    for tool in rules.TOOL_WRITE.finditer(plan):
        # a staging or sandbox target spares the step when the step or the go-ahead names it,
        # not when the plan's evidence does ("test log on the simulator: 412/412 pass"); a
        # step whose timing on staging is noted ("(staging: 3 min)") spares only that step
        step = _line_at(plan, tool.start() + 1)
        # the step's quoted arguments (env="staging") are kept in the material
        quoted_env = "qtext" in step and _ENV_VALUE.search(view.material)
        if quoted_env or _nonlive(step):
            if tool.group("mig"):
                continue
            return None
        if tool.group("mig") and not rules.LIVE_MARKER.search(plan):
            continue  # "3. python manage.py migrate" in a plan that names no live system
        return _Stake("incident", "tool_step", asked.group(), tool.group()[:40], 0.8)
    # a deploy command spelled as an argument list, against a live system
    if (command := _argv_command(plan)) and (
        (deploy := rules.DEPLOY_COMMAND.search(command)) and rules.LIVE_MARKER.search(command)
    ):
        return _Stake("deploy", "tool_step", asked.group(), deploy.group()[:40], 0.8)
    return None


#: A line of the material that is only a quoted string the view moved out of the instruction.
_MOVED_QUOTE: Final = re.compile(r'\s*"[^"\n]{0,120}"\s*')


def _last_unquoted_line(material: str) -> str:
    """The last line of ``material`` (its last 200 characters) above the quoted strings the
    view moved there out of the instruction."""
    lines = material[-200:].split("\n")
    while len(lines) > 1 and _MOVED_QUOTE.fullmatch(lines[-1]):
        lines.pop()
    return lines[-1]


def _material_request_stake(view: _View) -> _Stake | None:
    """A request to "process this" over pasted material that asks for money to be moved or
    reports a leaked secret, or to "reply approve or reject" to a pasted approval request that
    moves money or acts."""
    rotate = rules.ROTATE_IT.search(view.instruction)  # rare: checked before the leak pattern
    if (
        rotate
        and (leaked := rules.MATERIAL_SECRET_LEAK.search(view.instruction))
        and not _nonlive(view.instruction)
    ):  # "The signing secret ended up in the client build. Replace it."
        return _Stake("credentials", "secret_rotation", rotate.group(), leaked.group()[:40], 0.8)
    if (asked := rules.APPROVAL_ASK.search(view.instruction)) is not None:
        found = rules.MATERIAL_MONEY_REQUEST.search(view.material) or rules.TOOL_WRITE.search(
            view.material
        )
        if found is not None:
            return _Stake("payment", "approval", asked.group(), found.group()[:40], 0.8)
    if not (
        any(
            rules.PROCESS_THIS.match(view.instruction, pos)
            for pos in _lead_hits(view, rules.PROCESS_GATE)
        )
        # "can whoever picks this up sort it?"; "ok from me" above a request ending "pls action"
        or rules.WHOEVER_ASK.search(view.instruction)
        or (
            rules.APPROVED_ABOVE.match(view.instruction)
            and rules.CLOSING_ACTION_ASK.search(view.material[-80:])
        )
    ):
        return None
    if leak := rules.MATERIAL_SECRET_LEAK.search(view.material):  # "GitHub sent this. Handle it."
        return _Stake("credentials", "material_request", "handle this", leak.group()[:40], 0.75)
    if (erase := proposals.MATERIAL_ERASURE_REQUEST.search(view.material)) and not _nonlive(
        view.instruction
    ):  # a patient's erasure request pasted, then "Take care of this one today."
        return _Stake("delete_data", "material_request", "handle this", erase.group()[:40], 0.75)
    if access := rules.MATERIAL_ACCESS_REQUEST.search(view.material):  # "They need read-only on"
        return _Stake("credentials", "material_request", "action this", access.group()[:40], 0.75)
    if (found := rules.MATERIAL_MONEY_REQUEST.search(view.material)) is None:
        return None
    return _Stake("payment", "material_request", "process this", found.group()[:40], 0.75)


#: A network scanner's output pasted as material.
_SCAN_OUTPUT: Final = re.compile(
    r"\bnmap\s+scan\s+report\b|^\s*port\s+state\s+service\b|\bstarting\s+nmap\b|\bnessus\b"
    r"|\bopenvas\b",
    re.MULTILINE,
)
#: Words that ask for a judgement of what was found (not "list the open ports").
_ASSESS_WORDS: Final = frozenset({"assess", "evaluate", "rank", "prioritise", "prioritize"})


def _scan_assessment_stake(view: _View) -> _Stake | None:
    """A pasted network scan under a request to assess or rank it: a security assessment."""
    if not view.material or not (
        _SCAN_OUTPUT.search(view.material) or _SCAN_OUTPUT.search(view.instruction)
    ):  # (the scan's headings may stay with the prose)
        return None
    asked = _lead_hits(view, _ASSESS_WORDS)
    # a test system named in the request spares it (not "host.corp.local" in the scan's lines)
    prose = [line for line in view.instruction.split("\n") if not _SCAN_OUTPUT.search(line)]
    if not asked or _nonlive("\n".join(prose)):
        return None
    word = view.instruction[asked[0] :].split(None, 1)[0]
    return _Stake("security_audit", "scan_assessment", word, "scan output", 0.75)


#: A button pressed for the user ("Hit proceed for me", "click Approve").
_PRESS: Final = re.compile(
    r"\b(?:hit|click|press|smash|tap)\s+(?:on\s+)?(?:the\s+)?[\"'\[]?(?:proceed|approve|yes|deploy"
    r"|confirm|ok|continue|promote|release|merge|go|run|apply|submit)\b"
)
#: The pasted prompt it answers: an act asked about with a question mark ("Deploy build #913
#: (commit 7c1e9a2) to production? [Proceed] [Abort]").
_PROMPTED_ACT: Final = re.compile(
    r"[^\n?]*\b(?:deploy|promote|release|push|ship|roll\s*out|apply|merge|run|migrate|publish)\b"
    r"[^\n?]{0,120}\?"
)


def _pressed_prompt_stake(view: _View) -> _Stake | None:
    """A button pressed for the user ("Hit proceed for me.") on a pasted pipeline prompt that
    acts on something live ("Deploy build #913 to production? [Proceed] [Abort]")."""
    if (pressed := _PRESS.search(view.instruction)) is None:
        return None
    text = view.instruction
    start = max(text.rfind(". ", 0, pressed.start()), text.rfind("\n", 0, pressed.start())) + 1
    if _nonlive(text[start : pressed.end() + 60]):  # "hit proceed on the staging one"
        return None
    for prompt in _PROMPTED_ACT.finditer(f"{view.material}\n{view.instruction}"):
        if live := rules.LIVE_MARKER.search(prompt.group()):
            return _Stake("deploy", "pressed_prompt", pressed.group(), live.group(), 0.8)
    return None
