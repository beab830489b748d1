"""Class 6: vesting and terms. "what's the vesting schedule", "when do they expire", "what's the strike"
are answered from the exercisable and expiration dates, the conversion price and the vesting footnote."""

from __future__ import annotations

from suite import family, table

CASES = table(
    # Tecogen fixture: $0.88, exercisable Sep 20, 2024, expires Sep 20, 2033, footnote "Vests 50% per year".
    family("whiting-vesting", [
        "whats the vesting schedule on whitings grant",
        "what's the vesting schedule on his grant? (whiting)",
        "How do John Whiting's options vest?",
        "tgen gc options vesting",
    ], [("vests 50% per year",), "Sep 20, 2024"], ["bought"], db="samples"),
    family("whiting-expiry", [
        "when do tecogens gc options expire",
        "when do whitings options expire?",
        "Expiration date of the Tecogen GC's options",
        "whiting options expiry",
        "whiting opts expiry",
    ], ["Sep 20, 2033"], ["bought"], db="samples"),
    family("whiting-strike", [
        "whats the strike on whiting's options",
        "tgen gc opts strike?",
        "what's the strike on the tgen gc grant",
        "What is the exercise price of John Whiting's options?",
    ], ["$0.88"], ["bought"], db="samples"),
    family("whiting-exercisable", [
        "when can whiting exercise",
        "when are whitings options exercisable",
    ], ["Sep 20, 2024"], ["bought"], db="samples"),
    # Samples: EXBT RSUs vest in four equal annual installments beginning March 1, 2023.
    family("exbt-rsu-vesting", [
        "exbt cfo rsu vesting schedule",
        "how do alex smith's rsus vest",
        "What is the vesting schedule of the Example Biotech CFO's RSUs?",
    ], ["four equal annual installments beginning March 1, 2023"], [], db="samples"),
    # JetBlue: RSUs granted Mar 10, 2025 vest in equal annual installments over three years.
    family("jblu-vesting", [
        "jetblue cto rsu vesting",
        "how do carol ann clements rsus vest",
        "What's the vesting schedule on the JetBlue CTO's grant?",
    ], ["equal annual installments over a three year period"], []),
    # 374Water CTO options: $0.33, expire Apr 29, 2035.
    family("scwo-expiry", [
        "when do scwo cto options expire",
        "374water cto option expiration",
        "melkote options expire when",
    ], ["Apr 29, 2035"], []),
    family("scwo-strike", [
        "whats the strike on melkotes options",
        "374Water CTO option exercise price",
    ], ["$0.33"], []),
    # 2seventy bio: options vest 25% on January 2, 2026 then 36 monthly installments; $2.64, expire Jan 6, 2035.
    family("tsvt-option-vesting", [
        "jessica snow option vesting",
        "how do the 2seventy svp's options vest",
    ], ["25% on January 2, 2026", "36 equal monthly installments"], []),
    family("tsvt-option-terms", [
        "tsvt option expiry and strike",
        "when do jessica snows options expire, whats the strike",
    ], ["Jan 6, 2035", "$2.64"], []),
    family("tsvt-rsu-vesting", [
        "jessica snow rsu vesting",
        "how does the tsvt rsu award vest",
    ], ["first installment vesting on January 2, 2026"], []),
    # Yahoo: director option $19.90, exercisable Dec 31, 2012, expires Dec 31, 2019.
    family("yhoo-terms", [
        "levchin yahoo option expiry",
        "when do max levchins yhoo options expire",
        "Yahoo director option terms",
    ], ["Dec 31, 2019", "$19.90"], []),
    # Snowflake CFO option: vests in 48 equal monthly installments beginning Aug 19, 2019; expires Aug 26, 2029.
    family("snow-cfo-vesting", [
        "snow cfo option vesting",
        "how do scarpellis options vest",
        "What's the vesting schedule of the Snowflake CFO's options?",
    ], ["48 equal monthly installments"], []),
    family("snow-cfo-expiry", [
        "when do the snowflake cfo's options expire",
        "scarpelli option expiration",
    ], ["Aug 26, 2029"], []),
    # Wave CFO options: expirations and prices per grant.
    family("wave-expiry", [
        "kyle moran option terms",
        "when do morans options expire",
        "Wave CFO option expiration dates",
    ], ["Jul 25, 2032", "Jan 1, 2032", "Feb 17, 2033"], []),
    family("wave-vesting", [
        "how do the wave cfo's options vest",
        "moran option vesting schedule",
    ], [("25% of the shares on January 1, 2023", "25% of the shares on February 17, 2024")], []),
    # MicroVision: RSUs vested Jun 8, 2026; the 2025 grant vests 33% on each anniversary until Jun 6, 2028.
    family("mvis-vesting", [
        "mvis gc rsu vesting",
        "how do markhams rsus vest",
    ], [("33% on each annual anniversary", "June 8, 2026")], []),
    # Microsoft: the director RSUs are fully vested; delivery after leaving the board.
    family("msft-vested", [
        "msft hoffman rsus vested?",
        "are reid hoffman's microsoft rsus vested",
    ], [("fully vested",)], []),
    # ZipRecruiter: RSUs vest 1/16 quarterly; RSUs do not expire.
    family("zip-vesting", [
        "zip rsu vesting schedule",
        "how do david travers rsus vest",
    ], [("1/16 of the total shares quarterly",)], []),
    family("zip-expiry", [
        "when do the zip president's rsus expire",
        "zip rsus expiration",
    ], [("do not expire",)], []),
    # Tesla: the options exercised in Nov 2021 ($6.24) expired Aug 13, 2022; 2009 grant $6.63 to Dec 3, 2016.
    family("musk-2012-options", [
        "when do musk's 2012 options expire",
        "expiry of the options elon exercised in 2021",
    ], ["Aug 13, 2022", "$6.24"], []),
    family("musk-2009-options", [
        "musk 2009 option strike and expiry",
        "When did Musk's 2009 options expire?",
    ], ["$6.63", "Dec 3, 2016"], []),
    family("musk-2009-vesting", [
        "how did musk's 2009 options vest",
        "musk 2009 option vesting",
    ], [("four equal installments", "performance objectives")], []),
    # Palantir warrants: $6.13, expiring Nov 20, 2022 and Jan 1, 2025.
    family("pltr-warrants", [
        "pltr warrants expiry",
        "when do thiels palantir warrants expire",
        "Palantir warrant exercise price",
    ], ["$6.13", ("Nov 20, 2022", "Jan 1, 2025")], []),
    # Snowflake director Garrett: options $3.74, expire Apr 14, 2028.
    family("garrett-options", [
        "garrett snow options expire",
        "mark garretts option strike",
    ], ["Apr 14, 2028", "$3.74"], []),
    # Zynga RSUs: term of 7 years, expire Apr 15, 2017.
    family("znga-rsus", [
        "when do hoffman's zynga rsus expire",
        "znga rsu expiration",
    ], ["Apr 15, 2017"], []),
    # Stop 17: "vest" asked as a schedule, not as vesting events (code M) that did not happen.
    family("whiting-vest-first-year", [
        "How many of John Whiting's options vest in the first year?",
        "whiting options vest how",
        "when do whitings tgen options vest",
    ], ["37,500", "Vests 50% per year"], ["No exercises"]),
    family("botha-rsu-when-vest", [
        "botha mdb rsu when vest",
        "when does roelof botha's mongodb rsu vest",
    ], ["629", "restricted stock units"], ["No exercises"]),
    # MicroVision: the June 6, 2025 grant is told of in a footnote of the June 2026 filing: 33% a year to 2028.
    family("markham-schedule-2025-grant", [
        "What's the vesting schedule of Drew Markham's June 2025 RSU grant?",
    ], ["33%", "June 6, 2028"], ["No exercises"]),
    # Arrow: common stock earned from a PSU grant over a three-year performance period.
    family("arw-psu", [
        "$arw psu",
        "Over what performance period was Carine Lamercie's Arrow PSU grant earned?",
    ], ["2,193", "three-year performance period"], []),
    # A date after "expire" is the expiration date, never the trade's: Melkote's 757,576 (Apr 29, 2035) and
    # Jessica Snow's 70,750 expire in 2035; Whiting's 37,500 (2033) do not.
    family("expiring-in-a-year", [
        "Which option grants expire in 2035?",
        "Across the whole database, which grants expire after 2034?",
        "options expiring in 2035",
    ], ["757,576", "70,750"], ["37,500", "838,996"]),
    # Installments and "could he exercise before" ask the terms (TSVT's F2: 25% on Jan 2, 2026, then 36 monthly).
    family("installments-asked", [
        "tsvt option - how many monthly installments after the first 25%?",
        "how many installments does jessica snow's tsvt option vest in",
    ], ["36 equal monthly installments"]),
    family("could-exercise-before", [
        "Could Tecogen's GC exercise any of his 2023 options before September 2024?",
        "could whiting exercise his tecogen options yet in 2023",
    ], ["exercisable from Sep 20, 2024"], ["No exercises"]),
    # "vested when", "after the first 25% vests": the terms (Levchin's Yahoo director options vest 100% on the grant
    # date; TSVT F2: 25% on Jan 2, 2026, then 36 equal monthly installments).
    family("vested-when", [
        "levchins yahoo director options - vested when",
        "For the 2seventy SVP's option, what happens after the first 25% vests?",
    ], [("vest 100% on the date of grant", "36 equal monthly installments")], ["No exercises"]),
    # "start exercising", "last day to exercise", "px" of options: the terms, not exercises.
    family("start-exercising", [
        "whiting tgen option — when can he start exercising",
    ], ["Sep 20, 2024"], ["No exercises"], db="samples"),
    family("last-day-to-exercise", [
        "melkote options: px + last day to exercise",
    ], ["$0.33", "Apr 29, 2035"], ["No exercises"]),
    # The vesting schedule a footnote states, read into dates (bot/answers/vesting.py): Clements's RSUs a third a year
    # from Mar 10, 2025; Melkote's options 25% a year after Mar 31, 2025, then monthly for 36 months.
    family("first-tranche-and-full-vesting", [
        "clements jblu rsus - first tranche vests when",
        "when do carol clements's jetblue rsus start vesting",
    ], ["the first third (36,825) on Mar 10, 2026", "fully vested Mar 10, 2028"]),
    family("fully-vested-by-when", [
        "melkote options fully vested by when",
        "How many of Rajesh Melkote's 374Water options vest on the first anniversary of the vesting commencement date, and on what date?",
    ], ["the first 25% (189,394) on Mar 31, 2026", "fully vested Mar 31, 2029"]),
    # A grant told of only in a later filing's footnote: its schedule, with the dates said not to match the rows.
    family("schedule-of-a-grant-in-a-footnote", [
        "On what schedule do the RSUs granted to Drew Markham on June 6, 2025 vest?",
    ], ["the first 33% on Jun 6, 2026", "fully vested Jun 6, 2028"]),
    # An option's term, grant to expiry; "options X received from Yahoo" are options (the company is not a source
    # of converted shares).
    family("an-options-term", [
        "How long was the term of Musk's December 2009 Tesla option, from grant to expiration?",
        "musk dec 2009 tsla option term",
    ], ["A term of 7 years from the grant (Dec 4, 2009 to Dec 3, 2016)"]),
    family("options-received-from-a-company", [
        "When do the options Max Levchin received from Yahoo expire, and how long was their term?",
    ], ["Dec 31, 2019", "A term of 7 years"], ["No common stock"]),
)
