package uifont

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansboldoblique"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"github.com/go-fonts/dejavu/dejavusansoblique"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// wholeFaces pairs each bundled face with the whole DejaVu font of the Go
// module that scripts/subset-fonts.sh cut it from.
var wholeFaces = []struct {
	face  fyne.Resource
	whole []byte
}{
	{Regular, dejavusans.TTF},
	{Bold, dejavusansbold.TTF},
	{Italic, dejavusansoblique.TTF},
	{BoldItalic, dejavusansboldoblique.TTF},
	{Mono, dejavusansmono.TTF},
}

// keptRange is one line of faces/ranges.txt: the code points lo to hi.
type keptRange struct{ lo, hi rune }

// readRanges reads faces/ranges.txt.
func readRanges(t *testing.T) []keptRange {
	t.Helper()
	f, err := os.Open(filepath.Join("faces", "ranges.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []keptRange
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		lo, hi, isRange := strings.Cut(strings.TrimPrefix(fields[0], "U+"), "-")
		if !isRange {
			hi = lo
		}
		l, err1 := strconv.ParseUint(lo, 16, 32)
		h, err2 := strconv.ParseUint(hi, 16, 32)
		if err1 != nil || err2 != nil || h < l || len(fields) < 2 {
			t.Fatalf("faces/ranges.txt:%d: %q is not a code point or range followed by what it is for", n, sc.Text())
		}
		out = append(out, keptRange{rune(l), rune(h)})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 10 {
		t.Fatalf("faces/ranges.txt lists only %d ranges; the reading is broken", len(out))
	}
	return out
}

func kept(ranges []keptRange, r rune) bool {
	for _, k := range ranges {
		if k.lo <= r && r <= k.hi {
			return true
		}
	}
	return false
}

// TestFacesAreTheListedSubsetsOfDejaVu: each bundled face has a glyph for
// exactly the characters of faces/ranges.txt that the whole DejaVu font
// has, and draws each of them with the whole font's outline and advance,
// so the subset changes nothing of how kept text looks. It fails when the
// list was changed and scripts/subset-fonts.sh not run again, or when the
// module's DejaVu changed.
func TestFacesAreTheListedSubsetsOfDejaVu(t *testing.T) {
	ranges := readRanges(t)
	for _, c := range wholeFaces {
		sub, err := sfnt.Parse(c.face.Content())
		if err != nil {
			t.Fatalf("%s: %v", c.face.Name(), err)
		}
		whole, err := sfnt.Parse(c.whole)
		if err != nil {
			t.Fatalf("the module's %s: %v", c.face.Name(), err)
		}
		ppem := fixed.I(int(whole.UnitsPerEm()))
		var bs, bw sfnt.Buffer
		var extra, lacking, differ []string
		checked := 0
		for r := rune(0); r <= 0x1FFFF; r++ {
			gs, _ := sub.GlyphIndex(&bs, r)
			gw, _ := whole.GlyphIndex(&bw, r)
			switch in := kept(ranges, r); {
			case gs != 0 && !in:
				extra = append(extra, strconv.QuoteRune(r))
			case gs == 0 && gw != 0 && in:
				lacking = append(lacking, strconv.QuoteRune(r))
			case gs != 0 && gw != 0:
				checked++
				as, err1 := sub.GlyphAdvance(&bs, gs, ppem, 0)
				aw, err2 := whole.GlyphAdvance(&bw, gw, ppem, 0)
				ss, err3 := sub.LoadGlyph(&bs, gs, ppem, nil)
				ss = slices.Clone(ss) // the buffer's own, reused below
				sw, err4 := whole.LoadGlyph(&bw, gw, ppem, nil)
				if err1 != nil || err2 != nil || err3 != nil || err4 != nil || as != aw || !slices.Equal(ss, sw) {
					differ = append(differ, strconv.QuoteRune(r))
				}
			}
		}
		name := c.face.Name()
		if len(extra) > 0 {
			t.Errorf("%s has %d characters faces/ranges.txt does not list (%s): run scripts/subset-fonts.sh", name, len(extra), first(extra))
		}
		if len(lacking) > 0 {
			t.Errorf("%s lacks %d characters faces/ranges.txt lists and DejaVu has (%s): run scripts/subset-fonts.sh", name, len(lacking), first(lacking))
		}
		if len(differ) > 0 {
			t.Errorf("%s draws %d characters unlike the whole DejaVu (%s)", name, len(differ), first(differ))
		}
		if checked < 1500 {
			t.Errorf("%s: only %d characters compared with the whole DejaVu; expected Latin, Greek and Cyrillic", name, checked)
		}
	}
}

// TestFacesShapeTextAsDejaVuDoes shapes the same lines with each bundled
// face and with the whole DejaVu font, as Fyne's painter does (go-text's
// HarfBuzz): the same number of glyphs (ligatures such as "fi" are kept)
// and the same advances and offsets (kerning, such as "AV" and "To", and
// the placing of combining accents).
func TestFacesShapeTextAsDejaVuDoes(t *testing.T) {
	lines := []struct {
		text   string
		script language.Script
	}{
		{"AVATAR, To Yacht: WAVE Ty. LT fi fl ffi «Tirana» – 1,000 ≈ ≤ → ▸", language.Latin},
		{"Shkodër, Łódź, Ærøskøbing, Nguyễn Tấn Dũng, Ş ţ; e\u0301 a\u0308 o\u0323\u0302", language.Latin},
		{"Αθήνα, Ἀριστοτέλης", language.Greek},
		{"Москва, Україна, Ђорђе", language.Cyrillic},
	}
	var shaper shaping.HarfbuzzShaper
	for _, c := range wholeFaces {
		sub, err := font.ParseTTF(bytes.NewReader(c.face.Content()))
		if err != nil {
			t.Fatalf("%s: %v", c.face.Name(), err)
		}
		whole, err := font.ParseTTF(bytes.NewReader(c.whole))
		if err != nil {
			t.Fatalf("the module's %s: %v", c.face.Name(), err)
		}
		for _, l := range lines {
			shape := func(f *font.Face) shaping.Output {
				rs := []rune(l.text)
				return shaper.Shape(shaping.Input{Text: rs, RunEnd: len(rs), Direction: di.DirectionLTR, Face: f, Size: fixed.I(16), Script: l.script, Language: "en"})
			}
			got, want := shape(sub), shape(whole)
			if len(got.Glyphs) != len(want.Glyphs) || got.Advance != want.Advance {
				t.Errorf("%s shapes %q into %d glyphs %v wide, the whole DejaVu into %d, %v wide", c.face.Name(), l.text, len(got.Glyphs), got.Advance, len(want.Glyphs), want.Advance)
				continue
			}
			for i := range got.Glyphs {
				g, w := got.Glyphs[i], want.Glyphs[i]
				if g.XAdvance != w.XAdvance || g.XOffset != w.XOffset || g.YOffset != w.YOffset || (g.GlyphID == 0) != (w.GlyphID == 0) {
					t.Errorf("%s, %q: glyph %d (cluster %d) is placed unlike the whole DejaVu's", c.face.Name(), l.text, i, g.ClusterIndex)
				}
			}
		}
	}
}

// first lists the first few of what.
func first(what []string) string {
	if len(what) > 5 {
		return strings.Join(what[:5], ", ") + ", …"
	}
	return strings.Join(what, ", ")
}
