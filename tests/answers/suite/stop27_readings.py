"""Readings added in stop 27: a part of a month or year ("late nov 21", "early march 2024", "mid-2021": days 1-15,
8-22 and 16 to the end; January-April, May-August, September-December) and a month named from today ("this
june"); a name that files nothing but signed filings ("who is jennifer gill in these filings"),
answered from the signature blocks after saying that no reports of theirs are stored; chatty words that name no
one: a noun after an adjective after an article ("these big shots"), a word that is never a noun after a verb
("have enough of those options"); the asker's own family ("my late husband") is neither a holder nor late filings; a word beside a company matched by name that nearly
spells another word of its name ("Arrow Electric"); the filings' remarks asked of directly ("which filings have an
exhibit 24 power of attorney remark"), by topic; holdings asked of a time no filing reports ("how many pltr
shares did thiel hold in 2022"): as the latest filing by its end reported them, said so; "bc" is "because"; days
of the week ("dated on a weekend", "the monday in march 2025", "on fridays"; "on monday" is the latest Monday);
"in lieu of fees" is a grant, and a value "at the price on the form" needs no market price; a sale or purchase
asked of a holder named only in the footnotes that did not happen: what it disposed of (or acquired) otherwise; "how much more did X sell than Y" compares the two; company names typed
with a slip when written apart ("micro vison", "jett blue", "Zip Recuiter"), a lone surname slip beside the
company ("garsia aar"); the days from a filing's transactions to its signature and filing, with the Form 4's due
day ("how many days between the sale and the signature", "signed more than 30 days after", the longest lag; a
Form 3's days from its event; "more than two months"; "signed same day as the sale?"); "in july? which yrs" is
July of every year; whether each filing carries the reporting person's own signature ("did he sign his own
form", "a lawyer or him": who signed, never two sides compared); a title or signer asked in a second clause
("whos the cfo at exbt n did he sign his own form"); a month left out of the dates ("in 2025 outside of december"); words with a number ("294k", "6th") and weekday names are
never names; comparisons said the intern's way: "who sold more tsla or pltr insiders 2024", "2021 sells $ - thiel vs
musk, both #s"."""

from __future__ import annotations

from suite import family, table
from suite.stop25_readings import NOT_A_NAME

