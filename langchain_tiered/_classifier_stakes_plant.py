"""Stakes rules for a physical plant's setpoints and running jobs (tried after ``MORE_RULES``).

A controller's setpoint changed to a value ("set the F1 freezer setpoint to -10°C via the
BMS", Turkish "F1 dondurucusunun ayar noktasini BMS üzerinden -10°C'ye çekebilir misin?", in
Turkish letters)
acts on live equipment: a freezer, a boiler, a kiln or a chamber follows it at once. A
setpoint in code, a config file, a simulator or a test rig is not the plant (``unless``), and
neither is a sentence that asks to explain, summarise or translate it.

A burner's firing, a fuel flow or a drive's speed moved by a percentage now or through the
control system ("lower firing on ports 3 and 4 by 8% right away through the DCS write API") acts
on the plant the same way.

A running job stopped now ("kill the job and park the head, now", "halt the run
immediately") is a call made on a machine or a system mid-run; "stop the job" in a drill, a
procedure or a message to rewrite is quoted, and a test environment spares it.

Equipment in service paused or switched off everywhere at once ("Pause the DoseLink
auto-dosing engine fleet-wide", "switch off the heat pumps at all 12 sites tonight") is a
live call on the whole estate.

A device flashed with a release ("flash plc-bf2.quay.local with 4.2.1") is a deploy, unless an
agent's "Plan:" line is quoted for its reply (``unquoted_rule``); a safety or relief valve set
past its limit ("raise the opening pressure of the boiler's safety valve from 1.5 to 3 bar",
also in seven other languages) defeats the device that keeps a vessel from bursting. A safety
trip, lockout or fault cleared on live equipment ("reset the overspeed trip on the drive"), or
a machine reset from the control system ("Can you just hit reset on B2 from ShedNet?" after a
boiler's flue lockout), puts back in service what its protection just stopped.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import _CODE_ML, _READ_ML
from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule, _rule, unquoted_rule

#: Where a setpoint is text or a model, not the plant.
_NOT_THE_PLANT: Final = (
    r"\b(?:config\w*|ya?ml|json|code|script|files?|functions?|sim\w*|emulat\w*|test\w*|demo"
    r"|examples?|docs?|readme|spreadsheet|sheet|mock\w*|fixtures?|unit\s+tests?)\b"
)

PLANT_RULES: Final[tuple[StakesRule, ...]] = (
    _rule(  # "kill the job and park the head, now": a run stopped mid-way, at once
        "stop_running_job",
        "incident",
        "kill stop abort halt cancel",
        r"kill|stop|abort|halt|cancel",
        "object",
        r"^\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:job|run|batch|print|cut|program)\b"
        r"[^.?!\n]{0,30}\b(?:now|immediately|right\s+away|asap)\b",
    ),
    _rule(  # "Should we dump FV6? The lab found Brettanomyces in 60 hl": a whole batch destroyed
        "product_destroyed",
        "incident",
        "dump scrap destroy discard pour",
        r"dump|scrap|destroy|discard|pour\s+away|pour\s+(?:it|them)\s+(?:away|down\s+the\s+drain)",
        "object",
        # (not "destroy a batch" in a question about what is done in general)
        r"^\s+(?!(?:a|an|any|some)\s)(?:it\s+|them\s+)?"
        r"(?:the\s+|that\s+|this\s+|all\s+|our\s+|the\s+(?:whole|entire)\s+)?"
        r"(?:(?:\d[\d,.]*\s*(?:hl|hectolitres?|litres?|liters?|kg|tonnes?|t|pallets?|cases?|kegs?"
        r"|barrels?|casks?)\s+of\s+)?(?:[\w'’-]+\s+){0,3}?(?:batch(?:es)?|brews?|fermenters?"
        r"|tanks?|vats?|lots?|pallets?|kegs?|casks?|barrels?|stock|consignment|harvest|crop)\b"
        r"|(?:f[vb]|bbt|uni)[\s-]?\d+\b|\d[\d,.]*\s*(?:hl|hectolitres?|litres?|liters?|kg|tonnes?"
        r"|pallets?|kegs?|barrels?|casks?)\b)",
        # (a data dump or code: "dump the stock table to CSV", "discard the batch if it is empty")
        r"\b(?:csv|json|files?|disk|stdout|logs?|tables?|database|db|sql|heap|memory|core"
        r"|queue|buffer|array|gradients?|epochs?|training|code|function|script|if|when|test\w*"
        r"|sim\w*|how\s+(?:does|do|would|should|is)|explain\w*|explanation)\b",
    ),
    _rule(  # "Load the updated safety logic onto the Loring so the drum keeps turning": new
        # control logic or firmware put onto a machine in service (by its name, not a PLC)
        "logic_load",
        "deploy",
        # (not "install": "Don't install anything" under cron jobs; a determiner, not "push
        # firmware to lifts" among examples of risky acts)
        "flash load push upload download",
        r"flash|load|push|upload|download",
        "object",
        r"^\s+(?:the|our|this|that)\s+(?:(?:updated|new|modified|revised|changed|patched|latest"
        r"|edited)\s+)?(?:safety\s+|control\s+|burner\s+|plc\s+)?(?:logic|program|firmware"
        r"|ladder(?:\s+logic)?)\b[^.?!\n]{0,30}?\b(?:onto|on|to|into)\s+"
        r"(?!(?:the\s+|our\s+|my\s+|a\s+)?(?:bench|test|spare|sim\w*|emulator|lab|repo\w*|git\w*"
        r"|branch|usb|laptop|sd|pr|pull|main|master|origin|server|drive|folder|share)\b)"
        r"(?:the\s+|our\s+)?[\w-]+",
        _NOT_THE_PLANT + r"|\b(?:bench|spare|emulator|lab)\b",
    ),
    unquoted_rule(  # "flash plc-bf2.quay.local with 4.2.1", "flash the four printers on PACK1
        # with 3.1.7": a device named, then the release written onto it (not an agent's "Plan:
        # flash ccs-hmi-mp1 with ..." quoted for its reply)
        "flash_with",
        "deploy",
        "flash re-flash reflash",
        r"(?:re-?)?flash",
        "object",
        r"^\s+(?:the\s+|our\s+)?(?:[\w./()'’-]+\s+){0,6}?with\s+(?:the\s+)?(?:new\s+|latest\s+"
        r"|updated\s+|vendor['’]s\s+)?(?:firmware\s+|image\s+|build\s+|version\s+|release\s+)?"
        r"(?:v?\d+(?:\.\d+)+|[\w.-]+\.(?:bin|hex|img|uf2|elf|fw)|firmware|image)\b",
        r"\b(?:bench|spare|emulator|lab|sim\w*|test\w*|examples?|demo|docs?|script|function"
        r"|code)\b",
    ),
    _rule(  # "Pause the DoseLink auto-dosing engine fleet-wide until we know why": equipment
        # in service stopped everywhere at once
        "fleet_stop",
        "incident",
        "pause stop halt disable suspend shut switch turn kill freeze",
        r"pause|stop|halt|disable|suspend|shut\s+(?:down|off)|switch\s+off|turn\s+off|kill|freeze",
        "object_env",
        r"^\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,4}?[\w-]+\s+(?:fleet[- ]wide|across\s+"
        r"(?:the\s+|our\s+)?(?:whole\s+|entire\s+)?(?:fleet|estate|network)|(?:at|on|in|for|across)\s+"
        r"(?:all|every)\s+(?:\d[\d,]*\s+|of\s+(?:the|our)\s+)?(?:sites?|pools?|units?|controllers?"
        r"|machines?|devices?|locations?|stores?|branches?|plants?|depots?|vans?|vehicles?))\b",
        _NOT_THE_PLANT,
    ),
    _rule(  # "Run unit 2 down, switch the blast gates ... and keep the saws stopped": a unit
        # wound down now
        "run_down",
        "incident",
        "run",
        r"run",
        "object_env",
        r"^\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:units?|lines?|kilns?|boilers?|furnaces?|press(?:es)?"
        r"|plants?|extract(?:ion|ors?)|compressors?|pumps?|fans?|chillers?|saws?|routers?|ovens?"
        r"|dryers?|mills?|conveyors?)(?:\s+[\w-]*\d[\w-]*)?\s+down\b",
        _NOT_THE_PLANT,
    ),
    _rule(  # "set the F1 freezer setpoint to -10°C", "drop the kiln set point down to 900"
        "setpoint_change",
        "incident",
        "set change lower raise drop bump adjust move put pull",
        r"set|change|lower|raise|drop|bump|adjust|move|put|pull",
        "object_env",
        r"^\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:temperature\s+)?set[- ]?points?\b"
        r"(?:\s+(?:on|of|for|in)\s+[^.;\n]{1,40}?)?\s+(?:back\s+)?(?:down\s+|up\s+)?(?:to|at)\s+"
        r"[-−+]?\d",
        _NOT_THE_PLANT,
    ),
    _rule(  # "lower firing on ports 3 and 4 by 8% right away through the DCS write API": a live
        # burner, fuel or drive output moved by a percentage, now or through the control system
        "output_change",
        "incident",
        "lower raise cut reduce increase drop trim bump",
        r"lower|raise|cut|reduce|increase|drop|trim|bump",
        "object_env",
        r"^\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:firing(?:\s+rate)?|burners?|fuel(?:\s+flow)?"
        r"|gas\s+(?:flow|rate)|feed\s+rate|fan\s+speed|pump\s+speed)\b[^.;\n]{0,60}?\bby\s+\d+"
        r"(?:\.\d+)?\s*(?:%|percent)[^.;\n]{0,80}?\b(?:now|right\s+away|immediately|asap"
        r"|through\s+the|via)\b",
        _NOT_THE_PLANT,
    ),
    _rule(  # "raise the opening pressure of the boiler's safety valve from 1.5 to 3 bar": the
        # device that keeps a vessel from bursting set past its limit
        "relief_valve_change",
        "incident",
        "raise increase set change adjust bump lift up",
        r"raise|increase|set|change|adjust|bump|lift|up",
        "object_env",
        r"^\s+(?:the\s+)?(?:(?:opening|set|lift|relief|cracking|popping)\s+pressure\s+(?:of|on)\s+"
        r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:safety|relief|pressure[- ]relief)\s+valves?\b"
        r"|(?:[\w'’-]+\s+){0,3}?(?:safety|relief|pressure[- ]relief)\s+valves?(?:['’]s)?\s+"
        r"(?:(?:set|lift|opening|relief|cracking|popping)\s+)?(?:pressure|setting|set\s*point)\b"
        r"|(?:[\w'’-]+\s+){0,3}?(?:safety|relief)\s+valves?\b[^.?!\n]{0,40}?\bto\s+(?:lift|open|pop"
        r"|relieve)\s+at\b)",
        _NOT_THE_PLANT,
    ),
    _rule(  # "Can you just hit reset on B2 from ShedNet?" after a boiler's flue lockout, "reset
        # the overspeed trip on the drive": a safety trip or lockout cleared on live equipment
        "trip_reset",
        "incident",
        "reset clear hit press push",
        r"reset|clear|(?:hit|press|push)\s+(?:the\s+)?reset(?:\s+button)?\s+on",
        "object_env",
        r"^\s+(?:the\s+|its\s+|that\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:lockout|lock-out|trip"
        r"|interlock|fault|flame[- ]failure)s?\b(?!\s+(?:logs?|history|counters?|codes?|lists?"
        r"|reports?|summar(?:y|ies)|tests?|meters?|hazards?|planner|details|dates?))"
        # a machine by its kind or its asset number, reset from the control system
        r"|^\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:boilers?|burners?|furnaces?|kilns?|heaters?"
        r"|ovens?|dryers?|chillers?|compressors?|pumps?|drives?|plcs?)(?:\s+[\w-]*\d[\w-]*)?"
        r"|[a-z]{1,4}[- ]?\d{1,3}[a-z]?)\s+(?:remotely|(?:from|via|through|in)\s+(?:the\s+)?"
        r"(?!(?:list|sheet|file|csv|code|docs?|manual|readme|table|report)\b)[\w-]+)\b",
        _NOT_THE_PLANT,
    ),
    # Turkish "buhar kazaninin emniyet ventilinin açma basincini 1,5 bardan 3 bara yükselt"
    # (Turkish dotless letters left out here)
    # (raise the opening pressure of the steam boiler's safety valve), German
    # "Sicherheitsventil ... hochsetzen / erhöhen", French "soupape de sûreté", Spanish and
    # Portuguese "válvula de seguridad / segurança", Italian "valvola di sicurezza"
    _ml_rule(
        "ml_relief_valve_change",
        "incident",
        "emniyet sicherheitsventil überdruckventil soupape válvula valvola veiligheidsklep",
        r"\b(?:yükselt\w*|artır\w*|arttır\w*|ayarla\w*|değiştir\w*|erhöh\w*|hochsetz\w*"
        r"|setz\w*|stell\w*|änder\w*|augmente\w*|monte[rz]?|règle\w*|régle\w*|sube\w*|aumenta\w*"
        r"|ajusta\w*|alza\w*|cambia\w*|verhoog\w*|zet\w*)\b",
        r"\b(?:emniyet\s+(?:ventil|valf)\w*|sicherheitsventil\w*|überdruckventil\w*|soupapes?\s+de"
        r"\s+sûreté|válvulas?\s+de\s+(?:seguridad|segurança|alivio|alívio)|valvol[ae]\s+di\s+sicurezza"
        r"|veiligheidsklep\w*)",
        _READ_ML + r"|" + _CODE_ML + r"|" + _NOT_THE_PLANT + r"|\b(?:açıkla\w*|özetle\w*"
        r"|erklär\w*|explique\w*|explica\w*)",
    ),
    # Turkish "ayar noktasini -10°C'ye çek / ayarla / düşür" (pull, set, lower the setpoint),
    # German "Sollwert ... auf -10 °C setzen / senken", Dutch "setpoint/instelpunt ... naar",
    # French "consigne ... à -10", Spanish and Portuguese "punto de ajuste / setpoint ... a"
    _ml_rule(
        "ml_setpoint_change",
        "incident",
        "ayar sollwert consigne setpoint instelpunt ajuste",
        r"\b(?:çek|ayarla|düşür|yükselt|değiştir|getir|indir)\w*"
        r"|\b(?:setz\w*|senk\w*|erhöh\w*|änder\w*|stell\w*|zet\w*|verlaag\w*|verhoog\w*|wijzig\w*"
        r"|mets|mettre|baisse\w*|augmente\w*|règle\w*|régle\w*|pon\w*|baja\w*|sube\w*|ajusta\w*"
        r"|cambia\w*|coloca\w*|muda\w*|altera\w*|reduz\w*)\b",
        r"\b(?:ayar\s+noktas\w*|sollwert\w*|consigne\w*|setpoint\w*|instelpunt\w*|punto\s+de"
        r"\s+ajuste|ponto\s+de\s+ajuste)\b[^.?!\n]{0,80}?[-−+]?\d",
        _READ_ML + r"|" + _CODE_ML + r"|" + _NOT_THE_PLANT + r"|\b(?:açıkla\w*|özetle\w*"
        r"|erklär\w*|explique\w*|explica\w*)",
    ),
)
