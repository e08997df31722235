package exchange

import (
	"strings"
	"sync"
	"unicode"

	"casefile/app"
)

// countryCodes reads a country or nationality as written in the case
// ("Albania", "Iranian", "France and Albania", "Iran (members based in
// Albania)") and returns the ISO 3166-1 alpha-2 codes, in lower case, of
// the countries it names, as FtM's country type wants them ("al", "ir",
// "fr"). It knows the English names of every country (CLDR's, as
// golang.org/x/text/language/display writes them, and common variants such
// as "UK", "USA" and "Ivory Coast"), adjectives made from them by adding
// "n", "ian", "i" or "ese" ("Albanian", "Iranian", "Iraqi", "Sudanese") or
// listed ("French", "German", "Swiss"), and a bare two-letter code. Case,
// diacritics, punctuation, "and" and "the" do not matter.
//
// When the text says more than the codes (words that name no country, or
// no country at all) note is the text as written, as a sentence for the
// entity's notes: "Country: Iran (members based in Albania)."
func countryCodes(text, label string) (codes []string, note string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, ""
	}
	table := countries()
	if len(text) == 2 {
		if c := strings.ToLower(text); table.codes[c] {
			return []string{c}, ""
		}
	}
	words := countryWords(text)
	complete := len(words) > 0
	for i := 0; i < len(words); {
		found := false
		for n := min(table.maxWords, len(words)-i); n > 0; n-- {
			if c := table.lookup(strings.Join(words[i:i+n], " ")); c != "" {
				if !containsString(codes, c) {
					codes = append(codes, c)
				}
				i += n
				found = true
				break
			}
		}
		if !found {
			complete = false
			i++
		}
	}
	if complete && len(codes) > 0 {
		return codes, ""
	}
	return codes, label + ": " + sentence(text)
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// countryWords folds s (lower case, no diacritics) and splits it into
// words of letters and digits, leaving out "and" and "the" and reading
// "st" as "saint".
func countryWords(s string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(app.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "and", "the":
			continue
		case "st":
			w = "saint"
		}
		words = append(words, w)
	}
	return words
}

// countryTable maps country names, folded by countryWords and joined with
// spaces, to codes.
type countryTable struct {
	names    map[string]string
	codes    map[string]bool
	maxWords int
}

// lookup finds the code for a name or for an adjective made from one by
// adding "n" ("Albanian"), "ian" ("Iranian"), "i" ("Iraqi") or "ese"
// ("Sudanese"); "" when there is none.
func (t *countryTable) lookup(name string) string {
	if c, ok := t.names[name]; ok {
		return c
	}
	for _, suffix := range []string{"n", "ian", "i", "ese"} {
		if base, ok := strings.CutSuffix(name, suffix); ok && base != "" {
			if c, ok := t.names[base]; ok {
				return c
			}
		}
	}
	return ""
}

var countries = sync.OnceValue(func() *countryTable {
	t := &countryTable{names: map[string]string{}, codes: map[string]bool{}}
	for _, entry := range strings.Split(countryList, ";") {
		if entry == "" {
			continue
		}
		code, names, _ := strings.Cut(entry, " ")
		t.codes[code] = true
		for _, n := range strings.Split(names, "|") {
			words := countryWords(n)
			t.names[strings.Join(words, " ")] = code
			t.maxWords = max(t.maxWords, len(words))
		}
	}
	return t
})

