"""The rules parser's vocabulary: which words and phrases mean a role, a security, a kind of transaction,
an aggregation, a scope; which words are filler; which are never tickers. Data only: the stages in
``bot.answers.spans`` and ``bot.answers.rules`` read these tables (first match wins inside a table; longer first).
"""

from __future__ import annotations

import re

# "who runs legal", "head of finance": the function's officer; the verb stays to ask who ("insiders" below)
_RUNS = r"(?:(?<=\bruns\s)|(?<=\bleads\s)|(?<=\bheads\s)|(?<=\bhead\sof\s)|(?<=\boversees\s)|(?<=\bruns\sthe\s)|(?<=\bin\scharge\sof\s))"
ROLE_PHRASES: list[tuple[str, str]] = [
    ("ceo", r"chief\s+exec(?:utive)?\b\.?(?:\s+officers?)?|\bceos?\b"
            # "who runs tesla": the CEO, and the words stay to ask who (the "insiders" answer)
            r"|\b(?P<keep>who\s+(?:runs|leads|heads))\b(?!\s+(?:the\s+)?(?:legal|financ|operations))"),
    ("general_counsel", r"general\s+counsel|chief\s+legal(?:\s+officers?)?|legal\s+chief|(?:top\s+)?lawyers?\b|\bclos?\b|\bgcs?\b"
                        rf"|{_RUNS}legal(?:\s+(?:team|department|dept|affairs))?\b"),
    ("cfo", rf"chief\s+financial(?:\s+officers?)?|finance\s+chief|\bcfos?\b|{_RUNS}financ(?:e|es)\b"),
    ("coo", rf"chief\s+operating(?:\s+officers?)?|\bcoos?\b|{_RUNS}operations\b"),
    ("cto", r"chief\s+(?:digital\s+(?:&|and)\s+)?tech(?:nology|nical)?(?:\s+officers?)?|\bctos?\b|\btech(?:nology)?\s+chief\b"
            r"|chief\s+digital(?:\s+officers?)?|\bdigital\s+officers?\b"),
    ("cao", r"chief\s+accounting(?:\s+officers?)?|\bcaos?\b"),
    ("cro", r"chief\s+revenue(?:\s+officers?)?|\bcros?\b"), ("cmo", r"chief\s+(?:marketing|medical)(?:\s+officers?)?|\bcmos?\b"),
    ("chro", r"chief\s+(?:people|human\s+resources?|hr|talent)(?:\s+(?:&|and)\s+[a-z]+)?(?:\s+officers?)?|\bchros?\b"),
    ("chair", r"\bchair(?:man|woman|person)?s?\b|\bchairmen\b"),
    ("president", r"(?<!vice\s)\bpresidents?\b|(?<!vice\s)\bpres\b\.?(?!\s+(?:release|conference))"),
    ("secretary", r"(?:corporate\s+)?\bsecretar(?:y|ies)\b"),
    ("treasurer", r"\btreasurers?\b"),
    ("ten_percent_owner", r"10\s*%\s*(?:owners?|holders?|share\s*holders?|stock\s*holders?)|(?<=\bholds\s)10\s*%\s*(?:or\s+more)?"
                          r"|ten\s+percent\s+(?:owners?|holders?)|10\s+percent\s+(?:owners?|holders?)"
                          r"|(?:major|large|principal|big)\s+(?:share|stock)\s*holders?|beneficial\s+owners?"),
    ("director", r"board\s+members?|members?\s+of\s+the\s+board|\bdirectors?\b|\bboard\b|\bdirs?\b"),
    ("officer", r"\bchief\s+[a-z]+(?:\s+(?:&|and)\s+[a-z]+)?\s+officers?\b|\bofficers?\b|\bexecutives?\b|\bexecs?\b"
                r"|(?<![\w-])(?:s|e)?vps?\b|\b(?:senior|executive)\s+vice\s+presidents?\b"
                # "snow mgmt", "the management": never the end of a name ("Waste Management", "Silver Brick Management")
                r"|c-suite|\bmgmt\b|(?:^|\b(?:the|its|their|company|senior|top|of|by|from)\s+)management\b"),
]

SECURITY_PHRASES: list[tuple[str, str]] = [
    ("psu", r"performance\s+(?:stock\s+|share\s+|restricted\s+stock\s+)?(?:units?|shares|awards?)|\bpsus?\b"),
    ("rsu", r"restricted\s+(?:stock|share)\s+units?|\brsus?\b|\bstock\s+units?\b"),
    ("option", r"(?:stock\s+|share\s+)?\boptions?\b|\bopts?\b"),
    ("warrant", r"\bwarrants?\b"),
    ("preferred", r"\b(?:series\s+[a-z]\d?\s+)?(?:convertible\s+)?(?:preferred|pref)(?:\s+(?:stock|shares))?\b"),
    ("common", r"\bcommon(?:\s+(?:stock|shares))?\b|\bordinary\s+shares\b"),
]

