// Package extract turns a paper in any supported format into structured
// actions: a format Reader produces a layout.Doc, then the table, narrative
// and meta rules, written once, find the document's fields and its actions.
package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/docx"
	"github.com/councilactions/councilactions/extract/html"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/extract/meta"
	"github.com/councilactions/councilactions/extract/narrative"
	"github.com/councilactions/councilactions/extract/ocr"
	"github.com/councilactions/councilactions/extract/odf"
	"github.com/councilactions/councilactions/extract/pdf"
	"github.com/councilactions/councilactions/extract/plaintext"
	"github.com/councilactions/councilactions/extract/sheet"
	"github.com/councilactions/councilactions/extract/table"
	"github.com/councilactions/councilactions/extract/xlsx"
)

// Reader turns one format's bytes into lines.
type Reader interface {
	Read(ctx context.Context, data []byte) (layout.Doc, error)
}

// Formats.
const (
	FormatPDF  = "pdf"
	FormatHTML = "html"
	FormatDOCX = "docx"
	FormatXLSX = "xlsx" // .xlsx and .xlsm
	FormatODT  = "odt"
	FormatODS  = "ods"
	FormatCSV  = "csv"
	FormatText = "text"
	// formatZip and formatOLE are archives no reader takes: a zip of
	// something else, and the pre-2007 Office format (or a password-
	// protected OOXML file, which Office wraps the same way).
	formatZip = "zip"
	formatOLE = "ole2"
)

// MaxFileBytes bounds what one paper may be; larger files are refused, not read.
const MaxFileBytes = 200 << 20

// ErrEmpty is returned for a zero-byte file.
var ErrEmpty = errors.New("empty file")

// Extractor reads papers with its options: the package's File and Bytes
// are a default one's.
type Extractor struct {
	ocr *ocr.Engine
}

// New makes an extractor. Scanned PDF pages are read by OCR as the config
// says (ocr.Config: auto when an engine is installed, or off).
func New(ocrConfig ocr.Config) *Extractor {
	return &Extractor{ocr: ocr.New(ocrConfig)}
}

// byDefault reads scanned pages when an engine is installed, caching
// nothing.
var byDefault = New(ocr.Config{})

// File extracts one file from disk with the default options.
func File(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
	return byDefault.File(ctx, path, doc)
}

// Bytes extracts a paper already in memory with the default options.
func Bytes(ctx context.Context, data []byte, format string, doc action.Document) (action.Extraction, error) {
	return byDefault.Bytes(ctx, data, format, doc)
}

// readerFor gives each format its reader.
func (x *Extractor) readerFor(format string) (Reader, error) {
	switch format {
	case FormatPDF:
		return pdf.Reader{OCR: x.ocr}, nil
	case FormatHTML:
		return html.Reader{}, nil
	case FormatDOCX:
		return docx.Reader{}, nil
	case FormatXLSX:
		return xlsx.Reader{}, nil
	case FormatCSV:
		return sheet.CSVReader{}, nil
	case FormatODT:
		return odf.TextReader{}, nil
	case FormatODS:
		return odf.SheetReader{}, nil
	case FormatText:
		return plaintext.Reader{}, nil
	case formatZip:
		return nil, errors.New("a zip archive that is not a Word, Excel or OpenDocument file")
	case formatOLE:
		return nil, errors.New("an old-style Office file (.doc, .xls, .ppt) or a password-protected one: save it as .docx or .xlsx to read it")
	}
	return nil, fmt.Errorf("unsupported format %q", format)
}