// countryList holds, for every ISO 3166-1 country (and Kosovo, xk, and
// the historical states FtM codes as the Soviet Union, suhh, Yugoslavia,
// yucs, and Czechoslovakia, cshh), its code and English names separated by "|": first CLDR's
// name, as golang.org/x/text/language/display gives it (TestCountryList
// checks this), then other names and adjectives in common use that the
// suffix rules of countryTable.lookup do not find.
const countryList = "ad Andorra;ae United Arab Emirates|UAE|Emirati;" +
	"af Afghanistan|Afghan;ag Antigua & Barbuda;ai Anguilla;al Albania;" +
	"am Armenia;ao Angola;aq Antarctica;" +
	"ar Argentina|Argentine|Argentinian;as American Samoa;at Austria;" +
	"au Australia;aw Aruba;ax Åland Islands;az Azerbaijan;" +
	"ba Bosnia & Herzegovina|Bosnian;bb Barbados;bd Bangladesh;" +
	"be Belgium|Belgian;bf Burkina Faso;bg Bulgaria;bh Bahrain;" +
	"bi Burundi;bj Benin;bl St. Barthélemy;bm Bermuda;bn Brunei;" +
	"bo Bolivia;bq Caribbean Netherlands;br Brazil|Brazilian;" +
	"bs Bahamas;bt Bhutan;bv Bouvet Island;bw Botswana;" +
	"by Belarus|Belarusian;bz Belize;ca Canada|Canadian;" +
	"cc Cocos (Keeling) Islands;" +
	"cd Congo - Kinshasa|Democratic Republic of the Congo|DR Congo|DRC;" +
	"cf Central African Republic;" +
	"cg Congo - Brazzaville|Republic of the Congo;ch Switzerland|Swiss;" +
	"ci Côte d’Ivoire|Ivory Coast|Ivorian;ck Cook Islands;" +
	"cl Chile|Chilean;cm Cameroon;cn China|Chinese;co Colombia;" +
	"cr Costa Rica;cu Cuba;cv Cape Verde|Cabo Verde;cw Curaçao;" +
	"cx Christmas Island;cy Cyprus|Cypriot;" +
	"cz Czechia|Czech Republic|Czech;de Germany|German;dj Djibouti;" +
	"dk Denmark|Danish;dm Dominica;do Dominican Republic;dz Algeria;" +
	"ec Ecuador|Ecuadorian;ee Estonia;eg Egypt;eh Western Sahara;" +
	"er Eritrea;es Spain|Spanish;et Ethiopia;fi Finland|Finnish;" +
	"fj Fiji;fk Falkland Islands;fm Micronesia;fo Faroe Islands;" +
	"fr France|French;ga Gabon;" +
	"gb United Kingdom|UK|U.K.|Great Britain|Britain|British;" +
	"gd Grenada;ge Georgia;gf French Guiana;gg Guernsey;gh Ghana;" +
	"gi Gibraltar;gl Greenland;gm Gambia;gn Guinea;gp Guadeloupe;" +
	"gq Equatorial Guinea;gr Greece|Greek;" +
	"gs South Georgia & South Sandwich Islands;gt Guatemala;gu Guam;" +
	"gw Guinea-Bissau;gy Guyana;hk Hong Kong SAR China|Hong Kong;" +
	"hm Heard & McDonald Islands;hn Honduras;hr Croatia|Croatian;" +
	"ht Haiti;hu Hungary|Hungarian;id Indonesia;ie Ireland|Irish;" +
	"il Israel;im Isle of Man;in India;" +
	"io British Indian Ocean Territory;iq Iraq;" +
	"ir Iran|Islamic Republic of Iran;is Iceland|Icelandic;" +
	"it Italy|Italian;je Jersey;jm Jamaica;jo Jordan;jp Japan;ke Kenya;" +
	"kg Kyrgyzstan|Kyrgyz;kh Cambodia;ki Kiribati;km Comoros;" +
	"kn St. Kitts & Nevis;" +
	"kp North Korea|DPRK|Democratic People's Republic of Korea;" +
	"kr South Korea|Republic of Korea;kw Kuwait;ky Cayman Islands;" +
	"kz Kazakhstan|Kazakh;la Laos|Laotian|Lao;lb Lebanon|Lebanese;" +
	"lc St. Lucia;li Liechtenstein;lk Sri Lanka;lr Liberia;ls Lesotho;" +
	"lt Lithuania;lu Luxembourg|Luxembourgish;lv Latvia;ly Libya;" +
	"ma Morocco|Moroccan;mc Monaco;md Moldova;" +
	"me Montenegro|Montenegrin;mf St. Martin;mg Madagascar;" +
	"mh Marshall Islands;mk Macedonia|North Macedonia;ml Mali|Malian;" +
	"mm Myanmar (Burma)|Myanmar|Burma|Burmese;mn Mongolia;" +
	"mo Macau SAR China|Macau|Macao;mp Northern Mariana Islands;" +
	"mq Martinique;mr Mauritania;ms Montserrat;mt Malta|Maltese;" +
	"mu Mauritius;mv Maldives;mw Malawi;mx Mexico|Mexican;my Malaysia;" +
	"mz Mozambique;na Namibia;nc New Caledonia;ne Niger;" +
	"nf Norfolk Island;ng Nigeria;ni Nicaragua;nl Netherlands|Dutch;" +
	"no Norway|Norwegian;np Nepal;nr Nauru;nu Niue;nz New Zealand;" +
	"om Oman;pa Panama;pe Peru|Peruvian;pf French Polynesia;" +
	"pg Papua New Guinea;ph Philippines|Filipino;pk Pakistan;" +
	"pl Poland|Polish;pm St. Pierre & Miquelon;pn Pitcairn Islands;" +
	"pr Puerto Rico;" +
	"ps Palestinian Territories|Palestine|State of Palestine|Palestinian;" +
	"pt Portugal|Portuguese;pw Palau;py Paraguay;qa Qatar;re Réunion;" +
	"ro Romania;rs Serbia;ru Russia|Russian Federation;rw Rwanda;" +
	"sa Saudi Arabia|Saudi;sb Solomon Islands;sc Seychelles;sd Sudan;" +
	"se Sweden|Swedish;sg Singapore|Singaporean;sh St. Helena;" +
	"si Slovenia;sj Svalbard & Jan Mayen;sk Slovakia|Slovak;" +
	"sl Sierra Leone;sm San Marino;sn Senegal;so Somalia|Somali;" +
	"sr Suriname;ss South Sudan;st São Tomé & Príncipe;sv El Salvador;" +
	"sx Sint Maarten;sy Syria|Syrian Arab Republic;" +
	"sz Swaziland|Eswatini;tc Turks & Caicos Islands;td Chad;" +
	"tf French Southern Territories;tg Togo;th Thailand|Thai;" +
	"tj Tajikistan|Tajik;tk Tokelau;tl Timor-Leste|East Timor;" +
	"tm Turkmenistan|Turkmen;tn Tunisia;to Tonga;" +
	"tr Turkey|Türkiye|Turkish;tt Trinidad & Tobago;tv Tuvalu;" +
	"tw Taiwan;tz Tanzania;ua Ukraine|Ukrainian;ug Uganda;" +
	"um U.S. Outlying Islands;" +
	"us United States|US|U.S.|USA|U.S.A.|United States of America|American;" +
	"uy Uruguay;uz Uzbekistan|Uzbek;va Vatican City|Holy See|Vatican;" +
	"vc St. Vincent & Grenadines;ve Venezuela;" +
	"vg British Virgin Islands;vi U.S. Virgin Islands;" +
	"vn Vietnam|Viet Nam;vu Vanuatu;wf Wallis & Futuna;ws Samoa;" +
	"xk Kosovo;suhh Soviet Union|USSR|U.S.S.R.|Soviet;yucs Yugoslavia|Yugoslav|Socialist Federal Republic of Yugoslavia;cshh Czechoslovakia|Czechoslovak;ye Yemen;yt Mayotte;za South Africa;zm Zambia;" +
	"zw Zimbabwe;"

// countryName is the English name of an FtM country code (the first name
// countryList gives it: CLDR's), or the code itself when it is unknown.
func countryName(code string) string {
	code = strings.ToLower(code)
	for _, entry := range strings.Split(countryList, ";") {
		c, names, _ := strings.Cut(entry, " ")
		if c == code {
			name, _, _ := strings.Cut(names, "|")
			return name
		}
	}
	return code
}