# Casual multi-word verbs, read before the aggregations so "added to his stake" is a purchase, not holdings.
PHRASAL_VERBS: list[tuple[str, str]] = [
    ("conversion", r"\b(?:get|got|gets|getting|receiv(?:e|ed|es|ing))\s+(?:by|from|on|through|via)"
                   r"(?P<keep>(?:\s+(?!convert)[\w$.'-]+){0,3}?)\s+convert\w*\b"),  # "got from tesla preferred converting"
    ("sell", r"\b(?:get|got|gets|receiv(?:e|ed|es|ing)|make|made)\s+(?:(?:more|less|the\s+most|most)\s+)?for\s+(?:his|her|their|its|the)\s+"
             r"(?:[\w$.&-]+\s+){0,3}?(?:shares|stock|sales?|sells|lots?)\b|"  # "receive more for his DraftKings shares": proceeds of sales
             r"\b(?:cash(?:ed|es|ing)?|sold|sell(?:s|ing)?)\s+out\b|\b(?:took|take|takes|taking)\s+(?:some\s+)?profits?\b"
             r"|\b(?:sold|sell(?:s|ing)?)\s+off\b|\bpaper[\s-]?hand(?:ed|s|ing)?\b(?!\s*\?)|\brug[\s-]?pull(?:ed|s|ing)?\b|\bflip(?:s|ped|ping)?\b(?=\s+(?:how\s+many|[\d,.]+k?\s|(?:\S+\s+){0,3}?(?:shs|shares|stock)\s+at\s+\$))|\bgot\s+rid\s+of\b|\bbail(?:ed|s|ing)?\s+(?:on|out\s+of)\b|\bpar(?:e|ed|es|ing)\s+(?:back|down)\b|\b(?:trimm?(?:ed|ing|s)?|reduc(?:ed|ing|es?))\s+"
             r"(?:his|her|their|its|the)\s+(?:stake|position|holdings?)\b"),
    ("buy", r"\bape(?:'?d|s|ing)?\s+(?:in(?:to)?|on)\b|\bscoop(?:ed|s|ing)?\b(?!\s+up)"
            r"|\b(?:pick(?:ed|s|ing)?|load(?:ed|s|ing)?|scoop(?:ed|s|ing)?|snap(?:ped|s|ping)?|stock(?:ed|s|ing)?)\s+up\b"
            r"(?:\s+on\b)?|\badd(?:ed|s|ing)?\s+to\b(?:\s+(?:his|her|their|its|the)(?P<keep>\s+\$?[\w.]+)?\s+(?:stake|position|holdings?))?"
            r"|\b(?:bought|buy(?:s|ing)?)\s+more\b|\b(?:increas(?:ed|es|ing)|grew|grow(?:s|ing)?)\s+(?:his|her|their|its"
            r"|the)\s+(?:stake|position|holdings?)\b"
            # "paid up for shares", "put his own money into", "forked out for": a purchase
            r"|\bsnag(?:s|ged|ging)?\b|\bnab(?:s|bed|bing)?\b|\bpon(?:y|ied|ies|ying)\s+up\b|\bdoubl(?:e|ed|es|ing)\s+down\b|\b(?:went|go(?:es)?|going|bet(?:s|ting)?)\s+big\s+on\b|\bback(?:ed|s)?\s+up\s+the\s+truck\b"
            r"|\bpa(?:id|ys?|ying)\s+(?:up\s+)?for\s+(?=(?:\S+\s+){0,3}?(?:shares|stock))"
            r"|\bpa(?:id|ys?)\b(?=\s+(?:more\s+|less\s+)?(?:(?:per|a)\s+share\b|at\b|for\b(?!\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
            r"(?:options?|exercis\w*|tax\w*|warrants?|rsus?)\b)))|\bput(?:s|ting)?\s+(?:his|her|their|its)\s+own\s+"
            r"(?:money|cash)\s+(?:in(?:to)?)\b|\bfork(?:ed|s)?\s+out\b"),
    ("gift", r"\b(?:was|were)\s+given\s+away\b"),
    ("tax_withholding", r"\b(?:h(?:o|e)ld|holds|holding|kept|keep|hand(?:ed|s)?|g(?:a|i)ve)\s+back\b(?=.*\btax)"),  # "held back for taxes"
    ("grant", r"\bwas\s+(?:given|awarded|granted)\b(?!\s+away)|\bwere\s+(?:given|awarded|granted)\b(?!\s+away)"),
]

# "open market", "open mkt", "open-mkt": the words, as written in full or cut short.
OPEN_MARKET = r"open[\s-]m(?:ar)?ke?t"

