package index

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/councilactions/councilactions/extract/action"
)

// Document types in the index: one entry per action (typeMerged, in
// merge.go, for one shown as another), and one marker per paper that
// remembers its sha256.
const (
	typeAction   = "action"
	typeDocument = "document"
)

// Index field names beyond the JSON names of action.Record.
const (
	fieldType       = "type"
	fieldRecord     = "_rec"        // the whole action.Record as JSON, stored only
	fieldDocInfo    = "_doc"        // the marker's DocumentInfo as JSON, stored only
	fieldThemeFacet = "theme_facet" // theme as one keyword, for filters
	fieldFacets     = "facets"      // every facet value as "name:value", for counting
	fieldDueSort    = "due_sort"    // due as YYYY-MM-DD keyword, for sorting
	fieldDateSort   = "date_sort"   // document_date as YYYY-MM-DD keyword, for sorting
	fieldOrder      = "order"       // document date / document id / position: export order
	fieldOpen       = "open"        // "yes" when the status is neither complete nor cancelled
	fieldPhrases    = "phrases"     // the searchable text again, as pairs of common words (pairs.go)
	fieldGroup      = "_group"      // the board whose papers the action is linked across (threads.go)
)

// The phrases field indexes pairs of neighbouring common words ("mental
// health") as one term each (pairs.go).
const (
	phraseAnalyzer = "en_word_pairs"
	pairFilterName = "en_pairs"
)

// textFields are analysed as English, stored, and highlighted.
var textFields = []string{
	"action", "title", "objective", "target", "outcome", "progress", "theme",
	"document_title", "milestones",
}

// keywordFields are exact values with doc values, for filters.
var keywordFields = []string{
	"board", "council", "status", "owner", "kind", "document_kind",
}

// idFields are exact values that are looked up but never counted or sorted,
// so they keep no doc values.
var idFields = []string{"id", "document_id", "ref", "period", "thread", "change", "news"}

// searchTextFields are analysed copies, searchable by plain words but not
// stored, so that "packham" finds the owner "Dr Kath Packham".
var searchTextFields = []string{"owner_text", "board_text", "council_text"}

// queryFields are the field names a query string may use.
func queryFields() []string {
	f := append([]string{}, textFields...)
	f = append(f, keywordFields...)
	f = append(f, idFields...)
	f = append(f, searchTextFields...)
	f = append(f, fieldThemeFacet, "year", "due", "document_date", "slips", "times_seen", "changed", "_all")
	sort.Strings(f)
	return f
}

