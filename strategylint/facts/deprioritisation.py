"""What the plan says it will not do, will stop, defers or puts second: the guidance's trade-offs.

Every sentence that says so becomes a `Statement` of one kind:

* ``excludes``: scope left out or work ruled out ("this strategy does not cover local government", "out
  of scope", "not a priority", "would not necessarily appear to be a priority", "we will not build our own
  apps", "we will not automatically move all specialist content");
* ``stops``: work to stop, retire or switch off ("we will stop printing forms", "legacy systems will be
  decommissioned", "we must close existing alternative channels", "will no longer focus on the brand");
* ``defers``: work put off ("we will defer the intranet rebuild to 2026", "postponed to a later phase", a
  sequence of dated stages: "moves from: foundational activities (~2020-2022), to enterprise activities
  (~2023-2025)");
* ``prefers``: one way chosen over another ("prefer shared capability over duplicated solutions",
  "Protocols Over Products" as a principle, "we will buy rather than build", "the point is not that we
  should use AI everywhere", "should move away from bespoke integration");
* ``selects``: a hint only, a selection that does not say what is dropped ("the focus of this plan is
  skills", "bold investments in certain selected areas", "four exemplar services", "we cannot do
  everything at once", a pick among tools: "Elementary is the clear winner").

The first four are explicit; ``selects`` is not. Phrases from the `deprioritisation` word list count
wherever they stand, except for a few that often describe someone else ("the Act does not cover...",
"the low priority afforded to digital"); those in `deprioritisation-contextual` count only when the plan
speaks of itself. Platitudes from `deprioritisation-platitudes` ("we will not leave anyone behind")
never count, nor do refusals that choose nothing ("we will not compromise on safety"), and neither do
statements about the world rather than the plan ("the old model will no longer be sufficient").

A statement is *prominent* when it stands where a reader takes in the strategy: in the first part of the
document, under a heading about scope, focus, priorities, principles or the summary, or as a principle
itself. One aside deep in chapter six does not make a long plan selective.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from strategylint.analysis import is_lead_in
from strategylint.facts.patterns import CuedBranches, folded_sentences, has_any
from strategylint.findings import Evidence
from strategylint.model import BlockKind, count_words

if TYPE_CHECKING:
    from strategylint.analysis import AnalysedDocument
    from strategylint.nlp import Mention, Sentence

EXPLICIT_KINDS = ("excludes", "stops", "defers", "prefers")
DROPPING_KINDS = ("excludes", "stops", "defers")
KIND_ORDER = {"excludes": 0, "stops": 1, "defers": 2, "prefers": 3, "selects": 4}

_DOC = (r"(?:strategy|plan|document|report|paper|agenda|framework|programme|program|roadmap|policy|approach"
        r"|guidance|white paper|action plan)")
CHOICE_VERBS = frozenset(
    [
        "build", "buy", "fund", "invest", "procure", "pursue", "prioritise", "prioritize", "prioritised", "prioritized",
        "focus", "focused", "concentrate", "deliver", "develop", "replace", "create", "implement", "cover", "covered",
        "attempt", "try", "seek", "spend", "support", "maintain", "extend", "renew", "continue", "start", "offer",
        "provide", "introduce", "expand", "include", "included", "address", "addressed", "tackle", "do", "treat",
        "treated", "host", "run", "mandate", "centralise", "centralize", "move", "migrate", "transfer", "replicate",
        "duplicate", "rebuild", "redesign", "digitise", "digitize", "adopt", "chase", "commission", "license", "own",
        "operate", "aim", "intend", "plan", "require", "publish", "set",
    ]
)
# "stop" as in prevent: "we will stop fraud", "stop the spread of", "stop people from"
PREVENTED = (r"\s+(?:the\s+|any\s+|all\s+)?(?:spread|fraud|crime|cyber|attacks?|threats?|harm|abuse|misuse|scams?"
             r"|criminals|malicious|misinformation|disinformation|bullying|discrimination|exclusion"
             r"|(?:\w+\s+){0,2}?from)\b")
PREVENTS = re.compile(PREVENTED, re.IGNORECASE)
# who can refuse: the plan, its authors, or the organisation (not "the figure", "it", "people")
ORG = (r"(?:we|i|this\s+" + _DOC + r"|the\s+(?:council|trust|department|ministry|government|agency|board"
       r"|organisation|organization|company|university|college|authority|team|programme|strategy|plan|group|division"
       r"|directorate|service|administration|authorities|centre|center|office|unit|bank|school))")
REFUSAL = re.compile(
    r"\b" + ORG + r"\s+(?:will|shall|do|does|are|is|should|must)\s+not"
    r"\s+(?:(?:\w+ly|necessarily|yet|initially|at\s+first|at\s+this\s+stage|in\s+this\s+phase|going\s+to)\s+)?"
    r"(?:be\s+)?(\w+)"
    r"|\b" + ORG + r"\s+(?:won't|don't|doesn't|shan't|won’t|don’t|doesn’t)\s+(?:\w+ly\s+)?(\w+)"
    r"|\b" + ORG + r"\s+(?:are|is)\s+not\s+going\s+to\s+(\w+)"
    r"|\b" + ORG + r"\s+(?:have|has)\s+no\s+(?:plans?|intention)\s+to\s+(\w+)"
    # a named organisation at the start of a sentence: "Bupa will not build..."
    r"|(?:^|[.;:]\s+)(?!(?:it|this|that|they|there|he|she|these|those|which|such)\b)[A-Z][\w&-]+"
    r"\s+(?:will|shall)\s+not\s+(?:(?:\w+ly|necessarily)\s+)?(\w+)",
    re.IGNORECASE,
)
# "we will not do this alone": a refusal that rules out no work
NOT_A_CHOICE = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}?(?:alone|on\s+our\s+own|by\s+ourselves|in\s+isolation|lightly"
                          r"|overnight|in\s+a\s+vacuum)\b", re.IGNORECASE)
# "if we do not invest, ...": a condition, not a refusal
CONDITION = re.compile(r"\b(?:if|unless|when|whenever|whether|once|until|without)\s*$", re.IGNORECASE)
# "this strategy does not cover local government", "this strategy is not about getting more people online"
SCOPE = re.compile(
    r"\b(?:this|our|the)\s+(?:[\w-]+\s+){0,3}?" + _DOC + r"\b(?:[^.;:]{0,80}?)\b(?:is|does|will)\s+not\s+"
    r"(?:(?:\w+ly|specifically|seek\s+to|attempt\s+to|try\s+to|aim\s+to|intend\s+to|set\s+out\s+to)\s+)*"
    r"(about|cover|address|include|deal\s+with|extend\s+to|apply\s+to|consider|look\s+at|tackle|provide|describe"
    r"|list|detail|set\s+out|replace)\b"
    r"|\b(?:is|are)\s+(?:deliberately\s+|explicitly\s+)?(?:excluded|left\s+out)\s+(?:from|of)\s+(?:this|the|our)\b"
    r"|\b(?:not|are\s+not|is\s+not)\s+(?:included|covered)\s+(?:in|by)\s+(?:this|the|our)\s+(?:\w+\s+)?" + _DOC,
    re.IGNORECASE,
)
SCOPE_OF_TEXT = frozenset(["provide", "describe", "list", "detail", "set out"])  # not exhaustive: a hint
STOP = re.compile(
    r"\b" + ORG + r"\s+(?:(?:will|shall|must|should|plans?\s+to|intends?\s+to|(?:is|are)\s+going\s+to|aims?\s+to"
    r"|commits?\s+to|(?:has|have)\s+decided\s+to|(?:is|are)\s+to)\s+)?"
    r"(?:(?:\w+ly|also|then|now|gradually|progressively|begin\s+to|start\s+to)\s+)*"
    r"(stop|cease|retire|decommission|phase\s+out|switch\s+off|turn\s+off|discontinue|scrap|abandon|sunset"
    r"|wind\s+down|close\s+down|withdraw|drop)\b(?!\s+(?:at|until|short|by|to|out\s+of|in|on|behind)\b)"
    r"(?!" + PREVENTED + r")"
    r"|\b(?:will|shall|must|should|to)\s+be\s+(?:\w+ly\s+)?(retired|decommissioned|phased\s+out|switched\s+off"
    r"|turned\s+off|discontinued|scrapped|withdrawn|wound\s+down|closed\s+down|closed|stopped)\b"
    r"|\b" + ORG + r"\s+(?:will|shall|must|should)\s+(?:\w+ly\s+)?(close)\s+(?:(?:\w+|face-to-face)\s+){0,3}?"
    r"(?:channels|offices|systems|data\s+cent(?:re|er)s|sites|contact\s+cent(?:re|er)s|counters|applications"
    r"|platforms)\b",
    re.IGNORECASE,
)
DEFER = re.compile(
    r"\b(?:will|shall|should|must|to)\s+be\s+(?:\w+ly\s+)?(?:considered|addressed|tackled|dealt\s+with|looked\s+at"
    r"|covered|developed|taken\s+forward)\s+(?:later|in\s+(?:a|the)\s+(?:later|future|next|second|subsequent|follow-on)"
    r"\s+(?:phase|stage|iteration|version|strategy|plan|update))\b"
    r"|\b(?:not|no)\s+(?:\w+\s+){0,4}?(?:until|before)\s+(?:at\s+least\s+)?(?:19|20)\d\d\b"
    r"|\b(?:future|later|subsequent|next)\s+(?:phases?|stages?|iterations?|versions?|editions?)\s+"
    r"(?:of\s+(?:this|the|our)"
    r"\s+(?:[\w-]+\s+){0,3}?" + _DOC + r"\s+)?will\s+(?:\w+ly\s+)?(?:focus\s+on|address|cover|consider|look\s+at|tackle"
    r"|deal\s+with|include|turn\s+to)\b",
    re.IGNORECASE,
)
# a sequence of dated stages puts the later ones off: "annual Action Plans follow an incremental maturity ladder that
# moves from: Foundational activities ... (~2020-2022), to Enterprise activities ... (~2023-2025), to ..."
STAGED = re.compile(r"\bfrom:?\s+[^()]{3,150}?\(~?\s*(?:19|20)\d\d[^)]*\)\s*,?\s*(?:and\s+)?(?:then\s+)?to\s+"
                    r"[^()]{3,150}?\(~?\s*(?:19|20)\d\d", re.IGNORECASE)
# the same told of the past: "The programme moved from pilots (2015-2016) to national roll-out (2017-2018)"
MOVED_ON = re.compile(r"\b(?:\w+ed|went|grew|was|were|has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
NO_LONGER = re.compile(r"\bno\s+longer\s+(\w+)(?:\s+(\w+))?", re.IGNORECASE)
WORLD_STATE = frozenset(
    [
        "able", "sufficient", "enough", "suffice", "work", "works", "possible", "exist", "exists", "case", "viable",
        "adequate", "relevant", "acceptable", "tolerated", "hold", "holds", "apply", "applies", "matter", "matters",
        "necessary", "needed", "effective", "fit", "true", "valid", "realistic", "affordable", "sustainable",
        "competitive", "meet",
    ]
)
TRADE_OFF_MADE = re.compile(r"\b(?:make|makes|made|making|explicit|accept|accepted|accepting|choose|chosen|clear)\b",
                            re.IGNORECASE)
# "prefer shared capability over duplicated solutions", "give precedence to X over Y"
PREFER = re.compile(
    r"\b(?:prefer|preferring|favour|favor|favouring|favoring|choose|choosing|chosen|value|valuing|prioritise|prioritize"
    r"|prioritising|prioritizing|chose|precedence\s+to|priority\s+to)\s+(?:[\w,'’-]+\s+){1,8}?over\s+"
    r"(?!the\s+(?:next|coming|past|last|course|period|long|short|medium|years?)\b|time\b|\d|a\s+(?:period|number)\b)"
    r"[\w'’-]",
    re.IGNORECASE,
)
# "Protocols Over Products", "Outcomes over outputs": a principle that names what loses
MANIFESTO = re.compile(r"^(?:\d+[.)]?\s+)?([A-Z][\w'’-]*(?:\s+(?:and\s+)?[\w'’-]+){0,4})\s+[Oo]ver\s+"
                       r"(?!the\b|time\b|\d|a\b|an\b)([\w'’-]+(?:\s+(?:and\s+)?[\w'’-]+){0,4})\.?$")
# a section for what the plan drops: "What we will not do", "Out of scope", "What we are stopping"
NOT_DOING_HEADING = re.compile(
    r"^(?:[\d.]+\s*)?(?:what\s+we\s+(?:will|are|shall)\s+not\s+(?:do|doing|be\s+doing)|what\s+we\s+(?:won['’]t|don['’]t)"
    r"\s+do|things\s+we\s+(?:will\s+not|won['’]t)\s+do|what\s+we\s+(?:will|are)\s+(?:stop|stopping|deferring)"
    r"|(?:what\s+is\s+)?(?:out\s+of|not\s+in|outside\s+(?:the\s+)?)\s*scope|not\s+doing|stop\s+doing"
    r"|deprioriti[sz]ed|de-prioriti[sz]ed|what\s+we\s+are\s+not\s+prioriti[sz]ing)\b", re.IGNORECASE)
NOT_PREFERENCE = re.compile(r"^(?:(?:increased|improved|reduced|greater|better|enhanced|stronger)\s+\w+"  # an outcome
                            r"|control|power|authority|sovereignty|influence|ownership|oversight|say|dominance"
                            r"|advantage|lead|edge|jurisdiction|supremacy|rights?|responsibility|leverage|concerns?"
                            r"|debate|worries|growth|change|trends?|progress)\b", re.IGNORECASE)
RATHER = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(\w+)", re.IGNORECASE)
ACTION_ALTERNATIVE = re.compile(
    r"^(?:build|buy|develop|create|procure|replace|duplicate|recreate|rebuild|reinvent|maintain|run|host|rely|relying"
    r"|automatically|each|every|bespoke|custom|separate|standalone|stand-alone|paying|pay|spend|spending|fund|funding"
    r"|invest|investing|focusing|focus|chasing|chase|pursue|pursuing|starting|start)\w*$", re.IGNORECASE)
PLAN_MODAL = re.compile(r"\b(?:will|shall|should|must|we|our|plan\s+to|intend\s+to|aim\s+to)\b", re.IGNORECASE)
AIM_IS_NOT = re.compile(
    r"\b(?:the|our|its|this)\s+(?:[\w-]+\s+)?(?:point|aim|goal|focus|intention|purpose|priority|emphasis|ambition"
    r"|task|objective)\s+(?:here\s+)?is\s+not\s+(?:(?:that|simply|merely|just|only)\b|(?:to|on|about)\b"
    r"[^.]*?\b(?:but|rather|instead)\b)",
    re.IGNORECASE)
# a focus that narrows: "the focus of the new plan is", "this first phase focuses particularly on"
NARROWING = (r"(?:new|first|initial|narrow|narrower|particularly|specifically|primarily|mainly|principally|only|solely"
             r"|exclusively|above\s+all|chiefly|deliberately)")
# SELECTS, branch by branch, each beside words that every match of it holds (in the folded text, so an
# IGNORECASE match holds them too): a branch runs only on a sentence that has one of them, and SELECTS matches
# somewhere if and only if one of its branches does
_SELECTS_BRANCHES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("focus", "emphasis"),
     r"\b(?:the|our|its)\s+(?:\w+\s+)?(?:focus|emphasis)\s+of\s+(?:this|the|our)\s+" + NARROWING
     + r"\s+(?:[\w-]+\s+){0,2}?" + _DOC + r"\s+(?:is|will\s+be|are)\b"),
    (("focus", "concentrat"),
     r"\b(?:this|the|our)\s+(?:[\w-]+\s+){0,4}?(?:" + _DOC[3:-1] + r"|phase)\s+(?:\w+\s+)?(?:focuses|focusses"
     r"|concentrates|is\s+focused|is\s+focussed|is\s+concentrated|will\s+focus|will\s+concentrate)\s+"
     + NARROWING + r"\s+on\b"),
    (("focus", "concentrat"),
     r"\b(?:this|the|our)\s+" + NARROWING + r"\s+(?:[\w-]+\s+){0,5}?(?:" + _DOC[3:-1] + r"|phase)\s+(?:\w+\s+)?"
     r"(?:focuses|focusses|concentrates|is\s+focused|is\s+focussed|is\s+concentrated|will\s+focus"
     r"|will\s+concentrate)\s+(?:\w+\s+)?on\b"),
    (("focus",),
     r"\b(?:is|are)\s+the\s+(?:primary|main|central|principal|sole|core|overriding)\s+focus\s+of\s+(?:this|the|our)"
     r"\s+(?:[\w-]+\s+){0,3}?" + _DOC + r"\b"),
    (("certain", "few", "number", "handful"),
     r"\b(?:will|shall|must|should|to|we)\s+(?:[\w-]+\s+){0,2}?(?:focus|focusing|focussing|concentrat\w+|invest\w*"
     r"|prioriti[sz]\w*|target\w*|select\w*)\s+(?:[\w-]+\s+){0,4}?"
     r"(?:on|in)\s+(?:certain|a\s+few|a\s+(?:small|limited)\s+number\s+of|a\s+handful\s+of)\s+(?:selected\s+"
     r"|chosen\s+|key\s+|priority\s+)?(?:areas|priorities|sectors|services|fields|themes|projects|domains"
     r"|technologies)\b"),
    (("selected",),
     r"\b(?:certain|a\s+few)\s+selected\s+(?:areas|priorities|sectors|fields)\b"
     r"|\bthe\s+selected\s+(?:areas|priorities|sectors|fields)\b"),
    (("exemplar",),
     r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-\w+)\s+(?:[\w-]+\s+)?"
     r"['‘’\"]?exemplar['‘’\"]?"
     r"\s+(?:[\w-]+\s+)?(?:services|projects|programmes|transformations)\b"),
    (("priority",),
     r"\bas\s+(?:a|our|the)\s+first\s+priority\b"),
    (("thin",),
     r"\bspread\s+(?:\w+\s+){0,3}?(?:too\s+)?thin(?:ly)?\b"),
    (("everything",),
     r"\b(?:we|this\s+" + _DOC + r"|the\s+" + _DOC + r"|it)\s+(?:can(?:no|'|’)t|cannot|won't|won’t|will\s+not"
     r"|(?:is|are)\s+not\s+able\s+to)\s+(?:do|fix|solve|deliver|tackle|cover|address)\s+everything\b"),
    (("ladder",),
     r"\bmaturity\s+ladder\b"),
    (("phase", "stage"),
     r"\bin\s+(?:a|the)\s+(?:later|subsequent|second|next|future)\s+(?:phase|stage)\b"),
    # a criterion that decides what comes first: "prioritise new services where there is the highest demand"
    (("prioriti",),
     r"\bprioriti[sz]\w*\s+(?:[\w-]+\s+){0,8}?(?:where|with|that\s+have|which\s+have)\s+(?:there\s+is\s+)?"
     r"(?:the\s+)?(?:highest|greatest|most|biggest|largest)\s+(?:demand|need|impact|value|benefit|return)\b"),
    # some of the work first: "seven policies can be pursued immediately"
    (("immediately", "first", "now", "straight"),
     r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:policies|actions|measures"
     r"|recommendations|projects|priorities)\s+(?:can|could|will|should)\s+be\s+(?:pursued|taken|implemented"
     r"|started|delivered)\s+(?:immediately|first|now|straight\s+away)\b"),
)
SELECTS = CuedBranches(_SELECTS_BRANCHES, re.IGNORECASE)


# the plan's own selection, said in the perfect or the passive, which LOOKS_BACK would otherwise read as history:
# "used to identify our four proposed exemplar services", "the areas have been selected as ..."
SELECTION_MADE = re.compile(
    r"\b(?:our|the)\s+(?:\w+\s+)?(?:proposed\s+)?['‘’\"]?exemplar['‘’\"]?\s+services\b"
    r"|\b(?:areas|sectors|fields|services|projects)\s+(?:have\s+been|were|are)\s+(?:selected|chosen)\s+(?:as|because"
    r"|on\s+the\s+basis)\b",
    re.IGNORECASE)
# "avoid spreading efforts too thinly", "we must not be tempted to spread our resources too thinly": a way refused
NOT_SPREAD = re.compile(r"\b(?:avoid|avoiding|avoids|not|never|n['’]t)\s+(?:(?:be\s+)?tempted\s+to\s+|to\s+)?"
                        r"spread(?:ing)?\s+(?:[\w-]+\s+){0,3}?too\s+thin(?:ly)?\b", re.IGNORECASE)
# "but rather focus on four key sectors", "rather concentrate on": what is chosen instead
RATHER_FOCUS = re.compile(r"\b(?:we|our|us)\b[^.;:]*?\bbut\s+rather\s+(?:to\s+)?(?:focus|concentrate|prioriti[sz]e)\w*"
                          r"\s+on\b", re.IGNORECASE)
# "not a priority" said with a hedge, which the word list's exact phrase misses: "a specific initiative on the part
# of the public authorities would not necessarily appear to be a priority", "will not be an immediate priority"
NOT_A_PRIORITY = re.compile(r"\bnot\s+(?:necessarily\s+|currently\s+|yet\s+|immediately\s+|initially\s+)?"
                            r"(?:(?:appear|seem)\s+to\s+)?be\s+(?:a|an|the|our)\s+(?:\w+\s+)?priority\b", re.IGNORECASE)
# "SaaS platforms are preferred over custom development"
PREFERRED_OVER = re.compile(r"\b(?:is|are|be)\s+(?:\w+ly\s+|always\s+)?preferred\s+(?:over|to)\s+(?!by\b)[\w'’-]",
                            re.IGNORECASE)
# "managing as little IT infrastructure as possible": work kept to a minimum
AS_LITTLE = re.compile(r"\b(?:manag\w*|own\w*|run\w*|host\w*|build\w*|maintain\w*|develop\w*|operat\w*|customi[sz]\w*"
                       r"|hold\w*|keep\w*|stor\w*|collect\w*|writ\w*|procur\w*)\s+as\s+little\s+(?:[\w-]+\s+){0,4}?"
                       r"as\s+possible\b", re.IGNORECASE)
# "the decommissioning of legacy applications", "decommission legacy systems"
DECOMMISSION_LEGACY = re.compile(r"\bdecommission(?:ing)?\s+(?:of\s+)?(?:the\s+|our\s+|all\s+|remaining\s+|old\s+)?"
                                 r"legacy\b", re.IGNORECASE)
NOT_DONE = re.compile(r"\b(?:without|not|never|no|lack\s+of|failure\s+to|fail(?:s|ed|ing)?\s+to|n['’]t)\s+"
                      r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# a pick among named options: "Elementary is the clear winner"
CLEAR_WINNER = re.compile(r"\b[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,3}\s+(?:is|was)\s+(?:the\s+)?(?:clear|obvious"
                          r"|outright)\s+(?:winner|choice)\b")
OPTION_CONTEXT = re.compile(r"\bfor\s+(?:us|you|your|our|this|the\s+(?:council|organisation|organization|team"
                            r"|project|programme|program))\b", re.IGNORECASE)
OPTION_SECTION = re.compile(r"\b(?:selection|select\w*|options?|choices?|choosing|recommend\w*|decisions?"
                            r"|comparison|evaluation)\b", re.IGNORECASE)
# an explicit choice between ways of working: "we chose X over Y", "we recommend X rather than Y"
RECOMMEND_OVER = re.compile(r"\b(?:we|i)\s+(?:\w+ly\s+|would\s+)?(?:recommend|chose|selected|picked|opted\s+for)\s+"
                            r"(?:[\w.+'’-]+\s+){1,6}?(?:rather\s+than|instead\s+of|over)\s+(?!the\s+(?:next|coming"
                            r"|past|last|course|period|long|short|medium|years?)\b|time\b|\d)[\w'’-]", re.IGNORECASE)
PAST_PLAN = re.compile(r"\b(?:previous|former|last|earlier|old)\s+(?:[\w-]+\s+)?(?:strategy|plan|programme)\b",
                       re.IGNORECASE)
LOOKS_BACK = re.compile(r"\b(?:has|have|had)\s+been\b|\b(?:was|were|did|used\s+to)\b", re.IGNORECASE)
# a prediction or a possibility, not a decision
FORECAST = re.compile(r"\b(?:predicts?|predicted|forecasts?|estimates?|expects?|expected|projects?\s+that|could|might"
                      r"|would|may|likely|scenario)\b", re.IGNORECASE)
GENERAL = re.compile(r"\b(?:every|any|all)\s+strateg(?:y|ies)\b|\b(?:a|good|successful)\s+(?:digital\s+)?strategy\s+"
                     r"(?:should|must|will)\b", re.IGNORECASE)
# the plan speaking of its own choices: the first person, the plan itself, or a modal of decision ("will", "must")
PLAN_VOICE = re.compile(
    r"\b(?:we|our|us|this\s+(?:strategy|plan)|the\s+(?:strategy|plan)|will|shall|should|must)\b", re.IGNORECASE)
# a word-list phrase that is someone else's ("the Act does not cover..."): the plan must be the subject
PLAN_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:this|our|the)\s+(?:[\w-]+\s+){0,3}?" + _DOC + r"|\b" + ORG + r"|\b(?:it|which))"
    r"(?:\s+(?:will|shall|should|must|have|has|had|is|are|do|does|did|also|therefore|so|deliberately))*"
    r"\s*,?\s*(?:\w+ly\s+)?$",
    re.IGNORECASE)
SUBJECT_SENSITIVE = ("does not cover", "do not cover", "does not specifically cover", "decided not to",
                     "chosen not to", "choosing not to", "choose not to", "not focus on", "not be focused on",
                     "not be focusing on")
# "outside the scope of the AI Review": someone else's scope; "outside the scope of this strategy": ours
SCOPE_TERMS = ("outside the scope", "outside of the scope", "beyond the scope", "not within the scope")
SCOPE_OWNER = re.compile(r"^\s*of\s+(?:this|our|the)\s+(?:[\w-]+\s+){0,3}?" + _DOC + r"\b|^\s*(?:[,.;:)]|$|for\b)",
                         re.IGNORECASE)
# a report's scope that it wants covered after all: "Several important areas were outside the scope of this report
# but should be included in a future National Strategy" rules out no work, it hands the subject on
HANDED_ON = re.compile(r"^[^.;]{0,40}?\bbut\s+(?:they\s+|these\s+|it\s+)?(?:should|must|will|need\s+to|ought\s+to)"
                       r"\s+(?:also\s+|still\s+)?be\s+(?:included|covered|addressed|considered|explored|examined"
                       r"|taken\s+up|dealt\s+with)\b", re.IGNORECASE)
PRIORITY_AFFORDED = re.compile(r"priorit(?:y|ies)\s+(?:afforded|given|accorded|attached|placed)\b"
                               r"|\b(?:they|businesses|organisations|organizations|firms|companies|people|many|some)\s+"
                               r"(?:\w+\s+){0,3}(?:see|regard|view|consider|treat)\w*\b", re.IGNORECASE)
KEY_SECTION = re.compile(r"\b(?:summary|introduction|overview|foreword|scope|focus|priorit\w*|principles?|approach"
                         r"|trade-?offs?|what\s+we\s+will|not\s+do|purpose|vision|strategy\s+on\s+a\s+page"
                         r"|one-page|key\s+points|at\s+a\s+glance|objectives|goals|themes)\b", re.IGNORECASE)
EQUAL_RANK = re.compile(r"\b(?:of\s+equal\s+(?:rank\w*|importance|weight|priority|standing|value)|equally\s+(?:ranked"
                        r"|weighted|important|prioriti[sz]ed)|equal\s+(?:priority|weighting|ranking|attention)"
                        r"|(?:deserve|merit|need|get|receive)s?\s+the\s+same\s+(?:amount\s+of\s+)?(?:attention|weight"
                        r"|priority|importance))\b", re.IGNORECASE)
RANKED_THINGS = re.compile(r"\b(?:goals?|priorit(?:y|ies)|objectives?|themes?|pillars?|strands?|aims?|ambitions?"
                           r"|actions|areas|missions|all\s+of\s+(?:them|these))\b", re.IGNORECASE)
PROMINENT_WORDS = 2500
PROMINENT_SHARE = 0.2

# cheap tests before the regexes: most sentences hold none of these words
NEGATION = re.compile(r"not\b|n['’]t\b|\bno\s+(?:plans?|intention)\b", re.IGNORECASE)
STOP_WORDS = ("stop", "ceas", "retir", "decommission", "phase", "switch", " turn", "discontinu", "scrap", "abandon",
              "sunset", "wind down", "wound down", "close", "withdr", " drop")
DEFER_WORDS = ("later", "phase", " stage", "until", "before", "iteration", "version", "edition")
DOC_WORDS = ("strateg", " plan", "document", "report", "paper", "agenda", "framework", "program", "roadmap", "policy",
             "approach", "guidance")
SELECT_WORDS = ("focus", "certain", "a few", "number of", "handful", "selected", "exemplar", "first priority",
                "spread", "everything", "maturity ladder", "phase", " stage", "prioriti", "immediately", "first",
                "straight away", " now", "chosen")
# every cheap test in _pattern_kind, one of which must pass for it to find anything: a sentence with none of these
# words is not looked at (found with one pass over the document per word)
_PATTERN_CUES = (" not ", "n't", "n’t", "no plan", "no intention", "excluded", "left out", *STOP_WORDS, "legacy",
                 *DEFER_WORDS, "from", " over ", "thin", "rather", "preferred", "as little", "winner", "choice",
                 "recommend", "chose", "selected", "picked", "opted", "instead of", *SELECT_WORDS)
REFUSAL_WINDOW = 70


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence that says what the plan will not do, stops, defers or puts second, or only hints at it."""

    kind: str
    evidence: Evidence
    prominent: bool

    @property
    def explicit(self) -> bool:
        return self.kind in EXPLICIT_KINDS

    @property
    def drops(self) -> bool:
        """It names work that will not be done, will stop or waits: what the board asks about."""
        return self.kind in DROPPING_KINDS


