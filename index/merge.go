package index

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilactions/councilactions/extract/action"
)

// One paper, one decision. A council publishes the same thing more than
// once: a report at two addresses or from two sources (the same bytes),
// and a meeting's decisions both on each agenda item's page and in the
// printed minutes. The index keeps one of each and, on it, every other
// place it appears (action.Provenance):
//
//   - A paper whose sha256 another indexed paper already has is a copy: its
//     marker names the original (DocumentInfo.CopyOf), it has no actions of
//     its own, and the original's actions list it in AlsoIn. A copy whose
//     original changes, fails or goes loses its marker, so the next run
//     reads it in its own right.
//   - Within one meeting (its council, board and date: the meeting date of
//     a crawled paper, else the paper's own date), actions of one kind whose
//     words are the same (letters and digits, case folded, a leading "that"
//     dropped) are one decision when they come from different papers. The
//     n-th such action of each paper make one decision, so that "That the
//     report be noted", said of three items in the minutes, stays three.
//     One appearance is shown (the one shown before, else the first by
//     paper date, paper and place); the others are kept as hidden entries
//     (typeMerged) with SameAs naming it, so that they come back when it
//     goes.
//
// Every write (replace, ReplaceCopy, RemoveDocument) settles the meetings
// it touches in the same batch, so the index is never seen half merged.

// typeMerged is an appearance the index does not show (see above).
const typeMerged = "merged"

// Fields for merging: the meeting of an action (indexed on shown and
// hidden entries), and the sha256 and original of a paper (on markers).
const (
	fieldMeeting = "_meeting"
	fieldSHA     = "sha256"
	fieldCopyOf  = "copy_of"
)

// meetingOf is the meeting an action's decisions are merged within, or its
// paper alone when the paper names no date or no board or council.
func meetingOf(r action.Record) string {
	return meetingKey(r.Council, r.Board, cmp.Or(r.MeetingDate, r.DocumentDate), r.DocumentID)
}

func paperMeeting(d action.Document, documentID string) string {
	return meetingKey(d.Council, d.Board, cmp.Or(d.MeetingDate, d.Date), documentID)
}

func meetingKey(council, board, date, documentID string) string {
	if date == "" || strings.TrimSpace(board) == "" && strings.TrimSpace(council) == "" {
		return "paper:" + documentID
	}
	return "meeting:" + foldName(council) + "/" + foldName(board) + "/" + date
}

func foldName(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// decisionKey is what makes two actions of one meeting the same decision:
// their kind and their words. "" (no words) is never merged.
func decisionKey(r action.Record) string {
	words := strings.FieldsFunc(strings.ToLower(r.Action.Action), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c)
	})
	if len(words) > 0 && words[0] == "that" {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	return r.Kind + "\x00" + strings.Join(words, " ")
}

// paperWrite is one paper's new state, before it is settled: its marker
// (nil when the paper is removed) and its actions in order.
type paperWrite struct {
	id   string
	info *DocumentInfo
	recs []action.Record
}

// member is one appearance taking part in settling a meeting.
type member struct {
	rec   action.Record
	order string
	pos   int // place in its paper, for pairing the n-th appearances
	// was: the index held it, as the record old at the place oldOrder;
	// shown: and showed it.
	was, shown    bool
	old, oldOrder string
}

