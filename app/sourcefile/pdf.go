package sourcefile

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"time"

	"github.com/klippa-app/go-pdfium"
	pdferr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"

	"casefile/app"
)

// The PDF engine is PDFium compiled to WebAssembly, run by wazero: nothing
// native to ship. Compiling the module takes a moment, so it is started
// once (WarmUp starts it early) and kept.
var engine struct {
	once sync.Once
	pool pdfium.Pool
	err  error
	mu   sync.Mutex // one read at a time: the pool has one worker
}

// WarmUp starts the PDF engine in the background, so that the first PDF
// opens without waiting for it. Calling it more than once is harmless.
func WarmUp() { go startEngine() }

func startEngine() (pdfium.Pool, error) {
	engine.once.Do(func() {
		// The module needs WebAssembly's exception handling (PDFium's
		// setjmp); the machine code wazero compiles it to is cached in the
		// user's cache folder, so later starts take a fraction of the time.
		rc := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if dir, err := os.UserCacheDir(); err == nil {
			if cache, err := wazero.NewCompilationCacheWithDir(filepath.Join(dir, "casefile", "pdf-engine")); err == nil {
				rc = rc.WithCompilationCache(cache)
			}
		}
		engine.pool, engine.err = webassembly.Init(webassembly.Config{
			MinIdle: 1, MaxIdle: 1, MaxTotal: 1, ReuseWorkers: true,
			RuntimeConfig: rc,
			// The module sees no file system: documents are handed over
			// as bytes.
			FSConfig: wazero.NewFSConfig(),
			Stdout:   io.Discard,
			Stderr:   io.Discard,
		})
	})
	return engine.pool, engine.err
}

// maxPDFPages bounds the pages read of one PDF.
const maxPDFPages = 5000

// readPDF reads a PDF's text layer page by page and lays it out (see
// layoutPages).
func readPDF(ctx context.Context, name string, raw []byte, opt Options) (Document, error) {
	pool, err := startEngine()
	if err != nil {
		return Document{}, &app.Error{Code: app.EINTERNAL, Message: "Casefile could not start its PDF reader.", Err: err}
	}
	engine.mu.Lock()
	defer engine.mu.Unlock()
	inst, err := pool.GetInstance(30 * time.Second)
	if err != nil {
		return Document{}, &app.Error{Code: app.EINTERNAL, Message: "Casefile could not start its PDF reader.", Err: err}
	}
	defer inst.Close()
	req := &requests.OpenDocument{File: &raw}
	if opt.Password != "" {
		req.Password = &opt.Password
	}
	od, err := inst.OpenDocument(req)
	if err != nil {
		return Document{}, pdfOpenError(name, opt.Password != "", err)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: od.Document})
	pc, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: od.Document})
	if err != nil {
		return Document{}, pdfDamaged(name, err)
	}
	if pc.PageCount > maxPDFPages {
		return Document{}, app.Errorf(app.EINVALID, "The PDF %s has %d pages, more than the %d Casefile imports.", name, pc.PageCount, maxPDFPages)
	}
	pages := make([]pdfPage, 0, pc.PageCount)
	for i := range pc.PageCount {
		if err := ctx.Err(); err != nil {
			return Document{}, &app.Error{Code: app.EINVALID, Message: "The import of " + name + " was cancelled.", Err: err}
		}
		p, err := readPDFPage(inst, od.Document, i)
		if err != nil {
			return Document{}, pdfDamaged(name, err)
		}
		pages = append(pages, p)
		if opt.Progress != nil {
			opt.Progress(i+1, pc.PageCount)
		}
	}
	doc := layoutPages(pages)
	if len(doc.Pages) > 0 && !hasLetters(doc.Text) {
		return Document{}, app.Errorf(app.EINVALID, "The PDF %s has no text layer (it is a scan or an image); run it through a text recognition (OCR) program first, or paste its text into a new source.", name)
	}
	readPDFInfo(inst, od.Document, &doc)
	return doc, nil
}

// readPDFPage reads one page's characters with their boxes.
func readPDFPage(inst pdfium.Pdfium, d references.FPDF_DOCUMENT, i int) (pdfPage, error) {
	size, err := inst.FPDF_GetPageSizeByIndex(&requests.FPDF_GetPageSizeByIndex{Document: d, Index: i})
	if err != nil {
		return pdfPage{}, err
	}
	st, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{
		Page: requests.Page{ByIndex: &requests.PageByIndex{Document: d, Index: i}},
		Mode: requests.GetPageTextStructuredModeChars,
	})
	if err != nil {
		return pdfPage{}, err
	}
	p := pdfPage{W: size.Width, H: size.Height, Chars: make([]glyph, 0, len(st.Chars))}
	for _, c := range st.Chars {
		r := []rune(c.Text)
		if len(r) != 1 {
			continue
		}
		pp := c.PointPosition
		p.Chars = append(p.Chars, glyph{R: r[0], X0: pp.Left, X1: pp.Right, Y0: pp.Bottom, Y1: pp.Top})
	}
	return p, nil
}

// pdfDate reads the start of a PDF date ("D:20260519…").
var pdfDate = regexp.MustCompile(`^(?:D:)?(\d{4})(\d{2})(\d{2})`)

// readPDFInfo takes the title, author and creation date from the PDF's
// document information.
func readPDFInfo(inst pdfium.Pdfium, d references.FPDF_DOCUMENT, doc *Document) {
	meta := func(tag string) string {
		m, err := inst.FPDF_GetMetaText(&requests.FPDF_GetMetaText{Document: d, Tag: tag})
		if err != nil {
			return ""
		}
		return app.OneLine(m.Value)
	}
	doc.Title = meta("Title")
	doc.Author = meta("Author")
	if m := pdfDate.FindStringSubmatch(meta("CreationDate")); m != nil && m[2] >= "01" && m[2] <= "12" && m[3] >= "01" && m[3] <= "31" {
		doc.Published = m[1] + "-" + m[2] + "-" + m[3]
	}
}

// pdfOpenError turns PDFium's refusal to open a file into a sentence.
func pdfOpenError(name string, triedPassword bool, err error) error {
	switch {
	case errors.Is(err, pdferr.ErrPassword) && triedPassword:
		return &app.Error{Code: app.EINVALID, Field: "password", Message: "The password for " + name + " is not right.", Err: ErrPassword}
	case errors.Is(err, pdferr.ErrPassword):
		return &app.Error{Code: app.EINVALID, Field: "password", Message: "The PDF " + name + " is protected by a password.", Err: ErrPassword}
	case errors.Is(err, pdferr.ErrSecurity):
		return &app.Error{Code: app.EINVALID, Message: "The PDF " + name + " is encrypted in a way Casefile cannot read.", Err: err}
	}
	return pdfDamaged(name, err)
}

func pdfDamaged(name string, err error) error {
	return &app.Error{Code: app.EINVALID, Message: "The file " + name + " is not a PDF Casefile can read (it may be damaged or incomplete).", Err: err}
}

// ErrPassword is the cause (errors.Is) of the error Read returns for a PDF
// that needs a password, or was given the wrong one: the window asks for
// it and reads again with Options.Password.
var ErrPassword = errors.New("the PDF needs a password")
