// Package quantity reads the number in a disputed figure's claim "as said"
// ("some 100", "at least 3,000", "between 30,000 and 60,000", "no one") into
// a low and a high number with a qualifier, and writes such numbers back as a
// short phrase. It is a leaf package: standard library only.
//
// Read only proposes: the analyst sees the phrase and the proposal side by
// side and may correct it. When a phrase is unclear Read proposes nothing
// rather than guess.
//
// # Qualifiers and bounds
//
//	exact        low = high          "100", "twelve", "an alleged 1,000"
//	approximate  low = high          "some 100", "around three dozen", "a dozen"
//	at-least     low set, high nil   "at least 3,000", "more than 3,000", "dozens"
//	at-most      low nil, high set   "up to 4,000", "fewer than 4,000"
//	range        low <= high         "30,000–60,000", "between 2 and 3 million"
//
// Every number Read gives is finite and zero or more. An at-most reading
// leaves low unset rather than 0: "up to 4,000" does not claim that the true
// value could be none.
//
// # Choices
//
// Strict and loose bounds share a qualifier: "more than 3,000" and "over
// 3,000" are at-least 3,000, "fewer than 4,000" and "under 4,000" are at-most
// 4,000. The phrase itself is kept with the claim, so nothing is lost.
//
// "nearly 100" and "almost 100" are approximately 100 (low = high = 100), not
// at-most 100: the claim is that the value is close to 100, and an at-most
// reading would put it anywhere from nothing up.
//
// "just over 100", "just under 100", "a little more than 100" and the like are
// approximately 100; "well over 100" is at-least 100.
//
// "a dozen", "three dozen", "half a dozen" are approximate (a dozen is a
// round count); "twelve" and "exactly a dozen" are exact. Round numbers
// written in digits or words ("100", "a thousand") are exact unless a word
// says otherwise.
//
// Vague amounts set only the lower bound and never invent an upper one:
//
//	"a few" 2, "several" 3, "dozens" 24, "scores" 40, "tens" 20, "hundreds" 200,
//	"thousands" 2,000, "tens of thousands" 20,000, "hundreds of thousands"
//	200,000, "millions" 2,000,000, "several hundred" 300, "a few thousand"
//	2,000, "several dozen" 36, "many thousands" 2,000
//
// all at-least. "a handful" is the one exception: the range 3–5. "a couple
// of" is approximately 2 ("a couple of hundred" approximately 200); "a couple"
// without "of" or a following hundred/thousand is not read (it may be two
// people). "many", "few" and "numerous" alone give nothing.
//
// Denials read as exact 0: "none", "no one", "nobody", "zero", "nil", "not a
// single", "not one", "no injuries" (no, up to two words, then a casualty noun
// such as deaths, injuries, casualties, people, civilians), "denied any
// casualties", "denied that anyone". "no reliable estimate" has no number and
// proposes nothing. "almost no one" is approximately 0.
//
// "one" and "a single person" are exact 1.
//
// Words before a number are applied by strength: a bound (at least, up to…)
// beats approximate (some, about…), which beats exact (exactly, only, just).
// A bound contradicting an open reading ("up to hundreds") or another bound
// in the same phrase ("up to 100 or more") proposes nothing. Words after the
// number count too: "100 or more", "3,000 at least", "30-odd", "100+",
// "a dozen or so", "4,000 tops".
//
// "at least 100 but no more than 200" (an at-least number directly followed,
// after "and", "but" or a comma, by an at-most number) is the range 100–200.
//
// # Notes
//
// Note keeps words that qualify the source's confidence, comma-separated in
// the order they appear: "alleged", "reported", "claimed", "purported",
// "supposed", "rumoured", "unconfirmed", "unverified" when they stand just
// before the number ("an alleged 1,000", "a reported 1,000"); the adverbs
// "allegedly", "reportedly", "purportedly", "supposedly" anywhere in the
// phrase (as "alleged", "reported"…); "estimated" (also "estimate", "est.")
// anywhere, which also turns an exact reading into an approximate one ("an
// estimated 1,000" is approximately 1,000); and "percent" for "12%", "12
// percent", "12 per cent".
//
// # Numbers
//
// Digits may be grouped in thousands by ",", ".", an apostrophe, a space, a
// no-break space (U+00A0) or a narrow no-break space (U+202F): "3,000", "3
// 000", "1.234.567". The first group has one to three digits and does not
// start with 0, and every later group has exactly three. A single "." is read
// as a thousands separator only when exactly three digits follow it and none
// of the rules below apply, so "3.000" is 3000 but "3.5", "3.50", "0.500" and
// "1234.567" are decimals; when the number is followed by a scale word the dot
// is a decimal point ("1.250 million" is 1,250,000). A decimal point may follow
// comma or space groups ("1,234.5"), and a decimal comma may follow dot or
// space groups ("1.234,5"). A lone comma not followed by exactly three digits
// ("3,5") is read as a decimal comma only before a scale word ("2,5 billion");
// otherwise the number is unclear and is not read. Indian grouping
// ("1,00,000") is read too.
//
// Numbers in words go up to trillions (and lakh, crore): "twenty-one", "two
// hundred and fifty", "three thousand five hundred", "a hundred", "half a
// million", "a quarter of a million", "two and a half million", "a million
// and a half". Digits take scale words and the suffixes k, mn, bn ("1.2
// million", "2.5bn", "5k"); "m" and "b" are read as million and billion only
// after a currency sign or code ("£1.2m", "US$3b"). "1000s" and
// "100s" read as "thousands", "hundreds". Percent signs and words keep the
// number and add the note "percent".
//
// Ranges are written "30,000–60,000", "30,000-60,000", "30,000 to 60,000",
// "between 30,000 and 60,000", "from 30,000 to 60,000", and "two or three"
// (only when the first is the smaller). A scale word on the upper end applies
// to a plain lower end when the result is not above the upper end: "2 to 3
// million" is 2,000,000–3,000,000 and "two or three hundred" is 200–300; but
// "30-60,000" is 30–60,000 as written. A range written high-to-low ("60,000 to
// 30,000") or after a verb of change ("rose from 300 to 400") may describe a
// change over time and proposes nothing.
//
// # Which number
//
// A phrase may hold several numbers. Read first sets aside numbers that are
// not counts: numbers glued to letters ("Ashraf-3", "covid-19", "3rd",
// "1990s", "5km"; currency signs and codes may touch a number, as in "US$3b"
// and "Rs100"), modifiers ("66-year-old", "3-day"), ages ("aged 66", "66
// years old"), dates and times ("12 March", "March 12", "10:30", "12/03",
// "10 am", "in 2014", "since at least 2009"; "May" and "March" count as
// months only when capitalised), and references ("No. 5", "page 3", "article
// 5"). A four-digit number from 1800 to 2199 with no word around it that
// marks a count, and a number followed by a unit of time ("3 days"), are kept
// in reserve.
//
// Of the rest, a number with a cue is preferred: a word before or after it
// (about, at least, up to, exactly, an alleged, or more, -odd…), a range, a
// vague amount or a denial. The prepositions over, under, above, below and
// beyond set a bound but do not count as a cue ("3 children under 18" is
// unclear). So:
//
//  1. the first number with a cue, if there is one;
//  2. otherwise the only number without a cue, if there is exactly one;
//  3. otherwise the only number in reserve, if there is exactly one (so
//     "2014" alone is 2014);
//  4. otherwise nothing.
//
// "A 66-year-old man and 3 people were injured" is exact 3; "3 people were
// injured and 2 killed" proposes nothing. If the chosen number is the whole
// of a share ("half of the 300 residents", "1/3 of the 900", "40% of 300"),
// Read proposes nothing: the claim is not that number.
package quantity