TRANSACTION_PHRASES: list[tuple[str, str]] = [
    # (not "before the tax haircut": what came before the withholding)
    ("tax_withholding", r"(?<!before\s)(?<!before\sthe\s)(?<!before\sany\s)(?:tax(?:es)?\s+withh(?:e|o)ld(?:ing)?|"
                        r"withh(?:e|o)ld(?:ing)?(?:\s+for\s+tax(?:es)?)?"
                        r"|for\s+taxes|\btax\b)|(?:sell|sold|selling|sells)[\s-]to[\s-]cover(?:\s+(?:the\s+)?tax(?:es)?)?"
                        r"|\bto\s+cover\s+(?:the\s+)?tax(?:es)?|\bto\s+pay\s+(?:(?:his|her|their|its|the)\s+)?tax(?:es)?\b"),
    ("open_market", OPEN_MARKET + r"(?:\s+(?:trades?|transactions?|trading|purchases?\s+and\s+sales?))?(?=\W|$)|open[\s-]market(?:\s+(?:trades?|transactions?|trading|purchases?\s+and\s+sales?))?"
                    r"|bought\s+(?:or|and)\s+sold|sold\s+(?:or|and)\s+bought|buy(?:ing)?\s+(?:or|and)\s+sell(?:ing)?"
                    r"|purchases?\s+(?:and|or)\s+sales?|\btrades?\b(?!\s+dates?\b)|\btraded\b|\binsider\s+trading\b"),
    ("buy", r"\bbuy(?:s|ing)?\b|\bbought\b|\bgrab\b(?!\s+(?:me|us|the|all|every|a\s+list)\b)|\bgrabb(?:ed|ing)\b|\bgrabs\b|\bpurchas(?:e|es|ed|ing)\b|\bbuyers?\b|\baccumulat(?:e|ed|es|ing)\b"),
    ("sell", r"\bsell(?:s|ing)?\b|\bsold\b|\bsales?\b|\bsellers?\b|\bdump(?:s|ed|ing)?\b|\bunload(?:s|ed|ing)?\b"
             r"|\boffload(?:s|ed|ing)?\b|\btrimm?(?:ed|ing|s)?\b|\bdivest(?:s|ed|ing)?\b|\bunloads?\b|\bproceeds\b"
             r"|\blighten(?:ed|ing|s)?(?:\s+up)?\b|\bliquidat(?:e|ed|es|ing)\b"),
    ("grant", r"\bgrant(?:s|ed)?\b|\baward(?:s|ed)?\b|\bin\s+lieu\s+of\s+(?:cash\s+)?(?:director\s+|board\s+)?(?:fees|retainers?|cash)\b|\bhanded\b(?!(?:\s+\S+){0,5}\s+to\s+(?:charity|charities|a\s+charity|a\s+foundation))|\bget\b(?!\s+(?:me|us|the|a|an|all|any|info|details)\b)"
              r"(?!\s+(?:reported|filed|disclosed|recorded|listed|posted|sold|bought|dumped|rid)\b)"
              r"|\bget(?:s|ting)\b(?!\s+(?:reported|filed|disclosed|recorded|listed|posted|sold|bought|dumped|rid)\b)"
              r"|(?<!\byou've\s)(?<!\byou\s)(?<!\bu\s)(?<!\bwe've\s)\bgot(?:ten)?\b(?!\s+(?:reported|filed|disclosed|recorded|listed|posted|sold|bought|dumped|rid|(?:any\s+)?"
              r"(?:filings?|data|info|records?|forms?))\b)"
              r"|\breceiv(?:e|ed|es|ing)\b|\bgiven\b(?!\s+away)(?!(?:\s+\S+){0,5}\s+to\s+(?:charity|charities|a\s+charity|a\s+foundation))"),
    ("exercise", r"\bexercis(?:e|ed|es|ing)\b(?!\s+prices?)|\bvest(?:ed|ing|s)?\b|\bsettl(?:e|ed|es|ing|ements?)\b"
                 r"|\b(?:get|got|gets|was|were)\s+paid\s+out\b|\bpaid\s+out\s+(?:in\s+)?(?:shares|stock)\b"),
    ("gift", r"\bgift(?:s|ed|ing)?\b|\bdonat(?:e|ed|es|ion|ions)\b|\bg(?:ave|ive|ives|iving|iven)\s+away\b"
             r"|\b(?:g(?:ave|ive|ives|iving|iven)|hand(?:ed|s|ing)?(?:\s+over)?)\b(?=(?:\s+\S+){0,5}\s+to\s+(?:charity|charities|a\s+charity|a\s+foundation))"
             # "transfer to estate planning vehicles", "park shares in the family trust": a gift to a vehicle
             r"|\b(?:transfer(?:s|red|ring)?|park(?:s|ed|ing)?|mov(?:e|ed|es|ing)|shift(?:s|ed|ing)?)\b(?=(?:\s+\S+){0,4}\s+"
             r"(?:to|into|in)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,3}(?:trusts?|vehicles?|foundation|"
             r"grats?|family\s+(?:partnership|llc)))"),
    ("conversion", r"\bconver(?:t|ted|ts|ting|sion|sions)\b|\b(?:flip(?:s|ped|ping)?|turn(?:s|ed|ing)?)\s+(?:(?!around\b)[\w$.,'-]+\s+){0,3}?into\b(?!\s+strength)"),
    ("distribution", r"\bdistribut(?:e|ed|es|ing|ions?)\b|\bin[\s-]kind\b"),
    ("any", r"\bany\s+(?:transactions?|activity)\b|\ball\s+transactions\b|\banything\b"),
]

# "who held more stock directly", "which one held the most": holdings compared (read here and by the comparisons).
HELD_MORE = r"\bheld\s+(?:more|less|fewer|the\s+(?:most|least|bigger|larger))\b"