// File extracts one file from disk. doc carries what the caller knows of the
// paper (board, council, crawl metadata); Source defaults to path.
func (x *Extractor) File(ctx context.Context, path string, doc action.Document) (action.Extraction, error) {
	st, err := os.Stat(path)
	if err != nil {
		return action.Extraction{}, err
	}
	if st.IsDir() {
		return action.Extraction{}, fmt.Errorf("%s: is a directory", path)
	}
	if st.Size() > MaxFileBytes {
		return action.Extraction{}, fmt.Errorf("%s: file is %d bytes, over the %d-byte limit", path, st.Size(), MaxFileBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return action.Extraction{}, err
	}
	if doc.Source == "" {
		doc.Source = path
	}
	format := Detect(path, doc.ContentType, data)
	if err := mislabelled(path, format); err != nil {
		return action.Extraction{}, fmt.Errorf("%s: %w", path, err)
	}
	ext, err := x.Bytes(ctx, data, format, doc)
	if err != nil {
		return ext, fmt.Errorf("%s: %w", path, err)
	}
	return ext, nil
}

// Bytes extracts a paper already in memory, in the given format.
func (x *Extractor) Bytes(ctx context.Context, data []byte, format string, doc action.Document) (ext action.Extraction, err error) {
	if len(data) == 0 {
		return action.Extraction{}, ErrEmpty
	}
	r, err := x.readerFor(format)
	if err != nil {
		return action.Extraction{}, err
	}
	if format == FormatHTML && doc.ContentType != "" {
		// A charset in the HTTP header outranks the page's own declaration.
		r = html.Reader{ContentType: doc.ContentType}
	}
	// A parser bug must cost one file, not the batch.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s parser failed: %v", format, p)
		}
	}()
	ld, err := r.Read(ctx, data)
	if err != nil {
		return action.Extraction{}, err
	}
	for _, w := range ld.Warnings {
		slog.Warn("paper read in part", "source", doc.Source, "warning", w)
	}
	ld.Flowing = ld.Flowing || format == FormatHTML || format == FormatDOCX
	sum := sha256.Sum256(data)
	doc.SHA256 = hex.EncodeToString(sum[:])
	doc.Pages = ld.Pages
	return Analyse(ld, doc), nil
}

// Analyse finds the document fields and the actions of a paper's lines.
func Analyse(ld layout.Doc, doc action.Document) action.Extraction {
	// The paper's signs are read in its lines as a copy that kept a
	// paragraph a line would have them: a sign the wrap broke over two
	// lines is whole again. (A PDF's title is read in its lines as they
	// are: its first lines are set apart by their look more than by
	// their ends.)
	unwrapped := layout.Unwrapped(ld)
	titled := unwrapped
	if ld.Pages > 0 {
		titled = ld
	}
	m := meta.Find(titled)
	if doc.Title == "" {
		doc.Title = m.Title
	}
	if doc.Date == "" {
		doc.Date = m.Date
	}
	if doc.Period == "" {
		doc.Period = m.Period
	}
	genre := meta.FindGenre(unwrapped)
	tables := table.FindIn(ld, genre.Kind)
	found := tables.Actions
	found = append(found, logged(narrative.Find(ld, tables.Used, narrative.Options{
		Date: orDate(doc.MeetingDate, doc.Date), Title: doc.Title, Genre: genre.Kind, Proposed: genre.Proposed, Agenda: genre.Agenda,
		PlanOfWork: meta.PlanOfWork(doc.Title), ActionRows: actionRows(tables.Actions),
	}), tables.Actions)...)
	if doc.Kind == "" {
		doc.Kind = meta.Kind(unwrapped, m, genre, found)
	}
	// (An item cut short still tells what kind of paper it is in.)
	found = uncut(found, ld)
	if doc.Year == 0 {
		doc.Year = meta.Year(doc.MeetingDate, doc.Date, doc.Period)
	}
	ext := action.Extraction{Document: doc, Actions: found}
	ext.Finish()
	return ext
}

// uncut drops an item the copy stopped in the middle of: its words are
// the paper's last, and they stop where no sentence can, at an article, a
// preposition or a conjunction, or a lone letter ("… will hold a", "…
// maps for the stiles an", "… the works of the brick a"), a page whose
// copy was cut short. What it would have undertaken cannot be told. An
// item whose source holds more than that last point (a line break, or a
// bullet after its first, as when a wrapped point ran on into the cut
// one) keeps its words. Where the cut word follows a comma ("… be noted,
// which"), the clause before the comma is whole and stays, without the
// cut word, unless it ends on a list that went on. A point cut inside
// its first word ("ii) Tha") is left out too: a word of three letters or
// fewer alone, unstopped, is no item.
func uncut(found []action.Action, ld layout.Doc) []action.Action {
	last := ""
	for k := len(ld.Lines) - 1; k >= 0 && last == ""; k-- {
		if !ld.Lines[k].Furniture {
			last = strings.TrimSpace(strings.ReplaceAll(ld.Lines[k].Text, "\t", " "))
		}
	}
	words := strings.Fields(last)
	if len(words) < 2 {
		return found
	}
	lastWord := words[len(words)-1]
	line := strings.Join(words, " ")
	found = slices.DeleteFunc(found, func(a action.Action) bool {
		text := strings.Join(strings.Fields(a.Action), " ")
		return text != "" && strings.HasSuffix(line, text) && verbless(text)
	})
	if !cutWord(lastWord) {
		if !cutInWord(lastWord) {
			return found
		}
		out := found[:0:0]
		for _, a := range found {
			if strings.TrimSpace(a.Action) != lastWord {
				out = append(out, a)
			}
		}
		return out
	}
	tail := strings.Join(words[len(words)-2:], " ")
	out := found[:0:0]
	for _, a := range found {
		text := strings.Join(strings.Fields(a.Action), " ")
		src := strings.TrimLeft(strings.TrimSpace(a.SourceText), layout.Bullets+"-–* ")
		if !strings.HasSuffix(text, tail) || strings.ContainsAny(src, "\n"+layout.Bullets) {
			out = append(out, a)
			continue
		}
		if whole := strings.TrimSpace(strings.TrimSuffix(text, lastWord)); strings.HasSuffix(whole, ",") && len(strings.Fields(whole)) > 3 && !listGoesOn(whole) {
			a.Action = strings.TrimSuffix(whole, ",")
			out = append(out, a)
		}
	}
	return out
}

