"""Given names as people write them, and the names they stand for ("mike scarpelli" is Michael Scarpelli).
Read only beside a matched name's other words (``names.close_neighbours``), never on their own."""

NICKNAMES = {
    "mike": ("michael",), "mikey": ("michael",), "bob": ("robert",), "bobby": ("robert",), "rob": ("robert",),
    "bill": ("william",), "billy": ("william",), "will": ("william",), "jim": ("james",), "jimmy": ("james",),
    "tom": ("thomas",), "tommy": ("thomas",), "dick": ("richard",), "rick": ("richard",), "rich": ("richard",),
    "dan": ("daniel",), "danny": ("daniel",), "dave": ("david",), "steve": ("steven", "stephen"),
    "chris": ("christopher", "christine", "christina"), "joe": ("joseph",), "ben": ("benjamin",),
    "tony": ("anthony",), "ed": ("edward",), "eddie": ("edward",), "ted": ("edward", "theodore"),
    "jeff": ("jeffrey", "jeffery"), "matt": ("matthew",), "pat": ("patrick", "patricia"),
    "liz": ("elizabeth",), "beth": ("elizabeth",), "kate": ("katherine", "kathryn", "catherine"),
    "kathy": ("katherine", "kathryn", "kathleen"), "jen": ("jennifer",), "jenny": ("jennifer",),
    "sam": ("samuel", "samantha"), "alex": ("alexander", "alexandra"), "andy": ("andrew",), "drew": ("andrew",),
    "larry": ("lawrence",), "ron": ("ronald",), "don": ("donald",), "greg": ("gregory",), "nick": ("nicholas",),
    "pete": ("peter",), "phil": ("philip", "phillip"), "ray": ("raymond",), "stan": ("stanley", "stanton"),
    "zach": ("zachary",), "fred": ("frederick",), "chuck": ("charles",), "charlie": ("charles",),
    "hank": ("henry",), "jack": ("john",), "johnny": ("john",), "jon": ("jonathan", "john"),
    "jerry": ("gerald", "jerome"), "ken": ("kenneth",), "walt": ("walter",), "doug": ("douglas",),
    "sue": ("susan",), "meg": ("margaret", "megan"), "maggie": ("margaret",), "becky": ("rebecca",),
    "vicky": ("victoria",), "nate": ("nathan", "nathaniel"), "tim": ("timothy",), "jake": ("jacob",),
    "josh": ("joshua",), "al": ("albert", "alan", "allen", "alfred"), "max": ("maximilian", "maxwell"),
    "jess": ("jessica",), "jessie": ("jessica",), "kim": ("kimberly",), "deb": ("deborah",), "debbie": ("deborah",),
    "marty": ("martin",), "mo": ("mohammed", "maurice"), "bernie": ("bernard",), "gene": ("eugene",),
    "lou": ("louis",), "manny": ("emmanuel", "manuel"), "vince": ("vincent",), "russ": ("russell",),
    "frank": ("francis", "franklin"), "fran": ("frances", "francis"), "herb": ("herbert",), "ozzie": ("oswald",),
}