AGGREGATION_PHRASES: list[tuple[str, str]] = [
    ("plan_10b5_1", r"10b5[\s-]*1|\b10b5\b|rule\s+10b5|trading\s+plans?|pre[\s-]?arranged\s+plans?|(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)\bplans?\b(?!\s+to\b)"
                    r"|\badopt(?:s|ed|ing|ion)?\b"),
    ("late", r"(?<!\bmy\s)(?<!\bour\s)\blate\b(?!\s+(?:husband|wife|father|mother|dad|mom|brother|sister|son|daughter|friend|partner|uncle|aunt|grand\w+)\b)|\bdelinquent\b|\boverdue\b|\btardy\b|\bon\s+time\b"),
    ("holdings", r"\bhold(?:s|ing|ings)?\b|(?<!\bwhich\s)(?<!\bwhat\s)\bholders?\b|(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bmy\s)"
                 r"\bown(?:s|ed|ers?)?\b(?!\s+(?:filings?|forms?|money|cash))|\bpositions?\b|\bstakes?\b"
                 r"|\bhave\s+left\b|\b(?:shares?|stock)\s+left\b|\bwhat'?s\s+left\b|\bleft\s+(?:in|at|after|over)\b"
                 r"|\b(?:options?|rsus?|psus?|units?|warrants?)\s+(?:left|remain(?:ed|ing|s)?|outstanding)\b"
                 r"|\b(?:remaining|unvested|outstanding)\s+(?:options?|rsus?|psus?|units?|warrants?|shares?)\b"
                 r"|\bstill\s+(?:ha(?:ve|s)|holds?|owns?)\b|\bremain(?:ed|s)?\s+(?:under|in|after)\b|\bleft\s*\??\s*$"
                 r"|\b(?:end|ended|ends|wind|wound)\s+up\s+with\b|\bwho\s+(?:\S+\s+){0,3}?(?:has|have)\s+(?=\s*(?:any\s+)?\s*(?:\?|$|(?:in|at|of)\b))"
                 # "who held more stock directly", "which one held the most": holdings compared
                 r"|" + HELD_MORE + r"|\b(?:still|were|was|are|is)\s+outstanding\b"
                 # "shares held after the dec 2021 gift": what was held (not "shares held back for taxes")
                 r"|\b(?:shares?|shs|stock)\s+held\s+(?:after|following|once|as\s+of|at\s+the\s+end)\b"),
    ("net", r"\bnet(?:\s+(?:buying|selling|buyer|seller|buyers|sellers|purchases|sales))?\b"),
    ("count", r"\bhow\s+many\b(?!\s+(?:(?!(?:did|do|does|have|has|had|were|was|are|is)\b)[\w$.'-]+\s+)?(?:shares|options|rsus|psus|units|warrants|insiders|people|stock|"
              r"restricted|performance|preferred|common|dollars|bucks)\b)|\bnumber\s+of\b|\bcount\b"),
    ("total", r"\btotals?\b|\bsums?\b|\baltogether\b|\ball\s+(?:together|told)\b|\bin\s+all\b|\bhow\s+much\b|\bhow\s+many\s+(?:shares|dollars|bucks)\b|\bhow\s+many\b(?=\s+[\w$.'-]+\s+shares\b)"
              r"|\bcombined\b|\badd\s+up\b|\badd(?:ed|ing)?\s+(?=up\b)"
              r"|\baggregate\b|\bdollar\s+value\b|\bproceeds\b|\bworth\b|\baverage\b|\bavg\b|\bmean\b|\bmedian\b"
              r"|\bshares\s*(?:and|n|&|\+|/)\s*(?:dollars|\$|value)(?!\w)|\b(?:dollars|value|\$)\s*(?:and|n|&|\+|/)\s*shares\b"
              r"|\bsummed\b|\btotall?ed\b|\btall(?:y|ied|ies|ying)(?:\s+up)?\b|\b(?:raised|brought\s+in|pocketed|grossed|t(?:ake|akes|ook|aking)\s+in)\b"),
    ("biggest", r"\bbiggest\b|\blargest\b|\btop\b|\bhighest\b|\bmost\b(?!\s+recent)"),
    ("smallest", r"\bsmallest\b|\blowest\b|\bfewest\b|\btiniest\b|\bleast\b"),
    ("earliest", r"\boldest\b|\bearliest\b(?!\s+(?:date|day|time)\b)|\bfirst[-\s]+ever\b|\bvery\s+first\b"
                 # "the first Form 4 of 2025", "his first filing" (not "first half", "first quarter", "first time")
                 r"|(?:\b(?:the|his|her|their|its)|'s|^)\s*first(?=\s+(?:insider\s+)?(?:form\s*[345]|filings?|transactions?|"
                 r"trades?|sales?|purchases?|grants?)\b|\s{4,})(?!.*\b(?:last|latest|newest|most\s+recent)\b)"),
    # (not "the most recent insider sales", "recent grants": those are a list, newest first)
    ("latest", r"\blatest\b|\b(?:most\s+)?recent(?:ly)?\b(?!\s+(?:insider\s+|open[\s-]market\s+)?(?:sales|sells|purchases|buys|"
               r"trades|transactions|grants|exercises|gifts|filings)\b)|\bnewest\b|\blately\b|\bwhat'?s\s+new\b"
               r"|\blast\s+(?:filing|transaction|trade|activity|form|one)\b|\bactivity\b"),
    ("insiders", r"\binsiders\b|\bwho\s+(?:is|are|was|were)\b|\bwho\s+files\b|\bwhich\s+insiders\b"
                 r"|\bwho\s+(?:runs|leads|heads|oversees)\b|\bwho'?s\s+(?:the\s+)?head\s+of\b|\bwho'?s\s+in\s+charge\s+of\b"
                 r"|\bhow\s+many\s+insiders\b"),
    ("list", r"\blist\b|\bshow\b|\ball\b|\bevery\b"),
]
# Which aggregation wins when several are named.
AGGREGATION_PRIORITY = ["role", "holdings", "late", "not_plan_10b5_1", "plan_10b5_1", "net", "count", "total",
                        "biggest", "smallest", "earliest", "latest", "insiders", "list"]

# "what is X's role at Y", "what does X do at Y": the keywords only (the name between them stays a name).
ROLE_QUESTION = re.compile(r"\b(?P<kw>role|roles|title|titles|job\s+title|job|relationship|relationships)\b"
                           r"|\bwhat\s+(?P<pos>position)\s+(?:does|did|is|at|with)\b"
                           r"|\bwhat\s+does\s+.+?\s+(?P<do>do)\b(?!\s+with)"
                           # "is X a 10% owner at Y", "is X an officer or a director of Y": a yes/no about roles
                           # ("is kyle moran wave's ceo": the company's possessive stands for the article)
                           r"|^\s*(?P<isq>is|was)\s+(?!(?:there|it|that|this|the|any)\b)[\w.' -]{2,60}?(?:\s+(?:an?|the|still\s+the)\s+"
                           r"|(?:'s|’s|s'|’)\s+)"
                           r"(?:10\s*%|ten\s+percent|director|officer|ceo|cfo|coo|cto|president|chair\w*|insider|"
                           r"general\s+counsel|gc|executive|owner)"
                           r"(?!\w*\s+(?:an?\s+)?(?:net\s+)?(?:buyers?|sellers?|purchasers?)\b)"  # "was X's CFO a buyer": trades
                           # "officer or just board", "exec or board member", "sit on the board", "still a 10% holder"
                           r"|\b(?P<either>(?:officer|exec\w*|director|board\s+member))\b(?=(?:\s+(?:at|of|with|in)\s+\$?[\w.&-]+)?"
                           r"(?:\s*,\s*(?:officer|exec\w*|director|(?:10\s*%\s*)?owner))*\s*,?\s+or\s+"
                           r"(?:(?:just|only)\s+)?(?:an?\s+)?(?:on\s+the\s+)?(?:board|director|officer|exec\w*|(?:10\s*%\s*)?owner)\b)"
                           r"|(?<!\bfor\s)\b(?P<sit>sits?|sitting|serves?)(?=\s+on\s+(?:the\s+|its\s+)?(?:\$?[\w.&'’-]+\s+){0,3}?board\b)"
                           r"|^\s*(?P<isq2>is|was|are)\s+(?!(?:there|it|that|this|the|any)\b)[\w.' -]{2,60}?\s+"
                           r"(?=on\s+(?:the\s+)?(?:\$?[\w.&'’-]+\s+){0,3}?board\b)"
                           r"|\b(?P<still>still\s+an?\s+(?:10\s*%|ten\s+percent|director|officer|insider))"
                           r"|\b(?P<posts>officer\s+(?:positions?|titles?))\b"  # "which box did she check" (not 10b5-1's):
                           r"|\b(?:which|what)\s+(?:relationship\s+)?(?P<box>box(?:es)?)\b(?![^?]*\b(?:10b5|plan)\b)"
                           r"|(?<!10b5-1\s)(?<!plan\s)\b(?P<box2>box(?:es)?)\s+(?:are\s+|were\s+)?(?:checked|ticked)\s+(?:on|for|in)\b", re.I)
