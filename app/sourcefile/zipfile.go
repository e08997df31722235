package sourcefile

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"

	"casefile/app"
)

// Bounds on what a zipped document (.docx, .odt) may unpack to: a file
// that claims or turns out to hold more is refused, so that a "zip bomb"
// posing as a document costs neither memory nor time.
const (
	maxZipEntries = 10000
	maxPartBytes  = 64 << 20  // one part (document.xml, content.xml)
	maxZipBytes   = 256 << 20 // all the parts read
)

// zipDoc is an open zipped document whose parts are read within bounds.
type zipDoc struct {
	name  string
	r     *zip.Reader
	total int64
}

func openZip(name string, raw []byte) (*zipDoc, error) {
	r, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, &app.Error{Code: app.EINVALID, Message: "The file " + name + " is damaged or not a Word or OpenDocument file.", Err: err}
	}
	if len(r.File) > maxZipEntries {
		return nil, app.Errorf(app.EINVALID, "The file %s holds %d parts, more than a document has; it was not read.", name, len(r.File))
	}
	return &zipDoc{name: name, r: r}, nil
}

var errTooLarge = errors.New("unpacks to more than the bound")

// part reads the named part; ok is false when the document has none.
func (z *zipDoc) part(path string) (data []byte, ok bool, err error) {
	for _, f := range z.r.File {
		if f.Name != path {
			continue
		}
		if f.UncompressedSize64 > maxPartBytes {
			return nil, true, z.bomb()
		}
		rc, err := f.Open()
		if err != nil {
			return nil, true, z.damaged(err)
		}
		defer rc.Close()
		data, err := io.ReadAll(io.LimitReader(rc, maxPartBytes+1))
		if err != nil {
			return nil, true, z.damaged(err)
		}
		if len(data) > maxPartBytes {
			return nil, true, z.bomb()
		}
		z.total += int64(len(data))
		if z.total > maxZipBytes {
			return nil, true, z.bomb()
		}
		return data, true, nil
	}
	return nil, false, nil
}

func (z *zipDoc) bomb() error {
	return &app.Error{Code: app.EINVALID, Message: "The file " + z.name + " unpacks to far more than a document would (over 64 MB in one part); it was not read.", Err: errTooLarge}
}

func (z *zipDoc) damaged(err error) error {
	return &app.Error{Code: app.EINVALID, Message: "The file " + z.name + " is damaged or incomplete.", Err: err}
}