func newMapping() (mapping.IndexMapping, error) {
	m := bleve.NewIndexMapping()
	// The English analyser's chain, then pairs of common words.
	err := m.AddCustomTokenFilter(pairFilterName, map[string]interface{}{
		"type": pairFilterType,
	})
	if err == nil {
		err = m.AddCustomAnalyzer(phraseAnalyzer, map[string]interface{}{
			"type":          custom.Name,
			"tokenizer":     unicode.Name,
			"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, porter.Name, pairFilterName},
		})
	}
	if err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	m.TypeField = fieldType
	m.DefaultType = typeAction
	m.DefaultAnalyzer = en.AnalyzerName
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false

	act := bleve.NewDocumentStaticMapping()
	act.Dynamic = false
	add := func(name string, fm *mapping.FieldMapping) {
		fm.Name = name
		act.AddFieldMappingsAt(name, fm)
	}
	add(fieldType, keywordField(false))
	for _, f := range textFields {
		add(f, textField(en.AnalyzerName, true, true))
	}
	for _, f := range searchTextFields {
		add(f, textField(en.AnalyzerName, false, true))
	}
	for _, f := range keywordFields {
		add(f, keywordField(true))
	}
	for _, f := range append([]string{fieldOpen, fieldGroup, fieldMeeting}, idFields...) {
		add(f, keywordField(false))
	}
	// Counting facets visits every hit's doc values; one field holding all
	// of them costs one visit per hit instead of one per facet.
	for _, f := range []string{fieldThemeFacet, fieldFacets, fieldDueSort, fieldDateSort} {
		add(f, keywordField(true))
	}
	order := keywordField(true)
	order.Store = true // Replace compares it to spot a moved action
	add(fieldOrder, order)
	for _, f := range []string{"year", "slips", "times_seen"} {
		n := bleve.NewNumericFieldMapping()
		n.Store = false
		n.IncludeInAll = false
		n.DocValues = false
		add(f, n)
	}
	for _, f := range []string{"due", "document_date", "changed"} {
		dm := bleve.NewDateTimeFieldMapping()
		dm.Store = false
		dm.IncludeInAll = false
		dm.DocValues = false
		add(f, dm)
	}
	add(fieldPhrases, textField(phraseAnalyzer, false, false))
	add(fieldRecord, storedOnly())
	m.AddDocumentMapping(typeAction, act)

	// A marker: its record, and its bytes' sha256 and original for
	// finding copies (merge.go).
	doc := bleve.NewDocumentStaticMapping()
	doc.Dynamic = false
	for _, f := range []string{fieldType, fieldSHA, fieldCopyOf} {
		fm := keywordField(false)
		fm.Name = f
		doc.AddFieldMappingsAt(f, fm)
	}
	info := storedOnly()
	info.Name = fieldDocInfo
	doc.AddFieldMappingsAt(fieldDocInfo, info)
	m.AddDocumentMapping(typeDocument, doc)

	// An appearance merged into another (merge.go): found by its paper and
	// its meeting, never searched.
	merged := bleve.NewDocumentStaticMapping()
	merged.Dynamic = false
	for _, f := range []string{fieldType, "document_id", fieldMeeting} {
		fm := keywordField(false)
		fm.Name = f
		merged.AddFieldMappingsAt(f, fm)
	}
	mo := keywordField(false)
	mo.Name, mo.Store = fieldOrder, true
	merged.AddFieldMappingsAt(fieldOrder, mo)
	mr := storedOnly()
	mr.Name = fieldRecord
	merged.AddFieldMappingsAt(fieldRecord, mr)
	m.AddDocumentMapping(typeMerged, merged)

	// Anything else is neither indexed nor stored.
	m.DefaultMapping = bleve.NewDocumentDisabledMapping()
	return m, nil
}

// textField is analysed text; a stored one keeps term vectors too, for
// highlighting.
func textField(analyzer string, stored, inAll bool) *mapping.FieldMapping {
	fm := bleve.NewTextFieldMapping()
	fm.Analyzer = analyzer
	fm.Store = stored
	fm.IncludeTermVectors = stored
	fm.IncludeInAll = inAll
	fm.DocValues = false
	return fm
}

func keywordField(docValues bool) *mapping.FieldMapping {
	fm := bleve.NewKeywordFieldMapping()
	fm.Analyzer = keyword.Name
	fm.Store = false
	fm.IncludeInAll = false
	fm.IncludeTermVectors = false
	fm.DocValues = docValues
	return fm
}

func storedOnly() *mapping.FieldMapping {
	fm := bleve.NewTextFieldMapping()
	fm.Index = false
	fm.Store = true
	fm.IncludeInAll = false
	fm.IncludeTermVectors = false
	fm.DocValues = false
	return fm
}

