"""Class 7: roles from everything the filing says: relationship boxes, officer titles with odd wording,
titles given only in remarks, roles that changed; "what is X's role at Y"."""

from __future__ import annotations

from suite import family, table

CASES = table(
    family("markham-role", [
        "what is markham's role at microvision",
        "whats drew markhams role at mvis",
        "What is Drew Markham's title?",
        "markham title",
    ], ["Drew G. Markham", ("general counsel", "GC")], []),
    # 2seventy bio: officerTitle "See Remarks"; the title is in the remarks.
    family("tsvt-title", [
        "whats jessica snow's title at 2seventy",
        "what is jessica snows role",
        "Who is the SVP of Quality at 2seventy bio?",
    ], ["Senior Vice President of Quality and Enabling Functions"], []),
    family("jblu-cto", [
        "who is jetblue's cto",
        "who is the chief digital officer at jblu",
        "Who is JetBlue's Chief Digital & Tech Officer?",
        "jetblue tech chief",
    ], ["Carol Ann Clements", "Chief Digital & Tech Officer"], []),
    family("scwo-cto", [
        "who's the chief technology officer at 374water",
        "Who is the CTO of 374Water?",
        "scwo cto",
    ], ["Melkote", "Chief Technology Officer"], []),
    family("moran-role", [
        "what's kyle moran's role",
        "kyle morans title at wave",
        "Who is Kyle Moran?",
    ], ["Chief Financial Officer", "Wave Life Sciences"], []),
    family("thiel-pltr-role", [
        "is peter thiel a director at palantir",
        "whats thiels role at pltr",
        "What is Peter Thiel's relationship to Palantir?",
    ], ["Director"], []),
    family("zip-president", [
        "who is the president at ziprecruiter",
        "who's zip's president",
        "Who is the President of ZipRecruiter?",
    ], ["David Travers"], []),
    family("snow-cfo", [
        "who is the cfo of snowflake",
        "snowflakes cfo?",
        "Who is Snowflake's chief financial officer?",
    ], ["Michael Scarpelli"], ["Warren E. Buffett"]),
    family("dkng-clo", [
        "who is the clo of draftkings",
        "draftkings chief legal officer",
        "who's dkng's general counsel",
    ], ["R. Stanton Dodge"], []),
    family("aar-gc", [
        "who's the general counsel at aar",
        "who is aar's gc",
        "Who is the Secretary of AAR Corp?",
    ], ["Jessica A. Garascia"], []),
    # Musk at SolarCity: Director and 10% owner, not an officer.
    family("musk-scty-role", [
        "whats musks role at solarcity",
        "What was Elon Musk's relationship to SolarCity?",
    ], ["Director", "10% owner"], ["CEO of SOLARCITY"]),
    # Musk's Tesla title changed: "Pres, Prod Architect & Chairmn" (Form 3, 2010), then "CEO".
    family("musk-2010-title", [
        "what was musk's title in 2010",
        "elons title at tesla in 2010",
    ], [("Prod Architect",)], []),
    family("musk-tsla-role", [
        "what is elon musk's role at tesla",
        "musks role at tsla",
    ], ["CEO", "Director", "10% owner"], []),
    family("bdx-evp", [
        "who is the evp at becton dickinson",
        "michael feld title",
        "What is Michael Feld's role at BDX?",
    ], ["Michael Feld", "EVP, CRO & Pres. Life Sciences"], []),
    family("hoffman-msft-role", [
        "reid hoffman role at msft",
        "Is Reid Hoffman a director of Microsoft?",
    ], ["Director"], []),
    family("buffett-snow-role", [
        "what's buffett's relationship to snowflake",
        "buffetts role at snow",
    ], ["10% owner"], ["Director of Snowflake"]),
    family("farnam-role", [
        "who is farnam street partners to pro-dex",
        "farnam street role at pdex",
    ], ["10% owner"], []),
    family("oscar-ten-percent", [
        "who are the 10% owners at oscar",
        "oscar health 10% holders",
    ], ["Peter Thiel", "Brian Aaron Singerman"], []),
    family("arrow-clo", [
        "who is the chief legal officer at arrow",
        "arrow electronics clo",
        "What is Carine Jean-Claude's title?",
    ], ["Carine Lamercie Jean-Claude", "SVP, CLO & Secretary"], []),
    family("royan-role", [
        "what role does ajay royan have at bksy",
        "ajay royan relationship to blacksky",
    ], ["10% owner"], []),
    family("adams-role", [
        "whos the svp at apple",
        "katherine adams title",
        "What is Katherine Adams's role at Apple?",
    ], ["Katherine L. Adams", "SVP, GC and Secretary"], []),
    family("hegde-role", [
        "hegde role at sunpower",
        "Who is Vinayak Hegde?",
    ], ["Director"], []),
    family("sacks-role", [
        "david sacks role at bird",
        "what is david sacks at brds",
    ], ["Director"], []),
    family("wave-ceo-none", [
        "who is wave's ceo",
        "Who is the CEO of Wave Life Sciences?",
    ], [("no ceo", "not on file", "no chief executive", "no filings")], ["Kyle Moran is the CEO"]),
    # Samples.
    family("roe-role", [
        "whats richard roe's role at exrb",
        "What is Richard Roe's relationship to Example Robotics?",
    ], ["Director"], ["Jane A. Doe"], db="samples"),
    family("exbt-cfo-who", [
        "who is exbt's cfo",
        "who's the cfo at example biotech",
    ], ["Alex J. Smith"], ["Morgan Lee"], db="samples"),
    family("exrb-president", [
        "who is the president of example robotics",
        "exrb ceo?",
        "Who runs Example Robotics?",
    ], ["Jane A. Doe"], ["Richard Roe, Director"], db="samples"),
    family("tgen-gc-who", [
        "tecogen gc?",
        "who is tgens general counsel",
        "who's the secretary at tecogen",
    ], ["John Whiting"], [], db="samples"),
    family("morgan-lee-role", [
        "morgan lee role at exbt",
        "What is Morgan Lee's relationship to Example Biotech?",
    ], ["Director", "10% owner"], [], db="samples"),
    # Stop 17: "which <role plural> filed" asks for the people.
    family("which-svps-filed", [
        "which sr vps filed?",
        "which directors are on file?",
    ], ["insiders with the role"], ["In all:"]),
    # A yes/no question about a role is answered first, from every filing (Rabois: director, no title; Markham:
    # GC, no director box; Thiel: 10% owner on the 2020 and 2021 filings, director only on the 2024 one).
    family("yes-no-officer-or-board", [
        "rabois an officer at afrm or just board",
        "is rabois an officer at afrm",
        "is keith rabois an exec or board member at affirm",
    ], ["Keith Rabois is", "not an officer"], ["No transactions found"]),
    family("yes-no-sits-on-the-board", [
        "does the mvis gc sit on the board?",
        "is drew markham on the board at mvis",
        "markham officer or director at mvis?",
    ], ["Drew G. Markham is", "not a director"], ["No transactions found"]),
    family("yes-no-still-ten-percent", [
        "thiel still a 10% holder at pltr in 2024?",
        "is thiel still a 10% owner of palantir",
    ], ["no longer a 10% owner", "Director"], ["No transactions"]),
    family("officer-positions", [
        "What officer positions does Jessica Garascia hold at AAR Corp?",
    ], ["Senior VP, GC, CAO & Secretary"], ["held 37,565"]),
    # A role only a footnote states: Ajay Royan files nothing for Adagio or Fractyl, whose Mithril filings say he
    # is a member of the board.
    family("role-in-a-footnote", [
        "is ajay royan on the adagio board",
        "Who at Fractyl Health sits on the board, according to the filings?",
    ], ["Royan", "board of directors"], ["No transactions found"]),
    # "who runs legal", "head of finance": the officer of that function, named (blind set 13)
    family("who-runs-a-function", [
        "who runs legal at tecogen",
        "who heads legal at arrow",
        "who's head of finance at wave",
    ], [("John Whiting", "Carine Lamercie Jean-Claude", "Kyle Moran")], ["CEO on file"]),
    family("who-runs-the-company", [
        "who runs tesla",
    ], ["Elon Musk is the CEO on file"]),
    # A yes/no about a role with the company's possessive for the article ("is kyle moran wave's ceo").
    family("role-yes-no-with-a-possessive", [
        "Is Kyle Moran Wave Life Sciences' CEO?",
        "is kyle moran wave's ceo",
    ], ["is not the CEO", "Chief Financial Officer"], ["No transactions found"]),
    # "officer, director or owner?": the relationship boxes (Singerman on OSCR's Form 3: 10% owner).
    family("which-box-of-several", [
        "singerman oscr - officer, director or owner?",
    ], ["10% owner"], ["No holdings found"]),
    # "job" asks the role; "holds 10% or more" is the 10% owner box (Berkshire and Buffett at SNOW).
    family("job-at", [
        "what is adams's job at apple",
        "katherine adams job?",
    ], ["SVP, GC and Secretary"], ["No transactions found"]),
    family("holds-ten-percent-or-more", [
        "Who holds 10% or more of Snowflake, per the filings?",
        "who holds 10% or more of snow",
    ], ["BERKSHIRE HATHAWAY", "6,125,376"], ["Scarpelli"]),
    # Role questions worded "director or just an owner", "on X's board", "besides being CEO, does she sit on the
    # board": the relationship boxes and titles (Royan: 10% owner; Melkote: the CTO, not a director; Doe: both).
    family("director-or-just-an-owner", [
        "ajay royan - director or just an owner at bksy?",
    ], ["10% owner"], ["No holdings found"]),
    family("on-the-companys-board", [
        "Is Rajesh Melkote on 374Water's board?",
        "does melkote sit on scwo's board",
    ], ["not a director", "Chief Technology Officer"], ["No transactions found"]),
    family("besides-being", [
        "Besides being CEO, does Jane Doe sit on Example Robotics' board?",
    ], ["Director", "CEO"], ["no other insider does", "can't leave things out"], db="samples"),
    # "10% owners w/ a form 3 on file": the people who filed one, not the positions the Form 3s list (15 insiders,
    # Berkshire and Hoffman among them).
    family("role-holders-with-a-form-3", [
        "10% owners w/ a form 3 on file, market-wide",
        "which 10% owners filed a form 3",
    ], ["15 insiders", "BERKSHIRE HATHAWAY INC", "Reid Hoffman"], ["reported positions"]),
    # The corporate secretary (and treasurer) is a role read from the officer titles ("SVP, GC and Secretary").
    family("corporate-secretaries", [
        "Which insiders in the data serve as corporate secretary?",
        "who are the secretaries on file",
    ], ["Adams", "Garascia", "Lamercie", "Whiting"], ["No filings by Secretary"]),
    family("secretary-at-a-company", [
        "who is the secretary at apple",
    ], ["Katherine L. Adams", "SVP, GC and Secretary"]),
    # "who's the ceo of X" asks who holds the role (not the role holder's trades); "the cfo of wave": a common word
    # after a role and "of" names the company, never left out to answer for every CFO.
    family("whos-the-role-holder", [
        "who's the ceo of tesla",
        "whos the ceo at tsla",
    ], ["Elon Musk is the CEO on file for Tesla, Inc. (TSLA)"], ["gift"]),
    family("role-of-a-common-word-company", [
        "what did the cfo of wave sell",
    ], ["the CFO of Wave Life Sciences Ltd. (WVE)", "Kyle Moran"], ["Scarpelli", "Snowflake"]),
    # "X an officer at Y or what": a yes/no about the role (Singerman is a 10% owner of Oscar, not an officer).
    family("role-or-what", [
        "singerman an officer at oscar or what",
    ], ["is not an officer", "10% owner"]),
)
