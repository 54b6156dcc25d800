"""Terms read straight from license clauses, for texts the knowledge base does not recognise.

Each detector looks at one sentence at a time and answers with the term, its value and the
sentence as evidence. Detectors are deliberately narrow: a clause they do not understand adds no
term, and a text with neither a known clause nor a license grant is left `unknown` by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from weightgate.licenses.numbers import numbers
from weightgate.model import TERMS, TermValue

MAX_QUOTE = 300

_I = re.IGNORECASE


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I)


_NEGATION = _any(
    r"\b(?:will|shall|may|must|can|do|does)\s*not\b",
    r"\bcannot\b",
    r"\bagrees?\s+not\b",
    r"\bnot\s+(?:be\s+)?(?:permitted|allowed|licensed|authori[sz]ed|granted)\b",
    r"\bprohibit\w*",
    r"\bforbid\w*",
    r"\bneither\b",
    r"\bno\s+right\b",
)
_THRESHOLD = _any(
    r"\bmore\s+than\b", r"\bgreater\s+than\b", r"\bexceed\w*", r"\bin\s+excess\s+of\b",
    r"\bover\b", r"\babove\b", r"\bat\s+least\b", r"\bless\s+than\b", r"\bfewer\s+than\b",
    r"\bbelow\b", r"\bunder\b", r"\bup\s+to\b", r"\bmaximum\b", r"\bcap\b", r"\blimit\b",
    r"\brequest\s+a\s+licen[cs]e\b", r"\bobtain\s+a\s+(?:separate\s+)?licen[cs]e\b",
)  # fmt: skip
_USERS = _any(
    r"\b(?:monthly|daily)\s+active\s+users?\b", r"\bMAUs?\b", r"\bDAUs?\b",
    r"\bactive\s+users?\s+(?:per|a|each)\s+month\b", r"\busers\s+per\s+month\b",
)  # fmt: skip
_REVENUE = _any(
    r"\brevenues?\b", r"\bturnover\b", r"\bgross\s+sales\b", r"\bannual\s+sales\b",
    r"\bincome\b",
)  # fmt: skip
_CURRENCY = (
    ("USD", _any(r"\bUSD\b", r"\bUS\s?\$", r"\bU\.S\.\s?\$", r"\$", r"\bU\.?S\.?\s+dollars?\b",
                 r"\bdollars?\b")),
    ("EUR", _any(r"\bEUR\b", r"€", r"\beuros?\b")),
    ("GBP", _any(r"\bGBP\b", r"£", r"\bpounds?\s+sterling\b")),
    ("CNY", _any(r"\bRMB\b", r"\bCNY\b", r"\byuan\b", r"¥")),
)  # fmt: skip
_NON_COMMERCIAL = _any(
    r"\bnon[\s-]?commercial\s+(?:\w+\s+){0,2}(?:purposes?|uses?)\s+only\b",
    r"\b(?:solely|only|exclusively)\s+for\s+(?:your\s+|the\s+purposes?\s+of\s+)?(?:personal[\s,]+)?non[\s-]?commercial\b",
    r"\bonly\s+(?:use|access)\b[^.]{0,80}\bfor\s+non[\s-]?commercial\b",
    r"\bnot\s+for\s+(?:any\s+)?commercial\s+(?:use|purposes?)\b",
    r"\bfor\s+purposes\s+other\s+than\s+commercial\b",
    r"\b(?:may|shall|must|will)\s+not\b[^.]{0,120}\bfor\s+(?:any\s+)?commercial\s+(?:use|purposes?|activit\w+|gain)\b",
    r"\bcommercial\s+(?:use|usage|purposes?|exploitation)\b[^.]{0,60}\b(?:is|are)\s+(?:strictly\s+)?(?:not\s+(?:permitted|allowed|granted|licensed)|prohibited|forbidden|excluded)\b",
    r"\bprohibited\s+from\s+using\b[^.]{0,80}\bcommercial\b",
    r"\bmay\s+not\s+exercise\b[^.]{0,120}\bcommercial\s+advantage\b",
    r"\bno\s+commercial\s+use\b",
)
_RESEARCH = _any(
    r"\bresearch\s+(?:or\s+evaluation\s+|and\s+evaluation\s+)?purposes?\s+only\b",
    r"\b(?:solely|only|exclusively)\s+(?:be\s+used\s+)?for\s+(?:the\s+(?:sole\s+)?purposes?\s+of\s+)?(?:your\s+)?(?:non[\s-]?commercial\s+)?(?:personal\s+|scientific\s+|academic\s+)*research\b",
    r"\bonly\s+use\b[^.]{0,100}\bfor\s+(?:\w+,?\s+){0,3}research\b",
    r"\blimited\s+to\s+research\s+purposes\b",
    r"\bnon[\s-]?production\s+(?:use|uses|environments?|purposes?)\b",
    r"\bdoes\s+not\s+include\s+any\s+production\s+use\b",
    r"\bother\s+than\s+commercial\s+or\s+production\s+use\b",
    r"\b(?:not|never)\s+(?:be\s+)?(?:used\s+)?(?:in|for)\s+(?:a\s+)?production\b",
)
_OUTPUT = _any(r"\boutputs?\b", r"\bresults\b", r"\bgenerated\s+(?:data|content)\b",
               r"\bsynthetic\s+data\b")  # fmt: skip
_TRAIN = _any(r"\btrain\w*", r"\bfine[\s-]?tun\w*", r"\bimprov\w*", r"\bdistil\w*",
              r"\bdevelop\w*", r"\benhanc\w*")  # fmt: skip
_MODEL = _any(r"\bmodels?\b", r"\bLLMs?\b")
_USE = _any(r"\buse\b", r"\busing\b", r"\bexploit\b")
_NAMING_OR_CREDIT = _any(r"\bbeginning\b", r"\bprefix\b", r"\bdisplay\b", r"\bbuilt\s+with\b",
                         r"\bimproved\s+using\b", r"\bname\b")  # fmt: skip
_DISCLAIMER = _any(r"\bwarrant\w*", r"\bliab\w+", r"\bindemni\w*")
_USE_RESTRICTIONS = _any(
    r"\bacceptable\s+use\s+polic(?:y|ies)\b", r"\bprohibited\s+uses?\s+polic(?:y|ies)\b",
    r"\buse[\s-]based\s+restrictions\b", r"\buse\s+restrictions\b",
    r"\byou\s+agree\s+(?:you\s+will\s+)?not\s+(?:to\s+)?use\b[^.]*:\s*$",
    r"\bor\s+allow\s+others\s+to\s+use\b",
    r"\bmilitary\s+(?:use|uses|purposes?|end[\s-]uses?|applications?)\b",
    r"\bmilitary\s+or\s+\w+\s+purposes\b",
    r"\btrustworthy\s+ai\b", r"\brestricted\s+uses\b",
)  # fmt: skip
_HOSTING = _any(
    r"\bhost(?:ed|ing)?\b", r"\bmanaged\s+services?\b", r"\bas\s+a\s+service\b",
    r"\bsaas\b", r"\bsoftware[\s-]as[\s-]a[\s-]service\b", r"\bvia\s+(?:your\s+)?apis?\b",
    r"\bapi\s+(?:form|access)\b", r"\bcloud\s+service\s+providers?\b",
    r"\bservice\s+providers?\b",
)  # fmt: skip
_HOSTING_LIMIT = _any(_NEGATION.pattern, r"\bseparate\s+licen[cs]e\b",
                      r"\brequires?\s+(?:a\s+)?(?:separate|commercial|written)\b")  # fmt: skip
_REGIONS = (
    ("EU", _any(r"\bEuropean\s+Union\b", r"\bEU\b", r"\bEEA\b", r"\bEuropean\s+Economic\s+Area\b")),
    ("UK", _any(r"\bUnited\s+Kingdom\b", r"\bUK\b")),
    ("US", _any(r"\bUnited\s+States\b", r"\bU\.S\.A?\.?(?=\s)", r"\bUSA\b")),
    ("CN", _any(r"\bPeople'?s\s+Republic\s+of\s+China\b", r"\bChina\b", r"\bPRC\b")),
    ("RU", _any(r"\bRussia(?:n\s+Federation)?\b")),
)  # fmt: skip
_REGION_EXCLUSION = _any(
    r"\bnot\s+(?:being\s+)?(?:granted|available|licensed|permitted)\b", r"\bexclud\w+",
    r"\bmay\s+not\s+(?:be\s+)?(?:use|used|access\w*)\b", r"\bshall\s+not\b", r"\bprohibited\b",
)  # fmt: skip
_REGION_PLACE = _any(
    r"\bdomiciled\b", r"\bresid\w+", r"\blocated\b", r"\bprincipal\s+place\s+of\s+business\b",
    r"\bheadquarter\w*", r"\bcitizens?\b", r"\bterritor\w+", r"\bestablished\b",
)  # fmt: skip
_ATTRIBUTION = _any(
    r"\bbuilt\s+(?:with|on|using)\b", r"\bpowered\s+by\b", r"\bimproved\s+using\b",
    r"\bdisplay\b[^.]{0,80}\b(?:website|user\s+interface|product\s+documentation|about\s+page)\b",
    r"\bgive\s+appropriate\s+credit\b",
    r"\battribution\s+statement\b", r"\binclude\s+prominently\b", r"\bclearly\s+attribute\b",
)  # fmt: skip
_NAMING = _any(
    r"\bat\s+the\s+(?:beginning|start)\s+of\b[^.]{0,40}\bname\b",
    r"\bto\s+the\s+beginning\s+of\b[^.]{0,40}\bname\b",
    r"\bnames?\b[^.]{0,60}\b(?:must|shall)\s+(?:begin|start)\s+with\b",
    r"\b(?:must|shall)\s+(?:begin|start)\s+(?:its|their|the)\s+(?:\w+\s+)?name\s+with\b",
    r"\bname\b[^.]{0,40}\bprefix\w*", r"\bprefix\w*\b[^.]{0,40}\bname\b",
)  # fmt: skip
_COPYLEFT = (
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
    )),
    ("weak", _any(
        r"\bcovered\s+software\b[^.]{0,80}\bunder\s+the\s+terms\s+of\s+this\s+licen[cs]e\b",
        r"\blesser\s+general\s+public\b", r"\bwork\s+that\s+uses\s+the\s+library\b",
        r"\bfiles?\b[^.]{0,60}\b(?:must|shall)\s+remain\s+under\s+this\s+licen[cs]e\b",
    )),
)  # fmt: skip
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
    r"\broyalty[\s-]free\b",
    r"\bpublic\s+domain\b",
)


@dataclass(frozen=True)
class Clause:
    """One term found in one sentence."""

    term: str
    value: TermValue
    quote: str
    section: str = ""


def _quote(sentence: str, at: int = 0) -> str:
    """The sentence, cut to MAX_QUOTE characters around position `at`."""
    if len(sentence) <= MAX_QUOTE:
        return sentence
    start = max(0, min(at - MAX_QUOTE // 3, len(sentence) - MAX_QUOTE))
    head = "..." if start else ""
    tail = "..." if start + MAX_QUOTE < len(sentence) else ""
    return head + sentence[start : start + MAX_QUOTE].strip() + tail


def _nearest_number(sentence: str, anchor: int, after: int = 0) -> int | None:
    """The number closest to the keyword at `anchor` (ignoring tiny section-like numbers)."""
    found = [n for n in numbers(sentence) if n.start >= after and n.value >= 10]
    if not found:
        return None
    return min(found, key=lambda n: min(abs(n.end - anchor), abs(n.start - anchor))).value


def user_cap(sentence: str) -> Clause | None:
    users = _USERS.search(sentence)
    if users is None or not _THRESHOLD.search(sentence):
        return None
    value = _nearest_number(sentence, users.start())
    if value is None:
        return None
    daily = "daily" in users.group(0).lower() or "dau" in users.group(0).lower()
    section = "daily active users (recorded as a user cap)" if daily else ""
    return Clause("user-cap", value, _quote(sentence, users.start()), section)


def revenue_cap(sentence: str) -> Clause | None:
    revenue = _REVENUE.search(sentence)
    if revenue is None or not _THRESHOLD.search(sentence):
        return None
    for code, pattern in _CURRENCY:
        currency = pattern.search(sentence)
        if currency is None:
            continue
        value = _nearest_number(sentence, currency.end(), after=max(0, currency.start() - 40))
        if value is None:
            continue
        section = "" if code == "USD" else f"amount in {code}, not converted to USD"
        return Clause("revenue-cap", value, _quote(sentence, revenue.start()), section)
    return None


def _flag(term: str, pattern: re.Pattern[str]) -> Callable[[str], Clause | None]:
    def detect(sentence: str) -> Clause | None:
        found = pattern.search(sentence)
        return Clause(term, True, _quote(sentence, found.start())) if found else None

    detect.__name__ = term.replace("-", "_")
    return detect


def output_restriction(sentence: str) -> Clause | None:
    output = _OUTPUT.search(sentence)
    trains = _TRAIN.search(sentence) and _MODEL.search(sentence) and _USE.search(sentence)
    if output is None or not trains:
        return None
    if not _NEGATION.search(sentence) or _NAMING_OR_CREDIT.search(sentence):
        return None
    if _DISCLAIMER.search(sentence):
        return None
    return Clause("output-restriction", True, _quote(sentence, output.start()))


def hosting_restriction(sentence: str) -> Clause | None:
    hosting = _HOSTING.search(sentence)
    if hosting is None or not _HOSTING_LIMIT.search(sentence) or _DISCLAIMER.search(sentence):
        return None
    return Clause("hosting-restriction", True, _quote(sentence, hosting.start()))


def region_restriction(sentence: str) -> Clause | None:
    if not (_REGION_EXCLUSION.search(sentence) and _REGION_PLACE.search(sentence)):
        return None
    regions = tuple(code for code, pattern in _REGIONS if pattern.search(sentence))
    if not regions:
        return None
    return Clause("region-restriction", regions, _quote(sentence))


def copyleft(sentence: str) -> Clause | None:
    for strength, pattern in _COPYLEFT:
        found = pattern.search(sentence)
        if found:
            return Clause("copyleft", strength, _quote(sentence, found.start()))
    return None


def non_commercial(sentence: str) -> Clause | None:
    if _USERS.search(sentence):  # "if you are commercially using ... more than N MAU" is a cap
        return None
    return _flag("non-commercial", _NON_COMMERCIAL)(sentence)


DETECTORS: tuple[Callable[[str], Clause | None], ...] = (
    user_cap,
    revenue_cap,
    non_commercial,
    _flag("research-only", _RESEARCH),
    output_restriction,
    _flag("use-restrictions", _USE_RESTRICTIONS),
    hosting_restriction,
    region_restriction,
    _flag("attribution", _ATTRIBUTION),
    _flag("naming", _NAMING),
    copyleft,
)

_COPYLEFT_RANK = {"weak": 1, "strong": 2, "network": 3}


def _stronger(old: Clause, new: Clause) -> bool:
    """Whether `new` should replace `old` for the same term (the stricter reading wins)."""
    if old.term == "copyleft":
        return _COPYLEFT_RANK[str(new.value)] > _COPYLEFT_RANK[str(old.value)]
    if old.term in ("user-cap", "revenue-cap"):
        return isinstance(new.value, int) and isinstance(old.value, int) and new.value < old.value
    if old.term == "region-restriction" and isinstance(old.value, tuple):
        return isinstance(new.value, tuple) and len(set(new.value) - set(old.value)) > 0
    return False


def detect_clauses(sentences: Iterable[str]) -> list[Clause]:
    """One clause per term (the first, or the strictest for caps, regions and copyleft)."""
    best: dict[str, Clause] = {}
    for sentence in sentences:
        for detector in DETECTORS:
            clause = detector(sentence)
            if clause is None:
                continue
            old = best.get(clause.term)
            if old is not None and clause.term == "region-restriction" and _stronger(old, clause):
                merged = tuple(sorted({*old.value, *clause.value}))  # type: ignore[misc]
                best[clause.term] = Clause(old.term, merged, old.quote, old.section)
            elif old is None or _stronger(old, clause):
                best[clause.term] = clause
    return [best[t] for t in sorted(best, key=TERMS.index)]