// settle writes w into batch b together with everything it changes in the
// meetings it touches: its old and new actions' meetings and extra (those
// of the originals it stops or starts being a copy of). It returns what
// changed among the shown actions.
func (ix *Index) settle(ctx context.Context, b *bleve.Batch, w paperWrite, old map[string]stored, extra []string) (Change, error) {
	var ch Change
	groups := append([]string(nil), extra...)
	members := map[string]*member{}
	for id, s := range old {
		var r action.Record
		if err := json.Unmarshal([]byte(s.rec), &r); err != nil {
			return ch, fmt.Errorf("action %s: bad stored record: %w", id, err)
		}
		groups = append(groups, meetingOf(r))
	}
	mine := map[string]bool{}
	for pos, r := range w.recs {
		mine[r.ID] = true
		m := &member{rec: r, order: orderKey(r.DocumentDate, r.DocumentID, pos), pos: pos}
		if s, ok := old[r.ID]; ok {
			// The thread the action was in stays until the board is
			// linked again (Relink), which replace asks for.
			prev := s.record()
			m.rec.History, m.was, m.shown, m.old, m.oldOrder = prev.History, true, prev.SameAs == "", s.rec, s.order
		}
		members[r.ID] = m
		groups = append(groups, meetingOf(r))
	}
	slices.Sort(groups)
	groups = slices.Compact(groups)

	// The other papers' appearances in those meetings.
	for _, g := range groups {
		if g == "paper:"+w.id {
			continue // w's alone
		}
		q := query.NewBooleanQuery([]query.Query{termOn(fieldMeeting, g)}, nil, []query.Query{termOn("document_id", w.id)})
		others, err := ix.storedWhere(ctx, q)
		if err != nil {
			return ch, fmt.Errorf("meeting %s: %w", g, err)
		}
		for id, s := range others {
			if _, ok := old[id]; ok || members[id] != nil {
				continue // w's own: its new state is in w.recs
			}
			r := s.record()
			members[id] = &member{rec: r, order: s.order, pos: posOf(s.order), was: true, shown: r.SameAs == "", old: s.rec, oldOrder: s.order}
		}
	}

	copies, err := ix.copiesOf(ctx, b, w, members)
	if err != nil {
		return ch, err
	}
	assign(members)
	appearances(members, copies)

	for id, m := range members {
		rec, err := json.Marshal(m.rec)
		if err != nil {
			return ch, fmt.Errorf("encode action %s: %w", id, err)
		}
		if m.was && string(rec) == m.old && m.order == m.oldOrder {
			continue // unchanged, and in the same place
		}
		d, err := actionDoc(m.rec, m.order)
		if err != nil {
			return ch, err
		}
		if err := b.Index(id, d); err != nil {
			return ch, fmt.Errorf("action %s: %w", id, err)
		}
		nowShown := m.rec.SameAs == ""
		switch {
		case nowShown && m.was && m.shown:
			ch.Updated++
		case nowShown:
			ch.Added++
		case m.was && m.shown:
			ch.Removed++
		}
	}
	for id, s := range old {
		if mine[id] {
			continue
		}
		b.Delete(id)
		if s.record().SameAs == "" {
			ch.Removed++
		}
	}
	return ch, nil
}

// posOf reads the place in its paper out of an order key.
func posOf(order string) int {
	n := 0
	if i := strings.LastIndexByte(order, '/'); i >= 0 {
		fmt.Sscan(order[i+1:], &n)
	}
	return n
}

// assign decides which appearances are shown: per meeting and decision,
// the n-th appearance of each paper make one decision, shown once.
func assign(members map[string]*member) {
	type key struct{ meeting, decision string }
	byKey := map[key][]*member{}
	for _, m := range members {
		m.rec.SameAs = ""
		if k := decisionKey(m.rec); k != "" {
			kk := key{meetingOf(m.rec), k}
			byKey[kk] = append(byKey[kk], m)
		}
	}
	for _, ms := range byKey {
		// The n-th appearance in each paper.
		slices.SortFunc(ms, func(a, b *member) int {
			return cmp.Or(cmp.Compare(a.rec.DocumentID, b.rec.DocumentID), cmp.Compare(a.pos, b.pos), cmp.Compare(a.rec.ID, b.rec.ID))
		})
		var sets [][]*member
		n, paper := 0, ""
		for _, m := range ms {
			if m.rec.DocumentID != paper {
				n, paper = 0, m.rec.DocumentID
			}
			if n == len(sets) {
				sets = append(sets, nil)
			}
			sets[n] = append(sets[n], m)
			n++
		}
		for _, set := range sets {
			shown := set[0]
			for _, m := range set[1:] {
				if better(m, shown) {
					shown = m
				}
			}
			for _, m := range set {
				if m != shown {
					m.rec.SameAs = shown.rec.ID
				}
			}
		}
	}
}

// better says whether a should be shown rather than b: the one shown
// before, else the first by paper date, paper and place.
func better(a, b *member) bool {
	if as, bs := a.was && a.shown, b.was && b.shown; as != bs {
		return as
	}
	return cmp.Or(cmp.Compare(a.order, b.order), cmp.Compare(a.rec.ID, b.rec.ID)) < 0
}

// appearances fills AlsoIn: each shown action lists the hidden ones in its
// place and the copies of every paper they come from.
func appearances(members map[string]*member, copies map[string][]DocumentInfo) {
	hidden := map[string][]*member{}
	for _, m := range members {
		m.rec.AlsoIn = nil
		if m.rec.SameAs != "" {
			hidden[m.rec.SameAs] = append(hidden[m.rec.SameAs], m)
		}
	}
	for _, m := range members {
		if m.rec.SameAs != "" {
			continue
		}
		var also []action.Appearance
		for _, c := range copies[m.rec.DocumentID] {
			also = append(also, copyAppearance(c, m.rec))
		}
		for _, h := range hidden[m.rec.ID] {
			also = append(also, action.Appearance{ID: h.rec.ID, DocumentID: h.rec.DocumentID, SourceURL: h.rec.SourceURL,
				Board: h.rec.Board, DocumentTitle: h.rec.DocumentTitle, Ref: h.rec.Ref, Page: h.rec.Page})
			for _, c := range copies[h.rec.DocumentID] {
				also = append(also, copyAppearance(c, h.rec))
			}
		}
		slices.SortFunc(also, func(a, b action.Appearance) int {
			return cmp.Or(cmp.Compare(a.DocumentID, b.DocumentID), cmp.Compare(a.ID, b.ID))
		})
		m.rec.AlsoIn = also
	}
}

