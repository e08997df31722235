package briefing

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"casefile/app"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// printed is the fixed printed date of every test briefing.
var printed = time.Date(2025, 11, 26, 15, 4, 5, 0, time.UTC)

func render(t testing.TB, d app.CaseData, opts Options) []byte {
	t.Helper()
	if opts.Printed.IsZero() {
		opts.Printed = printed
	}
	doc, err := Build(d, opts)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	var buf bytes.Buffer
	if err := Render(doc, &buf); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

func TestDemoModelGolden(t *testing.T) {
	doc, err := Build(demoCase(t), Options{Printed: printed})
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatalf("the model does not marshal to JSON: %v", err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "demo-model.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("model differs from %s at line %d:\n got: %s\nwant: %s\n(run go test -update if the change is intended)", golden, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("model differs from %s in length (%d vs %d lines); run go test -update if intended", golden, len(gl), len(wl))
	}
	// The model reads back as the same data.
	var back Document
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, doc) {
		t.Error("the model does not survive a JSON round trip")
	}
}

func TestDemoBriefingText(t *testing.T) {
	d := demoCase(t)
	pdf := render(t, d, Options{})
	pages := pdfText(t, pdf)
	all := strings.Join(pages, "\n")
	norm := strings.Join(strings.Fields(all), " ")
	for _, s := range Sections {
		if !strings.Contains(all, SectionTitle(s)) {
			t.Errorf("section %q (%s) missing from the text", s, SectionTitle(s))
		}
	}
	for _, p := range d.People {
		if hasRTL(p.Name) {
			continue
		}
		if !strings.Contains(norm, strings.Join(strings.Fields(p.Name), " ")) {
			t.Errorf("person %q missing from the text", p.Name)
		}
	}
	for _, o := range d.Organizations {
		if !strings.Contains(norm, o.Name) {
			t.Errorf("organization %q missing", o.Name)
		}
	}
	for _, f := range d.Figures {
		for _, c := range f.Claims {
			if !strings.Contains(norm, "“"+strings.Join(strings.Fields(c.Text), " ")+"”") {
				t.Errorf("claim phrase %q missing (or not in quotation marks)", c.Text)
			}
		}
	}
	for _, e := range d.Events {
		for _, c := range e.Citations {
			if c.Quote != nil && !strings.Contains(norm, "“"+c.Quote.Exact+"”") {
				t.Errorf("quote %q missing", c.Quote.Exact)
			}
		}
	}
	for _, want := range []string{"Tuesday 20 June 2023", "July 2022", "early 1980s", "1980s", "Contents"} {
		if !strings.Contains(norm, want) {
			t.Errorf("%q missing", want)
		}
	}
	n := len(pages)
	for i, p := range pages {
		if c := strings.Count(p, d.Case.Marking); c < 2 {
			t.Errorf("page %d shows the marking %d times, want top and bottom", i+1, c)
		}
		if want := fmt.Sprintf("Page %d of %d", i+1, n); !strings.Contains(p, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
	}
	// One bookmark per section, per disputed question and per figure.
	titles := outlineTitles(pdf)
	want := len(Sections) + len(d.Questions) + len(d.Figures)
	if len(titles) != want {
		t.Errorf("outline has %d entries, want %d: %q", len(titles), want, titles)
	}
	for _, f := range d.Figures {
		found := false
		for _, ti := range titles {
			found = found || ti == f.Question
		}
		if !found {
			t.Errorf("no bookmark for figure %q", f.Question)
		}
	}
}

func TestFontsEmbedded(t *testing.T) {
	pdf := render(t, demoCase(t), Options{})
	if n := bytes.Count(pdf, []byte("/FontFile2")); n != 3 {
		t.Errorf("%d embedded TrueType fonts, want 3 (regular, bold, oblique)", n)
	}
	if !bytes.Contains(pdf, []byte("/BaseFont /utf8dejavuB")) {
		t.Error("the bold DejaVu Sans face is not in the PDF")
	}
}

// TestConcurrentRenders checks that briefings can be made at the same time
// (the window exports in the background); run with -race.
func TestConcurrentRenders(t *testing.T) {
	want := render(t, fixtureCase(), Options{})
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc, err := Build(fixtureCase(), Options{Printed: printed})
			if err != nil {
				t.Error(err)
				return
			}
			var buf bytes.Buffer
			if err := Render(doc, &buf); err != nil {
				t.Error(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Error("a concurrent render differs")
			}
		}()
	}
	wg.Wait()
}