def _platitude(doc: AnalysedDocument, sentence: Sentence) -> bool:
    return any(m.lexicon == "deprioritisation-platitudes" for m in doc.mentions_in(sentence))


def _plan_speaks(text: str) -> bool:
    return (bool(PLAN_VOICE.search(text)) and not LOOKS_BACK.search(text) and not GENERAL.search(text)
            and not FORECAST.search(text))


def _decided(text: str) -> bool:
    """Not a look back, a forecast or advice for every strategy: a sentence that may state a decision even without
    "we" ("SaaS is preferred over custom development")."""
    return not LOOKS_BACK.search(text) and not GENERAL.search(text) and not FORECAST.search(text)


def _lexicon_kind(sentence: Sentence, mention: Mention) -> str | None:
    term = mention.text.lower()
    before = sentence.text[: mention.start - sentence.start]
    if any(t in term for t in SUBJECT_SENSITIVE) and not PLAN_SUBJECT_BEFORE.search(before):
        return None
    after = sentence.text[mention.end - sentence.start:]
    if any(t in term for t in SCOPE_TERMS) and (not SCOPE_OWNER.search(after) or HANDED_ON.search(after)):
        return None
    if "priorit" in term and PRIORITY_AFFORDED.search(sentence.text):
        return None
    if term.startswith(("will stop", "we will stop", "stop doing")):
        return None if PREVENTS.match(sentence.text, mention.end - sentence.start) else "stops"
    return "excludes"


