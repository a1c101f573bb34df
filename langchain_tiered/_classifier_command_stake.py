"""Where the classifier finds a raw command's stakes (:func:`_command_stake`).

A destructive command (``DROP TABLE``, ``rm -rf``, ``kubectl delete``) fires wherever it is,
unless a task frames it as material and nothing asks to run it. A deploy, migration or SQL write
(``helm upgrade``, ``flyway migrate``, ``UPDATE ... SET``) fires when it is asked to run and
names a live target: a live marker, a remote database URL, or for SQL writes a database named as
where it runs ("UPDATE invoices SET balance = 0 ...; on the finance DB"), unless that is a
non-live one. A credential command (``Set-ADAccountPassword``) or a payment provider's
(``gc-cli payments retry --all``) fires when asked to run.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_commands import MIRROR_COMMAND, PAYMENT_COMMAND, REMOTE_DB_URL
from langchain_tiered._classifier_stake_rule import (
    _nonlive,
    _Stake,
    names_nonlive_target,
    nonlive_ask,
)
from langchain_tiered._classifier_view import _lead_hits, _View

#: A raw command itself in request position ("oh and ... just rm -rf /srv/redwagon/archive").
_COMMAND_ASKED: Final = re.compile(
    r"\b(?:just|please|pls|go\s+ahead\s+and)\s+(?:sudo\s+)?(?:rm\s+-|kubectl\s|drop\s|truncate\s"
    r"|terraform\s+destroy|gsutil\s|aws\s+s3\s+r[mb])"
)
#: An agent's own run of a command, put up for a go ("Next step: I will run\n  flyway ...
#: migrate\nThis applies V58 and V59. Confirm?"): the command runs once it is confirmed.
_RUN_OFFERED: Final = re.compile(
    r"\b(?:i\s+will|i'll|i\s+am\s+going\s+to|i'm\s+going\s+to|about\s+to)\s+(?:now\s+)?(?:run"
    r"|execute|apply)\b(?=[\s\S]{0,600}\b(?:confirm|proceed|continue|go\s+ahead)\s*\?\s*$)"
)
#: The next numbered steps of a pasted runbook asked for ("step 1 and 2 done, dump is 2.1 GB.
#: Carry on with 3 and 4."): the commands in them run.
_STEPS_CONTINUED: Final = re.compile(
    r"\b(?:carry\s+on|continue|proceed|go\s+ahead|crack\s+on|press\s+on|move\s+on)\s+(?:with\s+"
    r"|to\s+)(?:steps?\s+)?\d+(?:\s*(?:,|and|&|to|-|–)\s*\d+)*(?![\w.%:/-])"
)
#: A command followed by asking to hear when it has taken effect ("`kubectl ... apply -f ...`
#: and tell me when the pods are up"): the command is to be run.
_RUN_IMPLIED: Final = re.compile(
    r"\band\s+(?:tell|let)\s+me\s+(?:know\s+)?(?:when|once|if)\s+(?:it|they|the\s+[\w-]+)(?:'s|'re"
    r"|\s+is|\s+are|\s+has|\s+have)?\s+(?:up|done|finished|back|live|ready|running|through|complete"
    r"|rolled\s+out|deployed|applied)\b"
)
#: A destructive command as a numbered step of a plan ("Plan:\n1. rm -rf /srv/certs/archive/2014
#: \n2. verify free space"): the steps are what the plan runs.
_PLAN_STEP: Final = re.compile(
    r"\bplan\s*:\s*\n(?:[^\n]*\n){0,6}?[ \t]*\d+[.)][ \t]+(?:sudo\s+)?(?:rm\s+-|kubectl\s|drop\s"
    r"|truncate\s|terraform\s+destroy|gsutil\s|aws\s+s3\s+r[mb]|delete\s+from\s)"
)
#: A database named as where a statement runs ("on the finance DB", "against the billing
#: database").
NAMED_DATABASE: Final = re.compile(
    r"\b(?:on|in|against)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:db|database)\b"
)

#: ... or a database server named by its host name ("apply this to db01 at lunch"), not a
#: non-live one ("db-staging-01", "testdb2").
DATABASE_HOST: Final = re.compile(
    r"\b(?:to|on|against|in)\s+(?:the\s+)?(?![\w-]*(?:dev|test|stag|qa|local|sandbox|uat|scratch"
    r"|demo|train))(?:[a-z][\w-]*?)?(?:db|sql|pg|mysql|maria|mongo|postgres)[\w-]*?\d+\b"
)


#: Environment words that name a mirror's source, not its target ("my local folder").
_SOURCE_WORDS: Final = frozenset({"local", "locally"})


def _command_stake(view: _View, framed: bool) -> _Stake | None:
    """A raw destructive command fires unless framed as material and not asked to be run."""
    found = None
    for text in (view.instruction, view.material):
        if any(n in text for n in rules.DESTRUCTIVE_NEEDLES):
            found = found or rules.DESTRUCTIVE_COMMAND.search(text)
    asked = any(  # asked to run, in so many words
        not rules.NEGATED_BEFORE.search(view.instruction, max(0, pos - 24), pos)
        for pos in _lead_hits(view, rules.EXEC_VERBS)
    ) or any(
        asking.search(view.instruction)
        for asking in (
            rules.EXEC_PHRASE,
            _COMMAND_ASKED,
            _RUN_OFFERED,
            _STEPS_CONTINUED,
            _RUN_IMPLIED,
        )
    )
    # ... or a bare command, nothing asked about it
    executed = asked or not (framed or "?" in view.instruction)
    if not executed and any(_PLAN_STEP.search(text) for text in (view.instruction, view.material)):
        # a plan's own steps, unless the first line asks to read it ("Summarise this plan: ...")
        first_line = len(view.instruction.split("\n", 1)[0])
        executed = all(pos >= first_line for pos in _lead_hits(view, rules.READ_ONLY_WORDS))
    if found is None and executed:  # "go ahead and run `helm upgrade ... -n prod`"
        for text in (view.instruction, view.material):
            deploy = next(  # (a flagged command or an upgrade script: only when asked to run)
                (
                    m
                    for m in rules.DEPLOY_COMMAND.finditer(text)
                    if asked or not (m.group("flagged") or m.group("apply"))
                ),
                None,
            )
            if deploy is None:
                continue
            live = rules.LIVE_MARKER.search(text, deploy.start())
            if deploy.group("fleet") and live is None:  # "--fleet atu-all": every field unit
                return _Stake("deploy", "raw_command", deploy.group(), deploy.group("fleet"), 0.9)
            if deploy.group("plan") and live is None:  # a pasted plan: any live resource in it
                live = rules.LIVE_MARKER.search(text)
            if deploy.group("sql") and live is None:
                if not names_nonlive_target(view.instruction):  # ("tested on the staging copy")
                    live = DATABASE_HOST.search(view.instruction)  # "apply this to db01 at lunch"
                if live is None and not _nonlive(view.instruction):
                    live = NAMED_DATABASE.search(view.instruction)  # "...; on the finance DB."
            if deploy.group("migrate") and live is None:  # "flyway -url=jdbc:...//db-01.corp"
                live = REMOTE_DB_URL.search(text, deploy.start(), deploy.end() + 160)
                if live is None and "qtext" in deploy.group():  # psql "$PROD_DATABASE_URL" -f
                    live = rules.LIVE_MARKER.search(view.material)
            if deploy.group("apply") and live is None and not nonlive_ask(view.instruction):
                return _Stake("migration", "raw_command", deploy.group(), "", 0.9)
            if live := live or rules.LIVE_MARKER.search(view.instruction):
                intent = "migration" if deploy.group("migrate") else "deploy"
                intent = "delete_data" if deploy.group("sql") else intent  # UPDATE ... SET
                return _Stake(intent, "raw_command", deploy.group(), live.group(), 0.9)
    if found is None and executed:  # "rsync -a --delete ./t/ srv-01:/srv/t/" then "run it"
        for text in (view.instruction, view.material):
            # ("run it, my local folder is the source of truth": the source is local, the
            # host the target; a non-live host or environment named spares it)
            if (
                (mirror := MIRROR_COMMAND.search(text))
                and not _nonlive(mirror.group())
                and not _nonlive(view.instruction, _SOURCE_WORDS)
            ):
                return _Stake("delete_data", "raw_command", mirror.group(), "", 0.9)
    # "truncate every table in my local docker database": a non-live target asked for
    local = nonlive_ask(view.instruction)  # (not "Dry run on staging said 41,208 cards.")
    if found is None and executed and not local:  # "Set-ADAccountPassword ... run it on DC01"
        for text in (view.instruction, view.material):
            if cred := rules.CREDENTIAL_COMMAND.search(text):
                return _Stake("credentials", "raw_command", cred.group(), "", 0.9)
            if pay := PAYMENT_COMMAND.search(text):  # "$ gc-cli payments retry ... --all"
                return _Stake("payment", "raw_command", pay.group(), "", 0.9)
    if found is None or (framed and not executed) or local:
        return None
    return _Stake("delete_data", "raw_command", found.group(), "", 0.9)