func TestDeterministic(t *testing.T) {
	d := demoCase(t)
	a := render(t, d, Options{})
	b := render(t, d, Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("the same case gave two different PDFs")
	}
	// Different days differ only by date.
	c := render(t, d, Options{Printed: printed.AddDate(0, 0, 1)})
	if bytes.Equal(a, c) {
		t.Error("the printed date is not in the PDF")
	}
	if !bytes.Contains(a, []byte("D:20251126000000")) {
		t.Error("the creation date is not the printed day")
	}
}

func TestNoLocalPathsOrUser(t *testing.T) {
	d := demoCase(t)
	d.Case.Author = "Desk analyst"
	pdf := render(t, d, Options{})
	var leaks []string
	if wd, err := os.Getwd(); err == nil {
		leaks = append(leaks, wd)
	}
	if h, err := os.UserHomeDir(); err == nil && len(h) > 1 {
		leaks = append(leaks, h+"/")
	}
	if u, err := user.Current(); err == nil && len(u.Username) > 2 {
		leaks = append(leaks, "/"+u.Username)
	}
	leaks = append(leaks, "go-fonts", "/tmp/", os.TempDir())
	for _, l := range leaks {
		if l != "" && bytes.Contains(pdf, []byte(l)) {
			t.Errorf("the PDF contains %q", l)
		}
	}
}

// checkLayout asserts that no two words on a page overlap and that every
// word lies within the page's margins.
func checkLayout(t *testing.T, pdf []byte, paper Paper) []bboxPage {
	t.Helper()
	const mm = 72 / 25.4
	pages := pdfBoxes(t, pdf)
	if len(pages) == 0 {
		t.Fatal("no pages")
	}
	bad := 0
	for i, p := range pages {
		for _, o := range overlaps(p.Words) {
			if bad++; bad <= 10 {
				t.Errorf("page %d: %q %v overlaps %q %v", i+1, o[0].Text, o[0], o[1].Text, o[1])
			}
		}
		left, right := paper.Left*mm-0.5, p.Width-paper.Right*mm+0.5
		for _, w := range p.Words {
			if w.X0 < left || w.X1 > right || w.Y0 < 5*mm || w.Y1 > p.Height-5*mm {
				if bad++; bad <= 10 {
					t.Errorf("page %d: %q at %v runs into the margin", i+1, w.Text, w)
				}
			}
		}
	}
	return pages
}

func TestLargeCaseNoOverlap(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	for _, d := range []app.CaseData{paginationCase(), hugeCase(1000, 300)} {
		checkLarge(t, d)
	}
}

func checkLarge(t *testing.T, d app.CaseData) {
	pdf := render(t, d, Options{})
	var pages []string
	for _, p := range checkLayout(t, pdf, papers["a4"]) {
		var ws []string
		for _, w := range p.Words {
			ws = append(ws, w.Text)
		}
		pages = append(pages, strings.Join(ws, " "))
	}
	if len(pages) < 50 {
		t.Errorf("only %d pages for 1,000 events", len(pages))
	}
	// Every page of the timeline table repeats its header.
	inTimeline := false
	for i, p := range pages {
		switch {
		case strings.Contains(p, "All dated events"):
			inTimeline = true
		case strings.Contains(p, "People and organizations"):
			inTimeline = false
		}
		if inTimeline && !strings.Contains(p, "Participants") {
			t.Errorf("timeline page %d has no table header", i+1)
		}
	}
	// Every claim of the big figure is in the table.
	norm := strings.Join(strings.Fields(strings.Join(pages, " ")), " ")
	for _, c := range d.Figures[len(d.Figures)-1].Claims {
		if !strings.Contains(norm, "“"+c.Text+"”") {
			t.Errorf("claim %q missing", c.Text)
			break
		}
	}
}