def _contextual_kind(sentence: Sentence, mention: Mention) -> str | None:
    term = " ".join(mention.text.lower().split())
    text = sentence.text
    if not _plan_speaks(text):
        return None
    if "no longer" in term:
        after = NO_LONGER.search(text, max(0, mention.start - sentence.start))
        if after is None:
            return None
        words = [w.lower() for w in after.groups() if w]
        if words[0] in WORLD_STATE or (words[0] == "be" and len(words) > 1 and words[1] in WORLD_STATE):
            return None
        return "stops"
    if term.startswith("trade"):
        return "prefers" if TRADE_OFF_MADE.search(text) else None
    if term == "at the expense of":
        return "prefers" if PLAN_VOICE.search(text[: mention.start - sentence.start]) else None
    if term in ("move away from", "moving away from"):
        return "prefers"
    if term in ("defer", "deferred", "postpone", "postponed", "later phase"):
        return "defers"
    return "stops"


def _refuses(text: str) -> bool:
    """A refusal that chooses something: "we will not build", not "we will not compromise"."""
    for negation in NEGATION.finditer(text):
        lo = max(0, negation.start() - REFUSAL_WINDOW)
        for match in REFUSAL.finditer(text, lo, negation.end() + REFUSAL_WINDOW):
            verb = next((g for g in match.groups() if g), "").lower()
            if (verb in CHOICE_VERBS and not CONDITION.search(text, 0, match.start())
                    and not NOT_A_CHOICE.match(text, match.end())):
                return True
    return False


