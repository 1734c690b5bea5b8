package ingest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kg-project/kg/ingest/pdf"
)

// parsePDF returns the document a PDF holds, as [Parse] does; the pages
// that could not be read are reported in the error, joined, beside the
// input made of the others.
func parsePDF(source string, data []byte) ([]Input, error) {
	res, err := pdf.Read(data)
	if err == nil && strings.TrimSpace(res.Text) == "" {
		err = fmt.Errorf("%w: a scanned PDF? kg does not read images", ErrNoText)
	}
	if err != nil {
		if len(res.Skipped) > 0 && errors.Is(err, ErrNoText) {
			err = res.Skipped[0] // no text because the pages were damaged
		}
		return nil, &FileError{Path: source, Err: err}
	}
	var errs []error
	for _, e := range res.Skipped {
		errs = append(errs, &FileError{Path: source, Err: e})
	}
	return []Input{{Source: source, Text: res.Text, Title: res.Title, Published: res.Date}}, errors.Join(errs...)
}