func TestLongContentStaysOnPage(t *testing.T) {
	d := fixtureCase()
	long := strings.Repeat("Ж", 400) // one 400-letter word
	d.Case.Title = "A title that goes on and on " + strings.Repeat("and on ", 40)
	d.Case.Marking = "SECRET // REL TO " + strings.Repeat("ABC, ", 30)
	d.People[0].Name = "Maryam " + long
	d.People[1].Name = strings.Repeat("Çuçi-Ëndri ", 45)
	d.People[1].Notes = strings.Repeat("A long note on this person. ", 80)
	d.Events[0].Description = strings.Repeat("x", 120) + " " + strings.Repeat("A description of two thousand characters. ", 48)
	d.Events[1].Title = strings.Repeat("Долгое название события ", 20)
	d.Sources[0].URL = "https://example.org/" + strings.Repeat("very-long-path-segment/", 30) + "?q=" + strings.Repeat("z", 200)
	d.Figures[0].Question = strings.Repeat("How many people were injured in the raid, by any count ", 8)
	d.Figures[0].Claims[0].Text = strings.Repeat("more than 100 residents were injured, they said ", 30)
	d.Organizations[0].Aliases = append(d.Organizations[0].Aliases, app.Alias{Name: strings.Repeat("مجاهدین خلق ", 30), Note: strings.Repeat("note ", 40)})
	for _, paper := range []string{"a4", "letter"} {
		t.Run(paper, func(t *testing.T) {
			pdf := render(t, d, Options{Paper: paper})
			checkLayout(t, pdf, papers[paper])
		})
	}
}

func TestDemoNoOverlap(t *testing.T) {
	for _, paper := range []string{"a4", "letter"} {
		t.Run(paper, func(t *testing.T) {
			pdf := render(t, demoCase(t), Options{Paper: paper})
			checkLayout(t, pdf, papers[paper])
		})
	}
}

func TestOptions(t *testing.T) {
	d := fixtureCase()
	if _, err := Build(d, Options{Paper: "A5"}); app.ErrorCode(err) != app.EINVALID || app.ErrorField(err) != "paper" {
		t.Errorf("paper A5: %v", err)
	}
	if _, err := Build(d, Options{Sections: []string{"timeline", "gossip"}}); app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "gossip") {
		t.Errorf("unknown section: %v", err)
	}
	doc, err := Build(d, Options{Paper: "Letter", Sections: []string{"sources", "timeline"}, KeyOnly: true, Marking: "OFFICIAL", Printed: printed})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Paper.Name != "letter" || doc.Marking != "OFFICIAL" {
		t.Errorf("paper %q marking %q", doc.Paper.Name, doc.Marking)
	}
	var names []string
	for _, s := range doc.Sections {
		names = append(names, s.Name)
	}
	if strings.Join(names, ",") != "timeline,sources" {
		t.Errorf("sections %v, want timeline then sources (print order)", names)
	}
	var tl *Table
	for _, b := range doc.Sections[0].Blocks {
		if b.Table != nil {
			tl = b.Table
		}
	}
	keys := 0
	for _, e := range d.Events {
		if e.Key {
			keys++
		}
	}
	if tl == nil || len(tl.Rows) != keys {
		t.Fatalf("key-only timeline has %v rows, want %d", tl, keys)
	}
	for _, r := range tl.Rows {
		if !r.Key {
			t.Error("a non-key event in a key-only timeline")
		}
	}
	pdf := render(t, d, Options{Paper: "letter", Sections: []string{"summary"}})
	pages := pdfText(t, pdf)
	if len(pages) != 2 {
		t.Errorf("cover and summary gave %d pages", len(pages))
	}
	if !bytes.Contains(pdf, []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Error("letter paper not 612×792 pt")
	}
	if SectionTitle("summary") != "Bottom line up front" || SectionTitle("nope") != "" {
		t.Error("SectionTitle")
	}
}

func TestCitationsLinkToSources(t *testing.T) {
	d := fixtureCase()
	doc, err := Build(d, Options{Printed: printed})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Cited) != len(d.Sources) {
		t.Fatalf("cited %v", doc.Cited)
	}
	pdf := render(t, d, Options{})
	// Internal links are /Link annotations with a /Dest.
	if n := bytes.Count(pdf, []byte("/Subtype /Link")); n < 20 {
		t.Errorf("only %d link annotations", n)
	}
	// Without the Sources section there is nothing to link to.
	doc, _ = Build(d, Options{Sections: []string{"timeline"}, Printed: printed})
	if len(doc.Cited) != 0 {
		t.Errorf("cited %v without a Sources section", doc.Cited)
	}
}

func TestEmptyCase(t *testing.T) {
	pdf := render(t, app.CaseData{}, Options{})
	all := strings.Join(pdfText(t, pdf), "\n")
	for _, want := range []string{"Untitled case", "No summary", "There are no events", "No sources"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q missing from an empty case's briefing", want)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "brief.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, fixtureCase(), Options{Printed: printed}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.HasPrefix(got, []byte("%PDF-")) {
		t.Error("not a PDF")
	}
	if !bytes.Equal(got, render(t, fixtureCase(), Options{})) {
		t.Error("WriteFile and Render differ")
	}
	onlyFile(t, dir, "brief.pdf")
}