def _pattern_kind(sentence: Sentence, low: str) -> str | None:
    """`low` is the sentence in lower case (`doc.lowered`), for the cheap tests before each pattern."""
    text = sentence.text
    negated = " not " in low or "n't" in low or "n’t" in low or "no plan" in low or "no intention" in low
    if negated and _refuses(text):
        return "excludes"
    if (negated or "excluded" in low or "left out" in low) and has_any(low, DOC_WORDS):
        scope = SCOPE.search(text)
        if scope:
            verb = " ".join((scope.group(1) or "").lower().split())
            return "selects" if verb in SCOPE_OF_TEXT else "excludes"
    if negated and "priority" in low and NOT_A_PRIORITY.search(text) and not LOOKS_BACK.search(text) \
            and not PRIORITY_AFFORDED.search(text):
        return "excludes"
    if has_any(low, STOP_WORDS) and STOP.search(text) and _plan_speaks(text):
        return "stops"
    if "legacy" in low and _decided(text):
        for match in DECOMMISSION_LEGACY.finditer(text):
            if not NOT_DONE.search(text, 0, match.start()):
                return "stops"
    if has_any(low, DEFER_WORDS) and DEFER.search(text) and _plan_speaks(text):
        return "defers"
    if "from" in low and "(" in text and (staged := STAGED.search(text)) and _decided(text) \
            and not MOVED_ON.search(text, 0, staged.start()):
        return "defers"
    if (" is not " in low and AIM_IS_NOT.search(text)) or (" over " in low and PREFER.search(text)
                                                           and _plan_speaks(text)):
        return "prefers"
    if ("thin" in low and NOT_SPREAD.search(text) and _plan_speaks(text)) or ("rather" in low
                                                                              and RATHER_FOCUS.search(text)
                                                                              and _plan_speaks(text)):
        return "prefers"
    if "preferred" in low and PREFERRED_OVER.search(text) and _decided(text):
        return "prefers"
    if "as little" in low and AS_LITTLE.search(text) and _decided(text):
        return "prefers"
    if ("winner" in low or "choice" in low) and _decided(text):
        winner = CLEAR_WINNER.search(text)
        if winner and (OPTION_CONTEXT.search(text) or any(OPTION_SECTION.search(t)
                                                          for t in sentence.block.section_path[-2:])):
            return "selects"  # a pick among tools shows a choice made, not a trade-off that frees capacity
    if ("recommend" in low or "chose" in low or "selected" in low or "picked" in low or "opted" in low) \
            and RECOMMEND_OVER.search(text) and _decided(text):
        return "prefers"
    if "rather than" in low or "instead of" in low:
        for match in RATHER.finditer(text):
            if ACTION_ALTERNATIVE.match(match.group(1)) and PLAN_MODAL.search(text, 0, match.start()) \
                    and not LOOKS_BACK.search(text):
                return "prefers"
    if has_any(low, SELECT_WORDS) and (
            (SELECTS.matches(text, low) and not LOOKS_BACK.search(text))
            or (SELECTION_MADE.search(text) and not PAST_PLAN.search(text))):
        return "selects"
    return None