// verbless: a that-clause of a few words that never reached its verb
// ("That the Parish", "that quotatio"): a decision the copy cut off after
// its subject, which says nothing of what was decided. Only a cut that
// shows it: one word after "that", or a last word that cannot end a
// clause (cutWord: an article, a preposition) or is part of a name.
// A lower-case last word may be the subjunctive verb ("That Cllr Hale
// chair", "That the Clerk investigate"), but not one right after a
// determiner or a lower-case noun there, and a clause with a verb,
// however short ("That the minutes be signed"), is whole.
func verbless(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 || !strings.EqualFold(words[0], "that") || strings.ContainsAny(text, ".;:!?") {
		return false
	}
	for _, w := range words[1:] {
		w = strings.ToLower(w)
		switch w {
		case "be", "is", "are", "was", "were", "been", "has", "have", "had", "will", "would", "shall", "should", "may", "can", "must", "do", "does", "did", "to", "not":
			return false
		}
		if strings.HasSuffix(w, "ed") {
			return false
		}
	}
	switch strings.ToLower(words[1]) {
	case "the", "a", "an", "this", "these", "those", "its", "their", "our", "any", "all":
		// After a determiner the subject needs its noun and then the
		// verb: "That the new", "That the footpath" never reached it.
		// With four words a lower-case singular noun there is a
		// compound's first part ("That the parish council"); a plural
		// ("That the fees rise", "That all members attend") or a title's
		// capital ("That the Clerk investigate") may have its verb
		// next, so the last word decides ("That the Clerk of").
		if len(words) < 4 {
			return true
		}
		r, _ := utf8.DecodeRuneInString(words[2])
		if !unicode.IsUpper(r) && !strings.HasSuffix(words[2], "s") {
			return true
		}
	}
	last := words[len(words)-1]
	r, _ := utf8.DecodeRuneInString(last)
	return len(words) == 2 || unicode.IsUpper(r) || cutWord(strings.ToLower(last))
}

// listGoesOn: what is before the cut ends on a bare list — its last
// two comma-separated parts are short and hold no verb ("… new cups,
// plates, spoons,") — so the list, and the point, went on past the cut.
// Otherwise the words before the last comma are whole ("… be accepted,
// the", "RESOLVED that, subject to funding, … be accepted, and").
func listGoesOn(whole string) bool {
	parts := strings.Split(strings.TrimSuffix(whole, ","), ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts[len(parts)-2:] {
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 3 {
			return false
		}
		for _, w := range words {
			switch strings.ToLower(w) {
			case "be", "is", "are", "was", "were", "been", "has", "have", "will", "shall", "should", "to":
				return false
			}
		}
	}
	return true
}

// cutInWord: a last word the copy may have stopped inside — three
// letters or fewer, no stop after it — which, alone, is no item.
func cutInWord(w string) bool {
	r := []rune(w)
	return len(r) <= 3 && unicode.IsLetter(r[len(r)-1])
}

// cutWord: a last word no sentence or heading ends with, in small
// letters ("Appendix A", "Option B" end one).
func cutWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "to", "for", "with", "by", "in", "on", "at", "from", "and", "or", "into", "that", "which", "our", "their", "its":
		return true
	}
	r := []rune(w)
	return len(r) == 1 && unicode.IsLower(r[0])
}

// actionRows: the tables' items hold an action (a plan's row), not only
// decisions or recommendations.
func actionRows(found []action.Action) bool {
	for _, a := range found {
		if a.Kind == action.KindAction {
			return true
		}
	}
	return false
}