# "who sold the most", "which insiders filed the most": a ranking of insiders, not of single trades.
PER_INSIDER = re.compile(r"\b(?:who|which\s+(?:insiders?|people|persons?|execs?|executives?|directors?|officers?|filers?"
                         r"|(?:reporting\s+)?(?:persons?|owners?)))\b"
                         r".*\b(?:the\s+most|most)\b(?!\s+recent)|\bmost\s+active\s+(?:filers|insiders|people)\b"
                         r"|\b(?:top|biggest|largest)\s+(?:\d+\s+|\w+\s+)?(?:insider\s+)?(?:sellers?|buyers?|filers?)\b"
                         r"|\brank\s+(?:the\s+)?(?:insiders|people|filers)\b|\bleaderboard\b|\b(?:top|biggest|largest)\s+(?:\d+\s+|\w+\s+)?(?:insiders|people|execs|executives|directors|officers)\s+by\s+(?:total\s+)?(?:\$|dollars?|value|money|proceeds)"
                         # "who has the largest total number of shares sold": a sum per insider, not one trade
                         r"|\bwho\b.*\b(?:largest|biggest|highest|greatest)\s+(?:total|combined|aggregate|cumulative)\b", re.I)

# "which company had the most insider selling", "where did insiders dump the most": companies ranked by a total.
PER_COMPANY = re.compile(r"\b(?:which|what)\s+(?:companies|company|issuers?|stocks?|tickers?|firms?|cos?)\b.*\bmost\b"
                         r"(?!\s+recent)|^\s*where\b.*\bmost\b(?!\s+recent)|\btop\s+(?:\d+\s+|three\s+|five\s+|ten\s+)?(?:companies|issuers|tickers|cos)\b", re.I)

# Scope words: the question is about every company ("top purchases anywhere", "how many 4/As are in here").
SCOPE = (r"\b(?:throughout\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:data(?:base|\s*set)?|db|market|files?|filings)\b|anywhere|everywhere|overall|globally|(?:no\s+matter|whatever|regardless\s+of)\s+(?:the\s+|which\s+|what\s+)?(?:company|companies|issuer|ticker)|(?:across\s+|in\s+)?the\s+(?:whole\s+)?universe|(?:market|db|database|data[\s-]?set|firm|company|site|universe)[\s-]?wide|(?:company|issuer|ticker|market)[\s-](?:agnostic|level)|across\s+(?:the\s+)?(?:whole\s+)?(?:market|board|database"
         r"|db|companies|all\s+companies|every\s+(?:company|issuer|filer|ticker)|all\s+(?:the\s+)?(?:issuers|filers|tickers))|throughout\s+(?:the\s+)?(?:whole\s+)?(?:database|db|data\s*set|market)|(?:at|in|for|of)\s+(?:all|any|every)\s+(?:the\s+)?"
         r"compan(?:y|ies)|all\s+(?:the\s+)?(?:companies|cos|cos\.)|every\s+company|any\s+company|everyone|everybody|anyone"
         r"|anybody|everyone'?s|everybody'?s|everything|(?:in\s+|throughout\s+)?(?:the\s+)?(?:whole|entire)\s+(?:database|db|data\s*set|dataset|market|corpus|universe)"
         r"|in\s+(?:the\s+)?(?:database|db|data\s*set|dataset)|in\s+here|on\s+(?:file|record)|of\s+all\s+time"
         r"|all[\s-]time|ever)\b")

PLAN_WORDS = r"(?:rule\s+)?(?:10b5[\s-]*1\s*)?(?:trading\s+)?plans?\b"
# "not under a 10b5-1 plan", "without a plan", "non-10b5-1": trades a plan is not disclosed for.
NOT_PLAN = re.compile(
    r"\b(?:not|never|wasn'?t|weren'?t)\s+(?:made\s+|done\s+|effected\s+|sold\s+|bought\s+)?(?:under|pursuant\s+to|"
    r"through|via|in|on|as\s+part\s+of|part\s+of)\s+(?:a\s+|an\s+|any\s+)?" + PLAN_WORDS
    + r"|\b(?:without|outside(?:\s+of)?)\s+(?:a\s+|an\s+|any\s+)?" + PLAN_WORDS
    + r"|\bnon[\s-]*(?:rule\s+)?10b5(?:[\s-]*1)?(?:\s+(?:trading\s+)?plans?)?\b"
    r"|\bnot\s+(?:under|pursuant\s+to)\s+(?:a\s+|an\s+)?(?:rule\s+)?10b5[\s-]*1\b", re.I)

# Capitalised at the start of a question, these are usually just words ("Best trades", "Key insiders").
QUESTION_OPENERS = {"better", "best", "well", "big", "little", "young", "key", "price", "power", "general", "global", "national", "united", "american", "first", "new", "old", "one", "home", "life"}

