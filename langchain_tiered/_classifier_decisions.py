"""Decision and live-question signals: when a question or a demand is itself the stakes.

"Should we fail over now? Decide.", "Revert or restart? Pick one, I'm executing.", "we're
down, what do I do first?", "Entscheide jetzt", "Решай сейчас": no destructive verb is asked
for, but the model is asked to make a live call ("can you process this?" over a pasted payment
request is in :mod:`._classifier_material_requests`). :mod:`langchain_tiered.classifier` reads
these tables through ``_classifier_rules``.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import (
    _DEPOSIT_WORDS,
    _EXTERNAL_RECIPIENT,
    _MONEY,
    _PERSONAL_DATA,
)
from langchain_tiered._classifier_patterns import _c, _words

#: The answer is carried out as given: "The steering group will follow your call."
_FOLLOW_YOUR_CALL: Final = (
    r"(?:will|'ll)\s+(?:follow|go\s+with|act\s+on|implement)\s+your\s+(?:call|decision"
    r"|recommendation|answer|verdict|advice)"
)
#: ... or the choice is: "The duty head will act on whatever you recommend.", "we go on your
#: word", "Whatever you say goes into the system", "Your decision stands", "I'm acting on it".
_CARRIED_OUT: Final = (
    r"(?:will|'ll)\s+(?:act\s+on|go\s+with|do|execute|carry\s+out|announce|implement|follow"
    r"|apply|action|file|submit|send|report|publish)\s+(?:whatever|what|the\s+ones?)\s+you\s+"
    r"(?:recommend|say|suggest|decide|pick|choose)"
    r"|\bgo\s+on\s+your\s+(?:word|call|say)|\bwhatever\s+you\s+(?:say|decide|pick)\s+goes"
    # "I'm going to act on what you say"
    r"|(?:i'm|i\s+am|we're|we\s+are)\s+going\s+to\s+(?:act\s+on|go\s+with|do)\s+(?:whatever|what)"
    r"\s+you\s+(?:recommend|say|suggest|decide|pick|choose)"
    r"|\byour\s+(?:decision|call|answer|word)\s+(?:stands|is\s+final|goes)"
    r"|(?:i'm|i\s+am|we're|we\s+are)\s+acting\s+on\s+it"
)
#: A demand for a decision ("Decide.", "make the call") after a "should we ...?" question about
#: acting now or on a live system: the decision is the stakes.
DECISION_DEMAND: Final = _c(
    r"\b(?:decide|make\s+(?:the|a)\s+(?:call|decision)|your\s+(?:call|decision)|you\s+decide"
    # ("liberate at Grantham or keep going? we need an answer")
    r"|need\s+(?:a|an|your|the)\s+(?:decision|call|answer)|i(?:'ll|\s+will)\s+act\s+on\s+(?:your"
    r"|the)\s+answer"
    # "..., yes or no? Answer fast.": the answer is needed at once
    r"|(?:answer|reply|respond)\s+(?:fast|quick(?:ly)?|now|asap|immediately|right\s+away)"
    # "The steering group will follow your call.", "The duty head will act on whatever you
    # recommend.": the answer is carried out as given
    r"|" + _FOLLOW_YOUR_CALL + r"|" + _CARRIED_OUT +
    # "Yes or no, and I'll press the button": the answer is executed
    r"|i(?:'ll|\s+will)\s+(?:press|hit|click|push)\s+(?:the\s+)?(?:button|trigger|switch)"
    r"|yes\s+or\s+no,?\s+(?:now|asap"
    r"|right\s+now|(?:in|within)\s+(?:the\s+next\s+)?(?:\d+\s+|a\s+|one\s+)?(?:min\w*|sec\w*))"
    # "... removing the max-prefix limit. Yes or no? Doing it in 2 minutes."
    r"|(?:i'm\s+|i\s+am\s+)?(?:doing|running|applying|pushing|executing)\s+(?:it|this|that)\s+(?:in"
    r"\s+(?:\d+|a\s+few|two|five)\s*(?:min\w*|m|sec\w*|s)|now|right\s+now|in\s+a\s+(?:minute"
    r"|moment|sec\w*)))\b"
)
#: The answer is carried out as given ("The steering group will follow your call."): with a
#: go/no-go question, the model makes the go-live decision.
FOLLOWS_YOUR_CALL: Final = _c(
    r"\b(?:" + _FOLLOW_YOUR_CALL + r"|(?:will|'ll)\s+(?:follow|go\s+with|act\s+on|implement)"
    r"\s+whatever\s+you\s+(?:say|decide|recommend))"
)
DECISION_GATE: Final = _words(
    "decide call decision yes act doing running applying pushing executing press hit click answer "
    "reply respond follow implement word goes stands acting"
)
#: "Revert the config or restart the pods? Pick one, I'm executing.": a choice between live
#: actions handed to the model, who decides; the human only carries it out.
CHOICE_DEMAND: Final = _c(
    r"\b(?:decide|you\s+decide|your\s+call|make\s+the\s+call|call\s+it|pick\s+one|choose\s+one"
    r"|what(?:'s|\s+is)\s+(?:the|your)\s+call"  # "what's the call - suspend line 2 ... or ...?"
    r"|tell\s+(?:us|me)\s+straight"
    r"|(?:choose|pick|decide)\s+now"
    r"|i(?:'ll|\s+will)\s+(?:execute|run\s+it|do\s+it|action\s+it|push\s+the\s+button)"
    r"|" + _CARRIED_OUT + r"|i'm\s+executing|i\s+am\s+executing"
    # "... now or not? Answer now."
    r"|(?:answer|reply|respond)\s+(?:now|fast|quick(?:ly)?|asap|immediately)"
    # "Options: 1) take edge02 out of the load balancer now, 2) leave it ... Which?"
    r"|(?<=[.!,;:]\s)which(?=\s*\?\s*$)"
    # "@assistant you've got the context — which option, now?"
    r"|(?:which|what)\s+(?:one|option)\s*[,—–-]?\s*(?:now|right\s+now|asap)(?=\s*[?!.]|\s*$)"
    # "It's 14:12. Which one do we do?" under an incident's options: the clock is running
    r"|it'?s\s+\d{1,2}:\d\d\.?\s+(?:which|what)\s+(?:one|option)\s+(?:do|should|shall)\s+we"
    r"\s+(?:do|go\s+with|pick|take)(?=\s*\?)"
    # "We need to tell the bank by 16:00 HK time today. Which do we do?": a deadline, then
    r"|(?:need|have|got)\s+to\s+(?:tell|answer|reply\s+to|confirm\s+(?:to|with)|get\s+back\s+to"
    r"|instruct|notify)\s+[^.?!\n]{0,40}?\bby\s+\d{1,2}(?::\d\d|\s*[ap]m)\b[^.?!\n]{0,30}[.!]\s+"
    r"(?:so\s+)?(?:which|what)\s+(?:one\s+|option\s+)?(?:do|should|shall)\s+we\s+(?:do|go\s+with"
    r"|pick|choose|take)(?=\s*\?)"
    r"|(?:needs?\s+(?:a|an|the|your)\s+(?:decision|call|answer)"
    r"|need\s+to\s+(?:answer|decide|respond))\s+(?:now|asap|immediately|urgently|right\s+away"
    r"|(?:in|within)\s+(?:the\s+next\s+)?\d+\s+(?:min\w*|sec\w*)))\b"
)
CHOICE_GATE: Final = _words(
    "decide call pick choose execute executing run do action push need needs answer act go carry "
    "announce implement follow apply word goes stands acting which what"
)
_CHOICE_VERBS: Final = (
    r"(?:roll\s*back|rollback|revert|restart|reboot|flush|shed|kill|fail\s*over|failover"
    r"|fail\s+(?:open|closed|shut)|block"
    r"|drain|abort|halt|pause|stop|shut\s*(?:it\s+)?down|turn\s+(?:it\s+)?off|disable|cancel|scale"
    # "Shut everything down on HPU-2 or just P4?"
    r"|shut\s+(?:everything|it\s+all|all\s+of\s+it|the\s+whole\s+[\w-]+)\s+(?:down|off)"
    r"|evict|ban|freeze|purge|drop|quarantine|suspend|close|hold|release|ship|deploy|publish|bust"
    r"|unwind|divert|reroute|(?:request\s+(?:an?\s+)?)?emergency\s+\w+"
    r"|cut\s+(?:the\s+|our\s+)?(?:link|connection|power|feed|uplink|network)|trip|scram"
    r"|delete|remove|shrink|wipe|truncate|isolate|contain|disconnect|unplug|pull\s+(?:[\w-]+\s+)"
    r"{0,5}?off(?:line)?|take\s+(?:[\w-]+\s+){0,3}?offline"
    # "take edge02 out of the load balancer now": a node pulled from live traffic
    r"|(?:take|pull)\s+(?:[\w-]+\s+){0,3}?out\s+of\s+(?:the\s+)?(?:load[- ]?balancers?|lb|pool"
    r"|rotation|target\s+group|cluster)"
    r"|resubmit|rotate|push|announce|discard|evacuate|stop\s+boarding|divert|ground|recall|void"
    r"|liberate"  # racing pigeons released short of their destination
    r"|reissue|re-issue|reverse|swap"
    r"|pull\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?feed\b(?!\s+(?:from|into|in)\b))"  # not a fetch
)
CHOICE_QUESTION: Final = _c(
    # "downtime now or not?", "failover now or wait?"
    r"\b(?:downtime|failover|fail\s*over|rollback|roll\s*back|shutdown|evacuation|evacuate|lockdown"
    r"|cutover|halt|stop|divert|diversion)\s+now\s+or\s+(?:not|wait|later)\s*\?"
    # "Pull all our quotes on that MPID now or not?"
    r"|\b(?:pull|cancel|halt|stop|block|kill|withdraw|suspend|freeze|disable)\b[^?\n]{0,80}"
    r"\bnow\s+or\s+(?:not|wait|later)\s*\?"
    r"|\b" + _CHOICE_VERBS + r"\b[^?\n]{0,160}\bor\b[^?\n]{0,120}\?"
    r"|\bor\s+(?:[\w-]+\s+){0,2}?" + _CHOICE_VERBS + r"\b[^?\n]{0,120}\?"
)
#: Options laid out in a pasted thread ("options are (a) cut the outbound rail connection now
#: ... or (b) keep running", "we can void just the 14 and reissue, or void the whole run").
OPTIONS_LAID_OUT: Final = _c(
    # (a) and (b) on one line, or each opening a line of its own
    r"\boptions?\s*(?:are|:)[^\n]{0,300}\bor\b|\(a\)[^\n]{0,300}\(b\)"
    r"|(?<![^\n])[ \t]*\(a\)[^\n]{0,300}\n[ \t]*\(b\)"
    r"|\bwe\s+(?:can|could)\s+"
    + _CHOICE_VERBS
    # "Options: 1) take edge02 out of the load balancer now, 2) leave it and patch Monday."
    + r"\b[^\n?]{0,160}\bor\b|\boptions?\s*(?:are|:)\s*\(?(?:1|a)\)\s*(?:[\w-]+\s+){0,3}?"
    + _CHOICE_VERBS
    + r"\b[^\n]{0,300}\(?(?:2|b)\)"
    # "@ops-lead your call - DR now or ride it out?": the choice put to whoever decides
    r"|\byour\s+call\b[^\n?]{0,80}\bor\b[^\n?]{0,60}\?"
    r"|\bnow\s+or\s+(?:ride\s+it\s+out|wait|hold\s+(?:on|off))\b"
)
#: Pressure in the situation around a choice between live actions ("... or handle it quietly?
#: the passenger is already at gate B22", "wards need insulin at 08:00").
CHOICE_PRESSURE: Final = _c(
    r"\b(?:right\s+now|immediately|already|boarding|at\s+\d{1,2}:\d\d|in\s+\d+\s+min\w*"
    # "GBFS feed has been serving stale station_status for 35 min": going on as we speak
    r"|(?:has|have)\s+been\s+[\w-]+ing\b[^.?\n]{0,60}\bfor\s+(?:the\s+(?:last|past)\s+)?\d+\s*(?:min\w*"
    r"|hours?|h)"
    r"|residents|passengers|patients|wards|calling|during\s+(?:the\s+)?peak|at\s+peak"
    # a live broadcast: "Pull captions off air completely or leave them running while we
    # investigate?"
    r"|(?:on|off)[\s-]+air|while\s+we\s+(?:investigate|look\s+into\s+it|dig\s+in)"
    r"|lost\s+(?:localization|localisation|comms|communication|connectivity|power|signal)"
    # "Crew are at the gates waiting for our word."
    r"|waiting\s+(?:on|for)\s+(?:our|my|your|the)\s+(?:word|call|go|answer|decision|signal)"
    # "Hydraulic oil is spraying from P4's clamp cylinder, there's mist near the steam lines."
    r"|(?:is|are|'s|'re)\s+(?:spraying|leaking|pouring|gushing|burning|smoking|sparking|arcing"
    r"|overheating|flooding|venting|spreading|on\s+fire)|there(?:'s|\s+is)\s+(?:smoke|mist|fire"
    r"|flames|a\s+(?:leak|fire)|gas))\b"
)
ACTION_QUESTION: Final = _c(
    r"(?:^|[.!?](?=\s)|\n)\s*(?:roll\s*back|rollback|fail\s*over|revert|restart|push|ship|deploy"
    r"|release|drain|promote|block|pay|refund|cancel|freeze|halt|pause|shut\s*down|kill|scale"
    r"|stop|terminate|abort|throttle|flush|evict|disable|restore|liberate|divert|discard|dump"
    r"|shut\s+(?:[\w-]+\s+){1,3}down)\b[^?]{0,160}\?|"  # "shut line 3 down?"
    r"\b(?:should|do|can|shall|must)\s+(?:we|i)\s+(?!know|have|need|think|want|like|prefer"
    r"|use|pick|choose)[\w-]+\b[^?]{0,160}\?"
    r"|\bis\s+it\s+(?:safe|ok|okay|fine|alright)\s+to\s+[\w-]+\b[^?]{0,160}\?"
    r"|\boptions?\s*:[^?]{0,300}\b(?:which|what)\s+(?:one|option)s?(?:\(s\))?[^?]{0,60}\?"
    # "I'm thinking of removing the max-prefix limit ... Yes or no?": the asker's own next act
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:thinking\s+(?:of|about)|about\s+to|going\s+to"
    r"|planning\s+(?:on|to)|considering|tempted\s+to)\s+[\w-]+\b[^?]{0,160}\?"
    # "Decide whether we lock all admin accounts, stop the payment and notify ... now.": the
    # question asked indirectly
    r"|\bdecide\s+(?:whether|if)\s+(?:we|i)\s+(?:should\s+)?[\w-]+\b[^?.]{0,160}"
    # "Decide which of these we report to the supervisory authority today"
    r"|\bdecide\s+which\s+(?:of\s+(?:these|them|the\s+\w+)\s+|ones?\s+)?(?:we|to|i)\s+[\w-]+\b"
    r"[^?.]{0,160}"
)
URGENCY_WORDS: Final = _words("now tonight immediately asap today")
#: A live emergency in the present tense ("we're down", "brokers are paging", "getting
#: hammered", "looks like a DDoS"): a question about what to do next is a live decision.
INCIDENT_NOW: Final = _c(
    r"\b(?:(?:we're|we\s+are|we\s+re|site\s+is|it's|it\s+is|[\w-]+\s+(?:is|are))\s+(?:(?:all|hard)"
    r"\s+)?(?:down|on\s+fire|under\s+attack|paging)|(?:are|is|keeps?)\s+paging|paging\s+(?:for|on"
    r"|about)|getting\s+(?:hammered|ddos\w*|flooded|attacked)|(?:we're|we\s+are|we\s+re)\s+"
    r"(?:losing|dropping|leaking|bleeding|seeing\s+(?:5\d\ds?|5xx|errors|packet\s+loss|timeouts))"
    r"|ddos\w*|under\s+attack|sev[- ]?[12]|(?:i'm|i\s+am|we're|we\s+are)\s+on[- ]call|pagerduty"
    r"|on[- ]call\s+here"
    r"|(?:got|just\s+got|been)\s+paged|alerts?\s+(?:is\s+|are\s+)?(?:firing|fired)"
    r"|(?:outage|incident)\s+(?:is\s+)?(?:ongoing|right\s+now|in\s+progress)"
    r"|(?:attack|hijack|breach|leak|outage|incident|ddos)\b[^.?!\n]{0,40}\bis\s+ongoing"
    r"|pager(?:'s|\s+is)\s+going\s+off|pager\s+(?:just\s+)?went\s+off|incident\s+(?:channel|bridge"
    r"|room|call)|double[- ]charg\w*|ransomware\s+(?:note|is|on|in|hit|found|encrypted)"
    r"|(?:lost|losing)\s+(?:a\s+|the\s+)?(?:broker|node|replica|disk|az|zone|region|leader|quorum)"
    r"|no\s+leader|producers?\s+(?:are\s+)?(?:blocked|failing|stuck)"
    r"|\b(?:users|players|customers|sessions|calls)\s+are\s+(?:dropping|failing|disconnecting)"
    r"|\b(?:origin|database|db|cluster|site|api|backend|server)\s+is\s+(?:melting|falling\s+over|dying)"
    # "the doorbot is unlocking the front door by itself every 30 seconds": a device gone rogue
    r"|\b(?:unlocking|opening|locking|triggering|firing|going\s+off|dispensing)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:by\s+itself|on\s+its\s+own)\b"
    # "Trigger the emergency purge and cut the humidifiers?": an emergency control asked about
    r"|\bemergency\s+(?:purge|stop|shut-?down|shut-?off|vent\w*|evacuation|release|dump)\b"
    r"|\be-?stop\b"  # "the e-stop at the top station was hit and nobody knows why"
    # "the printer smells like burning plastic and the case is hot": a hazard in the room
    r"|\bsmell(?:s|ing)?\s+(?:like\s+|of\s+)?(?:burn\w*|smoke|gas)\b|\bburning\s+smell\b"
    r"|\b(?:is|are|it's)\s+(?:smoking|sparking)\b|\bsmoke\s+(?:is\s+)?(?:coming|pouring)\b"
    r"|\bflapping\b|sprinklers?\s+(?:went|go|are|have\s+gone)\s+off|fire\s+(?:brigade|department|crew)s?\s+(?:is|are)?"
    r"\s*(?:on\s+the\s+way|en\s+route|here|on\s+site)|(?:conveyor|warehouse|plant|server\s+room)\s+fire"
    r"|(?:stalled|down|stuck)\s+(?:for\s+)?\d+\s*(?:min\w*|hours?|h)\b"
    # "ADT messages to pharmacy are stuck, 4,200 in queue": a live interface backed up
    r"|\b(?:messages|queues?|payments|orders|transactions|transfers|jobs|feeds?|interfaces?|files)"
    r"\s+(?:to\s+(?:the\s+)?[\w-]+\s+)?(?:are|is)\s+(?:stuck|backing\s+up|piling\s+up|not\s+flowing)"
    r"\b[^.?!\n]{0,40}\b\d[\d,.]*\s*k?\s+(?:\w+\s+)?(?:in|queued|pending|waiting)\b"
    # "casing pressure is climbing 50 psi/hr", "the shippers are screaming", "the frac crew is
    # waiting on me": a live process moving, or people waiting on the answer
    r"|\d[\d.,]*\s*[\w/%]*\s+and\s+(?:climbing|rising)"
    r"|(?:pressure|temperature|temp|level|flow|gas|h2s|lel|vibration)\s+(?:is\s+|are\s+)?(?:climbing"
    r"|rising|spiking|surging|dropping|falling)|(?:is|are)\s+screaming"
    # "Restart CS-04 after the ESD trip? gas control wants flow back in 30 min": a plant just
    # tripped, and someone is waiting on it
    r"|\bafter\s+(?:the|an?|this)\s+(?:esd|trip|emergency\s+shutdown|unit\s+trip|outage)\b"
    r"|\b(?:wants?|needs?)\s+(?:[\w-]+\s+){0,3}back\s+(?:up\s+|online\s+|on\s+)?in\s+\d+\s*min\w*"
    # "the worker is submitting amended returns in a loop — 37 so far": a runaway process
    r"|(?:submitting|sending|charging|paying|emailing|posting|refunding|filing|deleting|texting"
    r"|calling)\s[^.?!\n]{0,60}\bin\s+a\s+(?:tight\s+)?loop|\brunaway\s+(?:job|worker|process"
    r"|script|bot|agent)"
    r"|\bkeeps?\s+(?:sending|submitting|charging|firing|retrying|paying|emailing|posting)"
    r"|(?:[\w-]+\s+)?[\w-]+\s+(?:is|are)\s+waiting\s+(?:on|for)"
    r"\s+(?:me|us|you|your\s+(?:answer|call|go|decision))"
    # "OCC needs an answer from you", "dispatch wants your call now"
    r"|\b(?!(?:she|he|they|customer|client|user|buyer|guest|caller|patient)\s)[\w-]+\s+(?:needs?|wants?)"
    r"\s+(?:an?\s+|your\s+)?(?:answer|decision|call|go(?:/no-go)?)"
    r"\s+(?:from\s+(?:you|us|me)|now|asap|right\s+now|in\s+\d+\s*min\w*)"
    r"|awaiting\s+your\s+(?:answer|call|decision|go)"
    # "Patient in CT3 right now wheezing, BP 85/50 after Omnipaque": a patient deteriorating now
    r"|\b(?:patient|pt)\b[^.?!\n]{0,40}\bright\s+now\b|\bbp\s+(?:is\s+|now\s+)?\d{2,3}/\d{2,3}\b"
    r"|\b(?:is|are|now|currently|still)\s+(?:wheezing|desaturating|seizing|unresponsive"
    r"|in\s+anaphylaxis)\b|\bcode\s+blue\s+(?:in|on|at)\b"
    # "Misfire on pattern 1180-07 ... the shotfirer wants to re-enter after 15 minutes": a live
    # safety exception asked for
    r"|misfire[sd]?|hang-?fires?|(?:wants?|asks?|asking)\s+to\s+(?:re-?enter|(?:bypass|override)"
    r"\s+(?:the\s+)?(?:interlock|lockout|alarm|safety|gas\s+detector|permit)s?))\b"
)
INCIDENT_GATE: Final = _words(
    "down fire attack paging hammered flooded attacked ddos sev1 sev2 sev-1 sev-2 ongoing now "
    "losing dropping leaking bleeding seeing call on-call pagerduty paged firing fired "
    "progress pager pager's went going incident double-charging double-charged double "
    "ransomware stalled stuck lost losing leader producers producer sprinklers sprinkler fire "
    "users players customers sessions calls flapping "
    "brigade climbing rising spiking surging screaming waiting needs need wants want awaiting "
    "loop runaway keeps keep after back melting falling dying misfire misfires misfired "
    "smell smells smelling burning smoking sparking smoke itself own emergency e-stop estop "
    "hang-fire hangfire wants asks asking patient pt bp is are now currently still code"
)
#: A verb that acts on a live system or on money, as asked about in a question.
_ASKED_ACTION: Final = (
    r"(?:delete|drop|purge|wipe|truncate|remove|clear|flush|block|ban|black-?hole|null-?route"
    # "Can we just format the drive now?" (not "format the summary as a table")
    r"|(?:re)?format(?=\s+(?:the\s+|that\s+|this\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:drives?"
    r"|disks?|hdd|ssd|sd\s+cards?|cards?|usb|nvr|dvr|recorders?|volumes?|partitions?|servers?"
    r"|laptops?|phones?|storage)\b)"
    r"|kill|restart|reboot|fail\s*over|roll\s*back|rollback|revert|disable|shut\s*(?:it\s+)?down"
    r"|take\s+(?:[\w-]+\s+){0,6}?(?:down|offline|out\s+of\s+(?:rotation|service|the\s+pool|dns"
    r"|(?:the\s+)?load[- ]?balancers?|(?:the\s+)?lb)\b)"
    r"|pull\s+(?:[\w-]+\s+){0,6}?out\s+of\s+(?:service|operation|use|rotation)"
    # "Kart #4's brakes faded twice. Pull the whole fleet or just #4?": a fleet taken out of
    # use (not "pull the whole fleet report")
    r"|(?:pull|park)(?=\s+(?:the\s+|that\s+|our\s+)?(?:whole|entire)\s+fleet\b(?!'s|\s+(?:data"
    r"|records?|logs?|reports?|lists?|history|stats|numbers|figures|export)\b)"
    r"(?![^?\n]{0,80}\b(?:export|report|spreadsheet|sheet|csv|list|dashboard|query|data)\b))"
    r"|scale|promote|cancel|reissue|re-issue|claw"
    r"\s+back|reverse|void|refund|pay|charge|retry|resend|rerun|re-run|hold|freeze|suspend"
    r"|drain|isolate|quarantine|evacuate|reroute|switch\s+over|cut\s+over|pause|halt|stop"
    r"|allow\s+(?:it|that|this|him|her|them)|permit\s+(?:it|that|this)"
    r"|resume|switch|announce|enable|push|publish|rotate|revoke|lock|close|re-?open|send|share"
    r"|upload|hand\s+(?:it\s+|them\s+)?over"
    # "Their €2,500 deposit is still held. Return it to them now?" (a deposit: ``DEPOSIT``)
    r"|return\s+(?:it|them|the\s+(?:[\w$€£¥.,-]+\s+){0,3}?" + _DEPOSIT_WORDS + r")\s+to"
    r"|re-?energi[sz]e|return\s+(?:[\w-]+\s+){0,3}to\s+service|(?:manually\s+)?trip|scram"
    # "May we reset it and start the line again?" after an emergency stop
    r"|reset(?=\s+(?:it|them|the\s+(?:e-?stop|emergency\s+stop|interlock|trip|breaker|relay"
    r"|drive|controller|plc|alarm)s?)\b)|start\s+(?:[\w-]+\s+){0,4}?(?:again|back\s+up)"
    r"|pull\s+(?:[\w-]+\s+){0,3}?(?:cable|plug)|divert|land|ground"
    r"|cut\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?(?:power|mains|supply|electricity)"
    r"|(?:trigger|activate|hit|press|start)\s+(?:the\s+)?emergency\s+[\w-]+"
    # "Trigger the lockdown and call the keyholder response team? Yes?" under a live alert
    r"|(?:trigger|activate|initiate|start|call|declare|order|sound|put)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:site|store|building|campus|school|full)[- ](?:wide\s+)?)?(?:lockdown|lock-down"
    r"|evacuation)"
    r"|bring\s+(?:[\w-]+\s+){0,3}?back(?:\s+(?:up|online|on))?|flip|shed"
    # "should we tell the crew to land at the nearest suitable?": an order passed on
    r"|(?:tell|instruct|order|ask)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,2}?to\s+[\w-]+)"
)
#: A question asking whether to act, or asking what to do ("can I just delete ...?", "should we
#: cancel and reissue the run?", "block the whole range at the WAF?", "what do I do first?").
ASKED_ACTION: Final = _c(
    r"\b(?:can|could|should|shall|do|must|may)\s+(?:i|we)\s+(?:just\s+|now\s+|simply\s+|safely"
    r"\s+)?(?P<verb>" + _ASKED_ACTION + r")\b[^?]{0,160}\?"
    r"|(?:^|[.!;](?=\s)|\n)\s*(?:(?:ok|so|then|and)\s+)?(?P<bare>"
    + _ASKED_ACTION
    + r")\b[^?.!\n]{0,120}\?"
    # ... or after a dash and asked for now: "... standby won't start — trip the burner now?"
    # (not "— refund request, shipping issue, or account access?": labels to pick from)
    r"|\s[—–-]\s+(?P<dash>"
    + _ASKED_ACTION
    + r")\b[^?.!\n]{0,100}\b(?:now|right\s+now|immediately|asap)\s*\?"
    # "(Duty Mgr, 23:55) ok to black-hole the /24 at our upstreams?": a go asked for
    r"|(?:^|[.!;)](?=\s)|\n)\s*(?:(?:is\s+it|are\s+we)\s+)?(?:ok|okay|safe|alright|good)\s+to\s+"
    r"(?P<ok>" + _ASKED_ACTION + r")\b[^?.!\n]{0,120}\?"
    r"|\bwhat\s+(?:do|should|must|can)\s+(?:i|we)\s+(?:do\b|give\b|administer\b|push\b"
    r"|(?:tell|say\s+to|answer)\s+(?:them|him|her"
    r"|the\s+\w+))(?P<what>)"
    r"|\btell\s+(?:me|us)\s+(?:exactly\s+)?what\s+to\s+do\b(?P<tell>)"
)
#: A whole fleet or network named in a question ("pull that whole model line out of service
#: citywide?", "shut down every escalator across the network?"): the call is live at scale.
FLEET_WIDE: Final = _c(
    r"\b(?:city-?wide|fleet-?wide|network-?wide|nation-?wide|country-?wide|system-?wide"
    r"|region-?wide|estate-?wide|across\s+(?:the\s+)?(?:city|fleet|network|country|region|estate"
    r"|state)|(?:the\s+|that\s+)?(?:whole|entire)\s+(?:model\s+line|fleet|network|estate)|(?:all|every)\s+"
    r"(?:\d[\d,]*\s+)?(?:(?:of\s+)?(?:the|our|those|these)\s+)?(?:[\w-]+\s+){0,2}?(?:units|lifts"
    r"|elevators|escalators|vehicles|trains|buses|aircraft|planes|turbines|pumps|chargers"
    r"|stations|terminals|kiosks))\b"
)
#: Data someone may need as evidence ("her solicitor's letter mentioned CCTV"): a question
#: whether to destroy it ("Can we just format the drive now?") asks for spoliation.
EVIDENCE_HOLD: Final = _c(
    r"\b(?:solicitor|lawyer|attorney|legal\s+hold|litigation|lawsuit|subpoena|court\s+order"
    r"|tribunal|preservation\s+(?:notice|order|letter|request)|police\s+(?:request|investigation"
    r"|inquiry|enquiry)|(?:insurance|injury|damage)\s+claim|(?:her|his|their|the\s+customer's"
    r"|a\s+customer's)\s+complaint)"
)
#: Acts that destroy stored data, asked about with evidence in view.
DESTROY_VERBS: Final = _words("format reformat wipe delete purge erase clear drop truncate remove")
#: A lockdown or evacuation ordered, as asked about ("Trigger the lockdown? Yes?") ...
LOCKDOWN_ASKED: Final = _c(r"\b(?:lockdown|lock-down|evacuation)\b")
#: Words of a practice run, not the live event (a drill, an exercise, a simulation).
_PRACTICE_WORDS: Final = r"drills?|exercises?|tabletop|simulat\w+|training|scenario|hypothetical\w*"
#: ... unless it is a drill, an exercise or a plan written down.
DRILL: Final = _c(
    r"\b(?:" + _PRACTICE_WORDS + r"|rehears\w+"
    r"|plan|procedure|policy|runbook|playbook|checklist|template)\b"
)
#: A practice run around a live choice ("In our drill scenario ...", "the textbook answer"):
#: no plan or policy words, which a live choice often cites ("you have the policy - downtime
#: now or not?").
PRACTICE: Final = _c(r"\b(?:" + _PRACTICE_WORDS + r"|textbook)\b")
#: Verbs of a money decision: asked about with money in the prompt, the call is tier 3.
MONEY_DECISION_VERBS: Final = _words(
    "cancel reissue re-issue claw reverse void refund pay charge retry resend rerun re-run hold "
    "return freeze pause halt stop resume"
)
#: What a "return it to them?" gives back as money (not goods sent back).
DEPOSIT: Final = _c(r"\b" + _DEPOSIT_WORDS + r"\b")
MONEY_CONTEXT: Final = _c(_MONEY + r"|\b(?:paid|payout\s+run|double[- ]paid|charged)\b")
#: Verbs that hand data over, and the personal data and outside recipient that make it a
#: release ("... the full claimant extract (names, SSNs) on their SFTP today. Can we send it?").
RELEASE_VERBS: Final = _words("send share upload hand release")
PERSONAL_DATA: Final = _c(_PERSONAL_DATA)
EXTERNAL_RECIPIENT: Final = _c(_EXTERNAL_RECIPIENT)
#: "Tell us if it's safe to open": a go/no-go on exposing a system to outsiders, with
#: ``EXPOSURE_AUDIENCE`` ("we open the carrier API to 60 new partners next Monday").
EXPOSURE_GATE: Final = _words(
    "safe ok okay ready fine good go solid secure compliant sign certify attest no-go lanzamos "
    "file sue act report terminate fire charge prosecute proceed "
    "reopen re-open resume restore reinstate tell assure represent promise state claim assert "
    "signs submit submits files attests certifies signing certifying attesting filing submitting "
    "lance starten launchen lanciamo lançamos podemos reporting"
)
EXPOSURE_QUESTION: Final = _c(
    r"\b(?:safe|ok|okay|ready|fine|good)\s+(?:enough\s+)?to\s+(?:open(?:\s+(?:it|this|them))?"
    r"(?:\s+up)?|expose|launch|go\s+live|turn\s+(?:it\s+)?on|enable|publish|release|flip"
    r"|let\s+them\s+in|onboard|connect|plug\s+(?:it\s+)?in|bring\s+(?:it\s+)?online"
    r"|put\s+(?:it\s+)?online)\b|\bgo(?:/|\s+or\s+)no[- ]go\b"
    # "tell me if it can go out as is"
    r"|\b(?:can\s+(?:it|this|we|they)|(?:it|this|we|they)\s+can)\s+(?:go\s+(?:out|live)|ship|launch)\b"
    # "should we reopen the Riverside line to passengers now?"
    r"|\b(?:should|can|do|shall)\s+we\s+(?:re-?open|resume|restore|reinstate)\b"
    # "go ou no-go ?", "si hay algo ..., no lanzamos. Dime sí o no."
    r"|\bgo\s*(?:/|\s(?:ou|oder|o|of|или)\s)\s*no[- ]go\b|\bno\s+lanzamos\b"
    r"|\bon\s+ne\s+lance\s+pas\b"
    r"|\b(?:starten|launchen)\s+wir\s+nicht\b|\bnon\s+lanciamo\b|\bnão\s+lançamos\b"
    # "dime si podemos abrir el estadio el sábado sin riesgo ...": a go-live asked in Spanish
    r"|\bsi\s+podemos\s+(?:re)?abrir\b|\bpodemos\s+(?:re)?abrir\b[^?\n]{0,60}\bsin\s+riesgo\b"
)
#: A sign-off asked on the evidence shown ("Here's our firewall config. Is it good enough for us
#: to sign the auditor's attestation?"): a compliance go/no-go, whatever answer format is asked.
SIGN_OFF_QUESTION: Final = _c(
    r"\b(?:safe|ok|okay|ready|fine|good|solid|secure|compliant)\s+enough\s+(?:for\s+(?:us|me|them"
    r"|the\s+\w+)\s+)?to\s+(?:sign(?:\s+off)?|certify|attest|approve|submit|file|pass)\b"
    r"|\b(?:can|should|do)\s+(?:we|i)\s+(?:sign(?:\s+off)?|certify|attest)\b"
    # "We certify to the regulator tomorrow on the strength of your answer."
    r"|\b(?:we|i)(?:'ll|\s+will)?\s+(?:certify|attest|sign(?:\s+off)?)\b[^.?!\n]{0,80}\b(?:on\s+the"
    r"\s+strength\s+of|based\s+on|on)\s+your\s+(?:answer|word|review|call)\b"
    # "We're reporting to the DPO on Friday based on what you find": the finding is relied on
    r"|\b(?:we're|we\s+are|we'll|we\s+will|i'm|i\s+am|i'll|i\s+will)\s+(?:reporting|certifying"
    r"|attesting|filing|submitting|signing(?:\s+off)?)\b[^.?!\n]{0,80}\b(?:based\s+on|on\s+the"
    r"\s+strength\s+of|off\s+the\s+back\s+of)\s+(?:what\s+you\s+(?:find|say|report|tell\s+(?:us"
    r"|me))|your\s+(?:answer|findings?|review|call|word|assessment))\b"
    # "Can we tell the board on Thursday that the portal is HIPAA-compliant and remediated?"
    r"|\b(?:can|could|may|should)\s+(?:we|i)\s+(?:tell|assure|represent\s+to|promise|confirm\s+to"
    r"|say\s+to|report\s+to|state\s+to)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+that\b"
    r"[^?\n]{0,100}\b(?:compliant|remediated|fixed|secure|resolved|certified|clean|closed|safe)\b"
    # "Can we state that no cardholder data leaves the CDE? The QSA signs the ROC on it."
    r"|\b(?:can|could|may)\s+(?:we|i)\s+(?:state|claim|assert|represent|attest|certify)\s+that\b"
    # "The QSA signs the ROC tomorrow based on what we tell her."
    r"|\b(?:sign(?:s|ing)?|certif(?:y|ies|ying)|attest(?:s|ing)?|fil(?:es?|ing)|submit(?:s|ting)?)\b"
    r"[^.?!\n]{0,60}\b(?:based\s+on"
    r"|on\s+the\s+strength\s+of)\s+(?:what\s+(?:we|you)\s+(?:tell|say|write)|your\s+(?:answer|word"
    r"|review|call))\b"
    # "Assess this before I tell the board whether we were breached": a breach call relied on
    r"|\b(?:before|so|then)\s+(?:i|we)\s+(?:can\s+)?(?:tell|report\s+to|inform|notify|brief|answer)"
    r"\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:whether|if)\s+(?:we|they|it)(?:\s+(?:were"
    r"|was|got)|(?:'ve|\s+have|'s|\s+has)\s+been)\s+(?:breached|compromised|hacked|pwned)\b"
    # "Legal will file against him based on your finding"
    r"|\b(?:will|'ll)\s+(?:file|sue|act|report|terminate|fire|charge|prosecute|proceed)\b[^.?!\n]{0,60}"
    r"\b(?:based\s+on|on\s+the\s+strength\s+of|on)\s+your\s+(?:findings?|answer|word|call|analysis"
    r"|review)\b"
)
#: "Is it safe to lift the suspensions on the 2,300 accounts?": a go/no-go on an act on real
#: users or a live system (the verb must be an act, the object users, accounts or live).
SAFE_TO_ACT: Final = _c(
    r"\b(?:is|would)\s+it\s+(?:be\s+)?(?:safe|ok|okay|fine|alright)\s+(?:to|if\s+(?:i|we)"
    r"(?:\s+just)?)\s+(?P<verb>[\w-]+)\b"
    r"(?P<rest>[^?]{0,160})\?"
)
SAFE_TO_ACT_OBJECT: Final = _c(
    r"\b(?:accounts?|users|customers|players|members|subscribers|tenants|patients|students"
    r"|drivers|sellers|merchants|creators|streamers|channels|vendors|employees|everyone)\b"
)
SIGN_OFF_CONTEXT: Final = _c(
    r"\b(?:attest\w*|certif\w*|auditor\w*|audit|compliance|regulator\w*|soc\s*2|iso\s*27001|pci"
    r"|hipaa|nerc|cip|sox|filing|submission|accreditation|legal|court|lawsuit|police|file|hr"
    r"|terminat\w*|disciplin\w*|dismiss\w*|prosecut\w*|sue|board|minutes|insurers?|gdpr|qsa|roc"
    r"|cde|cardholder|dpo|data\s+protection\s+officer|supervisory\s+authority)\b"
)
#: ... or a security review before it ("review our segmentation and firewall rules and tell us
#: if we're OK to connect the tabulation server for the recount").
SECURITY_REVIEW: Final = _c(
    r"\b(?:review|check|audit|assess|look\s+(?:at|over)|go\s+over)\b[^.?!\n]{0,60}\b(?:firewall"
    r"|segmentation|auth\w*|access\s+(?:rules|controls?|lists?|polic(?:y|ies))|acls?|permissions"
    r"|iam|tls|certificates?|secrets?|security)\b"
)
EXPOSURE_AUDIENCE: Final = _c(
    r"\b(?:(?:re-?)?open(?:s|ing)?|restor\w+|resum\w+|expos\w+|launch\w*|releas\w+|roll\w*\s+(?:it\s+)?out"
    r"|go(?:es|ing)?\s+live"
    r"|available|access|onboard\w*|invit\w*)\b[^.?!\n]{0,60}\b(?:to|for|with)\s+(?:\d[\d,]*\s+"
    r"|all\s+|every\s+|our\s+|the\s+)?(?:(?:new|external|outside|third[- ]party|paying|real"
    r"|partner)\s+)*(?:partners?|customers?|clients?|public|internet|world|vendors?|carriers?"
    r"|suppliers?|merchants?|tenants?|resellers?|brokers?|agencies|everyone|third[- ]parties"
    r"|passengers|riders|travell?ers|guests|residents|traffic)\b"
    r"|\b(?:public|internet|partner|customer)[- ]facing\b"
    r"|\b(?:face|faces|facing|exposed\s+to|open\s+to)\s+the\s+(?:internet|public|world)\b"
    r"|\b(?:goes|going|go)\s+public\b"
    # "on ouvre ce reverse proxy sur Internet demain", "abrir la app a 200.000 usuarios"
    r"|\b(?:sur|auf|im|no|su|op|en|na|a)\s+(?:l'|o\s+|el\s+)?internet\b|\b(?:ouvr\w*|abri\w*|öffne\w*"
    r"|apri\w*|lanz\w*|lanc\w*)\b(?:[^.?!\n]|\.(?=\d)){0,60}\b(?:usuarios|utilisateurs|nutzer\w*|utenti"
    r"|usuários|clientes|clients|kunden|public|público|öffentlich\w*|pubblic\w*)\b"
)
#: Acts a "should we ...? Decide." question may name besides ``ACTION_WORDS``: pulling a
#: build from a store, delisting, taking something down.
DECISION_EXTRA_ACTIONS: Final = _words(
    "pull delist unlist unpublish takedown halt withdraw recall trip scram shut close isolate "
    "divert evacuate lift unsuspend unban reinstate unblock unfreeze liberate dump discard"
)
#: A confirmation that hands over an act ("ok do it", "yes, go ahead"): never settled cheap on
#: the learned scorer's word.
CONFIRMATION: Final = _c(
    r"(?:^\s*|\b(?:ok(?:ay)?|yes|yep|yeah|sure|fine|alright|approved|confirmed)\b[\s,.!—–-]*)"
    r"(?:do\s+it|go\s+ahead|go\s+for\s+it|proceed|ship\s+it|run\s+it|send\s+it|pull\s+the"
    r"\s+trigger)\b"
)
#: "Is it better to pay PMI or keep reserves?": options weighed, nothing done (unless the
#: sentence names a live system or the present moment: ``LIVE_OR_NOW``).
COMPARE_QUESTION: Final = _c(
    r"\b(?:is\s+it\s+(?:better|cheaper|smarter|wiser)\s+to|would\s+it\s+be\s+(?:better|cheaper)"
    r"\s+to|which\s+is\s+(?:better|cheaper)|pros\s+and\s+cons\s+of)\b"
)
LIVE_OR_NOW: Final = _c(
    r"\b(?:prod\w*|live|now|right\s+now|immediately|asap|tonight|today|urgent\w*|outage"
    r"|(?:is|are|went)\s+down)\b"
)
