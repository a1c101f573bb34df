"""The stakes found from the situation a prompt describes, tried in order after the stakes
rules, a raw command and a live act asked for have found nothing.

Each finder reads one shape: a live decision asked for ("should we fail over now?"), an act
asked about in an emergency, a plan step or pasted request handed over, a go-ahead under a
thread, a dispatch or restart over a reported fault, a last copy deleted. The first that
fires decides; :mod:`langchain_tiered.classifier` calls :func:`situational_stake` once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from langchain_tiered._classifier_dispatch import (
    _dispatch_with_defect,
    _event_stop,
    _incident_call,
    _return_to_service,
    _skipped_check,
)
from langchain_tiered._classifier_last_copy import _last_copy_delete
from langchain_tiered._classifier_pasted_stakes import (
    _material_request_stake,
    _named_step_stake,
    _option_picked_stake,
    _pressed_prompt_stake,
    _scan_assessment_stake,
    _tool_step_stake,
)
from langchain_tiered._classifier_stake_finders import (
    _asked_action_stake,
    _decision_stake,
    _exposure_stake,
)
from langchain_tiered._classifier_stake_rule import _Stake
from langchain_tiered._classifier_thread_stakes import (
    _approved_pending,
    _data_handover_stake,
    _deferred_erasure_stake,
    _emoji_go_ahead,
    _network_opening_stake,
    _pay_by_id_stake,
    _prepared_money_stake,
    _real_run_stake,
    _relayed_consent_stake,
    _resubmitted_batch_stake,
)
from langchain_tiered._classifier_view import _View

#: The finders, in the order they are tried.
FINDERS: Final[tuple[Callable[[_View], _Stake | None], ...]] = (
    _decision_stake,
    _asked_action_stake,
    _exposure_stake,
    _tool_step_stake,
    _named_step_stake,
    _option_picked_stake,
    _material_request_stake,
    _pressed_prompt_stake,
    _scan_assessment_stake,
    _network_opening_stake,
    _pay_by_id_stake,
    _relayed_consent_stake,
    _emoji_go_ahead,
    _approved_pending,
    _data_handover_stake,
    _prepared_money_stake,
    _deferred_erasure_stake,
    _real_run_stake,
    _resubmitted_batch_stake,
    _dispatch_with_defect,
    _event_stop,
    _return_to_service,
    _incident_call,
    _skipped_check,
    _last_copy_delete,
)


def situational_stake(view: _View) -> _Stake | None:
    """The first finder's stake for ``view``, or None when none fires."""
    for finder in FINDERS:
        if stake := finder(view):
            return stake
    return None