// Detect tells a paper's format from its first bytes (and, for a zip,
// the parts inside it), then its content type and name. Unknown bytes are
// treated as text, which the text reader checks.
func Detect(name, contentType string, data []byte) string {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	lower := bytes.ToLower(trimmed)
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")) || bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return zipFormat(data)
	case bytes.HasPrefix(head, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return formatOLE
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		(bytes.HasPrefix(lower, []byte("<")) && bytes.Contains(lower, []byte("<body"))):
		return FormatHTML
	}
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "pdf"):
		return FormatPDF
	case strings.Contains(ct, "html"):
		return FormatHTML
	case strings.Contains(ct, "csv"):
		return FormatCSV
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return FormatPDF
	case ".html", ".htm", ".aspx":
		return FormatHTML
	case ".csv":
		return FormatCSV
	}
	return FormatText
}

// logged drops the commitments that a paper's own action log records
// again: minutes that tag "ACTION: Jo Bloggs – circulate the strategy" and
// list it in their action log give it once, as the log's row, which says
// more (status, deadline).
func logged(narr, rows []action.Action) []action.Action {
	if len(rows) == 0 {
		return narr
	}
	out := narr[:0:0]
	for _, c := range narr {
		if c.Kind != action.KindCommitment || !inLog(c, rows) {
			out = append(out, c)
		}
	}
	return out
}

// inLog: a row with the commitment's owner holds most of its words.
func inLog(c action.Action, rows []action.Action) bool {
	words := contentWords(c.Action)
	if len(c.Owner) == 0 || len(words) == 0 {
		return false
	}
	for _, r := range rows {
		if !sameOwner(c.Owner, r.Owner) {
			continue
		}
		have := contentWords(r.Action + " " + r.Objective)
		common := 0
		for w := range words {
			if have[w] {
				common++
			}
		}
		if 2*common >= len(words) {
			return true
		}
	}
	return false
}

func sameOwner(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			x, y := strings.ToLower(x), strings.ToLower(y)
			if x != "" && y != "" && (strings.Contains(x, y) || strings.Contains(y, x)) {
				return true
			}
		}
	}
	return false
}

// contentWords are a text's words of four letters or more, lower-cased.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 {
			out[w] = true
		}
	}
	return out
}

// zipFormat tells the office formats apart by what their package holds:
// OpenDocument names its type in a "mimetype" entry, OOXML by its main
// part. (The zip's directory is at its end, so this needs all the bytes.)
func zipFormat(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return FormatDOCX // a damaged Word file says so in the DOCX reader's words
	}
	for _, f := range zr.File {
		switch {
		case f.Name == "mimetype" && f.UncompressedSize64 < 100:
			rc, err := f.Open()
			if err != nil {
				continue
			}
			mt, _ := io.ReadAll(io.LimitReader(rc, 100))
			rc.Close()
			switch strings.TrimSpace(string(mt)) {
			case "application/vnd.oasis.opendocument.text":
				return FormatODT
			case "application/vnd.oasis.opendocument.spreadsheet":
				return FormatODS
			}
		case f.Name == "word/document.xml":
			return FormatDOCX
		case f.Name == "xl/workbook.xml":
			return FormatXLSX
		}
	}
	for _, f := range zr.File {
		if f.Name == "[Content_Types].xml" || f.Name == "_rels/.rels" {
			return FormatDOCX // a Word file with its main part renamed
		}
	}
	return formatZip
}

// claimed is the format a file's name promises, for names that promise a
// binary format.
var claimed = map[string]string{
	".pdf": FormatPDF, ".docx": FormatDOCX, ".xlsx": FormatXLSX, ".xlsm": FormatXLSX,
	".odt": FormatODT, ".ods": FormatODS,
}

// mislabelled refuses a file whose name promises a binary format its bytes
// do not have at all (a text or HTML page saved as .xlsx, an error page
// served as a PDF), rather than reading it as the text it is. A file that
// is another real format than its name says is read as what it is.
func mislabelled(name, format string) error {
	ext := strings.ToLower(filepath.Ext(name))
	want, ok := claimed[ext]
	if !ok || format == want {
		return nil
	}
	switch format {
	case FormatText, FormatHTML, FormatCSV:
		return fmt.Errorf("named %s but its content is %s, not %s", ext, describe(format), strings.ToUpper(want))
	}
	return nil
}

func describe(format string) string {
	switch format {
	case FormatHTML:
		return "an HTML page"
	case FormatText, FormatCSV:
		return "text"
	}
	return strings.ToUpper(format)
}

func orDate(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
