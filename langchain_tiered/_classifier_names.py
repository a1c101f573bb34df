"""People named like an environment: "Dev" the colleague, not the dev environment.

The rules read a lower-cased view, where "dev" marks a non-production target ("drop it on
dev"), so a request naming a person called Dev ("Issue Dev a fob", "email the new key to
Dev", "Dev Patel: @opsbot carry this out on NVR-MCR01 now") read as work on a dev
environment and lost its stakes. :func:`person_dev_masked` reads the original case first:
when the prompt shows Dev to be a person (a speaker label "Dev:" or "Dev Patel:", a full
name, a greeting or sign-off, "Dev's messages", a verb of speech after the name), every
capitalised "Dev" in it is spelled ``PERSON_DEV`` so no environment pattern sees it. A prompt
without such a sign is returned unchanged: "Deploy to Dev first" stays an environment. The
learned scorer was trained on the original spelling, so :func:`scorer_spelling` and
:func:`scorer_words` give it "dev" back. Pure functions over strings, no I/O.
"""

from __future__ import annotations

import re
from typing import Final

#: The spelling a person called Dev gets (no environment pattern reads it).
PERSON_DEV: Final = "Deva"
#: Capitalised words after "Dev" that name an environment's part, not a surname ("Dev Server").
_ENV_NOUNS: Final = (
    r"(?:Env\w*|Server|Servers|Box|Cluster|Database|DB|Team|Ops|Tenant|Site|Instance|Stack"
    r"|Branch|Build|Portal|Org|Account|Channel|Environment|Sandbox|Slot|Copy|Region|Workspace"
    r"|Project|Subscription|Machine|VM|Host|Node|Pipeline|Stage|Tools?|Kit|Mode|Version"
    r"|Release|Deploy\w*|Config\w*|Data|API|App|Bucket|Store|Shop|Web\w*)\b"
)
#: A sign that the prompt names a person called Dev (read case-sensitively).
_PERSON_SIGN: Final = re.compile(
    # a speaker label: "Dev: run these two", "01:12 Dev: locked out", "- Dev Patel: agreed"
    r"(?m:^[ \t]*(?:[-*>•][ \t]*)?(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]+)?"
    r"Dev(?:[ \t]+[A-Z][a-z'’-]+)?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*:)"
    # a full name: "From: Dev Sharma <dev.sharma@...>", "Dev Patel approved it"
    r"|\bDev[ \t]+(?!" + _ENV_NOUNS + r")[A-Z][a-z]+\b"
    # a greeting or a sign-off: "Hi Dev,", "Thanks, Dev"
    r"|\b(?:Hi|Hey|Dear|Thanks|Thank\s+you|Cheers|Regards|Best|Thx|Ta),?[ \t]+Dev\b"
    # what he said or owns: "per Dev's messages", "I know Dev", "ask Dev"
    r"|\bDev['’]s\b|\b(?:I\s+know|ask|tell|ping|call|text|remind|cc)[ \t]+Dev\b"
    r"|\bDev[ \t]+(?:said|says|wrote|asked|approved|confirmed|replied|agreed|wants|needs"
    r"|called|texted|messaged|emailed|is\s+(?:on\s+(?:leave|holiday|shift)|off|away|out))\b"
)
#: A capitalised "Dev" on its own (not "DEV", "dev", "Dev-2", "Devon", "Dev.example").
_DEV_NAME: Final = re.compile(r"\bDev\b(?![-./@]\w)")


def person_dev_masked(text: str) -> str:
    """``text`` with each capitalised "Dev" spelled ``PERSON_DEV`` when the prompt shows Dev to
    be a person; else ``text`` unchanged."""
    if "Dev" not in text or _PERSON_SIGN.search(text) is None:
        return text
    return _DEV_NAME.sub(PERSON_DEV, text)


#: The masked spelling as the lower-cased view holds it.
_MASKED_WORD: Final = re.compile(r"\b" + PERSON_DEV.lower() + r"\b")


def scorer_spelling(instruction: str) -> str:
    """A lower-cased instruction with the masked name spelled "dev" again (for the scorer)."""
    return (
        _MASKED_WORD.sub("dev", instruction) if PERSON_DEV.lower() in instruction else instruction
    )


def scorer_words(words: frozenset[str]) -> frozenset[str]:
    """The view's word set with the masked name spelled "dev" again (for the scorer)."""
    masked = PERSON_DEV.lower()
    return words - {masked} | {"dev"} if masked in words else words