def _principle_kind(sentence: Sentence) -> str | None:
    """A heading, list item or short line that is itself a preference ("Protocols Over Products"), or a
    heading over what the plan drops ("What we will not do")."""
    if sentence.kind is BlockKind.HEADING and NOT_DOING_HEADING.match(sentence.text.strip()):
        return "excludes"
    if " over " not in sentence.text.lower() or (sentence.kind is BlockKind.PARAGRAPH
                                                   and count_words(sentence.text) > 8):
        return None
    match = MANIFESTO.match(sentence.text.strip())
    if match and not NOT_PREFERENCE.match(match.group(1)) and count_words(sentence.text) <= 10:
        return "prefers"
    return None


class _Position:
    """Where a sentence stands in the document: how many words come before it, and under which headings."""

    def __init__(self, doc: AnalysedDocument) -> None:
        self.before: list[int] = []
        total = 0
        for block in doc.blocks:
            self.before.append(total)
            total += len(block.text.split())  # near enough to count_words, and far cheaper
        self.limit = max(PROMINENT_WORDS, int(total * PROMINENT_SHARE))

    def prominent(self, sentence: Sentence) -> bool:
        if sentence.kind is BlockKind.HEADING or self.before[sentence.block_index] <= self.limit:
            return True
        return any(KEY_SECTION.search(title) for title in sentence.block.section_path)


