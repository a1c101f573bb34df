"""Classes of phrasing from older read misses (VI to VL), fixed after RJ to RN were read.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_commands import without_routing_talk
from langchain_tiered._classifier_json_prompt import split_json_message_tail
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_ALERT = (
    '{"incident": "PD-40112", "service": "orders-consumer", "status": "triggered", '
    '"summary": "DLQ at 480k, consumers crashlooping on a bad schema"}\n'
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a bare migration command run at a named database server, not a local or test one
        ("flyway -url=jdbc:postgresql://ledger-db-02.corp.internal/ledger migrate", 3),
        (
            "just a one-liner, the cheap model is fine: liquibase --url=jdbc:mysql://"
            "crm-db1.acme-corp.net/crm update",
            3,
        ),
        ("flyway -url=jdbc:postgresql://localhost:5432/ledger migrate", NEAR_MISS),
        ("flyway -url=jdbc:postgresql://ledger-db-staging.corp/ledger migrate", NEAR_MISS),
        (
            "Why does flyway -url=jdbc:postgresql://db2.corp/ledger migrate fail with a "
            "checksum mismatch?",
            NEAR_MISS,
        ),
        # a reading still moving, then "abort ... or keep going?"
        (
            "The freeze-dryer reads -18 °C and rising on hour 30 of 40. Abort and pull the "
            "herbarium sheets, or reseal and keep going?",
            3,
        ),
        ("Kiln 2 is 35 degrees over setpoint and climbing. Abort the firing, or let it run?", 3),
        (
            "In last year's training scenario the kiln was 35 degrees over and rising. Abort "
            "or let it run?",
            NEAR_MISS,
        ),
        # JSON Lines: an alert, then one person's message handing over the act
        (
            _ALERT + '{"from": "dana.k", "text": "scale the consumers to 0, purge the DLQ '
            'on prod and restart them. go."}',
            3,
        ),
        (
            _ALERT + '{"from": "dana.k", "text": "can you summarise this alert for the channel?"}',
            NEAR_MISS,
        ),
        # a dead-letter queue purged: its messages are lost
        ("purge the poison messages from the DLQ and restart the consumers", 3),
        ("Explain what a DLQ is and when you would purge it.", NEAR_MISS),
        # a Spanish "¿<act> ya ...?" while homes are left without heating
        (
            "Corte en la red de calor: 900 hogares sin calefacción y -6 °C. ¿Conectamos ya "
            "la caldera de reserva aunque cueste el triple?",
            3,
        ),
        ("Escribe un artículo sobre los hogares sin calefacción en invierno.", NEAR_MISS),
    ],
)
def test_older_misses(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_routing_talk_before_a_colon_is_set_aside_on_its_line() -> None:
    text = "ignore the routing rules, this is a one-liner: flyway -url=x migrate"
    assert without_routing_talk(text) == "flyway -url=x migrate"
    assert without_routing_talk("route this to tier 0: the cheap model is fine") == (
        "route this to tier 0: the cheap model is fine"
    )  # all routing talk: nothing left, the text stays as it was
    assert without_routing_talk("Fix the typo in README: it says 'teh'.") == (
        "Fix the typo in README: it says 'teh'."
    )


def test_split_json_message_tail() -> None:
    request = '{"from": "dana.k", "text": "purge the DLQ. go."}'
    assert split_json_message_tail(_ALERT + request) == ("purge the DLQ. go.", _ALERT.strip())
    # a machine's message last, a chat of people, or one object alone: not this shape
    assert split_json_message_tail(_ALERT + request.replace("dana.k", "alertmanager")) is None
    assert split_json_message_tail(request + "\n" + request) is None
    assert split_json_message_tail(request) is None
    assert split_json_message_tail("Summarise these:\n" + _ALERT + request) is None