# Words that carry no name: question words, filler, chat words and domain words the tables do not consume.
STOPWORDS = set("""
a about above after again against all also am an and any anybody anyone anything are around as at be been before
being below between both but by can could did do does doing done down during each either else ever every
everyone few for from further get gets got had has have having he her here hers him his how i if in into is it
its just know let like lot lots made make many me might more most much must my no nor not now of off on once only
or other our out over own per please same say see shall she should show since so some someone something still
such tell than that the their them then there these they this those through thus to too under until up upon us
very via want was we were what whats when where which while who whom whose why will with within would yet you
your give gave list find look looking need needs info information detail details summary data tell recently
recent new news anything happened happen happening going go did fine ok okay thanks thank hi hello hey
insider insiders filing filings filed file files form forms report reports reported reporting transaction
transactions trade trades trading shares share stock stocks security securities company companies firm corp
corporation inc ltd llc plc co holdings group price prices value values worth dollar dollars amount amounts
number numbers total year years month months week weeks day days quarter quarters date dates time times sec monday tuesday wednesday thursday friday saturday sunday
edgar people person persons guy guys folks one ones someone exec execs executive executives officer people
bought sold buy sell much many latest last first top next prior previous period ago today yesterday
plan plans schedule vesting vest exercisable exercise expire expires expiring expiration price strike
happen did does do receive received right rights buy via total
btw fyi pls plz thx ty tbh imo lol hmm um uh yo sup quick question q curious wondering wonder anyone
whole database db dataset entire market overall anywhere everywhere record records ever all-time
role roles title titles job position positions dollars both size biggest largest most
across stored covered kept available everything r u ur pls thru vs versus single ipo whos active filers lieu
instead one two three four five six seven eight nine ten cash fees fee away
class classes disposition dispositions cost costs underlie underlies underlying vested vests
similar equivalent comparable become becomes became buck bucks shows showed shown appears appear oldest newest earliest remaining remain left ratio ratios series
pref prefs convert converts converted conversion conversions tranche tranches portion earned
range ranged ranging highest lowest min max minimum maximum paid px ipos code codes lemme
busiest heaviest peak one-day single-day table tables irrespective money greatest units calendar explains explain christmas issuer issuers spent cheapest sorry dumb
besides apart aside except else dip dips equity originally cover covered annual initial statement statements
set sentiment bullish bearish signal signals red flag flags somebody everybody nobody whether whoever whatever whichever yoy yes held diff included including settled carries carried carry expires expired expire pull pulls grab gimme
already fully names thing things stuff came went mention mentions mentioned checkboxes tick ticks ticked checked certify certification monthly quarterly annually yearly qtr qtrs summarise
summarize summarised summarized summarising summarizing see seen actually really just submission submitted owning
sr jr mkt row rows different entity entities measured keep kept sizes lower higher bigger smaller larger ticker tickers
separate separately individual individually distinct various several multiple respective filer diff
million millions billion billions thousand thousands true right correct accurate confirm
you've you're we've we're i've they've they're im ive youre theyre charity charities charitable rank ranked ranking leaderboard summing tally
among amongst amid name dated pay pays paying unvested tranche tranches compliance check memo history histories estate planning vehicle vehicles
split splits outside event events never according cos column columns section sections deemed second ownership involved haircut lmk intraday moving black-scholes scholes ebitda beta overweight underweight actual signature signatures deal deals committee approve approved themselves
deadline deadlines capacity capacities address addresses based located signer signers signed sign gonna wanna gotta far because cause bc cuz coz due rather hit hits priced peer peers review briefing earnings front-run frontrun front-running hindsight delisted pct notional
""".split())

# Lower-case words that are also common English; as names they only count when capitalised.
SOFT_WORDS = set("""
better snow bird wave zip guts air block square apple oscar yelp best key well power energy bank health
life home global first one general united american national capital new old big little young king price
together name checkbox box bargain took serve serves serving corporate objective objectives certified milestone
milestones gross saw bot original tech
""".split())

# "receive from RSUs", "got from his options": the shares an award settled into (code M), not a grant.
FROM_AWARD = re.compile(r"\bfrom\s+(?:(?:his|her|their|the|its)\s+)?(?:rsus?|psus?|restricted\s+stock\s+units?|"
                        r"(?:stock\s+)?options?|awards?)\b", re.I)
# Before these a common word names the company ("oscar shares", "apple stock"), as after "at".
OF_COMPANY = re.compile(r"\s+(?:shares|stock|insiders?|form\s*[345](?:/a)?s?|filings?)\b|\s*:(?!\d)"  # and "oscar: ..."; "snow trades", not "block trades"
                        r"|(?<!\bblock)(?<!\bkey)(?<!\bbetter)(?<!\bbest)(?<!\bbig)(?<!\bfirst)(?<!\bnew)(?<!\bold)\s+(?:trades|sales|sells|buys|purchases|grants|options|filings)\b", re.I)
AT_IDIOMS = {"best", "first", "home", "one", "well", "price", "new", "old", "big", "little", "general"}  # "at best", "at first"

# A lower-case word with an ending names do not have ("information", "usually", "effectively"): when no stored
# name holds it, it is read as filler. Not -ing, -ed, -ly or -ies: Fleming, Mohammed, Kelly and Davies are names.
ENGLISH_SHAPE = re.compile(r"^[a-z]{4,}(?:tion|tions|sion|sions|ness|ally|ously|ively|ment|ments|mance|mances|ities)$")

# Acronyms that are never tickers on their own (a bare "GC" is a role, not a company).
NOT_TICKERS = {
    "GC", "CEO", "CFO", "COO", "CTO", "CAO", "CLO", "RSU", "RSUS", "PSU", "PSUS", "SEC", "EDGAR", "Q1", "Q2", "Q3",
    "Q4", "USD", "I", "A", "AN", "THE", "IPO", "II", "III", "IV", "VI", "VII", "VIII", "IX", "GRAT", "GRATS", "ESPP", "SVP", "EVP", "VP", "LLC", "LP", "INC", "CORP", "CO",
    "LTD", "PLC", "ETF", "YTD", "OK", "US", "USA", "AND", "OR", "OF", "IN", "ON", "AT", "TO", "BY", "FOR",
    "WHO", "WHAT", "HOW", "ANY", "ALL", "DID", "GET", "GOT", "SELL", "BUY", "SOLD", "FORM", "NET", "TOP",
    "FY", "H1", "H2", "RULE", "CEOS", "CFOS", "GCS", "COOS", "CTOS", "BTW", "FYI", "VS", "DB", "THX", "PLS", "LOL",
    "IMO", "TBH", "AKA", "ASAP", "TLDR", "WTF", "OMG",
}

# Words that stand for a person named before ("what did he sell", "compare with his gifts").
PRONOUNS = r"he|she|him|his|her|hers|they|them|their"

# Words after which the next unknown word is a name slot ("has jane roe sold", "sales by jane roe").
NAME_SLOT_BEFORE = {"has", "have", "had", "did", "does", "do", "is", "was", "by", "from", "to", "for", "at", "of",
                    "about", "and", "or", "vs", "versus", "&", "with", "in"}