def statements(doc: AnalysedDocument) -> list[Statement]:
    """Every sentence that says what will not be done, stopped, deferred or put second, or hints at a choice."""
    kinds: dict[int, str] = {}

    def note(sentence: Sentence, kind: str | None) -> None:
        if kind and (sentence.index not in kinds or KIND_ORDER[kind] < KIND_ORDER[kinds[sentence.index]]):
            kinds[sentence.index] = kind

    for mention in doc.mentions("deprioritisation"):
        sentence = doc.sentence(mention.sentence)
        note(sentence, _lexicon_kind(sentence, mention))
    for mention in doc.mentions("deprioritisation-contextual"):
        sentence = doc.sentence(mention.sentence)
        note(sentence, _contextual_kind(sentence, mention))
    cued = doc.facts.get(folded_sentences).with_any(_PATTERN_CUES)
    for sentence in doc.body_sentences:
        if sentence.index in cued and sentence.kind is not BlockKind.TABLE_CELL:
            note(sentence, _pattern_kind(sentence, doc.lowered[sentence.index]))
    for sentence in doc.sentences:
        if sentence.kind in (BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            note(sentence, _principle_kind(sentence))
    position = _Position(doc) if kinds else None
    found: list[Statement] = []
    for index in sorted(kinds):
        sentence = doc.sentence(index)
        if _platitude(doc, sentence):
            continue
        evidence = doc.evidence("states_deprioritisation", sentence, _NOTES[kinds[index]])
        found.append(Statement(kinds[index], evidence, position is not None and position.prominent(sentence)))
    return found


_NOTES = {
    "excludes": "rules something out",
    "stops": "stops something",
    "defers": "defers something",
    "prefers": "chooses one way over another",
    "selects": "a selection that does not say what is dropped",
}


def equal_ranking(doc: AnalysedDocument) -> list[Evidence]:
    """Sentences that rank the plan's goals equally ("the following goals, each of equal ranking", "all these
    priorities deserve the same amount of attention")."""
    return [doc.evidence("equal_ranking", s, "ranks its goals equally") for s in doc.body_sentences
            if has_any(doc.lowered[s.index], ("equal", "same")) and EQUAL_RANK.search(s.text)
            and RANKED_THINGS.search(s.text)]


def distinct(found: list[Statement]) -> list[Statement]:
    """The statements less repeats: a summary that restates a later sentence says nothing new."""
    seen: set[str] = set()
    out: list[Statement] = []
    for statement in found:
        key = " ".join(re.findall(r"\w+", statement.evidence.quote.lower())[:8])
        if key not in seen:
            seen.add(key)
            out.append(statement)
    return out


def extract(doc: AnalysedDocument) -> list[Evidence]:
    """The explicit statements (not the hints), in document order."""
    return [s.evidence for s in doc.facts.get(statements) if s.explicit]


# a plan that promises more must say more about what it drops: one more per 150 commitments (100 until dated
# statements counted as commitments raised every plan's count; 150 keeps each labelled document's verdict)
COMMITMENTS_PER_CHOICE = 150


@dataclass(frozen=True, slots=True)
class Selectivity:
    """How far the document shows selection, read from its statements and its size.

    `needed` is how many prominent statements a plan of this size needs: one, and one more for every
    150 commitments, so that a single aside does not make a 300-commitment plan selective.
    """

    statements: tuple[Statement, ...]
    equal_ranking: tuple[Evidence, ...]
    needed: int

    @property
    def explicit(self) -> list[Statement]:
        return [s for s in self.statements if s.explicit]

    @property
    def drops(self) -> list[Statement]:
        """Distinct statements that rule out, stop or defer work."""
        return distinct([s for s in self.statements if s.drops])

    @property
    def prominent(self) -> list[Statement]:
        return distinct([s for s in self.statements if s.prominent])

    @property
    def prominent_explicit(self) -> list[Statement]:
        return [s for s in self.prominent if s.explicit]

    @property
    def selective(self) -> bool:
        """It shows enough selection, explicit or hinted, where a reader will see it, and ranks nothing equal."""
        return not self.equal_ranking and len(self.prominent) >= self.needed

    @property
    def makes_trade_offs(self) -> bool:
        """As `selective`, but only explicit trade-offs count: hints name what is chosen, not what loses."""
        return not self.equal_ranking and len(self.prominent_explicit) >= self.needed

    def shown(self, limit: int = 3) -> list[Evidence]:
        """The evidence to show: explicit and prominent statements first, and of those, one that leads to a list of
        what it leaves out ("Issues which merit a specific focus in the next phase ... will include:-") before one
        that names nothing ("Future phases will focus on further digital opportunities")."""
        order = sorted(self.statements,
                       key=lambda s: (not s.explicit, not s.prominent, not is_lead_in(s.evidence.quote)))
        return [s.evidence for s in order[:limit]]


def assess(doc: AnalysedDocument) -> Selectivity:
    """The statements, any equal ranking of goals, and how many statements a plan of this size needs."""
    return Selectivity(tuple(doc.facts.get(statements)), tuple(doc.facts.get(equal_ranking)),
                       1 + len(doc.facts.commitments) // COMMITMENTS_PER_CHOICE)
