package briefing

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"
)

// Arabic and Persian are drawn as presentation forms (the joined shapes of
// each letter, see shape) in visual order, since fpdf does no shaping.
// fpdf gives every font an identity ToUnicode map, so a reader copying the
// text would get the presentation forms. fixToUnicode rewrites each font's
// map so that every presentation form drawn maps to the letters it is a
// form of (its compatibility decomposition: U+FEE3 ARABIC LETTER MEEM
// INITIAL FORM is U+0645 MEEM; a lam-alef ligature is two letters). A
// reader that orders right-to-left text, as poppler's does, then gives the
// words back as written; ToUnicode maps are PDF 1.2, so the header (1.3)
// stays true.

func isPresentationForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF
}

// identityCMap is the ToUnicode stream fpdf writes for every UTF-8 font.
var identityCMap = []byte("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")

// toUnicodeCMap is the identity map with each of forms mapped to its
// letters instead.
func toUnicodeCMap(forms map[rune]bool) []byte {
	codes := make([]int, 0, len(forms))
	for r := range forms {
		codes = append(codes, int(r))
	}
	sort.Ints(codes)
	var ranges [][2]int // identity ranges, none across a 256-code row (a bfrange rule)
	next := 0
	gap := func(lo, hi int) {
		for lo <= hi {
			end := min(hi, lo|0xFF)
			ranges = append(ranges, [2]int{lo, end})
			lo = end + 1
		}
	}
	for _, c := range codes {
		gap(next, c-1)
		next = c + 1
	}
	gap(next, 0xFFFF)
	var b bytes.Buffer
	head, _, _ := strings.Cut(string(identityCMap), "1 beginbfrange")
	b.WriteString(head)
	for i := 0; i < len(ranges); i += 100 {
		chunk := ranges[i:min(i+100, len(ranges))]
		fmt.Fprintf(&b, "%d beginbfrange\n", len(chunk))
		for _, r := range chunk {
			fmt.Fprintf(&b, "<%04X> <%04X> <%04X>\n", r[0], r[1], r[0])
		}
		b.WriteString("endbfrange\n")
	}
	for i := 0; i < len(codes); i += 100 {
		chunk := codes[i:min(i+100, len(codes))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(chunk))
		for _, c := range chunk {
			fmt.Fprintf(&b, "<%04X> <", c)
			for _, u := range utf16.Encode([]rune(strings.TrimSpace(norm.NFKC.String(string(rune(c)))))) {
				fmt.Fprintf(&b, "%04X", u)
			}
			b.WriteString(">\n")
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
	return b.Bytes()
}

// fixToUnicode replaces every identity ToUnicode stream of pdf (as fpdf
// writes it: "<</Length 345>>\nstream\n…\nendstream") by toUnicodeCMap(forms),
// and moves the offsets of the cross-reference table and startxref by
// what the replacements added before them. With no forms it returns pdf.
func fixToUnicode(pdf []byte, forms map[rune]bool) ([]byte, error) {
	if len(forms) == 0 {
		return pdf, nil
	}
	oldObj := []byte("<</Length " + strconv.Itoa(len(identityCMap)) + ">>\nstream\n" + string(identityCMap) + "\nendstream")
	cmap := toUnicodeCMap(forms)
	newObj := []byte("<</Length " + strconv.Itoa(len(cmap)) + ">>\nstream\n" + string(cmap) + "\nendstream")
	xref := bytes.LastIndex(pdf, []byte("\nxref\n"))
	if xref < 0 {
		return nil, fmt.Errorf("no cross-reference table")
	}
	var at []int // where each replaced object starts, in the old file
	for off := 0; ; {
		i := bytes.Index(pdf[off:xref], oldObj)
		if i < 0 {
			break
		}
		at = append(at, off+i)
		off += i + len(oldObj)
	}
	if len(at) == 0 {
		return pdf, nil
	}
	delta := len(newObj) - len(oldObj)
	shift := func(old int) int { // how far an offset in the old file moves
		n := sort.SearchInts(at, old)
		return n * delta
	}
	out := bytes.NewBuffer(make([]byte, 0, len(pdf)+len(at)*delta))
	prev := 0
	for _, a := range at {
		out.Write(pdf[prev:a])
		out.Write(newObj)
		prev = a + len(oldObj)
	}
	out.Write(pdf[prev : xref+1])
	// The table: "xref\n0 N\n" then N entries "OOOOOOOOOO GGGGG n \n".
	rest := pdf[xref+1:]
	lines := strings.SplitAfter(string(rest), "\n")
	for i, l := range lines {
		if len(l) == 20 && (l[17] == 'n') {
			if o, err := strconv.Atoi(l[:10]); err == nil {
				l = fmt.Sprintf("%010d%s", o+shift(o), l[10:])
			}
		}
		if i > 0 && strings.TrimSpace(lines[i-1]) == "startxref" {
			if o, err := strconv.Atoi(strings.TrimSpace(l)); err == nil {
				l = strconv.Itoa(o+shift(o)) + "\n"
			}
		}
		out.WriteString(l)
	}
	return out.Bytes(), nil
}