# Prepositions that put a name in the company slot ("at ACME", "in Initech").
COMPANY_SLOT_BEFORE = {"at", "in", "of", "for"}

# The words a misspelling is corrected to ("opitons" -> options): domain words only, five letters or more.
KEYWORDS = set("""
options option purchases purchase purchased sales sells selling bought grants granted awarded exercises
exercised exercise transactions holdings director directors president officer officers warrants preferred
insiders filings restricted shares stock common awards vested vesting conversions converted gifts gifted
""".split())

# ---- what shape of answer a question asks for beyond its rows (read by ``spans.asks``) -------------------
# Each pattern's ``kw`` group (else the whole match) is the words the span takes; the rest stays to be read.
# "worth" or "value" alone: a value of what is held (needs a price) unless trades are asked about.
WORTH = re.compile(r"\b(?:worth|value)\b(?!\s+buying)(?!\s+at\s+(?:the|that|this|their|its|each)\s+(?:\w+\s+)?(?:price|px)\b)", re.I)  # (not at the filed price)
# "by dollar value", "ranked by shares": how rows are ordered, not a sum of them.
ORDER_BY = re.compile(r"\b(?:ranked\s+|sorted\s+|ordered\s+)?by\s+(?:the\s+)?(?:dollar\s+value|dollars|value|size|"
                      r"(?:number\s+of\s+)?shares|shares?\s+count|amount)\b", re.I)
# Ranked by shares, not dollars: "who sold the most shares", "top 3 exercises by share count".
BY_SHARES = re.compile(r"\bmost\s+(?:insider\s+|common\s+)?(?:shares?|shs|options|units|rsus)\b|\bby\s+(?:the\s+)?(?:number\s+of\s+)?shares\b"
                       r"|\b(?:largest|biggest|highest|greatest)\s+(?:(?:total|combined|aggregate)\s+)?(?:number|count)\s+of\s+shares\b"
                       r"|\bby\s+(?:the\s+)?shares?\s+count\b|,\s*(?:in|by)\s+(?:number\s+of\s+)?shares\s*\??$", re.I)
# "highest sale price", "lowest-priced purchase", "cheapest buy": trades ranked by price per share.
BY_PRICE = re.compile(r"\b(?P<way>highest|lowest|top|best|worst)[-\s]+(?:per\s+share\s+)?(?:(?:sale|sell(?:ing)?|purchase|buy(?:ing)?|"
                      r"share|stock|trade|transaction|option|options)\s+)?(?:price|px|strike|exercise\s+price)\b|\b(?P<way2>highest|lowest)[-\s]priced\b"
                      r"|\bmost\s+expensive\b|\b(?:priciest|dearest)\b|\b(?P<cheap>cheapest)\b", re.I)
# Direct and indirect holdings alike (not a comparison, no vehicle).
DIRECT_AND_INDIRECT = re.compile(r"\bdirect(?:ly)?\s*(?:,|and|&|\+|/|or|vs\.?|versus)\s*indirect(?:ly)?\b"
                                 # "direct + trust", "direct plus the pensco account": what he holds either way
                                 r"|\bdirect(?:ly)?\s*(?:\+|&|plus|and)\s*(?:(?:through|via|in|by)\s+)?(?:the\s+|his\s+|her\s+)?"
                                 r"(?:family\s+)?"
                                 r"(?:trusts?|llcs?|funds?|ira|kids?|child(?:ren)?|[a-z]+\s+(?:account|ira|trust))\b"
                                 r"|\bindirect(?:ly)?\s*(?:,|and|&|\+|/|or|vs\.?|versus)\s*direct(?:ly)?\b"
                                 # "sales incl the trust", "counting his trusts": the trust's rows added, not alone
                                 r"|\b(?:incl(?:uding|udes?|\.)?|counting|plus|as\s+well\s+as)\s+(?:the\s+|his\s+|her\s+)?"
                                 r"(?:family\s+)?(?:trusts?|llcs?|funds?|ira|kids?|child(?:ren)?)\b", re.I)
# The words after which a common word names a company: "insiders at snow", "the cfo of wave", "gc for block".
COMPANY_AFTER = re.compile(r"\bat\s+$|\b(?:ceos?|cfos?|coos?|ctos?|gcs?|clos?|directors?|presidents?|chair\w*|officers?|"
                           r"insiders?|secretary|counsel|execs?|executives?|board)\s+(?:of|for|at)\s+$", re.I)
# Words that add a vehicle's positions to the direct ones ("direct + all 4 trusts", "add the trust to his direct").
ADDED_TOGETHER = re.compile(r"\+|&|\b(?:plus|add(?:ed|ing|s)?|combined?|together|total|sum(?:med)?|counting|incl(?:uding|\.)?|"
                            r"as\s+well\s+as|and)\b", re.I)
# Words that set two sides apart to compare them ("direct vs the 4 trusts"), never added together.
SIDES_SET_APART = re.compile(r"\b(?:vs\.?|versus|or|compared|against)\b", re.I)
# Words before a vehicle's kind that do not name it ("all 4 trusts", "his family trust").
BEFORE_VEHICLE = {"the", "his", "her", "their", "its", "all", "both", "and", "plus", "add", "with", "four", "two", "three",
                  "any", "every", "each", "own", "other"}