// actionDoc is what bleve indexes for one action; order is its order key
// (orderKey), for the export order.
func actionDoc(r action.Record, order string) (map[string]interface{}, error) {
	rec, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encode action %s: %w", r.ID, err)
	}
	if r.SameAs != "" {
		// Shown as another action: kept, not searched.
		return map[string]interface{}{fieldType: typeMerged, fieldRecord: string(rec), "document_id": r.DocumentID,
			fieldMeeting: meetingOf(r), fieldOrder: order}, nil
	}
	d := map[string]interface{}{
		fieldType:        typeAction,
		fieldMeeting:     meetingOf(r),
		fieldRecord:      string(rec),
		"id":             r.ID,
		"action":         r.Action.Action,
		"title":          r.Title,
		"objective":      r.Objective,
		"target":         r.Target,
		"outcome":        r.Outcome,
		"progress":       r.Progress,
		"theme":          r.Theme,
		"document_title": r.DocumentTitle,
		"milestones":     r.Milestones,
		"owner_text":     r.Owner,
		"board_text":     r.Board,
		"council_text":   r.Council,
		"board":          r.Board,
		"council":        r.Council,
		"status":         r.Status,
		"owner":          r.Owner,
		"kind":           r.Kind,
		"document_kind":  r.DocumentKind,
		"document_id":    r.DocumentID,
		"ref":            r.Ref,
		"period":         r.Period,
		fieldThemeFacet:  r.Theme,
		fieldOrder:       order,
		fieldGroup:       groupOf(r),
		"thread":         r.Thread,
		"change":         r.Change,
		"news":           r.News,
		// What _all holds, each value apart so that no pair spans two.
		fieldPhrases: append([]string{r.Action.Action, r.Title, r.Objective, r.Target, r.Outcome, r.Progress,
			r.Theme, r.DocumentTitle, r.Milestones, r.Board, r.Council}, r.Owner...),
	}
	if r.Year != 0 {
		d["year"] = float64(r.Year)
	}
	if r.TimesSeen > 0 {
		d["slips"] = float64(r.Slips)
		d["times_seen"] = float64(r.TimesSeen)
	}
	if t, err := time.Parse(time.RFC3339, r.Changed); err == nil {
		d["changed"] = t.UTC().Format(time.RFC3339)
	}
	if isOpen(r.Status) {
		d[fieldOpen] = "yes"
	}
	d[fieldFacets] = facetTerms(r)
	// Dates that do not parse are left out rather than failing the batch.
	if t, ok := parseDay(r.Due); ok {
		d["due"] = t.Format(time.RFC3339)
		d[fieldDueSort] = r.Due
	}
	if t, ok := parseDay(r.DocumentDate); ok {
		d["document_date"] = t.Format(time.RFC3339)
		d[fieldDateSort] = r.DocumentDate
	}
	// Empty keyword values would index an empty term and show up as a
	// blank facet value; leave them out.
	for k, v := range d {
		if s, ok := v.(string); ok && s == "" {
			delete(d, k)
		}
	}
	return d, nil
}

// Facet terms pack several facets into one term, because counting costs
// per term of every hit: board, council and year (which go together, so
// the combinations stay few); status, kind and theme; and one term per
// owner. facetCounts unpacks them.
const (
	facetSep      = "\x1f"
	facetDocument = "d" // board, council, year
	facetAction   = "a" // status, kind, theme
	facetOwner    = "o" // owner
	facetChange   = "c" // change
)

func facetTerms(r action.Record) []string {
	clean := func(v string) string { return strings.ReplaceAll(v, facetSep, " ") }
	year := ""
	if r.Year != 0 {
		year = strconv.Itoa(r.Year)
	}
	terms := []string{
		strings.Join([]string{facetDocument, clean(r.Board), clean(r.Council), year}, facetSep),
		strings.Join([]string{facetAction, clean(r.Status), clean(r.Kind), clean(r.Theme)}, facetSep),
	}
	for _, o := range r.Owner {
		if o != "" {
			terms = append(terms, facetOwner+facetSep+clean(o))
		}
	}
	for _, c := range r.Change {
		terms = append(terms, facetChange+facetSep+clean(c))
	}
	return terms
}

func orderKey(date, docID string, pos int) string {
	if date == "" {
		date = "0000-00-00"
	}
	return fmt.Sprintf("%s/%s/%06d", date, docID, pos)
}

// parseDay reads a YYYY-MM-DD date.
func parseDay(s string) (time.Time, bool) {
	if len(s) != len("2006-01-02") {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// isOpen reports whether an action with this status can still be overdue.
func isOpen(status string) bool {
	return status != action.StatusComplete && status != action.StatusCancelled
}
