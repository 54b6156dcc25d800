"""The phrases clause detection looks for, one compiled pattern per idea (see clauses.py)."""

from __future__ import annotations

import re

MAX_QUOTE = 300

_I = re.IGNORECASE


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I)


NEGATION = _any(
    r"\b(?:will|shall|may|must|can|do|does)\s*not\b",
    r"\bcannot\b",
    r"\bagrees?\s+not\b",
    r"\bnot\s+(?:be\s+)?(?:permitted|allowed|licensed|authori[sz]ed|granted)\b",
    r"\bprohibit\w*",
    r"\bforbid\w*",
    r"\bneither\b",
    r"\bno\s+right\b",
)
THRESHOLD = _any(
    r"\bmore\s+than\b", r"\bgreater\s+than\b", r"\bexceed\w*", r"\bin\s+excess\s+of\b",
    r"\bover\b", r"\babove\b", r"\bat\s+least\b", r"\bless\s+than\b", r"\bfewer\s+than\b",
    r"\bbelow\b", r"\bunder\b", r"\bup\s+to\b", r"\bmaximum\b", r"\bcap\b", r"\blimit\b",
    r"\brequest\s+a\s+licen[cs]e\b", r"\bobtain\s+a\s+(?:separate\s+)?licen[cs]e\b",
)  # fmt: skip
USERS = _any(
    r"\b(?:monthly|daily)\s+active\s+users?\b", r"\bMAUs?\b", r"\bDAUs?\b",
    r"\bactive\s+users?\s+(?:per|a|each)\s+month\b", r"\busers\s+per\s+month\b",
    r"\bmonthly\s+(?:unique\s+)?users\b",
)  # fmt: skip
REVENUE = _any(
    r"\brevenues?\b", r"\bturnover\b", r"\bgross\s+sales\b", r"\bannual\s+sales\b",
    r"\bincome\b",
)  # fmt: skip
CURRENCY = (
    ("USD", _any(r"\bUSD\b", r"\bUS\s?\$", r"\bU\.S\.\s?\$", r"\$", r"\bU\.?S\.?\s+dollars?\b",
                 r"\bdollars?\b")),
    ("EUR", _any(r"\bEUR\b", r"€", r"\beuros?\b")),
    ("GBP", _any(r"\bGBP\b", r"£", r"\bpounds?\s+sterling\b")),
    ("CNY", _any(r"\bRMB\b", r"\bCNY\b", r"\byuan\b", r"¥")),
)  # fmt: skip
#: USD per unit, rounded down from the lowest rate of recent years: a converted cap errs low,
#: so it bites early rather than late.
USD_FLOOR = {"USD": 1.0, "EUR": 0.95, "GBP": 1.05, "CNY": 0.12}
NON_COMMERCIAL = _any(
    r"\bnon[\s-]?commercial\s+(?:\w+\s+){0,2}(?:purposes?|uses?)\s+only\b",
    r"\b(?:solely|only|exclusively)\s+for\s+(?:your\s+|the\s+purposes?\s+of\s+)?(?:personal[\s,]+)?"
    r"non[\s-]?commercial\s+(?:purposes?|use|uses|research|activit\w+|applications?|projects?)\b",
    r"\bonly\s+(?:use|access)\b[^.]{0,80}\bfor\s+non[\s-]?commercial\b",
    r"\bnot\s+for\s+(?:any\s+)?commercial\s+(?:use|purposes?)\b",
    r"\bfor\s+purposes\s+other\s+than\s+commercial\b",
    r"\b(?:may|shall|must|will)\s+not\b[^.]{0,120}\bfor\s+(?:any\s+)?commercial\s+(?:use|purposes?|activit\w+|gain)\b",
    r"\bcommercial\s+(?:use|usage|purposes?|exploitation)\b[^.]{0,60}\b(?:is|are)\s+(?:strictly\s+)?(?:not\s+(?:permitted|allowed|granted|licensed)|prohibited|forbidden|excluded)\b",
    r"\bprohibited\s+from\s+using\b[^.]{0,80}\bcommercial\b",
    r"\bmay\s+not\s+exercise\b[^.]{0,120}\bcommercial\s+advantage\b",
    r"\bno\s+commercial\s+use\b",
    r"\bpersonal\s+(?:and\s+\w+\s+|or\s+\w+\s+)?use\s+only\b",
    r"\b(?:shall|may|must)\s+not\b[^.]{0,100}\bin\s+the\s+course\s+of\s+a\s+commercial\s+activity\b",
    r"\bsolely\s+for\b[^.]{0,100}\bnon[\s-]?commercial\s+purposes\b",
)
RESEARCH = _any(
    r"\bresearch\s+(?:or\s+evaluation\s+|and\s+evaluation\s+)?purposes?\s+only\b",
    r"\b(?:solely|only|exclusively)\s+(?:be\s+used\s+)?for\s+(?:the\s+(?:sole\s+)?purposes?\s+of\s+)?(?:your\s+)?(?:non[\s-]?commercial\s+)?(?:personal\s+|scientific\s+|academic\s+)*research\b",
    r"\bonly\s+use\b[^.]{0,100}\bfor\s+(?:\w+,?\s+){0,3}research\b",
    r"\blimited\s+to\s+research\s+purposes\b",
    r"\bnon[\s-]?production\s+(?:use|uses|environments?|purposes?)\b",
    r"\bdoes\s+not\s+include\s+any\s+production\s+use\b",
    r"\bother\s+than\s+commercial\s+or\s+production\s+use\b",
    r"\b(?:not|never)\s+(?:be\s+)?(?:used\s+)?(?:in|for)\s+(?:a\s+)?production\b",
    r"\bproduction\s+(?:use|deployment|environments?)\b[^.]{0,40}\b(?:is|are)\s+(?:not\s+(?:permitted|allowed)|prohibited)\b",
    r"\bacademic\s+(?:research\s+)?(?:use|purposes?)\s+only\b",
)
OUTPUT = _any(
    r"\boutputs?\b", r"\bresults\b", r"\bgenerated\s+(?:data|content|text|images?|outputs?)\b",
    r"\bsynthetic\s+data\b", r"\bgenerations\b", r"\bcompletions\b", r"\bresponses\b",
    r"\b(?:content|data|text|material)\s+(?:it\s+)?(?:generated|produced)\b",
)  # fmt: skip
TRAIN = _any(
    r"\btrain\w*", r"\bfine[\s-]?tun\w*", r"\bimprov\w*", r"\bdistil\w*", r"\bdevelop\w*",
    r"\benhanc\w*",
)  # fmt: skip
MODEL = _any(r"\bmodels?\b", r"\bLLMs?\b")
USE = _any(r"\buse\b", r"\busing\b", r"\bexploit\b", r"\butili[sz]e\b", r"\bemploy\b")
#: Outputs confined to research: a ban on every other use of them, training included.
OUTPUT_RESEARCH_ONLY = _any(r"\bonly\s+use\b[^.]{0,120}\boutputs?\b[^.]{0,20}\bfor\s+research\b")
NAMING_OR_CREDIT = _any(
    r"\bbeginning\b", r"\bprefix\b", r"\bdisplay\b", r"\bbuilt\s+with\b", r"\bimproved\s+using\b",
    r"\bname\b",
)  # fmt: skip
DISCLAIMER = _any(r"\bwarrant\w*", r"\bliab\w+", r"\bindemni\w*")
USE_RESTRICTIONS = _any(
    r"\bacceptable\s+use\s+polic(?:y|ies)\b", r"\bprohibited\s+uses?\s+polic(?:y|ies)\b",
    r"\buse[\s-]based\s+restrictions\b", r"\buse\s+restrictions\b",
    r"\byou\s+agree\s+(?:you\s+will\s+)?not\s+(?:to\s+)?use\b[^.]*:\s*$",
    r"\bor\s+allow\s+others\s+to\s+use\b",
    r"\bmilitary\s+(?:use|uses|purposes?|end[\s-]uses?|applications?)\b",
    r"\bmilitary\s+or\s+\w+\s+purposes\b",
    r"\btrustworthy\s+ai\b", r"\brestricted\s+uses\b",
)  # fmt: skip
HOSTING = _any(
    r"\bhost(?:ed|ing)?\b", r"\bmanaged\s+services?\b", r"\bas\s+a\s+service\b",
    r"\bsaas\b", r"\bsoftware[\s-]as[\s-]a[\s-]service\b", r"\bvia\s+(?:your\s+)?apis?\b",
    r"\bapi\s+(?:form|access)\b", r"\bcloud\s+service\s+providers?\b",
    r"\bservice\s+providers?\b",
)  # fmt: skip
HOSTING_LIMIT = _any(
    NEGATION.pattern, r"\bseparate\s+licen[cs]e\b",
    r"\brequires?\s+(?:a\s+)?(?:separate|commercial|written)\b",
)  # fmt: skip
REGIONS = (
    ("EU", _any(r"\bEuropean\s+Union\b", r"\bEU\b", r"\bEEA\b", r"\bEuropean\s+Economic\s+Area\b")),
    ("UK", _any(r"\bUnited\s+Kingdom\b", r"\bUK\b")),
    ("US", _any(r"\bUnited\s+States\b", r"\bU\.S\.A?\.?(?=\s)", r"\bUSA\b")),
    ("CN", _any(r"\bPeople'?s\s+Republic\s+of\s+China\b", r"\bChina\b", r"\bPRC\b")),
    ("RU", _any(r"\bRussia(?:n\s+Federation)?\b")),
)  # fmt: skip
REGION_EXCLUSION = _any(
    r"\bnot\s+(?:being\s+)?(?:granted|available|licensed|permitted)\b", r"\bexclud\w+",
    r"\bmay\s+not\s+(?:be\s+)?(?:use|used|access\w*)\b", r"\bshall\s+not\b", r"\bprohibited\b",
)  # fmt: skip
#: Export-control and sanctions clauses name countries without excluding licensees there.
EXPORT_CONTROL = _any(r"\bexport\w*", r"\bsanction\w*", r"\bembargo\w*")
REGION_PLACE = _any(
    r"\bdomiciled\b", r"\bresid\w+", r"\blocated\b", r"\bprincipal\s+place\s+of\s+business\b",
    r"\bheadquarter\w*", r"\bcitizens?\b", r"\bterritor\w+", r"\bestablished\b",
    r"\bbased\s+in\b", r"\boperating\s+in\b", r"\bincorporated\s+in\b", r"\bwithin\s+the\b",
)  # fmt: skip
ATTRIBUTION = _any(
    r"\bbuilt\s+(?:with|on|using)\b", r"\bpowered\s+by\b", r"\bimproved\s+using\b",
    r"\bdisplay\b[^.]{0,80}\b(?:website|user\s+interface|product\s+documentation|about\s+page)\b",
    r"\bgive\s+appropriate\s+credit\b", r"\bidentification\s+of\s+the\s+creator",
    r"\battribution\s+statement\b", r"\binclude\s+prominently\b", r"\bclearly\s+attribute\b",
)  # fmt: skip
NAMING = _any(
    r"\bat\s+the\s+(?:beginning|start)\s+of\b[^.]{0,40}\bname\b",
    r"\bto\s+the\s+beginning\s+of\b[^.]{0,40}\bname\b",
    r"\bnames?\b[^.]{0,60}\b(?:must|shall)\s+(?:begin|start)\s+with\b",
    r"\b(?:must|shall)\s+(?:begin|start)\s+(?:its|their|the)\s+(?:\w+\s+)?name\s+with\b",
    r"\bname\b[^.]{0,40}\bprefix\w*", r"\bprefix\w*\b[^.]{0,40}\bname\b",
)  # fmt: skip
COPYLEFT = (
    ("network", _any(
        r"\binteracting\s+with\s+it\s+remotely\s+through\s+a\s+computer\s+network\b",
        r"\bover\s+a\s+network\b[^.]{0,120}\b(?:source|this\s+licen[cs]e)\b",
        r"\bproviding\s+access\s+to\s+its\s+essential\s+functionalities\b",
        r"\bnetwork\s+(?:use|interaction)\b[^.]{0,80}\bsource\b",
    )),
    ("strong", _any(
        r"\bentire\s+work,?\s+as\s+a\s+whole,?\s+under\s+this\s+licen[cs]e\b",
        r"\blicensed\s+as\s+a\s+whole\b[^.]{0,60}\bunder\s+the\s+terms\s+of\s+this\s+licen[cs]e\b",
        r"\bshare[\s-]?alike\b", r"\bunder\s+precisely\s+this\s+licen[cs]e\b",
        r"\b(?:derivative|adaptation|modified|modification)\w*\b[^.]{0,100}\b(?:must|shall)\s+(?:only\s+)?be\s+(?:licensed|distributed|released|published)\s+(?:only\s+)?under\s+(?:the\s+terms\s+of\s+)?(?:this|the\s+same)\s+licen[cs]e\b",
        r"\bsame\s+license\s+elements\b", r"\bcopyleft\b",
        r"\bto\s+be\s+licensed\b[^.]{0,80}\bunder\s+the\s+terms\s+of\s+this\s+(?:general\s+public\s+)?licen[cs]e\b",
        r"\byou\s+(?:train|fine[\s-]?tune|distil\w*|derive|create)\b[^.]{0,80}\b(?:must|shall)\s+(?:only\s+)?be\s+(?:licensed|distributed|released|published|shared)\s+under\s+(?:the\s+terms\s+of\s+)?(?:this(?:\s+same)?|the\s+same)\s+licen[cs]e\b",
    )),
    ("weak", _any(
        r"\bcovered\s+software\b[^.]{0,140}\bunder\s+the\s+terms\s+of\s+this\s+licen[cs]e\b",
        r"\bwork\s+that\s+uses\s+the\s+library\b",
        r"\bmust\s+be\s+made\s+available\s+in\s+source\s+code\s+form\s+under\s+the\s+terms\s+of\s+this\s+licen[cs]e\b",
        r"\bfiles?\b[^.]{0,60}\b(?:must|shall)\s+remain\s+under\s+this\s+licen[cs]e\b",
    )),
)  # fmt: skip
#: A library exception (LGPL and kin): the copyleft stops at the library, whatever else it says.
LIBRARY_EXCEPTION = _any(
    r"\bwork\s+that\s+uses\s+the\s+(?:library|linguistic\s+resource)\b",
    r"\bthis\s+version\s+of\s+the\s+gnu\s+lesser\s+general\s+public\s+license\s+incorporates\b",
)
GRANT = _any(
    r"\bpermission\s+is\s+hereby\s+granted\b",
    r"\bhereby\s+grants?\b",
    r"\bgrants?\s+(?:to\s+)?you\b",
    r"\byou\s+are\s+granted\b",
    r"\bis\s+granted\b",
    r"\blicen[cs]ed\s+under\b",
    r"\blicen[cs]e\s+to\s+(?:use|reproduce|copy)\b",
    r"\byou\s+(?:may|can)\s+(?:freely\s+)?(?:use|copy|modify|distribute)\b",
    r"\bfree\s+of\s+charge\b",
    r"\bare\s+permitted\s+provided\b",
    r"\bpermission\s+to\s+use\b",
    r"\broyalty[\s-]free\b",
    r"\bpublic\s+domain\b",
)