// onlyFile checks that dir holds exactly the named files (no temp files).
func onlyFile(t *testing.T, dir string, names ...string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	var got []string
	for _, e := range es {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("folder holds %v, want %v", got, names)
	}
}

func TestWriteFileFailures(t *testing.T) {
	d := fixtureCase()
	opts := Options{Printed: printed}
	dir := t.TempDir()
	oneSentence := func(t *testing.T, err error) {
		t.Helper()
		var ae *app.Error
		if !errors.As(err, &ae) {
			t.Fatalf("error %T %v is not an *app.Error", err, err)
		}
		m := ae.Message
		if strings.Count(m, ". ") > 0 || !(strings.HasSuffix(m, ".") || ae.Code == app.EINTERNAL) {
			t.Errorf("message is not one sentence: %q", m)
		}
	}
	t.Run("directory", func(t *testing.T) {
		err := WriteFile(dir, d, opts)
		if app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "is a folder") {
			t.Errorf("got %v", err)
		}
		oneSentence(t, err)
	})
	t.Run("missing folder", func(t *testing.T) {
		err := WriteFile(filepath.Join(dir, "nope", "b.pdf"), d, opts)
		if app.ErrorCode(err) != app.ENOTFOUND {
			t.Errorf("got %v", err)
		}
		oneSentence(t, err)
	})
	t.Run("render fails midway", func(t *testing.T) {
		sub := t.TempDir()
		path := filepath.Join(sub, "b.pdf")
		err := writeAtomic(path, func(w io.Writer) error {
			_, _ = w.Write([]byte("%PDF-1.3 half"))
			return &os.PathError{Op: "write", Path: path, Err: syscall.ENOSPC}
		})
		if app.ErrorCode(err) != app.EINVALID || !strings.Contains(app.ErrorMessage(err), "not enough space") {
			t.Errorf("got %v", err)
		}
		oneSentence(t, err)
		onlyFile(t, sub)
	})
	t.Run("existing file kept on failure", func(t *testing.T) {
		sub := t.TempDir()
		path := filepath.Join(sub, "b.pdf")
		_ = os.WriteFile(path, []byte("old"), 0o644)
		_ = writeAtomic(path, func(w io.Writer) error { return errors.New("boom") })
		if got, _ := os.ReadFile(path); string(got) != "old" {
			t.Errorf("the old file was changed to %q", got)
		}
		onlyFile(t, sub, "b.pdf")
	})
	t.Run("read-only folder", func(t *testing.T) {
		sub := t.TempDir()
		if err := os.Chmod(sub, 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(sub, 0o755)
		if f, err := os.Create(filepath.Join(sub, "probe")); err == nil {
			f.Close()
			os.Remove(filepath.Join(sub, "probe"))
			// Running as root: permissions do not stop us. Check the
			// message mapping instead.
			err := writeAtomic(filepath.Join(sub, "x.pdf"), func(io.Writer) error { return &os.PathError{Op: "open", Path: "x", Err: syscall.EACCES} })
			if !strings.Contains(app.ErrorMessage(err), "may not write") {
				t.Errorf("got %v", err)
			}
			err = writeAtomic(filepath.Join(sub, "x.pdf"), func(io.Writer) error { return &os.PathError{Op: "open", Path: "x", Err: syscall.EROFS} })
			if !strings.Contains(app.ErrorMessage(err), "read-only") {
				t.Errorf("got %v", err)
			}
			return
		}
		err := WriteFile(filepath.Join(sub, "b.pdf"), d, opts)
		if app.ErrorCode(err) != app.EREADONLY || !strings.Contains(app.ErrorMessage(err), "may not write") {
			t.Errorf("got %v", err)
		}
		oneSentence(t, err)
		onlyFile(t, sub)
	})
}

