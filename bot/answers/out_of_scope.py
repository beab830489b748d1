"""Questions the filings cannot answer (advice, profits, market prices, news, predictions, why): each kind
with the words that ask it. The engine says so instead of guessing (``bot.answers.cannot`` words the reply), and
what the filings do show comes after it where that helps.
"""

from __future__ import annotations

import re

OUT_OF_SCOPE: list[tuple[str, re.Pattern]] = [
    ("advice", re.compile(r"\bshould\s+(?:i|we|you)\b|\bis\s+(?:it|\S+)(?:\s+\S+){0,2}\s+a\s+good\s+(?:buy|investment|time)\b"
                          r"|\bis\s+(?!code\b)\S+(?:\s+\S+)?\s+an?\s+(?:buy|sell|strong\s+buy)\b"  # "is pltr a buy now"
                          # a judgment of size: "is 25k shares a lot", "is that much for a CFO"
                          r"|\b(?:is|are|was|were)\s+(?!that\s+a\s+lot\b)(?:it|that|this|\S+)(?:\s+\S+){0,2}\s+(?:a\s+lot|too\s+much|"
                          r"unusual(?:ly\s+\w+)?|significant|normal|typical)\b"
                          r"(?!\s+(?:of\s+)?(?:sales?|trades?|selling|buying|transactions?|filings?)\b)"
                          r"|\bworth\s+buying\b|\brecommend\w*|\bbuy\s+or\s+sell\b(?!\s+(?:any|some|stock|shares|\$?[a-z]{1,5}\s+(?:stock|shares)))|\bgood\s+investment\b"
                          r"|\bgood\s+(?:long[\s-]+term\s+|short[\s-]+term\s+)?(?:hold|buy|bet|pick)\b|\bmy\s+portfolio\b"
                          r"|\binvestment\s+advice\b|\bundervalued\b|\bovervalued\b|\bbargain\b"
                          # a judgment of what a trade means: "is dodge selling a bad sign", "bullish?"
                          r"|\bin\s+hindsight\b|\b(?:good|bad|great|smart)\s+(?:trade|sale|buy|sell)\b"
                          # "was his sale well timed", "copy mithril's guts buy y/n"
                          r"|\b(?:well|badly|poorly)[\s-]+timed\b|\b(?:good|bad)\s+timing\b|\bcopy\s+\S+\s+(?:\S+\s+)?(?:buys?|sells?|trades?)\b"
                          r"|\bshould\s+(?:i|we)\s+(?:worry|be\s+worried|care)\b"
                          r"|\b(?:smart|wise|a\s+good\s+idea)\s+(?:for\s+(?:me|us)\s+)?to\b|\bfollow\s+(?:\S+\s+){1,2}(?:and|&)\s+(?:buy|sell)\b"
                          # "a good deal", "good for shareholders", "a takeover target", "insider sentiment"
                          r"|\ba\s+(?:good|bad|great)\s+deal\b|\b(?:good|bad)\s+for\s+(?:shareholders|investors|the\s+stock)\b"
                          r"|\b(?:takeover|acquisition|buyout)\s+(?:target|candidate)\b|\brestricted\s+list\b"
                          # "is isba a good dividend play", "would thiel have done better holding"
                          r"|\b(?:good|bad|great|solid)\s+(?:\w+\s+)?play\b|\b(?:have\s+)?done\s+better\b"
                          # "is jetblue in trouble", "is the company struggling", "going under"
                          r"|\bin\s+(?:financial\s+)?trouble\b|\bstruggling\b|\bgoing\s+(?:under(?!\s+\$?\d)|bust|bankrupt)\b"
                          # "should our IR team be worried", "will it spook investors", "a smart time to sell"
                          r"|\bshould\s+(?:\S+\s+){0,4}?(?:be\s+)?(?:worried|concerned|nervous|alarmed|worry|care)\b|\bspook\w*"
                          r"|\b(?:smart|wise|good|bad|great|right|wrong|perfect)\s+(?:time|moment|move|call|decision)\b"
                          # "should our directors buy before earnings", "go overweight jblu", "require a longer
                          # cooling-off period": advice, or a policy the filings cannot decide
                          r"|\btime\s+to\s+(?:sell|buy|paper[\s-]?hand|get\s+out|load\s+up|exit|dump|bail)\b"
                          r"|\bshould\s+(?:our|the|my|his|her|their)\s+(?:\w+\s+){0,2}?(?:buy|sell|require|adopt|wait|"
                          r"consider|hold|trade|change|set)\b|\b(?:over|under)weight\b"
                          # "should our startup let employees do 10b5-1 plans like elon did"
                          r"|\bshould\s+(?:we|our|my|i|the)\s+(?:\w+\s+){0,2}?(?:let|allow|encourage|permit|ban|stop)\b", re.I)),
    ("pnl", re.compile(r"\bexpected\s+returns?\b|\bwhat\s+return\b|\bhow\s+much\s+(?:money\s+)?(?:has|have|did)\s+(?:\S+\s+){1,4}?(?:made|make|earned|earn)\s+on\b|\breturns?\s+(?:on|did|from)\b|\bmake\s+on\b|\b(?:made|making)\s+on\s+(?:its|his|her|their|the)\b|(?<!took\s)(?<!take\s)(?<!takes\s)(?<!taking\s)(?<!some\s)\bprofits?\b|\bprofitable\b|\blosses\b"
                       r"|\b(?:at\s+a|a)\s+loss\b|\b(?:up|down)\s+or\s+(?:up|down)\s+on\b|\bgain(?:s|ed)?\b|\bcost\s+basis\b|\b(?:made|lost|make|lose)\s+money\b"
                       r"|\bmade\s+(?:on\s+\S+(?:\s+\S+){0,4}\s+)?so\s+far\b|\bso\s+far\b.*\b(?:made|gained|lost)\b"
                       r"|\b(?:have|would\s+have|'d\s+have)\s+made\b|\bmade\s+\$|\bcopying\b"
                       # "how much more would he have if he'd held til today": a price now, against a trade's
                       r"|\bif\s+(?:he|she|they|it|\w+)(?:'d|\s+had|\s+would\s+have)\s+(?:held|kept|waited|sold|bought|not\s+sold)\b"
                       r"(?=.*\b(?:til+|until|today|now|instead)\b)"
                       r"|\bafter[\s-]+tax(?:es)?\b(?!\s+withh)|\b(?:take|took|takes)[\s-]+home\b|\bnet\s+of\s+tax(?:es)?\b(?!\s+withh)", re.I)),
    ("price", re.compile(r"\b(?:stock|share|current|market|today'?s|live|latest|closing|opening|close)\s+(?:prices?|px)\b"
                         # "dkng pt after dodge sells", "what's the pt": a price target (not "pt 2:", "4pm pt")
                         r"|(?<!am\s)(?<!pm\s)\bpt\b(?!\s*\d)(?=\s+(?:on|for|after|now|rn|target)\b|\s*\?*\s*$)"
                         r"|\btrading\s+(?:at|above|below|over|under)\b|\bwhere'?s\s+\S+\s+trading\b|\btrading\s+(?:today|now|rn)\b|\bwhat'?s\s+\$?[a-z]{1,6}\s+(?:at|trading\s+at)\s+(?:now|today|rn)\b"
                         r"|\bquotes?\b|\bmarket\s+cap(?:italization)?\b|\b(?:price|px)\s+targets?\b"
                         r"|\b(?:the\s+)?bid\b(?!\s+to\b)|\bask(?:ing)?\s+price\b|\bp\s*/\s*e\b|\bpe\s+ratio\b|\b(?:earnings|valuation)\s+multiples?\b"
                         r"|\bdividend\s+yield\b|\bstock\s+doing\b|\bdoing\s+(?:today|now|rn)\b"
                         r"|\bwhere\s+(?:\$?\S+\s+)?(?:trades|is\s+trading)\b"
                         r"|\bprice\s+(?:of|for)\s+(?:the\s+)?(?:stock|shares?)\b"
                         # "zip px rn", "bdx 52 wk high", "short interest", "all-time high"
                         r"|\b(?:px|price)\s+(?:rn|right\s+now|now|today)\b|\b52[\s-]*(?:wk|week)\b|\ball[\s-]+time\s+(?:high|low)\b"
                         r"|\bshort\s+(?:interest|float|squeeze)\b|\bimplied\s+vol\w*|\btrading\s+volume\b"
                         # "what did tsla close at", "how many shares of palantir are outstanding today"
                         r"|\b(?:close[ds]?|open(?:ed|s)?)\s+at\b(?!\s+(?:least|most))|^\W*\$?[a-z]{1,5}\s+close\s+on\b|\boutstanding\s+(?:today|now|rn)\b"
                         r"|\bshares\s+outstanding\s+(?:today|now|rn|currently)\b|\bare\s+outstanding\s+(?:today|now|rn)\b"
                         r"|\bpublic\s+float\b|\b(?:the\s+)?\$?[a-z]{1,6}\s+float\b(?!\s+(?:trust|fund))|\bfloat\s+(?:on|of|for)\s+\$?[a-z]{1,6}\b"
                         # "current px", "current market value of his stake", "intraday high", "50-day moving avg",
                         # "beta", "ev/ebitda", "10-k revenue", "black-scholes value"
                         r"|\bcurrent\s+(?:px|price|quote|(?:market\s+)?value|valuation)\b|\bintraday\b"
                         r"|\b(?:\d+[\s-]*day\s+)?moving\s+av(?:g|erage)\b|\bbeta\s*(?:\?|$)|\bbeta\s+(?:of|for)\b"
                         r"|\bev\s*/\s*ebitda\b|\bebitda\b|(?<!chief\s)\brevenues?\b(?!\s+officers?)|\beps\b|\bblack[\s-]+scholes\b|\bfair\s+value\b"
                         # "how many shs does tgen have outstanding", "mkt cap", "what dividend does X pay"
                         r"|\b(?:does|do)\s+\$?[a-z]{1,6}\s+have\s+outstanding\s*\??$|\b(?:total\s+)?(?:shares|shs)\s+outstanding\b(?!\s+after)"
                         r"|\boutstanding\s+(?:shares|shs)\b|\bmkt\.?\s+cap\b|\bwhat\s+dividends?\b(?!\s+(?:reinvest|equivalent))"
                         r"|\bdividends?\s+(?:does|do|did|is|are|per|yield|pay|paid|rate|amount)\b|\bpays?\s+(?:a\s+)?dividends?\b",
                         re.I)),
    # What is held today, beyond the latest filing ("how many snowflake shares does berkshire own today").
    ("today", re.compile(r"\b(?:own|owns|hold|holds|have|has)\s+(?:today|now|rn|currently|as\s+of\s+today)\s*\??$", re.I)),
    # A company's trading windows and blackout periods, or whether someone is leaving: company matters the
    # filings do not state ("is markham in a blackout period", "when does wave's next trading window open").
    ("policy", re.compile(r"\bblackouts?\b|\btrading\s+windows?\b|\bwindows?\s+(?:open|opens|close|closes)\b|\bquiet\s+period\b"
                          r"|\b(?:is|are)\s+\S+(?:\s+\S+){0,2}\s+(?:leaving|resigning|retiring|quitting|stepping\s+down|"
                          r"getting\s+fired|being\s+fired|on\s+the\s+way\s+out)\b"
                          r"|\b(?:ok|okay|allowed|legal|permitted)\s+(?:for\s+(?:me|us|him|her|them)\s+)?to\s+(?:buy|sell|trade)\b",
                          re.I)),
    # A request to load or refresh filings ("can you pull in the latest apple filings", "sync snowflake filings"):
    # the bot answers from what is stored; loading more is the admin's (or the on-demand fetch's) work.
    ("load", re.compile(r"^\s*(?:(?:can|could|would|will)\s+you\s+|please\s+|pls\s+)?(?:pull\s+(?:in|down|more|new|fresh|"
                        r"(?:the\s+)?latest)|fetch|refresh|sync|reload|download|import|backfill)\b(?!\s+(?:price|date))", re.I)),
    # How the stock has done since: a market price over time, whoever traded ("has apple moved since adams sold").
    ("price_move", re.compile(r"\b(?:stock|shares?|price)\s+(?:has\s+|have\s+)?(?:moved|gone\s+(?:up|down)|risen|fallen|"
                              r"dropped|climbed|performed|rise\s+or\s+fall|rose\s+or\s+fell|go\s+up\s+or\s+down)\b|\bperformed\s+since\b|\bbeat(?:s|ing)?\s+the\s+market\b"
                              r"|\b(?:out|under)perform\w*|\bperform(?:ed|s|ing)?\s+(?:the\s+)?(?:best|worst|better|worse)\b|\btim(?:e|ed|ing)\s+the\s+(?:top|bottom|market|peak)\b"
                              r"|\btrading\s+(?:higher|lower|up|down)\b|\b(?:higher|lower)\s+(?:or\s+(?:higher|lower)\s+)?now\b"
                              r"|\b(?:sell|sold|buy|bought)\s+(?:\S+\s+){0,2}?(?:at|near)\s+the\s+(?:top|bottom|peak|high|low)\b"
                              r"|\b(?:nail|nailed|call|called|catch|caught)\s+the\s+(?:top|bottom|peak)\b"
                              r"|\b(?:up|down)\s+since\b"
                              # "how did palantir's stock perform after", "did the sell-to-cover move mvis stock"
                              r"|\b(?:stock|shares?|price)\s+(?:perform|react)\w*|\bhow\s+did\s+(?:\S+\s+){0,3}?(?:stock|shares?|price)\s+do\b|\bmove[sd]?\s+(?:the\s+)?(?:\$?[\w.]+\s+)?"
                              r"(?:stock|share\s+price|price|market)\b(?!\s+(?:to|into|in)\b)"
                              # "did his selling tank tsla", "crash the stock"
                              r"|\b(?:tank|crash|sink|sank|dent|hammer|nuke)(?:s|ed)?\s+(?:the\s+)?(?:\$?[\w.]+\s+)?"
                              r"(?:stock|shares|price)\b|\b(?:tank|crash|sink|sank|dent|hammer|nuke)(?:s|ed)?\s+\$?[a-z]{1,5}\s*\??$", re.I)),
    ("news", re.compile(r"\bnews\b|\bheadlines?\b|\bpress\s+releases?\b|\bearnings\b|\brumou?rs?\b"
                        r"|\banalysts?\b", re.I)),
    ("prediction", re.compile(r"\bwill\s+(?:\S+\s+){0,4}?(?:sell|buy|go|rise|fall|drop|file|trade|exercise|dump|convert)\b"
                              r"|\b(?:going|headed|heading)\s+(?:up|down|higher|lower)\b"
                              r"|\bwhat\s+will\s+(?:\S+\s+){0,3}?(?:stock|shares?|price)\s+do\b"
                              r"|\bpredict\w*|\bforecast\w*|\bgoing\s+to\s+(?:sell|buy)\b|\bexpected\s+to\b"
                              r"|\bnext\s+(?:week|month|year|yr|quarter|qtr)\b|\bupcoming\b|\bin\s+the\s+future\b"
                              r"|\bwhere\s+will\b|\bwhere(?:'s|\s+is)\s+\S+\s+(?:headed|going)\b"
                              r"|\bwhen\s+will\b|\bwill\s+(?:\S+\s+){0,6}?happen\b|\bfor\s+next\s+quarter\b"
                              r"|\b(?:gonna|going\s+to|will)\s+(?:get\s+)?delist\w*|\bmost\s+likely\s+to\b|\blikely\s+to\s+(?:sell|buy)\b"
                              r"|\bgonna\s+(?:sell|buy|dump|exercise|trade|unload|file|do)\b|\bgoing\s+to\s+do\b|\bincoming\b"
                              # "what will his options be worth once they vest", "wve gonna rip", "going to go bankrupt"
                              r"|\bwill\s+(?:\S+\s+){0,6}?be\s+worth\b|\b(?:gonna|going\s+to|will)\s+(?:\S+\s+)?(?:rip|moon|crash|"
                              r"tank|pop|rally|rebound|recover|bounce|soar|plunge|dip|drop|fall|rise|sink|slide|jump|spike|"
                              r"go\s+(?:bankrupt|bust|under|up|down))\b"
                              # "when's the next insider sale at wve": a future filing
                              r"|\bwhen(?:'s|’s|s|\s+is|\s+will\s+be)\s+(?:the\s+)?next\b(?!\s+(?:vest\w*|tranche|installment|expir\w*))"
                              # "is buffett planning to add", "what will softbank do w betr next"
                              r"|\bplanning\s+to\b|\bwhat\s+will\s+(?:\S+\s+){1,3}?do\b", re.I)),
    # What insiders' trades signal ("insider sentiment at dkng", "is rabois bearish", "a red flag?"): the filings
    # say what they did, not what it means; what they did is shown after saying so.
    ("sentiment", re.compile(r"\bsentiment\b|\bbullish\b|\bbearish\b|\b(?:good|bad|warning)\s+signs?\b|\bred\s+flags?\b"
                             r"|\b(?:lost|losing|lose|loses)\s+(?:faith|confidence)\b"
                             # what trades signal ("what does his selling signal"), not what a code or a box means
                             r"|\b(?:sell\w*|sales?|sold|buy\w*|bought|purchas\w*|trad\w*|dump\w*)\b(?:\s+\S+){0,3}?\s+signal", re.I)),
    # What a company books or an insider owes, beyond the filings: "how many employees does pro-dex have", "the
    # stock-compensation expense for his options", "how much tax will scarpelli owe".
    ("company", re.compile(r"\bhow\s+many\s+(?:employees|staff|workers|people\s+work)\b|\bnumber\s+of\s+employees\b|\b(?:headcount|employee\s+count|staff\s+count)\b|\b(?:stock[\s-]+)?comp(?:ensation)?\s+expense\b"
                           r"|\bexpense\s+did\b|\b(?:income\s+)?tax(?:es)?\s+(?:will|would|did|does)\s+(?:\S+\s+){1,3}?owe\b"
                           r"|\bowe[sd]?\s+(?:in\s+)?(?:income\s+)?tax(?:es)?\b|\bhow\s+much\s+(?:income\s+)?tax\s+did\b"
                           # a share of the whole company needs its shares outstanding: "what % of tesla does musk own"
                           r"|\b(?:what|which)\s+(?:percent(?:age)?|%|share|fraction|slice|portion)\s+of\s+(?!(?:his|her|their|its|all|"
                           r"the\s+shares)\b)(?:the\s+)?\S+\s+(?:does|do|did)\s+(?:\S+\s+){1,3}?(?:own|hold)\b"
                           r"|\bslice\s+of\s+the\s+(?:whole\s+|entire\s+)?company\b|\bpercent(?:age)?\s+of\s+the\s+(?:whole\s+)?company\b"
                           r"|\bownership\s+(?:stake|percentage)\b|\bshares\s+outstanding\b", re.I)),
    # How someone does their job: "is jane doe doing a good job as ceo", "is he a good cfo"
    ("judgment", re.compile(r"\bdoing\s+a\s+(?:good|bad|great|poor|decent|terrible)\s+job\b"
                            r"|\b(?:is|was)\s+(?:\S+\s+){1,3}?an?\s+(?:good|bad|great|poor|competent)\s+(?:ceo|cfo|coo|cto|"
                            r"gc|director|chair\w*|executive|exec|manager|leader)\b", re.I)),
    # (not why a filing was amended: its remarks usually say)
    ("why", re.compile(r"^(?!.*\bamend).*?(?:^\s*why\b|\bwhy\s+(?:did|does|do|is|are|was|were|would)\b|\breasons?\s+for\b|\bmotive"
                       r"|\bwhat\s+(?:was|is|were)\s+behind\b|\bwhat\s+(?:made|prompted|drove|led)\s+(?:him|her|them|\S+)\s+(?:to\s+)?(?:sell|buy|dump|unload|exercise|trade|give)"
                       r"|\bfront[\s-]?ran\b|\bfront[\s-]?run\w*|\b(?:because|bc|cuz)\s+(?:he|she|they)\s+(?:expect(?:s|ed)?|think|thinks|thought|knows?|knew|fear(?:s|ed)?|believe[sd]?|plans?|planned|want(?:s|ed)?|intend(?:s|ed)?)\b"
                       r"|\bneed(?:ed|s)?\s+(?:the\s+)?(?:cash|money)\b|(?<!\bi\s)(?<!\bto\s)(?<!\byou\s)(?<!\bu\s)(?<!\bwe\s)\b(?:knew|know|knows)\s+(?:something|smth)\b"
                       # "rabois why sell afrm", "did feld sell because of weak earnings"
                       r"|\bwhy\s+(?:sell|sold|buy|bought|dump|dumped|unload|unloaded|exercise|exercised|trade)\b"
                       r"|\b(?:sell|sold|buy|bought|dump|dumped|unload|unloaded)\s+(?:\S+\s+){0,5}?(?:because|bc)\b(?!\s+of\s+(?:tax|taxes|withh\w*|a\s+10b5|the\s+plan|his\s+plan|her\s+plan)))", re.I)),
]