func copyAppearance(c DocumentInfo, r action.Record) action.Appearance {
	return action.Appearance{DocumentID: c.ID, SourceURL: cmp.Or(c.URL, c.Source), Board: c.Board,
		DocumentTitle: c.Title, Ref: r.Ref, Page: r.Page}
}

// copiesOf returns the copies of the papers among members, by original.
// Copies of w that no longer hold (w changed, failed or went) lose their
// marker in b, so that the next run reads them in their own right; w's
// own marker, when it is a copy, counts already.
func (ix *Index) copiesOf(ctx context.Context, b *bleve.Batch, w paperWrite, members map[string]*member) (map[string][]DocumentInfo, error) {
	papers := map[string]bool{w.id: true}
	for _, m := range members {
		papers[m.rec.DocumentID] = true
	}
	if w.info != nil && w.info.CopyOf != "" {
		papers[w.info.CopyOf] = true
	}
	var qs []query.Query
	for p := range papers {
		tq := query.NewTermQuery(p)
		tq.SetField(fieldCopyOf)
		qs = append(qs, tq)
	}
	found, err := ix.markers(ctx, query.NewDisjunctionQuery(qs))
	if err != nil {
		return nil, fmt.Errorf("copies: %w", err)
	}
	out := map[string][]DocumentInfo{}
	for _, c := range found {
		if c.ID == w.id {
			continue // w's new marker says what it is now
		}
		if c.CopyOf == w.id && (w.info == nil || w.info.Error != "" || w.info.CopyOf != "" || c.SHA256 != w.info.SHA256) {
			b.Delete(markerID(c.ID))
			continue
		}
		out[c.CopyOf] = append(out[c.CopyOf], c)
	}
	if w.info != nil && w.info.CopyOf != "" {
		out[w.info.CopyOf] = append(out[w.info.CopyOf], *w.info)
	}
	return out, nil
}

// markers returns the markers matching q (every marker when q is nil),
// ordered by document id.
func (ix *Index) markers(ctx context.Context, q query.Query) ([]DocumentInfo, error) {
	mq := query.Query(termOn(fieldType, typeDocument))
	if q != nil {
		mq = query.NewConjunctionQuery([]query.Query{q, mq})
	}
	var out []DocumentInfo
	err := ix.eachByID(ctx, mq, []string{fieldDocInfo}, func(h *search.DocumentMatch) error {
		s, _ := h.Fields[fieldDocInfo].(string)
		var info DocumentInfo
		if err := json.Unmarshal([]byte(s), &info); err != nil {
			return fmt.Errorf("document %s: bad stored record: %w", strings.TrimPrefix(h.ID, "doc:"), err)
		}
		out = append(out, info)
		return nil
	})
	return out, err
}

// Original returns the indexed paper whose bytes have this sha256, other
// than the paper documentID, when there is one that was read: the paper
// documentID is then a copy of it (ReplaceCopy).
func (ix *Index) Original(ctx context.Context, sha256, documentID string) (DocumentInfo, bool, error) {
	if err := ix.checkOpen(); err != nil {
		return DocumentInfo{}, false, err
	}
	if sha256 == "" {
		return DocumentInfo{}, false, nil
	}
	tq := query.NewTermQuery(sha256)
	tq.SetField(fieldSHA)
	found, err := ix.markers(ctx, tq)
	if err != nil {
		return DocumentInfo{}, false, fmt.Errorf("index %s: papers with sha256 %s: %w", ix.dir, sha256, err)
	}
	for _, d := range found { // by id, so the same one every time
		if d.ID != documentID && d.Error == "" && d.CopyOf == "" {
			return d, true, nil
		}
	}
	return DocumentInfo{}, false, nil
}

// ReplaceCopy records doc as a copy of the indexed paper original (the same
// bytes): it has no actions of its own (any it had go), and original's
// actions list it where else they appear.
func (ix *Index) ReplaceCopy(ctx context.Context, doc action.Document, original DocumentInfo) (Change, error) {
	// What the paper says of itself is the original's; where it was found
	// is its own.
	doc.Kind, doc.Title, doc.Date, doc.Period, doc.Pages, doc.Year = original.Kind, original.Title, original.Date, original.Period, original.Pages, original.Year
	if t, ok := parseDay(doc.MeetingDate); ok {
		doc.Year = t.Year() // a crawled paper's year is its meeting's
	}
	return ix.write(ctx, action.Extraction{Document: doc}, failure{}, original.ID)
}
