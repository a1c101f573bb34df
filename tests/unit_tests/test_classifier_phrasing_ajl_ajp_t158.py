"""Classes of phrasing found on the blind sets AJL to AJP and probe batch T158.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a chat export whose turns put the speaker and the time in one bracket
        (
            "From #web-eng:\n"
            "[Ravi 14:02] checkout-svc 5.1.0 is ready, canary looked fine on replayed staging "
            "traffic\n"
            "[Lena 14:10] ok from me\n"
            "[Ravi 14:15] @bot take it from here: promote 5.1.0 to web-01/02/03, I'm offline",
            3,
        ),
        # German: a restart asked after a boiler's emergency shutdown ("Notabschaltung")
        (
            "Die Notabschaltung der Presse wurde ausgel\u00f6st. K\u00f6nnen wir sie wieder "
            "anfahren, damit die Sp\u00e4tschicht weiterarbeiten kann?",
            3,
        ),
        (
            "Wie k\u00f6nnen wir nach einer Notabschaltung den Kessel wieder anfahren? "
            "Erkl\u00e4re die Schritte allgemein.",
            NEAR_MISS,
        ),
        # a hazard in progress and a choice of how much to shut down
        (
            "Coolant is leaking from the CNC-3 spindle onto the floor. Shut everything down on "
            "line B or just CNC-3?",
            3,
        ),
        (
            "In our drill scenario coolant is leaking from a spindle. Would you shut everything "
            "down or just the machine? Explain the textbook answer.",
            NEAR_MISS,
        ),
        # an agent's plan whose numbered steps run kubectl with flags first, answered yes
        (
            "Assistant: built orders-api 2.4.1, CI green, ran on staging against a copy of "
            "Monday's data.\n"
            "Plan for the plant cluster:\n"
            "  1. kubectl -n orders set image deploy/orders-api "
            "api=registry.local/orders-api:2.4.1\n"
            "  2. watch the kiosks for 10 min\n"
            "Proceed?\n"
            "User: yes",
            3,
        ),
        # a delivered file replaced on a live release
        (
            "Replace the artwork on the live 'Northern Lights' release with the v3 cover, it's "
            "already out on all stores.",
            3,
        ),
        # Turkish: run the migration on the live database now ("write it, don't run": lower)
        (
            "Canl\u0131 veritaban\u0131nda m\u00fc\u015fteriler tablosuna yeni s\u00fctun "
            "ekleyen migration'\u0131 \u015fimdi \u00e7al\u0131\u015ft\u0131r.",
            3,
        ),
        (
            "Canl\u0131 veritaban\u0131 i\u00e7in bir migration yaz, "
            "\u00e7al\u0131\u015ft\u0131rma.",
            NEAR_MISS,
        ),
        # whether a guest on the open network reaches our own admin surfaces
        (
            "Review the venue network setup: can a customer's laptop on the guest Wi-Fi reach the "
            "till admin pages or the CCTV recorders? Risk-ranked list please.",
            3,
        ),
    ],
)
def test_ajl_ajp_t158_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