CASES = table(
    family("a-late-part-of-a-month", [
        "musk gifts in late nov 21?",
        "Did Elon Musk give away any Tesla shares in late November 2021?",
    ], ["Nov 29, 2021", "2,234,000", "late November 2021"], ["Nov 4, 2021"]),
    family("an-early-part-of-a-month", [
        "what did musk sell in early nov 2021",
    ], ["early November 2021", "Nov 8, 2021"], ["Nov 29, 2021"]),
    family("a-month-of-this-year", [
        "what did the mvis gc get this june",
        "microvision lawyer stock this june?",
    ], ["Jun 8, 2026", "Drew G. Markham"], ["June 2025", *NOT_A_NAME]),
    family("a-name-found-only-in-signatures", [
        "who is jennifer gill in these filings",
        "what did jennifer gill do",
    ], ["No ownership reports by Jennifer Gill are stored", "By Power of Attorney", "Richard L. McGuirk"]),
    family("a-name-in-no-signature-is-still-not-stored", [
        "who is jane roe in these filings",
    ], ["No filings by Jane Roe are stored"], ["carries a signature"]),
    family("a-noun-after-an-adjective-names-no-one", [
        "did any of these big shots sell palantir in 2021",
    ], ["Peter Thiel", "15,653,541"], NOT_A_NAME),
    family("a-word-never-a-noun-names-no-one", [
        "did the wave money man have enough of those 4.75 options",
    ], ["Kyle Moran", "$4.75"], NOT_A_NAME),
    family("the-askers-own-family", [
        "my late husband liked tesla, did musk sell in 2021",
        "my wife says musk sold tesla in 2021",
    ], ["Elon Musk", "Nov 8, 2021"], ["late filings", "held through", *NOT_A_NAME]),
    family("a-company-word-nearly-spelt", [
        "What did the Arrow Electric chief legal officer receive when her PSUs vested?",
    ], ["2,193", "Carine Lamercie Jean-Claude"], NOT_A_NAME),
    family("remarks-by-topic", [
        "anywhere in the db which filings have an exhibit 24 power of attorney remark",
        "Which filings carry a power of attorney in their remarks?",
    ], ["5 filings carry remarks about a power of attorney", "SUNPOWER", "Bird Global", "LINKEDIN"],
        ["Tesla", *NOT_A_NAME]),
    family("remarks-of-one-filing", [
        "what do the remarks on thiel's palantir form 4 say",
    ], ["1 filing carries remarks", "compiled based on applicable requirements"], ["Exhibit 24"]),
    family("remarks-about-a-split", [
        "any form 4 remarks about a stock split?",
    ], ["ten-for-one forward split", "Sohail U. Ahmed"], ["Exhibit 24"]),
    family("held-at-a-time-no-filing-reports", [
        "how many pltr shares did thiel hold in 2022",
        "thiel pltr holdings end of 2022",
    ], ["77,851,188", "as the latest filing by Dec 31, 2022 reported it"], ["70,806,432", "No holdings"]),
    family("a-vehicles-holding-at-a-time-no-filing-reports", [
        "rivendell 7 pltr shs in mid 2022",
    ], ["77,851,188"], ["70,806,432"]),
    family("bc-is-because", [
        "should i buy tsla bc elon exercised options",
    ], ["investment advice", "Elon Musk"], ["carry a signature", *NOT_A_NAME]),
    family("rows-dated-on-a-weekend", [
        "any transactions dated on a weekend",
        "which trades anywhere fell on a saturday or sunday",
    ], ["on weekends", "Mar 15, 2025", "David Travers"], ["Mar 14, 2025", "Mar 17, 2025"]),
    family("a-weekday-within-a-month", [
        "the draftkings lawyer, how much did he get rid of on the monday in march 2025?",
    ], ["52,777", "$39.00", "on Mondays"], ["49,252", "3,525"]),
    family("a-weekday-before-its-date-says-nothing-more", [
        "dodge sales on friday march 14 2025",
    ], ["49,252", "3,525"], ["52,777", "Not understood"]),
    family("shares-in-lieu-of-fees-worth-at-the-filed-price", [
        "How many MongoDB shares did Roelof Botha take in lieu of fees, and what were they worth at the price on the form?",
    ], ["129", "Jun 29, 2021"], ["market prices"]),
    family("a-vehicles-other-dispositions-when-no-sale", [
        "Were FF-IIIE's Palantir shares sold on the open market in February 2021?",
        "did ff-iiie sell pltr in feb 2021",
    ], ["No sales (S) in February 2021 held through", "what it disposed of otherwise", "294,208", "code J"]),
    family("how-much-more-than", [
        "How much more did Elon Musk sell in dollars than Peter Thiel, across all of their filings?",
        "how much more did musk sell than thiel",
    ], ["a difference of $447,001,097.18", "$1,126,400,317.72", "$679,399,220.54"]),
    family("how-many-more-shares-than", [
        "how many more shares did thiel sell than musk in 2021",
    ], ["a difference of 19,069,824 shares", "20,003,915", "934,091"]),
    family("company-written-apart-with-a-slip", [
        "micro vison gc - address on his form",
        "jett blue digital officer - address on her form",
    ], ["The addresses (and CIKs) of the reporting owners"], NOT_A_NAME),
    family("company-word-beside-its-ticker-with-a-slip", [
        "Which of the Zip Recuiter president's RSU grants is biggest?",
    ], ["David Travers", "ZIPRECRUITER"], NOT_A_NAME),
    family("a-lone-surname-slip-beside-the-company", [
        "garsia aar - how many days between the sale n the signature",
    ], ["Jessica A. Garascia", "the same day (0 days)", "on time"], NOT_A_NAME),
    family("days-from-trade-to-signature", [
        "how many days after the trade was dodge's form 4 filed",
        "dodge dkng - days between the sales and the signature",
    ], ["Mar 14, 2025 to Mar 17, 2025", "4 days after the first and 1 day after the last", "Faisal Hasan",
        "due Mar 18, 2025"]),
    family("filings-signed-long-after-their-trades", [
        "Across all issuers, which Form 4s were signed more than 30 days after their transaction dates?",
    ], ["4 filings signed more than 30 days", "417 days", "Better Home", "36 days", "MongoDB"], ["Snowflake", "Nov 8, 2021"]),
    family("trades-in-days-after-a-filing-are-no-lag", [
        "what did musk sell in the 30 days after filing his form 3",
    ], ["Elon Musk"], ["the days from the transactions to the signature"]),
    family("a-form-3s-days-from-its-event", [
        "berkshire hathway snow form 3 - signed how many days after the event",
    ], ["event Sep 18, 2020", "10 days after the event"], ["due "]),
    family("signed-more-than-months-after", [
        "Market-wide, which filings were signed more than two months after the transactions they report?",
    ], ["signed more than two months after a transaction", "417 days", "349 days", "Better Home"], ["Nov 8, 2021"]),
    family("signed-the-same-day-as-the-sale", [
        "jessica garaskia aar form - signed same day as the sale?",
    ], ["the same day (0 days)", "Katherine Kwiat"]),
    family("a-month-in-which-years", [
        "overall any insider activity in july? which yrs",
    ], ["July of any year"], ["July 2026", *NOT_A_NAME]),
    family("own-signature-or-someone-elses", [
        "who signed markhams mvis form, a lawyer or him",
        "did markham sign his own microvision form 4",
    ], ["/s/ Drew G. Markham", "the reporting person's own signature"], ["I could not compare", "Transactions for"]),
    family("signed-for-the-reporting-person", [
        "did dodge sign his own draftkings form 4",
    ], ["Faisal Hasan", "signed for the reporting person by someone else"]),
    family("a-title-then-a-signature", [
        "whos the cfo at exbt n did he sign his own form",
    ], ["Alex J. Smith", "Chief Financial Officer", "the reporting person's own signature"], ["No: the signatures"]),
    family("a-month-left-out", [
        "any stock opt exercises in 2025 outside of december?",
        "option exercises in 2025 other than in december",
    ], ["No exercises", "outside December"], ["Kyle Moran", *NOT_A_NAME]),
    family("a-month-left-out-keeps-the-rest", [
        "sales in 2021 except in february",
    ], ["outside February", "Nov 8, 2021"], ["Feb 18, 2021", *NOT_A_NAME]),
    family("a-number-with-k-is-no-name", [
        "ff-iiie 294k pltr shs feb 17 21 - sold?",
    ], ["294,208", "code J"], NOT_A_NAME),
    family("who-verb-more-a-or-b", [
        "who sold more tsla or pltr insiders 2024",
    ], ["$174,615,999.27", "7,044,756", "Tesla"], NOT_A_NAME),
    family("topic-dash-a-vs-b", [
        "2021 sells $ - thiel vs musk, both #s",
    ], ["$504,783,221.27", "$1,102,342,478.72", "a difference of $597,559,257.45"], ["Did you mean"]),
    # a review of this stop's readers (each family a defect it found)
    family("filings-counted-on-a-weekend", [
        "how many filings were filed on a weekend",
    ], ["1 filing for all companies (on weekends)"], ["49 filings"]),
    family("filings-counted-outside-a-month", [
        "how many filings in 2021 outside of november",
    ], ["7 filings", "outside November"], ["10 filings"]),
    family("after-a-part-of-a-year", [
        "musk sales after mid-2021",
    ], ["after mid 2021", "Nov 8, 2021"], ["No sales"]),
    family("since-this-june", [
        "mvis gc transactions since this june",
    ], ["since June 2026", "Jun 10, 2026"]),
    family("may-the-verb-is-no-month", [
        "how late may a form 4 be filed",
    ], [], ["May 2026"]),
    family("lag-words-in-other-questions", [
        "how long after adopting the 10b5-1 plan did musk sell, per his filing",
        "what did musk sell within 30 days after filing his form 3",
    ], [], ["the days from the transactions to the signature"]),
    family("lag-of-the-kind-asked", [
        "days between musk's gifts and the signature",
    ], ["1 filing", "Form 5 for Dec 31, 2021", "87 days after the first"], ["Nov 8, 2021"]),
    family("lag-over-a-bound-none", [
        "which form 4s were signed more than 500 days after the trade",
    ], ["No filing was signed more than 500 days after a transaction."]),
    family("lag-at-least-counts-the-bound", [
        "musk filings signed at least 2 days after the trade",
    ], ["signed at least 2 days after", "2 days after the transaction"]),
    family("lag-of-the-most-recent", [
        "musk's most recent form 4, how many days after the trade was it signed",
    ], ["1 filing", "Nov 8, 2021", "2 days after the transaction"], ["Dec 4, 2009"]),
    family("his-late-filings", [
        "musk's late filings",
    ], ["reported late", "Dec 4, 2009"], ["Nov 8, 2021"]),
    family("options-held-at-a-past-time", [
        "what options did musk hold in 2015",
    ], ["838,996", "as the latest filing by Dec 31, 2015 reported it"], ["have passed their expiration"]),
    family("a-power-of-attorney-from-the-owner", [
        "did feld sign his own bdx form 4",
    ], ["Donna Kalazdy", "signed for the reporting person by someone else"], ["own signature"]),
    family("two-words-of-the-language-are-no-company", [
        "big tech insider sales in 2024",
    ], ["Peter Thiel"], NOT_A_NAME),
    family("the-latest-weekend", [
        "any insider sales over the weekend",
    ], ["over the weekend (Nov 28, 2026 to Nov 29, 2026)"], ["Nov 8, 2021"]),
    family("how-much-more-in-a-year-than", [
        "how much more did musk sell in 2021 than thiel",
    ], ["a difference of $597,559,257.45"], ["Did you mean"]),
    family("nothing-left-in-his-own-name", [
        "rabois afrm - anything left in his own name",
    ], ["0 shares", "Held indirectly (not in their own name)", "1,486,909"]),
    family("rows-in-a-price-band", [
        "On Musk's first November 8, 2021 Form 4, how many shares were sold in rows priced from $1,160 up to $1,170, and for how much?",
        "musk nov 8 2021 sales priced from $1,160 to $1,170, total",
    ], ["154,723", "$180,358,282.59", "at a price between $1,160.00 and $1,170.00"]),
    family("an-ordinal-before-a-day-is-no-day", [
        "musk 1st nov 8 form - sale rows priced over $1,170",
    ], ["Nov 8, 2021", "more than $1,170.00"], ["Nov 1, 2026"]),
    family("share-of-all-held-through-a-vehicle", [
        "isba mcguirk - what % of his total sits in the llc",
        "What share of Richard Roe's Example Robotics holdings sits in his family trust?",
    ], ["of the", "shares held in all", "direct and indirect"], NOT_A_NAME),
    family("share-of-all-held-directly", [
        "what percent of his isba shares does mcguirk hold directly",
    ], ["Held directly: 15,711.8844 of the 401,144.7327 shares held in all", "3.92%"]),
)