// TestImportsNoFyneNoStorage keeps the PDF code free of the window and the
// database (internal/archtest checks the whole module; this is the local
// guard).
func TestImportsNoFyneNoStorage(t *testing.T) {
	for _, pkg := range []string{"casefile/app/briefing", "casefile/app/chartlayout", "casefile/app/timelinelayout"} {
		out, err := exec.Command("go", "list", "-tags", "sqlite_fts5", "-deps", pkg).Output()
		if err != nil {
			t.Skipf("go list: %v", err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if strings.HasPrefix(dep, "fyne.io/") || strings.HasPrefix(dep, "casefile/storage") ||
				dep == "database/sql" || strings.Contains(dep, "sqlite") {
				t.Errorf("%s depends on %s", pkg, dep)
			}
			if pkg != "casefile/app/briefing" && strings.HasPrefix(dep, "codeberg.org/go-pdf") {
				t.Errorf("%s depends on the PDF library", pkg)
			}
		}
	}
}

// TestPersianCopiesOut checks that Persian names, drawn as shaped
// presentation forms in visual order, copy out of the PDF as the letters
// they were written with (the fonts' ToUnicode maps, see fixToUnicode):
// poppler's pdftotext, which orders right-to-left text, gives them back as
// written (around them the bidi embedding marks it writes into plain text
// for a right-to-left run in a left-to-right line); MuPDF's mutool 1.21,
// whose text output keeps the visual order, gives the same letters, each
// word reversed. qpdf checks the rewritten file. That the letters are
// drawn joined is TestShapePersian's.
func TestPersianCopiesOut(t *testing.T) {
	pdf := render(t, fixtureCase(), Options{})
	names := []string{"مریم رجوی", "علی مستشاری", "مجاهدین خلق ایران"}
	dir := t.TempDir()
	path := filepath.Join(dir, "b.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	noForms := func(tool, text string) {
		for _, r := range text {
			if isPresentationForm(r) {
				t.Errorf("%s: the presentation form %U was copied out", tool, r)
				return
			}
		}
	}
	text := strings.Join(pdfText(t, pdf), "\n")
	noForms("pdftotext", text)
	text = strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E {
			return -1
		}
		return r
	}, text)
	for _, want := range names {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext: %q not copied out of the PDF", want)
		}
	}
	if _, err := exec.LookPath("mutool"); err == nil {
		out, err := exec.Command("mutool", "draw", "-q", "-F", "txt", "-o", "-", path).Output()
		if err != nil {
			t.Fatalf("mutool: %v", err)
		}
		noForms("mutool", string(out))
		for _, want := range names {
			if !strings.Contains(string(out), reverseString(want)) && !strings.Contains(string(out), want) {
				t.Errorf("mutool: the letters of %q not copied out", want)
			}
		}
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	}
}

func reverseString(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

// TestPDFVersion checks that the header's version is at least what the
// features found in the file need: transparency, soft masks, blend modes
// and XMP metadata are PDF 1.4, object and cross-reference streams and
// marked content with ActualText 1.5; everything the briefing uses
// (TrueType CID fonts, ToUnicode maps, outlines, links to pages and URIs)
// is in PDF 1.3.
func TestPDFVersion(t *testing.T) {
	for name, d := range map[string]app.CaseData{"fixture": fixtureCase(), "demo": demoCase(t)} {
		pdf := render(t, d, Options{})
		header := string(pdf[:8])
		need := "%PDF-1.3"
		for feature, version := range map[string]string{"/SMask": "%PDF-1.4", "/ca ": "%PDF-1.4", "/BM ": "%PDF-1.4", "/Transparency": "%PDF-1.4",
			"/Metadata": "%PDF-1.4", "/ObjStm": "%PDF-1.5", "/XRefStm": "%PDF-1.5", "/ActualText": "%PDF-1.5"} {
			if bytes.Contains(pdf, []byte(feature)) && version > need {
				need = version
			}
		}
		if header < need {
			t.Errorf("%s: the header says %s, the file needs %s", name, header, need)
		}
		if header != need {
			t.Errorf("%s: the header says %s, but nothing in the file needs more than %s", name, header, need)
		}
		if name == "fixture" && !bytes.Contains(pdf, []byte("/URI (http")) {
			t.Errorf("%s: no source address is a link (the demo has none)", name)
		}
	}
}

// TestBottomLineUsesFigureSummaries checks that the bottom line gives each
// figure the line the window shows: the analyst's own when written, else
// the one generated from the claims.
func TestBottomLineUsesFigureSummaries(t *testing.T) {
	d := demoCase(t)
	if len(d.Figures) < 2 {
		t.Fatal("the demo has fewer than two figures")
	}
	d.Figures[0].Summary = "Only the outlet's unverified figure exists; treat it as an order of magnitude."
	doc, err := Build(d, Options{Printed: printed, Sections: []string{"summary"}})
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{d.Figures[0].Summary, d.FigureSummary(&d.Figures[1])} {
		if !strings.Contains(string(js), want) {
			t.Errorf("the bottom line lacks %q", want)
		}
	}
}

func TestSingularUnit(t *testing.T) {
	for in, want := range map[string]string{"people": "person", "officers": "officer", "casualties": "casualty", "press": "press", "km": "km", "US$": "US$"} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}
