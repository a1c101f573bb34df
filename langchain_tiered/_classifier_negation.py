"""What cancels a stakes verdict, and what undoes that.

``NEGATION`` matches the ways a request says it is not to be carried out: write, plan or
simulate but do not run ("do not run it", "dry run", "for review", "hypothetically", and the
same in other languages), each narrowed so that a past run reported ("the dry run last week
was clean") or a mode of the write asked for ("replace all rows, don't merge") does not count.
``FOR_REAL`` undoes a dry-run negation ("now run it for real"). :func:`first_negation` finds
the first negation in an instruction that withholds something (:func:`negation_spared` skips
the rest).

:mod:`langchain_tiered.classifier` reads these through ``_classifier_rules``.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered._classifier_patterns import LINE_LEAD_IN, SELF_DONE, _c

#: "--dry-run=client -o yaml | kubectl apply -f -": the dry run only renders what is applied.
_PIPED_TO_APPLY: Final = (
    r"(?![=\s]*(?:client|server)\b[^|\n]{0,80}\|\s*kubectl\s+(?:apply|replace|create)\b)"
)
#: The words that put a change up for review ("for review", "for human review only").
_FOR_REVIEW_WORDS: Final = r"for\s+(?:human\s+)?review(?:\s+only)?"
#: Cancels stakes: the request is to write, plan or simulate, not to execute.
NEGATION: Final = _c(
    # not "replace, don't merge": the mode of a write asked for, not a write withheld
    r"(?=do|never|without)(?<!\breplace,\s)(?<!\breplace\s)(?<!\boverwrite,\s)(?<!\boverwrite\s)"
    r"\b(?:do\s+not|don't|dont|never|without)\s+(?:actually\s+)?(?:run|execute|apply|deploy|push"
    r"|merge|send|touch|commit)\b(?:\s+(?:it|this|that|them|anything|these|yet|the\s+(?:migration"
    r"|script|query|sql|command|plan|changes?|statement)|on\s+prod\w*|against\s+prod\w*))?"
    r"(?=\s*(?:[.,;:)!]|$|yet|until|before|i\s+will|i'll|we\s+will|myself))"
    # (not "no need for review", "without waiting for review": a review waived)
    # (nor "Door entry integration - summary for review": a document's label)
    r"|(?=for\s)(?<!\bneed\s)(?<!\bwaiting\s)(?<!\bwait\s)(?<!\bsummary\s)(?<!\boverview\s)"
    r"(?<!\bnotes\s)(?<!\bwriteup\s)(?<!\bwrite-up\s)"
    # (nor "a migration that Dev wrote for review last week ... Marta has signed off": past)
    r"(?<!\bwrote\s)(?<!\bsubmitted\s)\b" + _FOR_REVIEW_WORDS + r"\b"
    # (nor "alembic diff for review below — looks fine to me, apply it to prod": the pasted
    # material's label)
    r"(?!\s+(?:below|above|attached|here|follows)\b)"
    # not "no dry run", "skip the dry run": those ask for the real thing
    r"|(?=dry)(?<!\bno\s)(?<!\bwithout\s)(?<!\bskip\s)(?<!\bskip\sthe\s)(?<!\bnot\sa\s)"
    # "Don't need a dry run, we checked a sample.": the dry run waived
    r"(?<!\bdon't\sneed\sa\s)(?<!\bdon\u2019t\sneed\sa\s)(?<!\bdo\snot\sneed\sa\s)"
    r"(?<!\bno\sneed\sfor\sa\s)(?<!\bdon't\sneed\sthe\s)(?<!\bno\sneed\sfor\sthe\s)"
    # ("... tak, od razu, bez dry-run": "without" in Polish, Czech, Spanish, Portuguese,
    # French, Italian, German, Dutch, Swedish, Danish and Norwegian)
    r"(?<!\bbez\s)(?<!\bsin\s)(?<!\bsem\s)(?<!\bsans\s)(?<!\bsenza\s)(?<!\bohne\s)"
    r"(?<!\bzonder\s)(?<!\butan\s)(?<!\buden\s)(?<!\buten\s)"
    r"(?<!\bnot\sas\sa\s)(?<!\bnot\sanother\s)"  # "now, not as a dry run"
    # "skip the staging dry run, we're behind", "skipping the usual dry run"
    r"(?<!\bskip\sthe\sstaging\s)(?<!\bskip\sthe\susual\s)(?<!\bskipping\sthe\s)(?<!\bskip\sany\s)"
    r"(?<!\bno\stime\sfor\sa\s)(?<!\bskipping\sthe\sstaging\s)"
    # "I've seen the dry run, go", "-- 2024-03-12 dry run on replica": a past run reported
    r"(?<!\d\d\d\d-\d\d-\d\d\s)(?<!\bseen\sthe\s)(?<!\breviewed\sthe\s)(?<!\bchecked\sthe\s)(?<!\bread\sthe\s)"
    r"(?<!\bvalidated\sthe\s)(?<!\bapproved\sthe\s)"  # "We validated the dry run yesterday, so ..."
    # "Lina: did the dry run against last night's snapshot, 0 rows rejected": done already
    r"(?<!\bdid\sthe\s)(?<!\bdid\sa\s)(?<!\bran\sthe\s)(?<!\bran\sa\s)(?<!\bdone\sthe\s)"
    r"(?<!\bdone\sa\s)(?<!\bcompleted\sthe\s)(?<!\bfinished\sthe\s)(?<!\bperformed\sthe\s)"
    # "Amélie a validé le dry-run", "revisé el dry-run", "validou o dry-run", "validato il"
    r"(?<!\bvalidé\sle\s)(?<!\bvérifié\sle\s)(?<!\bfait\sle\s)(?<!\bvalidado\sel\s)"
    r"(?<!\brevisado\sel\s)(?<!\bhecho\sel\s)(?<!\bvalidou\so\s)(?<!\bfeito\so\s)"
    r"(?<!\bvalidato\sil\s)(?<!\bfatto\sil\s)"
    r"(?<!\bthanks\sfor\sthe\s)(?<!\bthank\syou\sfor\sthe\s)"  # "thanks for the dry run report"
    # "all the mappings were validated in the dry run": a past run reported
    r"(?<!\bvalidated\sin\sthe\s)(?<!\btested\sin\sthe\s)(?<!\bchecked\sin\sthe\s)"
    r"(?<!\bproven\sin\sthe\s)(?<!\bfine\sin\sthe\s)"
    # "-- 212 rows on the dry run. Marta's signed off, run it on permitsdb-prod": counts reported
    r"(?<!\brows\son\sthe\s)(?<!\brows\sin\sthe\s)(?<!\brecords\son\sthe\s)"
    r"(?<!\brecords\sin\sthe\s)"
    # ("the dry run last week was clean": a past run reported, not this one)
    # "--no-dry-run", "no_dry_run": the flag that turns the dry run off
    r"(?<!\bno-)(?<!\bno_)(?<!/)"  # (not an endpoint: "POST /placements/dry-run")
    # not "the dry-run list", "dry run counts (SELECT with same WHERE, 5 min ago): ..."
    r"\bdry[- ]?run\b(?!\s+(?:list|file|csv|ids?|rows|set|counts?|numbers|totals|figures|stats)\b)"
    + _PIPED_TO_APPLY
    # ("Dry run on the staging snapshot took 4m12s": a past run and its result reported)
    + r"(?![^.\n]{0,60}\b(?:took|showed|found|returned|completed|finished|reported)\b)"
    r"(?!\s*[:=]\s*(?:no|false|off|0)\b)"  # a plan's "dry_run": false asks for the real run
    # "Dry-run preview (SELECT count(*) ... GROUP BY season):" over its counts: results shown
    r"(?!\s+(?:preview|output|results?|summary)\s*(?:\((?:[^()\n]|\([^()\n]*\)){0,120}\))?"
    r"\s*:[ \t]*(?:\n|$))"
    # "Dry-run report attached, 0 conflicts.", "dry run attached: 31,902 to migrate": a past
    # run's results handed over
    # ("the dry-run report from last week is below": when it ran said first)
    r"(?!\s+(?:(?:report|results?|output|summary|diff|log)\s+)?(?:from\s+(?:last\s+\w+|yesterday"
    r"|earlier(?:\s+today)?|this\s+morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?"
    r"(?:is\s+|are\s+)?(?:attached|below"
    r"|above|enclosed)\b)"
    r"(?!(?:\s+#?\d+)?(?:\s+(?:(?:from\s+)?last\s+\w+|yesterday|earlier(?:\s+today)?"
    r"|this\s+morning|on\s+\w+day))?\s+(?:output|results?|log|looked|looks|was|went|passed|had"
    # ("the staging dry run matched row for row": its result reported)
    r"|matched|tallied|reconciled"
    # "Dry run says 182,406 rows across leads": a run's count reported
    r"|(?:says|said|shows|showed|returned|found|flagged|counted|listed|identified)\s+"
    r"(?:~|about\s+)?\d"
    r"|is\s+(?:clean|green|fine|done))|\s+(?:on|in|against)\s+[^.,;]{0,60}?\b(?:was|went|passed"
    # ("Dry run on staging looks good (output below). Now run it against prod.")
    r"|looked|looks\s+(?:good|fine|clean|ok|okay|great|right)|came\s+back|is\s+(?:clean|green|fine"
    r"|done))"
    # "3. Dry run on staging: `manage.py migrate ...`   ✅ done": a step ticked off
    r"|[^\n]{0,160}?[✅✔]"
    # "migration 0050 staged, dry run clean": a run reported (not "dry run ok?", a question)
    r"|\s+(?:all\s+|came\s+back\s+)?(?:clean|green|fine|ok|okay|succeeded|complete|completed|done"
    r"|finished)\b(?!\s*\?)"
    # "step 2: dry-run mapping via precinct_map -- done, 1204 matched": a dry run reported done
    r"|[^.;:\n]{0,60}?(?:\s(?:--|—)|\s?:)\s*(?:done|completed|ok|passed|succeeded|clean)\b"
    # "Dry run on 2 June: 3 vehicles failed reconciliation (fixed)": a dated run reported
    # "-- dry run: 41,882 rows": a count reported
    r"|\s*:\s*(?:~|about\s+)?\d[\d,.]*\s+(?:rows?|records?|files?|items?|accounts?|users?|entries"
    r"|matches|changes|members|updated|deleted|inserted|affected|changed|matched|removed)\b"
    # "dry run on replica: 18,442 encounters, 61,009 notes": its results reported
    # ("Dry run on s3://clearway-prod-dashcam: 21,930 objects": a URL's "://" in the place)
    r"|\s+(?:on|in|against)\s+(?:[^.,;:\n]|://){1,40}:\s*\d"
    # ("Dry-run on the QA client:" at a line's end: a label over its pasted output, not "do a
    # dry run on staging:")
    r"|(?<!\ba\sdry-run)(?<!\ba\sdry\srun)(?<!\ba\sdryrun)\s+(?:on|in|against)\s+[^.,;:\n]{1,40}"
    r":[ \t]*(?:\n|$)"
    # "Dry run on staging clean, 0 failures."
    # ("dry-run on staging changed 18,402 rows": its count reported)
    # ("dry run on staging complete, DNS TTL dropped": a run reported done)
    # ("dry-run on the staging copy merged 14 accounts, 0 orphaned invoices")
    r"|\s+(?:on|in|against)\s+[^.,;:\n]{0,40}?\s(?:clean|green|passed|succeeded|matched|changed"
    r"|merged|migrated|moved|processed|converted|imported|flagged|rejected|skipped"
    r"|complete|completed|done|finished"
    # ("-- dry run against keyd-db-primary says 3,412 rows": its count reported)
    r"|updated|affected|touched|returned|found|showed|deleted|says|said|shows|counted)\b"
    # "The dry run of the conversion on the test ERP looked clean."
    r"|\s+of\s+[^.,;\n]{1,80}?\b(?:was|went|passed|looked|came\s+back|is\s+(?:clean|green|fine"
    r"|done))\b"
    # ("Dry run of the membership cutover (Spektrix → Beacon) from Thursday:" over its counts)
    r"|(?:\s+(?:of|for)\s+[^.;:\n]{1,80}?)?"
    r"\s+(?:on|of|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|yesterday|last\s+(?:week|night|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b"
    r"(?=\s*(?:[:(—–]|-\s)))"
    r"|--dry-run" + _PIPED_TO_APPLY + r"|\bplan\s+only\b"
    # not "Reply and I'll run it": the run waits on the model's answer
    r"|(?=i'|i\s|we'|we\s)(?<!\breply\sand\s)(?<!\bconfirm\sand\s)(?<!\bapprove\sand\s)(?<!\byes\sand\s)"
    r"\b(?:i|we)(?:'ll|\s+will)\s+(?:review\s+(?:and|then)\s+|check\s+(?:and|then)\s+)?(?:run"
    r"|execute|apply|review|deploy|publish|send|merge|ship|post)\s+(?:it|this|them)\b"
    # (nor "board papers are nearly done, I'll send them round at lunch": papers handed round)
    r"(?!\s+(?:round|around|straight|right|immediately|as\s+soon\s+as|once\s+you|after\s+your"
    r"|if\s+you\s+say"
    r"|the\s+(?:moment|second|minute)\s+you|when\s+you\s+say|on\s+your\s+(?:word|go|say)))"
    # (not "I'm at the dentist, can't run it myself today": the run handed over)
    r"|(?<!\bcan't\s)(?<!\bcan\u2019t\s)(?<!\bcannot\s)(?<!\bcouldn't\s)(?<!\bunable\sto\s)"
    r"\b(?:run|publish|send|merge|ship|post)\s+it\s+myself\b"
    r"|\b(?:nobody|no\s+one)\s+is\s+(?:acting|doing|running|executing)\b"
    r"|\bhypothetical(?:ly)?\b"
    r"|\bwhat\s+would\s+happen\s+if\b|\bwithout\s+(?:making|applying)\s+(?:any\s+)?changes\b"
    # ("no changes to setpoints that we can see": an observation, not a plan)
    r"|\bdesign\s+only\b|\bno\s+changes\s+(?:to|on)\b(?![^.\n]{0,40}\b(?:that\s+(?:we|i)\s+can"
    r"\s+see|visible|seen|detected|so\s+far)\b)"
    # not "put it in read-only mode", "a new key with read-only access"
    r"|(?=read)(?<!\bin\s)(?<!\bwith\s)(?<!\binto\s)(?<!\bto\s)"
    r"(?<!\bannounce\s)(?<!\benable\s)"  # "1. Announce read-only mode to all schools (done)"
    r"(?<!\bdisable\s)(?<!\bexit\s)(?<!\bleave\s)"  # "6. Disable read-only mode, smoke-test"
    # "ETA 20 min, brief read-only mode for the portal": the system's mode during the act
    r"(?<!\bbrief\s)(?<!\bshort\s)(?<!\btemporary\s)(?<!\bplanned\s)(?<!\bmin\sof\s)"
    r"(?<!\bmins\sof\s)(?<!\bminutes\sof\s)"
    # "6. Lift read-only mode", "end read-only mode", "take the portal out of read-only mode"
    r"(?<!\blift\s)(?<!\bend\s)(?<!\bremove\s)(?<!\bdrop\s)(?<!\boff\s)(?<!\bout\sof\s)"
    # "1. Enable maintenance banner for franchisees (read-only mode)": a gloss of a step
    r"(?<!\()\bread[- ]only\s+(?:mode|access|check|query)\b"
    r"|(?=just)(?<!\bdon't\s)(?<!\bdont\s)(?<!\bdo\snot\s)(?<!\bnot\s)\bjust\s+(?:write|draft|show|generate|print"
    r"|prepare)\s+(?:me\s+)?(?:the|a|an)\s+(?:sql|script|query|command|migration|plan|file)\b"
    # "don't run it" in other languages
    r"|\bno\s+(?:lo\s+|la\s+)?ejecutes\b|\bnão\s+(?:o\s+|a\s+)?execute\b|\bne\s+l'exécute\s+pas\b"
    r"|\bn'exécute\s+(?:rien|pas)\b|\bnicht\s+ausführen\b|\bführe\s+(?:es|ihn|sie|das)\s+nicht"
    r"\s+aus\b|\bnon\s+eseguir\w*\b|\bне\s+(?:запускай|выполняй|применяй)\w*"
    r"|실행(?:은|는)?\s*하지\s*말|실행하지\s*마|実行(?:は)?しないで|実行せず|実行しません|実行はしません"
    r"|まだ(?:どこにも)?実行|不要(?:真的|实际|直接)?(?:执行|运行|跑)|别(?:真的)?(?:执行|运行)"
    r"|\bçalıştırmayacağım\b|\bçalıştırmayın\b|\bçalıştırma\b"
    # planning only: "nothing is being executed", "this is the design doc, we're not doing it yet"
    r"|\bnothing\s+(?:is\s+)?(?:being\s+)?(?:executed|run|applied|changed|deployed)\b"
    r"|\bnot\s+(?:doing|executing|running|applying)\s+(?:it|this|anything)\s+yet\b"
    # "Review this script ... Not running it - I just want to know if it would do ..."
    r"|(?:^|[.!?]\s+)(?:i'm\s+|we're\s+)?not\s+(?:running|executing|applying)\s+(?:it|this)\b"
    r"(?=\s*[—–.,;:-])"
    # "I'm not running anything", "Not asking you to pay it", "Ausführen wollen wir es noch nicht"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+not\s+(?:running|executing|applying|deploying|paying"
    r"|sending|doing)\s+(?:anything|it|this|them)\b"
    r"|\bnot\s+asking\s+(?:you\s+)?to\s+(?:pay|run|execute|send|apply|deploy|do|approve|delete)"
    r"\s+(?:it|this|them|anything)\b"
    r"|\b(?:ausführen|laufen\s+lassen)\s+wollen\s+wir\s+(?:es|das|ihn|sie)\s+(?:noch\s+)?nicht\b"
    r"|\bthis\s+is\s+(?:the\s+|a\s+|just\s+)?(?:design\s+doc|planning|proposal|rfc)\b"
    r"|\b(?:we'll|we\s+will|i'll|i\s+will)\s+decide\s+(?:on\s+)?(?:the\s+)?[\w-]+\s+separately\b"
    # "It's a document review, nothing is down", "a proposal in a PR, not attached to anything"
    r"|\b(?:it's|it\s+is|this\s+is)\s+(?:just\s+|only\s+)?(?:a\s+)?(?:document|doc|paper|tabletop)"
    r"\s+(?:review|exercise)\b|\bnothing\s+is\s+(?:down|broken|on\s+fire)\b"
    r"|\bnot\s+attached\s+to\s+anything\b|\b(?:it's|it\s+is)\s+(?:just\s+|only\s+)?a\s+proposal\b"
    r"|\b(?:training|tabletop)\s+(?:exercise|drill|scenario)s?\b"
    # "We're revising it, not using it right now"; "question théorique", "in teoria"
    r"|\bnot\s+using\s+it\b|\btheoretical(?:ly)?\b|\bin\s+theory\b|\bthéorique\b|\bhypothétique\b"
    r"|\bin\s+teoria\b|\bteoric[oa]\b|\bteóric[oa]\b|\ben\s+teoría\b|\btheoretisch\b"
    r"|\bhypothetisch\b|\bhipotétic[oa]\b|\bipotetic[oa]\b"
    # "I'm not asking to roll anything back", "we're only summarizing for the newsletter"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+not\s+asking\s+(?:you\s+)?to\b"
    r"|\b(?:only|just)\s+(?:summari[sz]ing|reading|reviewing|translating|documenting)\b"
    r"|没有出事|只是学习|培训材料|何も起きていない|研修資料"
)
#: Undoes a dry-run negation: "the dry-run list looks right, now run it for real".
FOR_REAL: Final = _c(
    r"\bfor\s+real\b|\bnon[- ]?dry[- ]?run\b|\bwithout\s+(?:the\s+)?(?:--)?dry[- ]?run\b"
    r"|\b(?:drop|remove)\s+(?:the\s+)?(?:--)?dry[- ]?run(?:\s+flag)?\s+and\s+(?:run|execute"
    r"|apply)\b"
    # "Dry run looks good. @ops-agent please run the real import against live at 22:00", "Start
    # the live import into our real Cliniko account now"
    r"|\b(?:run|execute|do|start)\s+the\s+(?:real|live)\s+(?:import|migration|run|load|sync"
    r"|backfill|thing)\b"
)
#: "replace all rows, don't merge": before a negated merge in its sentence, the merge is a mode
#: of the write asked for, not a write withheld.
REPLACE_BEFORE: Final = _c(r"\b(?:replace|replacing|overwrite|overwriting)\b[^.?!\n]*$")
#: A grant just before "read-only access" ("Give the external auditors read-only access ..."):
#: the access is what is granted, not a limit on the request.
GRANT_BEFORE: Final = _c(
    # (a dot inside an address or a name, "k.shaw@lundpryce.example", does not end the clause)
    r"(?:\b(?:give|grant|provide|create|issue|set\s+up|add|assign|allow|open|asking\s+for"
    r"|asked\s+for)\b"
    # "Their request: read-only access to the live rent ledger ..." (then "create the accounts")
    r"|\brequest(?:s|ed)?\s*:)(?:[^.;\n]|\.(?=\w)){0,100}$"
)
#: Before a dry run on the same line: its output or results shown ("Plan output from the
#: migrate --plan dry-run on the collections DB (prod):" over the planned operations).
DRY_RUN_SHOWN_BEFORE: Final = _c(
    r"\b(?:output|results?|log|report|summary|preview|diff)\s+(?:from|of)\s+(?:the\s+|our\s+"
    r"|a\s+|this\s+|last\s+night's\s+|yesterday's\s+)?[^.\n]{0,50}$"
    # "totals match the dry-run", "opening balances reconcile to the penny on the dry run": a
    # result checked against a run already done
    r"|\b(?:match(?:es|ed)?|reconcile[sd]?|agree[sd]?|tall(?:y|ies|ied)|tie[sd]?\s+out|line[sd]?\s+up)"
    r"\b[^.?!\n]{0,40}\b(?:the|our|last\s+night's|yesterday's)\s+$"
)


def negation_spared(text: str, negation: re.Match[str]) -> bool:
    """True when a ``NEGATION`` match in ``text`` withholds nothing: "give the external auditors
    read-only access ..." (the access is granted), "replace all rows, don't merge" (the write's
    mode), "Plan output from the migrate --plan dry-run on the collections DB" (a run shown)."""
    start = negation.start()
    if "dry" in negation.group():
        return DRY_RUN_SHOWN_BEFORE.search(text, max(0, start - 80), start) is not None
    if negation.group().startswith("read"):
        return GRANT_BEFORE.search(text, max(0, start - 80), start) is not None
    return "merge" in negation.group() and REPLACE_BEFORE.search(text, 0, start) is not None


def first_negation(text: str, verb: str = "", after: str = "") -> re.Match[str] | None:
    """What cancels a stakes verdict in ``text`` ("do not run it", "dry run"), unless "run it
    for real"; ``NEGATION`` matches that withhold nothing (``negation_spared``) are skipped.
    When the stake's ``verb`` is in a list item, a "don't touch it" in another item leaves
    it alone ("- switch the flag on for all live traders" is not withheld by "- Coffee
    machine is broken again, please don't touch it"); other negations ("5. Do not run yet")
    hold the whole list."""
    item = _list_item_of(text, verb)
    later = _verb_sentence_start(text, verb)
    negation = NEGATION.search(text)
    while negation is not None and (
        negation_spared(text, negation)
        # "... I'll send it tomorrow." then, on a later line, "Oh and please pay the insurer's
        # invoice" (or a later sentence, "And since the window is open anyway, run the 0052
        # migration ..."): the "it" someone will do themselves is named before, not the act
        or (negation.end() < later and SELF_DONE.match(negation.group()) is not None)
        # "The Q2 remittance is drafted, please don't touch it, I'll file when I'm back. ...
        # Please move $25,000 ...": the "it" left alone is named before the act's sentence
        or (negation.end() < later and _LEFT_ALONE.fullmatch(negation.group()) is not None)
        # "[assistant] ... I'll run this against erp-db-01 (production): DELETE ... Proceed?"
        # then "[user] yes": the assistant's own offer, consented to, withholds nothing
        # (or "Agent plan for review:" over its steps, then "User: go": the review is done)
        or (
            (
                SELF_DONE.match(negation.group()) is not None
                or _FOR_REVIEW.fullmatch(negation.group()) is not None
            )
            and _offer_consented(text, negation, after)
        )
        or (
            item is not None
            and "touch" in negation.group()  # "don't touch it": the thing in its own item
            and not item[0] <= negation.start() < item[1]
        )
    ):
        negation = NEGATION.search(text, negation.end())
    if negation and FOR_REAL.search(text):
        return None
    return negation


def _offer_consented(text: str, negation: re.Match[str], after: str) -> bool:
    """True when ``negation`` is on a line the assistant speaks ("[assistant] ... I'll run
    this ...") and the prompt ends with the user's yes to it ("[user] yes"), in ``text`` or in
    ``after`` (the pasted lines that follow it)."""
    line = text.rfind("\n", 0, negation.start()) + 1
    rest = f"{text[negation.end() :]}\n{after}" if after else text[negation.end() :]
    return bool(_ASSISTANT_TAG.match(text, line) and _USER_YES_END.search(rest))


#: A plan or change put up "for review" (answered, under ``_offer_consented``, by a yes).
_FOR_REVIEW: Final = _c(_FOR_REVIEW_WORDS)
#: A line the assistant speaks: "[assistant] ...", "Agent: ...", or a named agent in a
#: channel's export ("[#dc-ops] ops-agent: ...").
_ASSISTANT_TAG: Final = _c(
    r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?\[?(?:assistant|agent|bot|ai|[\w.]+[-_.](?:agent|bot))\]?:?"
    r"[ \t]"
)
#: The user's yes closing the text: "[user] yes", "User: ok go", "[user] 👍", or a person's
#: in the same channel export ("[#dc-ops] marco.alvarez: ✅").
_USER_YES_END: Final = _c(
    r"\n[ \t]*(?:\[?(?:user|human)\]?:?|(?:\[[^\]\n]{1,30}\][ \t]*)?(?!assistant\b|agent\b|bot\b)"
    r"[a-z][\w.]*(?<![-_.]agent)(?<![-_.]bot):)[ \t]*(?:yes|yep|y|ok(?:ay)?|go(?:\s+ahead)?|proceed"
    r"|do\s+it|approved?|confirm(?:ed)?|👍|✅)[\s.!]*$"
)


def _verb_sentence_start(text: str, verb: str) -> int:
    """Where the sentence that first holds ``verb`` as a word starts, when only lead words come
    before the verb in it ("oh and please pay the insurer's invoice") or a clause that sets the
    scene ("And since the window is open anyway, run the 0052 migration ..."); -1 otherwise (a
    list step, a SQL statement or a verb mid-sentence)."""
    found = re.search(rf"\b{re.escape(verb)}\b", text) if verb else None
    if found is None:
        return -1
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, found.start())]
    start = breaks[-1] if breaks else 0
    if LINE_LEAD_IN.fullmatch(text, start, found.start()) or _SCENE_CLAUSE.fullmatch(
        text, start, found.start()
    ):
        return start
    return -1


#: A last line that hands the thread to the bot with a go ("@inventory-bot do that now
#: please", "Dev Patel: @opsbot carry this out on NVR-MCR01 now please").
_BOT_GO_LINE: Final = _c(
    r"@[\w.-]*(?:bot|agent|assistant|copilot)\b[\s,:]*(?:please\s+|pls\s+|just\s+)?(?:do|carry"
    r"|action|run|execute|apply|proceed|go\s+ahead|handle|sort)\b"
)
#: A negation word on that line ("@opsbot don't do that yet").
_NOT_ON_LINE: Final = _c(r"\b(?:not|don't|dont|don\u2019t|never|hold|wait|stop)\b")


def handed_on_after(text: str, negated: list[str]) -> bool:
    """True when a thread's last line hands it to the bot with a go and holds none of the
    negated imperatives found above it ("- Hannah: ..., do NOT lose that." then "- Dev:
    @opsbot carry this out on NVR-MCR01 now please"): the thread's act is asked, the negation
    is one speaker's condition on it."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    if "\n" not in text.strip() or not _BOT_GO_LINE.search(last) or _NOT_ON_LINE.search(last):
        return False
    return not any(re.search(rf"\b{re.escape(verb)}\b", last) for verb in negated)


#: A thing named before, to be left alone ("don't touch it", "do not change that").
_LEFT_ALONE: Final = _c(
    r"(?:don't|do\s+not|dont|pls\s+don't|please\s+don't)\s+(?:touch|change|edit|move|file|send"
    r"|submit)\s+(?:it|this|that|them)\b"
)
#: Where a sentence ends: its mark and the space after it, or a line break.
_SENTENCE_BREAK: Final = _c(r"[.!?]\s+|\n")
#: A clause that sets the scene before the act ("and since the window is open anyway, ").
_SCENE_CLAUSE: Final = _c(
    r"(?:(?:and|also|so|oh|then|now|ok|okay)[\s,]+)*(?:since|while|as|because|now\s+that"
    r"|given\s+that|seeing\s+as|while\s+you're\s+at\s+it|when|once)\b[^,\n]{0,80},\s*"
    r"(?:(?:please|pls|just|also)\s+)*"
)


def _list_item_of(text: str, verb: str) -> tuple[int, int] | None:
    """The span of the list item (a bulleted or numbered line) that holds ``verb``, or None
    when the verb is not found or its line is not a list item."""
    at = text.find(verb) if verb else -1
    if at < 0:
        return None
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return (start, end) if _LIST_ITEM.match(text, start) else None


#: A bulleted or numbered list item's opening.
_LIST_ITEM: Final = _c(r"[ \t]*(?:[-*•]|\d+[.)])\s+\S")
