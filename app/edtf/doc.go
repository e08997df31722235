// Package edtf reads, checks, orders and writes fuzzy dates as policy analysts
// use them: the Extended Date/Time Format (EDTF, ISO 8601-2) at Level 0 and
// Level 1, and everyday English phrases such as "early 1980s" or "last Tuesday".
//
// # What is accepted
//
// Parse accepts EDTF Level 0 and Level 1:
//
//	1985  1985-04  1985-04-12           reduced precision
//	1985-04-12T23:20:30[Z|+04:30|-04]   date and time (hh:mm:ss required)
//	1964/2008  2004-06/2006-08          intervals
//	../1985-04  1985-04/..              open ends
//	/1985-04  1985-04/                  unknown ends
//	1984?  2004-06~  2004-06-11%        uncertain, approximate, both
//	201X  20XX  2004-XX  1985-04-XX  1985-XX-XX   unspecified digits
//	-0044                               negative (astronomical) years
//	2001-21 … 2001-24                   spring, summer, autumn, winter
//	Y170000002  Y-170000002             years of more than four digits
//
// Level 2 features (partial qualification, seasons 25–41, X in the middle of a
// number, sets, exponents) are refused with a message that says so. Unspecified
// digits (X) are not accepted in negative years. Qualifiers may follow any
// date except a date with a time, including an unspecified one (198X~).
//
// # Calendar
//
// Every date is read in the proleptic Gregorian calendar with astronomical
// year numbering, as EDTF and ISO 8601 do: year 0000 is 1 BC, -0001 is 2 BC
// and -0044 is 45 BC. Days are UTC days; a time without a zone is read as UTC,
// and a time with a zone is converted to UTC. Earliest and Latest always
// return UTC times.
//
// Seasons follow the meteorological convention of the northern hemisphere:
// spring (21) is March to May, summer (22) June to August, autumn (23)
// September to November, and winter (24) December of its year to the end of
// February of the next year.
//
// Qualifiers (?, ~, %) do not widen Earliest and Latest: "1950~" spans 1950
// exactly as "1950" does; the flag is kept for display.
//
// # Open and unknown ends
//
// An open end ("..") and an unknown end (empty) both make the interval reach
// the sentinel times MinTime (for a start) and MaxTime (for an end), so that
// such intervals sort before or after every real date. Use OpenStart,
// OpenEnd, UnknownStart and UnknownEnd to tell them apart.
//
// # Very long years
//
// Y-prefixed years are kept digit for digit by String, but for Earliest,
// Latest and Compare their value is clamped to ±999,999,999, comfortably
// inside both time.Time's range and the open-end sentinels.
package edtf