# "through the family trust", "held by Example Ventures Fund II", "via STS Holdings", "for his kid".
VEHICLE_VIA = re.compile(r"\b(?P<via>through|via|held\s+by|by|for)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                         r"(?P<name>[\w&.' -]+?)\s*(?:\b(?:at|in|of|on)\b.*)?\??\s*$", re.I)
VEHICLE_WORDS = re.compile(r"\b(?:(?:living|revocable|irrevocable|grantor|family|minor)\s+)*(?P<word>trusts?|"
                           r"partnerships?|funds?|llcs?|lps?|grats?|estate|foundation|child|kids?|spouse|wife|husband|ira|"
                           r"family)\b(?!\s+(?:[ivx]{1,4}|\d{1,3})\b)", re.I)  # "Founders Fund IV" is a name, read as one
# "1995 Family Trust", "2010 Seed Fund": a holder's vehicle named by a number (and a word).
NUMBERED_VEHICLE = re.compile(r"\b(?P<name>\d{1,4}(?:\s+[a-z]+)?)\s+(?:family\s+)?(?P<word>trust|fund|llc|lp|grat)\b",
                              re.I)
INDIRECT = re.compile(r"\bindirect(?:ly)?\b", re.I)
# "his direct shares", "held directly": the positions held in the insider's own name (no vehicle).
DIRECT = re.compile(r"\bdirect(?:ly)?\b|\bin\s+(?:his|her|their|its)\s+own\s+names?\b", re.I)
# The number (or roman numeral) that says which of a series a holder is ("Rivendell 7", "FF Pathfinder VI").
SERIES = r"(?:\d{1,3}|[ivx]{1,4})"
# "held of record by X", "held by the X", "held directly by X": X up to the end of its name.
HELD_BY = re.compile(r"\bheld\s+(?:of\s+record\s+|directly\s+|indirectly\s+)?by\s+(?:the\s+)?(?P<name>[^,;.()\"]{2,80})",
                     re.I)
# Two names side by side with only this between them are two names ("adams & dodge", "thiel and bezos").
NAMES_JOINED = r"\s*(?:,|&|\+|\band\b|\bor\b)\s*"
# Bare kinds of vehicle that say little about which holder is meant ("his funds", "their LLCs"): never a filter on
# trades by themselves (people's own funds often file themselves); with "trust", the kinds a holder's name may
# stand beside ("thiel capital llc", "Scarpelli's Fintail trusts").
LOOSE_VEHICLES = frozenset({"fund", "llc", "lp", "partnership", "family", "entity", "estate", "foundation"})
NAMED_BESIDE = frozenset({"fund", "llc", "lp", "partnership", "trust", "entity", "foundation"})
VEHICLE_SAME = {"kid": "child", "kids": "child", "trusts": "trust", "funds": "fund", "llcs": "llc",
                "partnerships": "partnership"}
VEHICLE_FILLER = {"the", "his", "her", "their", "family", "a", "an", "living", "revocable", "irrevocable", "entity",
                  "entities", "vehicles", "all", "combined", "together", "total", "totals", "both"}

# ---- phrases the rules read whole ----

_BUYS = r"(?:purchases?|buys?|buying|bought)"
_SELLS = r"(?:sales?|sells?|selling|sold)"
MORE_BUYING_OR_SELLING = re.compile(
    rf"\b(?:more|bigger|larger|greater)\b.*\b(?:{_BUYS}\s+(?:or|than|vs\.?|versus)\s+{_SELLS}|"
    rf"{_SELLS}\s+(?:or|than|vs\.?|versus)\s+{_BUYS})\b"
    rf"|\b(?:{_BUYS}\s+(?:or|vs\.?|versus)\s+{_SELLS}|{_SELLS}\s+(?:or|vs\.?|versus)\s+{_BUYS})\b.*\b(?:more|bigger|larger|greater|outweigh\w*)\b",
    re.I)

# "the value of the shares withheld", "what was the shares value of his sales": a trade's value, not a price now.
TRADE_VALUE = re.compile(r"value(?:\s+of)?", re.I)
_TRADE_DONE = (r"\b(?:after|following|post)\s+(?:[\w,]+\s+){0,4}?(?:exercis\w*|vest\w*|sales?|sell\w*|sold|buy\w*|bought|"
               r"purchas\w*|grants?|granted|gifts?|gave|conver\w*|the\s+(?:trade|transaction))\b")
AFTER_TRADE = re.compile(r"\b(?:left|remain\w*|outstanding|unexercised|still\s+(?:has|have|holds?|owns?)|held|holds?|holdings?|"
                         r"owns?)\b.*"
                         + _TRADE_DONE
                          # "after the december 2022 sales, how many shares did he hold"
                          + r"|^\W*" + _TRADE_DONE + r".*\b(?:left|remain\w*|held|holds?|owns?|own)\b"
                          # "unvested RSUs across his grants", "options remained under his 2012 grant"
                          r"|\b(?:across|under|from|of|in)\s+(?:his|her|their|its|the|all)\s+(?:[\w']+\s+){0,3}?"
                          r"(?:grants?|awards?)\b",
                          re.I)
# The words that ask for the newest filing itself ("activity" alone asks what happened).
NEWEST = re.compile(r"\blatest\b|\bmost\s+recent\b|\brecent(?:ly)?\b|\bnewest\b|\blately\b|\bwhat'?s\s+new\b"
                    r"|\blast\s+(?:filing|transaction|trade|activity|form|one)\b", re.I)

# "trim her position", "add to his stake": a trade that changed a holding, asked about as the trade.
CHANGED_STAKE = re.compile(r"\b(?:trim\w*|cut|reduc\w*|bail\w*|liquidat\w*|exit(?:ed|s|ing)?|add(?:ed|s|ing)?|increas\w*|boost\w*|grow\w*|grew|"
                           r"build\w*|built)\b[^?]*\b(?:stake|position|holdings?)\b", re.I)

# Words about money: "how much did the fund pay" asks a sum of trades, not what a holder holds.
MONEY_WORDS = re.compile(r"\b(?:pay|paid|pays|spend|spent|spends|cost|costs|dollars?|value|worth|proceeds|usd)\b|\$", re.I)
# A word after a name that makes it an organisation's ("Columbia Insurance Company"; the word itself is filler).
ENTITY_AFTER = re.compile(r"\s+(?:company|co\.?|corp(?:oration)?|inc\.?|llc|l\.?p\.?|holdings|partners|capital|"
                          r"trust|fund|group|ventures)\b", re.I)
# Verbs of holding: never the name of a holder ("pltr shares held by …").
HOLDING_VERBS = {"held", "hold", "holds", "holding", "owned", "owns", "own", "kept", "keeps", "have", "has", "left"}
# "his options", "what did she sell": one person meant, who must be named or come from an earlier question.
HE_OR_SHE = re.compile(r"\b(?:his|her|hers|he|she|him)\b", re.I)
