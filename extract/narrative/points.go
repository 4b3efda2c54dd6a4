package narrative

// Points, minutes and headings that a copy ran into one paragraph (or set
// on lines of their own): where a paragraph is cut into them.

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// inlineMinuteRuns splits a paragraph that holds a meeting's minutes run
// together — a page whose line breaks were lost: "0720.01 APOLOGIES – None
// 0720.02 MINUTES of the meeting … 0720.03 ITEMS ARISING …" — at each
// minute's number. A run is three or more numbers written alike, each
// the next of the one before (0720.02 after 0720.01, 16/227 after
// 16/226, 227/16 after 226/16, 213 after 212), so a date or a cited
// minute is none. A title run into its minute's record is set apart.
func inlineMinuteRuns(ps []paragraph) []paragraph {
	var out []paragraph
	for i := 0; i < len(ps); {
		// The paragraphs a line's labels split it into ("… a true record.
		// RESOLVED: That they be signed. 5564 Matters Arising …") are
		// read as the one line they were, so the run is counted whole
		// and cut where its numbers fall in each.
		j := i + 1
		for j < len(ps) && ps[i].line > 0 && ps[j].line == ps[i].line {
			j++
		}
		texts := make([]string, j-i)
		for k, p := range ps[i:j] {
			texts[k] = p.text
		}
		cuts := inlineMinuteCuts(strings.Join(texts, " "))
		if len(cuts) < 3 {
			out = append(out, ps[i:j]...)
			i = j
			continue
		}
		off := 0
		for _, p := range ps[i:j] {
			var mine [][2]int
			for _, c := range cuts {
				if c[0] >= off && c[1] <= off+len(p.text) {
					mine = append(mine, [2]int{c[0] - off, c[1] - off})
				}
			}
			off += len(p.text) + 1
			out = append(out, cutMinutes(p, mine)...)
		}
		i = j
	}
	return out
}

// cutMinutes cuts p where its minutes' numbers start (cuts), each
// number the marker of the piece it starts, a title run in after it set
// apart as a heading.
func cutMinutes(p paragraph, cuts [][2]int) []paragraph {
	if len(cuts) == 0 {
		return []paragraph{p}
	}
	starts := make([]int, len(cuts))
	for i, c := range cuts {
		starts[i] = c[0]
	}
	pieces := cutAt(p, starts)
	first := len(pieces) - len(cuts) // (after any text before the first)
	out := pieces[:first:first]
	for i, c := range cuts {
		q := pieces[first+i]
		q.heading, q.minute = false, true
		q.marker, q.body = strings.TrimSuffix(p.text[c[0]:c[1]], "."), strings.TrimSpace(q.text[c[1]-c[0]:])
		if title, rest := minuteTitle(q.body); title != "" {
			// The minute's title, on its own line in the paper, heads
			// its record here too.
			out = append(out, paragraph{text: title, body: title, page: q.page, heading: true, indent: q.indent, line: q.line, row: q.row})
			q.body, q.text = rest, q.marker+" "+rest
		}
		out = append(out, q)
	}
	return out
}

// inlineCapsHeads splits a paragraph that holds a meeting's minutes run
// together with no numbers to cut them at — "… started at 7:30pm
// APOLOGIES FOR ABSENCE Apologies were received from … PUBLIC
// PARTICIPATION Mrs Shaw …" — at the agenda's headings in capitals, each
// set apart as a heading over the record that follows it. Only a line a
// copy flattened is cut so, and only where two or more such headings
// show that the capitals are the paper's headings, not emphasis.
func inlineCapsHeads(ps []paragraph) []paragraph {
	var out []paragraph
	for _, p := range ps {
		if len(p.text) <= flattenedLine {
			out = append(out, p)
			continue
		}
		out = append(out, cutCapsHeads(p)...)
	}
	return out
}

// cutCapsHeads cuts a line a copy flattened at its headings in capitals,
// when it holds two or more.
func cutCapsHeads(p paragraph) []paragraph {
	heads, strong := capsHeads(p.text)
	if strong < 2 {
		return []paragraph{p}
	}
	var out []paragraph
	piece := func(from, to int, heading bool) {
		if t := strings.TrimSpace(p.text[from:to]); t != "" {
			q := p
			q.text, q.marker, q.body, q.heading = t, "", "", heading
			q = finish(q)
			q.heading = q.heading || heading
			out = append(out, q)
		}
	}
	at := 0
	for _, h := range heads {
		piece(at, h[0], false)
		piece(h[0], h[1], true)
		at = h[1]
	}
	piece(at, len(p.text), false)
	return out
}

// capsHeads finds the headings in capitals inside text: two or more
// words in capitals (a date's day, month and year may come between
// them), with at least twelve letters, so an acronym or two ("NHS CCTV")
// is none; strong counts these. One word in capitals is a heading too
// between a sentence's end and a capital ("… by the surgery. HIGHWAYS
// The clerk …") when it has six letters or more. A decision's label
// ("RESOLVED") ends a heading, and a lone "A" or "I" after one begins
// the sentence under it.
func capsHeads(text string) (heads [][2]int, strong int) {
	type word struct {
		at, end int
		caps    bool // in capitals
		date    bool // a day, month or year, which a heading may hold
		join    bool // "&" between words in capitals: "CONFIRM & ACCEPT"
	}
	var ws []word
	for _, m := range wordSpan.FindAllStringIndex(text, -1) {
		w := text[m[0]:m[1]]
		letters, lower := 0, false
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				lower = lower || unicode.IsLower(r)
			}
		}
		ws = append(ws, word{m[0], m[1], letters > 0 && !lower, dayOrYear.MatchString(w) || monthWord.MatchString(strings.TrimRight(w, ",.")), w == "&"})
	}
	for i := 0; i < len(ws); {
		if !ws[i].caps || ws[i].date {
			i++
			continue
		}
		j, last := i, i // last: the run's last word in capitals
		for j < len(ws) && (ws[j].caps || ws[j].date || ws[j].join) {
			if w := text[ws[j].at:ws[j].end]; ws[j].caps && !ws[j].date || ws[j].date && last == j-1 && (!strings.ContainsFunc(w, unicode.IsLower) || ordinalSuffix[w]) {
				last = j // (a date in capitals may end it: "… HELD ON 15TH MAY 2019", "… ON THE 3 rd MARCH 2019")
			}
			j++
		}
		run := ws[i : last+1]
		if k := len(run); k > 1 && (text[run[k-1].at:run[k-1].end] == "A" || text[run[k-1].at:run[k-1].end] == "I") {
			run = run[:k-1]
		}
		start, end := run[0].at, run[len(run)-1].end
		if k := labelWords.FindStringIndex(text[start:end]); k != nil {
			end = start + k[0]
		}
		head := text[start:end]
		switch n := capsWords(head); {
		case n >= 2 && letterCount(head) >= 12:
			heads, strong = append(heads, [2]int{start, end}), strong+1
		case n == 1 && letterCount(head) >= 6 && endsSentence(text[:start]) && startsUpper(strings.TrimSpace(text[end:])):
			heads = append(heads, [2]int{start, end})
		}
		i = j
	}
	return heads, strong
}

var (
	// wordSpan is a word as capsHeads counts words: a run of non-spaces.
	wordSpan = lazyre.New(`\S+`)
	// dayOrYear is a day or a year in a heading's date: "19th", "15TH",
	// "2019", "2013/2014", the "th" of "19 th".
	dayOrYear = lazyre.New(`^(?:\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?|\d{4}(?:[/-]\d{2}(?:\d{2})?)?|st|nd|rd|th),?$`)
	// ordinalSuffix is a day's ordinal set apart from its number: "3 rd".
	ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
)

// capsWords counts the words of s with letters, all in capitals.
func capsWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if letterCount(w) > 0 && !strings.ContainsFunc(w, unicode.IsLower) {
			n++
		}
	}
	return n
}

// proseLine: a line most of whose words are not in capitals.
func proseLine(s string) bool {
	n := len(strings.Fields(s))
	return n >= 4 && capsWords(s)*2 < n
}

// unfinished: t stops at a word its sentence cannot end with ("… signed
// by the", "… the Clerk and").
func unfinished(t string) bool {
	f := strings.Fields(t)
	return len(f) > 0 && (endsOpen(t) || openEnd.MatchString(strings.ToLower(f[len(f)-1])))
}

// letterCount counts the letters of s.
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// inlineLetterRuns splits a minute whose lettered points run on in its
// line ("11.5 Finances a) Bank statement – approved b) Payment schedule
// – approved", "4460/20 CHAIRMAN'S REPORT a) The Chairman … RESOLVED: To
// receive the information. b) Letter from …", "i) Main Street … ii) Back
// Lane …") at each letter or roman number, so each point is a paragraph
// of its own as when the paper set it on its own line. The points run
// from a or i, or from the one after the paragraph's own marker, each the
// next, each before a capital; a list a lead-in or a decision's label
// introduces ("RESOLVED: a) That … b) That …") is one decision's clauses,
// left whole.
func inlineLetterRuns(ps []paragraph) []paragraph {
	var out []paragraph
	carry := "" // the point a run cut in the paragraph before comes to next
	for i, p := range ps {
		first := ""
		switch m := strings.Trim(p.marker, "()"); {
		case carry != "" && p.marker == "":
			first = carry // "RESOLVED: To receive it. b) Letter from …": a label's cut came between
		case len(p.text) > len(p.body) && nextPoint(m) != "":
			first = nextPoint(m) // "i) Main Street … ii) Back Lane …"
		}
		cuts, last := inlineLetterCuts(p.body, first)
		if first == "" && len(cuts) == 1 && !(i+1 < len(ps) && (ps[i+1].marker == "" && len(inlineCutsAfter(ps[i+1].body, last)) > 0 || strings.Trim(ps[i+1].marker, "()") == nextPoint(last))) {
			cuts = nil // a lone "a)" is a run only if "b)" goes on after the cut, or heads the next line
		}
		if len(cuts) == 0 {
			if leadingRoman.MatchString(p.body) {
				out = append(out, nestedRomans(p)...) // "b) (i) Finance Committee – … (ii) …" on its own line
			} else {
				out = append(out, p)
			}
			carry = ""
			continue
		}
		carry = nextPoint(last)
		off := len(p.text) - len(p.body) // (the body ends the text)
		for k := range cuts {
			cuts[k] += off
		}
		for k, q := range cutAt(p, cuts) {
			if k == 0 && cuts[0] > 0 && (!endsSentence(q.body) || isCapitals(q.body)) && len(strings.Fields(q.body)) <= 12 {
				// "4. To approve the Minutes a. The minutes of … b. …":
				// the words before the first point are the points' title.
				q.heading = true
			}
			if m := pointHead.FindStringSubmatch(q.text); m != nil && (k > 0 || cuts[0] == 0) && q.marker != normMarker(m[1]+")") {
				// "b. The Chairman read …": a stop after the letter, which
				// no paragraph's own number has ("b." at a line's start
				// could open a name), numbers the point as "b)" does.
				q.marker, q.body = normMarker(m[1]+")"), strings.TrimSpace(q.text[len(m[0]):])
			}
			out = append(out, nestedRomans(q)...)
		}
	}
	return out
}

// nestedRomans cuts a lettered point cut from a run at the roman numbers
// run on inside it: "a) Highways: i) Highways do not … ii) Clerk to check
// …" is two points under a).
//
// A letter whose first words are its first roman number ("b) (i) Finance
// Committee - RESOLVED … (ii) RESOLVED …") has no words of its own: each
// roman point is numbered under it, "(b)(i)", "(b)(ii)".
func nestedRomans(q paragraph) []paragraph {
	letter := strings.Trim(q.marker, "()")
	if len(letter) != 1 {
		return []paragraph{q}
	}
	if m := leadingRoman.FindStringIndex(q.body); m != nil {
		rest := strings.TrimSpace(q.body[m[1]:])
		q.marker, q.body, q.text = "("+letter+")(i)", rest, rest
		cuts, _ := inlineLetterCuts(rest, "ii")
		if len(cuts) == 0 {
			return []paragraph{q}
		}
		out := cutAt(q, cuts) // (the words before the first cut are (i)'s)
		out[0].marker, out[0].body = q.marker, strings.TrimSpace(rest[:cuts[0]])
		for k := 1; k < len(out); k++ {
			out[k].marker = "(" + letter + ")" + out[k].marker
		}
		return out
	}
	cuts, _ := inlineLetterCuts(q.body, "")
	if len(cuts) < 2 || !strings.HasPrefix(strings.TrimLeft(q.body[cuts[0]:], "("), "i") {
		return []paragraph{q}
	}
	off := len(q.text) - len(q.body)
	for k := range cuts {
		cuts[k] += off
	}
	return cutAt(q, cuts)
}

// inlineBulletRuns cuts a decision whose bulleted clauses run on in one
// line, the page's line breaks lost: "RESOLVED: · That the Committee
// approve … · That the Committee delegate …". A bullet glyph inside a line
// starts a clause when the text after it opens in a capital and the line
// opens with a short label or lead-in ending in a colon and a bullet (a
// page run into one line holds colons and bullets far into it, and is
// cut by its minutes' numbers first).
func inlineBulletRuns(ps []paragraph) []paragraph {
	var out []paragraph
	for _, p := range ps {
		ms := inlineBullet.FindAllStringIndex(p.text, -1)
		if len(ms) == 0 || !labelledBullet.MatchString(p.text) {
			out = append(out, p)
			continue
		}
		cuts := make([]int, len(ms))
		for i, m := range ms {
			cuts[i] = m[0] + 1
		}
		out = append(out, cutAt(p, cuts)...)
	}
	return out
}

// flatBulletRuns cuts a page run into one line, its line breaks lost,
// at its bullets: "… accordingly. OBJECTIVES OF THE PLAN • Identify the
// risks … them. • Identify …". A bullet after a finished sentence or a
// heading in capitals starts a point, when two or more do. (It reads
// what its minutes' numbers left long: bullets inside one minute are
// that minute's.)
func flatBulletRuns(ps []paragraph) []paragraph {
	var out []paragraph
	for _, p := range ps {
		var cuts []int
		if len(p.text) > flattenedLine {
			for _, m := range inlineBullet.FindAllStringIndex(p.text, -1) {
				// (What ends before the bullet is read from its last
				// words only, so a long line with many bullets stays
				// linear.)
				before := strings.TrimSpace(p.text[max(0, m[0]-80):m[0]])
				if w := lastWord(before); endsSentence(before) || strings.HasSuffix(before, ":") || capsWords(w) == 1 && letterCount(w) > 1 {
					cuts = append(cuts, m[0]+1)
				}
			}
		}
		if len(cuts) < 2 || numberedAfter.MatchString(p.text[cuts[0]:]) {
			out = append(out, p) // (a number after a bullet, "2160/19 b) …": the page's minutes, run on, whose points the bullets are)
			continue
		}
		last := cuts[len(cuts)-1]
		if heads, _ := capsHeads(p.text[last:]); len(heads) > 0 {
			// "• Provide … Local Authorities. FLOOD COMMITTEE In the
			// absence …": a heading after a finished sentence ends the
			// last point.
			for _, h := range heads {
				if endsSentence(strings.TrimSpace(p.text[last : last+h[0]])) {
					cuts = append(cuts, last+h[0])
					break
				}
			}
		}
		out = append(out, cutAt(p, cuts)...)
	}
	return out
}

// numberedAfter is a minute's or section's number inside a line: "2160/19 ", "5.1 ".
var numberedAfter = lazyre.New(`\s\d{1,4}[/.]\d{1,3}\s`)

var (
	// inlineBullet is a bullet glyph between words, before a capital.
	inlineBullet = lazyre.New(`\s[` + layout.Bullets + `]\s+[A-Z]`)
	// labelledBullet is a label or lead-in ending in a colon with a
	// bullet straight after it.
	labelledBullet = lazyre.New(`^[^` + layout.Bullets + `]{1,200}[:\-–]\s*[` + layout.Bullets + `]\s+[A-Z]`)
)

// leadingRoman is a first roman number that opens a point's words: "(i) ".
var leadingRoman = lazyre.New(`^\(?i\)\s*`)

// inlineNumberRuns cuts a numbered point that runs on into the next ones,
// their line breaks lost: "1. That Cabinet considered the report. 2. That
// Cabinet agreed …". The numbers go on from the paragraph's own, each
// after a finished sentence and before a capital.
func inlineNumberRuns(ps []paragraph) []paragraph {
	var out []paragraph
	for _, p := range ps {
		n, err := strconv.Atoi(strings.Trim(p.marker, "(). "))
		if err != nil || len(p.text) == len(p.body) {
			out = append(out, p)
			continue
		}
		var cuts []int
		off := len(p.text) - len(p.body)
		for _, m := range inlineNumber.FindAllStringSubmatchIndex(p.body, -1) {
			if k, _ := strconv.Atoi(p.body[m[2]:m[3]]); k == n+1 {
				cuts, n = append(cuts, off+m[2]), k
			}
		}
		if len(cuts) == 0 {
			out = append(out, p)
			continue
		}
		out = append(out, cutAt(p, cuts)...)
	}
	return out
}

// inlineNumber is a point's number after a finished sentence or a list's
// "; and" (or "; or"), before a capital: ". 2. That …", "… be noted; and
// 2. A report …".
var inlineNumber = lazyre.New(`[.;](?:\s+(?:and|or))?\s+(\d{1,2})\.\s+[A-Z]`)

// inlineLetter is a letter's or roman number's marker inside a line,
// before a capital.
// A bare "a)" may open words in small letters, as a lead-in's clauses
// go on from it ("That Cabinet: a) adopts … b) allows …").
var inlineLetter = lazyre.New(`(?:^|\s)(?:\(?((?:[a-h]|[ivx]{1,4})[.)])\s*(?:\(i\)\s*)?[A-Z]|((?:[a-h]|[ivx]{1,4})\))\s+[a-z]{2})`)

// pointHead is the letter or roman number a cut point opens with.
var pointHead = lazyre.New(`^\(?([a-h]|[ivx]{1,4})[.)]\s*`)

// nextPoint is the point after p in a run of letters (a to h) or of
// roman numbers (i to x); "" after any other.
func nextPoint(p string) string {
	if len(p) == 1 && p[0] >= 'a' && p[0] < 'h' {
		return string(p[0] + 1)
	}
	romans := []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
	for k, r := range romans[:len(romans)-1] {
		if p == r {
			return romans[k+1]
		}
	}
	return ""
}

// inlineLetterCuts gives where the points of a run in body start, from
// first (from "a" or "i" when first is ""), each the next in order, and
// the last point cut. A run's first point must follow words of the
// minute's own, not a lead-in's colon or a decision's label.
func inlineLetterCuts(body, first string) (cuts []int, last string) {
	next := first
	for _, m := range inlineLetter.FindAllStringSubmatchIndex(body, -1) {
		if m[2] < 0 {
			m[2], m[3] = m[4], m[5]
		}
		label := strings.TrimRight(body[m[2]:m[3]], ".)")
		if next == "" && (label == "a" || label == "i") {
			if before := strings.TrimSpace(strings.TrimSuffix(body[:m[2]], "(")); before == "" || strings.HasSuffix(before, ":") && !titleColon(before) || leadsClauses.MatchString(before) {
				return nil, ""
			}
			next = label
		}
		if label != next {
			continue
		}
		at := m[2]
		if at > 0 && body[at-1] == '(' {
			at--
		}
		cuts, last = append(cuts, at), label
		next = nextPoint(label)
	}
	return cuts, last
}

// titleColon is a point's short title before its colon ("Highways:",
// "Village Hall:"), which heads the points after it; a lead-in's colon
// ("It was agreed:", "RESOLVED:") makes them one decision's clauses.
func titleColon(before string) bool {
	t := strings.TrimSuffix(before, ":")
	return len(strings.Fields(t)) <= 4 && titleOnly(t) && !labelWords.MatchString(t)
}

// inlineCutsAfter is inlineLetterCuts for the run's points after last.
func inlineCutsAfter(body, last string) []int {
	cuts, _ := inlineLetterCuts(body, nextPoint(last))
	return cuts
}

// leadsClauses ends a lead-in whose points are one decision's clauses:
// "It was RESOLVED", "agreed to", "recommended that".
var leadsClauses = lazyre.New(`(?i)\b(?:resolved|agreed|decided|recommend(?:ed|s)?|asked|requested|that|to|and|or|the|of)$`)

var (
	// capsTitle is a minute's title in capitals run into the first
	// sentence of its record: "MINUTES OF THE LAST MEETING The Minutes …",
	// its date's day and year in figures ("… HELD ON 2nd DECEMBER 2019 The
	// previous minutes …").
	capsTitle = lazyre.New(`^((?:(?:[A-Z][A-Z'’&/,()-]*|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\s+)*(?:[A-Z][A-Z'’&/,()-]+|(?:19|20)\d\d))\s+([A-Z][a-z].*)$`)
	// labelAfterTitle is a title run into its decision's label:
	// "Apologies for Absence RESOLVED that …".
	labelAfterTitle = lazyre.New(`^(.*?\S)\s+((?:It\s+was\s+)?(?:unanimously\s+)?(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\b.*)$`)
	// openerAfterTitle is a title run into a sentence that opens with a
	// word no title ends with: "Village Hall The clerk will …".
	openerAfterTitle = lazyre.New(`^(.*?\S)\s+((?:The|These|This|It|There|None|No)\s.*)$`)
	// labelWords end a title in capitals with the decision's label:
	// "APOLOGIES RESOLVED that …".
	labelWords = lazyre.New(`\s*\b(?:IT\s+WAS\s+)?(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECIDED)$`)
)

// minuteTitle splits a minute's body whose title ran into its record —
// the line break between them lost — into the two, when the title is
// plainly one: in capitals before a sentence, or a heading's words (up to
// twelve) before the decision's label or a word that opens a sentence.
func minuteTitle(body string) (title, rest string) {
	if m := capsTitle.FindStringSubmatch(body); m != nil {
		title, rest = m[1], m[2]
		if k := labelWords.FindStringIndex(title); k != nil {
			title, rest = strings.TrimSpace(title[:k[0]]), strings.TrimSpace(title[k[0]:])+" "+rest
		}
		if title != "" && len(strings.Fields(title)) <= 14 {
			return title, rest
		}
	}
	for _, re := range []*lazyre.RE{labelAfterTitle, openerAfterTitle} {
		if m := re.FindStringSubmatch(body); m != nil && titleUpTo(m[1], 12) {
			return m[1], m[2]
		}
	}
	return "", ""
}

// inlineMinute is a minute's number inside a line, before its text's
// capital (which may be run on: "16/226Draft Minutes …"), with the year
// some councils add ("05.01.17 MINUTES …": the fifth minute of January
// 2017). inlinePlain is a bare number, "162 Minutes of Meeting …", which
// a space must end; a day before its month is no minute.
var (
	inlineMinute = lazyre.New(`(?:^|\s)([A-Z]{1,3}\.?)?(\d{1,4})([./])(\d{1,3})((?:[./]\d{2,4})?)\s*[A-Z]`)
	inlinePlain  = lazyre.New(`(?:^|\s)([A-Z]{1,3}\.?)?(\d{1,4})(\.?)\s+([A-Z][A-Za-z]*)`)
	monthWord    = lazyre.New(`(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$`)
)

// startOf is where an inline number's match starts: at its prefix
// (group 1) if it has one, else at its digits (group 2).
func startOf(m []int) int {
	if m[2] >= 0 {
		return m[2]
	}
	return m[4]
}

// group is submatch k of m in text, "" when it took no part.
func group(text string, m []int, k int) string {
	if m[2*k] < 0 {
		return ""
	}
	return text[m[2*k]:m[2*k+1]]
}

// inlineMinuteCuts gives where each number of the longest run of minute
// numbers in text starts and ends.
func inlineMinuteCuts(text string) [][2]int {
	if len(text) < 300 {
		return nil
	}
	type num struct {
		at, end, major, minor int
		sep                   string
	}
	var nums []num
	// (Group 1 is the number's prefix, "P." in "P.4060", which numbers
	// of a run share.)
	for _, m := range inlineMinute.FindAllStringSubmatchIndex(text, -1) {
		a, _ := strconv.Atoi(text[m[4]:m[5]])
		b, _ := strconv.Atoi(text[m[8]:m[9]])
		nums = append(nums, num{startOf(m), m[11], a, b, group(text, m, 1) + text[m[6]:m[7]] + text[m[10]:m[11]]})
	}
	for _, m := range inlinePlain.FindAllStringSubmatchIndex(text, -1) {
		if monthWord.MatchString(text[m[8]:m[9]]) || cited(text[:startOf(m)]) {
			continue
		}
		a, _ := strconv.Atoi(text[m[4]:m[5]])
		nums = append(nums, num{at: startOf(m), end: m[7], major: a, sep: group(text, m, 1)})
	}
	sort.SliceStable(nums, func(i, j int) bool { return nums[i].at < nums[j].at })
	var best [][2]int
	for i, n := range nums {
		chain, last := [][2]int{{n.at, n.end}}, n
		for _, m := range nums[i+1:] {
			if m.sep == last.sep && (m.major == last.major && m.minor == last.minor+1 || m.minor == last.minor && m.major == last.major+1) {
				chain, last = append(chain, [2]int{m.at, m.end}), m
			}
		}
		if len(chain) > len(best) {
			best = chain
		}
	}
	if len(best) < 3 {
		return best
	}
	var withParts [][2]int
	for i, c := range best {
		end := len(text)
		if i+1 < len(best) {
			end = best[i+1][0]
		}
		withParts = append(withParts, c)
		withParts = append(withParts, minuteParts(text, text[c[0]:c[1]], c[1], end)...)
	}
	return withParts
}

// minuteParts finds the lettered parts of a minute run into its record
// between from and to, each its number and the next letter in brackets:
// "C136 Minutes C136(a) Town Council Meeting … C136(b) Matters Arising …".
func minuteParts(text, number string, from, to int) [][2]int {
	number = strings.TrimSuffix(strings.TrimSpace(number), ".")
	want := 'a'
	var parts [][2]int
	for at := from; at < to; {
		k := strings.Index(text[at:to], number+"("+string(want)+")")
		if k < 0 {
			break
		}
		start := at + k
		end := start + len(number) + 3
		if start > 0 && text[start-1] != ' ' || end < len(text) && text[end] != ' ' {
			at = end
			continue
		}
		parts = append(parts, [2]int{start, end})
		want++
		at = end
	}
	return parts
}

// minuteRuns reads minutes numbered through the council's year or years
// ("1953 The Chairman welcomed …", "1954 Public Participation …", "1955
// Minutes of the meeting … were approved"): numbers of three or four
// figures at paragraphs' starts, three or more counting up one by one, are
// the minutes' numbers, not their first words.
func minuteRuns(ps []paragraph) []paragraph {
	type num struct{ i, n int }
	var run []num
	flushRun := func() {
		if len(run) >= 3 {
			for _, r := range run {
				p := &ps[r.i]
				m := longMinute.FindStringSubmatch(p.text)
				p.marker, p.body, p.minute = m[1], strings.TrimSpace(p.text[len(m[1]):]), true
			}
		}
		run = run[:0]
	}
	for i, p := range ps {
		if p.marker != "" && !(isMinuteNumber(p.marker) && strings.HasPrefix(p.text, p.marker+" ")) {
			// (A number the paragraph was already read as, "538
			// PRESENT: …", may still be one of the run.)
			continue
		}
		m := longMinute.FindStringSubmatch(p.text)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if len(run) > 0 && n != run[len(run)-1].n+1 {
			flushRun()
		}
		run = append(run, num{i, n})
	}
	flushRun()
	return ps
}

// agendaHeads marks as headings the agenda's wording that minutes keep
// over each item's record: a numbered "To …" line ("4. To review and
// agree the questions for the consultation.", "2. To RESOLVE to receive
// apologies") with the record under it, unnumbered. Two or more in a
// paper show its items are headed so; a full stop after the wording
// does not make it the decision. (Numbered "To …" points one after the
// other, with no record between, are a decision's clauses.)
func agendaHeads(ps []paragraph) []paragraph {
	var heads []int
	for i, p := range ps[:max(len(ps)-1, 0)] {
		next := ps[i+1]
		if p.heading || !isMinuteNumber(p.marker) || !agendaWording.MatchString(p.body) || len(p.body) > 250 ||
			next.marker != "" || next.heading || bulletPat.MatchString(next.text) || agendaWording.MatchString(next.body) {
			continue
		}
		heads = append(heads, i)
	}
	if len(heads) >= 2 {
		for _, i := range heads {
			ps[i].heading = true
		}
	}
	return ps
}

// agendaWording is an agenda item's wording: "To" and its verb, in
// capitals or not ("To receive …", "To RESOLVE whether …").
var agendaWording = lazyre.New(`^To\s+(?:[A-Z]{2,}|[a-z]{2,})\b`)

// longMinute is a minute's number of three or four figures before its text.
var longMinute = lazyre.New(`^(\d{3,4})\s+[A-Z]`)

// slashMinutes reads minutes numbered with their year ("19/99 Apologies
// …", "19/100 Declarations …", "19/101 The minutes … were approved", or
// "129/21" with the year after): two or more paragraphs whose numbers
// share one side of the slash and count up on the other are the minutes'
// numbers. A lone "24/7" or a date is not a run.
func slashMinutes(ps []paragraph) []paragraph {
	type num struct{ i, year, n int }
	var run []num
	flushRun := func() {
		if len(run) >= 2 {
			for _, r := range run {
				p := &ps[r.i]
				m := slashMinute.FindStringSubmatch(p.text)
				// (The match ends on the text's capital, which stays.)
				p.marker, p.body = m[1]+m[2]+"/"+m[3], p.text[len(m[0])-1:]
				// The minute's title, or its agenda wording with its record
				// after it ("19/658 To confirm the minutes of …" over "These
				// were circulated, read and approved").
				recordAfter := r.i+1 < len(ps) && ps[r.i+1].marker == "" && !ps[r.i+1].heading && !slashMinute.MatchString(ps[r.i+1].text)
				// (A heading over the lettered points cut from its line
				// stays one: "TO RECEIVE THE REPORTS. a. Summary …".)
				pointsAfter := r.i+1 < len(ps) && (markerStyle(ps[r.i+1].marker) == "letter" || markerStyle(ps[r.i+1].marker) == "roman")
				p.heading = itemTitle(p.body) || recordAfter && !endsSentence(p.body) && !strings.HasSuffix(p.body, ":") && !finiteVerb.MatchString(p.body) || p.heading && pointsAfter
			}
		}
		run = run[:0]
	}
	for i, p := range ps {
		m := slashMinute.FindStringSubmatch(p.text)
		if p.marker != "" || m == nil {
			continue
		}
		a, _ := strconv.Atoi(m[2])
		b, _ := strconv.Atoi(m[3])
		if len(run) > 0 {
			last := run[len(run)-1]
			switch {
			case a == last.year && b > last.n && b <= last.n+5:
				run = append(run, num{i, a, b})
				continue
			case b == last.year && a > last.n && a <= last.n+5:
				run = append(run, num{i, b, a})
				continue
			}
			if len(run) == 1 {
				// The run's first two numbers tell which side is the year.
				if first := run[0]; b == first.n && a > first.year && a <= first.year+5 {
					run[0] = num{first.i, first.n, first.year}
					run = append(run, num{i, b, a})
					continue
				}
			}
			flushRun()
		}
		run = append(run, num{i, a, b})
	}
	flushRun()
	// "24/65 Finance" over "24/65.1 The report was noted." and "24/65.2
	// The payments were approved.": the minute's own numbered points.
	parent := ""
	for i := range ps {
		p := &ps[i]
		if p.marker != "" && slashMinute.MatchString(p.text) {
			parent = p.marker
			continue
		}
		if m := slashSubPoint.FindStringSubmatch(p.text); m != nil && p.marker == "" && m[1] == parent {
			p.marker, p.body = m[1]+"."+m[2], p.text[len(m[0])-1:]
		}
	}
	return ps
}

// minuteCode is a minute's number written as a code that ends in its
// count, with its committee's letters or its meeting's date before it:
// "E/09.20/03 Minutes of the meeting …", "PC.2021.14 Allotments".
var minuteCode = lazyre.New(`^((?:[A-Za-z]{1,5}|\d{1,4})[/.](?:[A-Za-z0-9]{1,5}[/.])*?)(\d{1,3})[.:]?\s+(?:[-–]\s+)?[A-Z]`)

// codedMinutes reads minutes numbered with such codes: two or more
// paragraphs whose codes share all but the count, the count rising by one
// to five each time, are the minutes' items, their codes the markers.
// (One code alone may be anything: a date, a reference cited.)
func codedMinutes(ps []paragraph) []paragraph {
	var run []int
	prefix, last := "", 0
	records := map[int]paragraph{} // a record run in after its title, by the title's index
	flushRun := func() {
		if len(run) >= 2 {
			for _, i := range run {
				p := &ps[i]
				codeMarks(p, minuteCode.FindStringSubmatch(p.text))
				if k := strings.Index(p.body, "; "); k > 0 && k < 120 && startsUpper(p.body[k+2:]) && looksLikeHeading(p.body[:k]) && !finiteVerb.MatchString(p.body[:k]) {
					// "E/09.20/03 Minutes of the meeting held on 11
					// August; The minutes were approved …": the title,
					// then the record, run in after a semicolon.
					rec := *p
					rec.marker, rec.minute, rec.heading, rec.text, rec.body = "", false, false, p.body[k+2:], p.body[k+2:]
					p.body, p.heading = p.body[:k], true
					p.text = p.marker + " " + p.body
					records[i] = rec
				}
			}
		}
		run = run[:0]
	}
	for i, p := range ps {
		m := minuteCode.FindStringSubmatch(p.text)
		if p.marker != "" || m == nil || strings.Count(m[1], "/")+strings.Count(m[1], ".") < 2 {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		if len(run) > 0 && !(m[1] == prefix && n > last && n <= last+5) {
			flushRun()
		}
		run = append(run, i)
		prefix, last = m[1], n
	}
	flushRun()
	if len(records) == 0 {
		return ps
	}
	out := make([]paragraph, 0, len(ps)+len(records))
	for i, p := range ps {
		out = append(out, p)
		if rec, ok := records[i]; ok {
			out = append(out, rec)
		}
	}
	return out
}

// codeMarks makes a minute's code, matched as its two parts m[1] and
// m[2], the marker of p, and the text after it p's body.
func codeMarks(p *paragraph, m []string) {
	p.marker, p.minute = m[1]+m[2], true
	p.body = strings.TrimLeft(strings.TrimSpace(p.text[len(m[1])+len(m[2]):]), ".:-– ")
	p.heading = itemTitle(p.body)
}

// countFirstCode is a minute's number written as its count, then its
// month and year or its council's year: "04/07/19 Apologies", "72/23/24
// TO RECEIVE …".
var countFirstCode = lazyre.New(`^(\d{1,4})(/\d{1,4}/\d{1,4})[.:]?\s+(?:[-–]\s+)?[A-Z]`)

// countFirstMinutes reads minutes numbered with such codes: two or more
// paragraphs whose codes share all after the count, the count rising by
// one each time, are the minutes' items, their codes the markers. (One
// code alone may be a date. Dates may run day by day, as a diary's or a
// log's do: a code that could be one, "14/06/24", counts only when a
// title follows it, "04/07/19 Apologies", not a record of what was
// done.)
func countFirstMinutes(ps []paragraph) []paragraph {
	var run []int
	tail, last := "", 0
	flushRun := func() {
		if len(run) >= 2 {
			for _, i := range run {
				codeMarks(&ps[i], countFirstCode.FindStringSubmatch(ps[i].text))
			}
		}
		run = run[:0]
	}
	for i, p := range ps {
		m := countFirstCode.FindStringSubmatch(p.text)
		if p.marker != "" || m == nil || mayBeDate(m) && !titleAfterCode(p.text[len(m[1])+len(m[2]):]) {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if len(run) > 0 && !(m[2] == tail && n == last+1) {
			flushRun()
		}
		run = append(run, i)
		tail, last = m[2], n
	}
	flushRun()
	return ps
}

// mayBeDate: a count-first code, matched as m, could be a day, month
// and year: the count is 31 or less and the middle part a month.
func mayBeDate(m []string) bool {
	n, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(strings.Split(m[2], "/")[1])
	return n >= 1 && n <= 31 && month >= 1 && month <= 12
}

// titleAfterCode: the text after a code is an item's title, not a
// finished sentence.
func titleAfterCode(s string) bool {
	s = strings.TrimLeft(strings.TrimSpace(s), ".:-– ")
	return looksLikeHeading(s) && !endsSentence(s)
}

// slashSubPoint is a numbered point of a minute numbered with its year:
// "24/65.2 The following payments were approved."
var slashSubPoint = lazyre.New(`^((?:[A-Z]{1,3}\s?)?\d{1,4}/\d{1,4})\.(\d{1,2})[.:]?\s+[A-Z]`)

// slashMinute is a minute's number with its year before its text:
// "19/101 The minutes …", "129/21. Clerk's report", perhaps after its
// committee's letters ("F&G28/12 Minutes of the meeting …"), its title
// perhaps glued to it ("A23/024COMMITTEE FEES").
var slashMinute = lazyre.New(`^((?:[A-Z]{1,3}|[A-Z]{1,2}&[A-Z]{1,2})\s?)?(\d{1,4})/(\d{1,4})[.:]?(?:\s+(?:[-–]\s+)?)?[A-Z]`)

// itemTitle: a numbered item's text that is its title ("7. Progress
// Report on …", "129/21 Clerk's report and matters arising"), not its
// record. A numbered clause that ends as a clause does ("1. Approve the
// fees;"), a point in the infinitive or a person acting is a point.
func itemTitle(s string) bool {
	return looksLikeHeading(s) && !finiteVerb.MatchString(s) && !(endsClause(s) && !strings.HasSuffix(s, ":")) &&
		!toInfinitive.MatchString(s) && !titledNote(s) && !personActs.MatchString(s) ||
		reportBy.MatchString(s)
}

// renumberOnes numbers a run of points that all print "1." as 1, 2, 3 …:
// a web page's numbered list, copied, keeps each item's first number.
func renumberOnes(ps []paragraph) []paragraph {
	for i := 0; i+1 < len(ps); i++ {
		if ps[i].marker != "1" || ps[i+1].marker != "1" || i > 0 && ps[i-1].marker == "1" {
			continue
		}
		j := i
		for j < len(ps) && ps[j].marker == "1" {
			ps[j].marker = strconv.Itoa(j - i + 1)
			j++
		}
		i = j - 1
	}
	return ps
}

// listedHeads unmarks numbered "headings" that head nothing: three or
// more in a row, counting up, each straight after the one before and each
// opening with a verb ("1. Respond to the climate and nature emergency",
// "2. Help reduce inequalities", "3. Protect the village green"). They
// are a list's points in the imperative, not the titles of sections —
// unless the paper heads its sections with them further on, as a list of
// contents does. Two in a row are enough when one of them was read as a
// point already ("1. Investigate cycle path opportunities along the main
// road and more leisure facilities for residents" then "2. Complete the
// emergency plan"): a list's points are all points, the short ones too.
func listedHeads(ps []paragraph) []paragraph {
	var seen map[string]int // paragraphs by their words, counted once a run is found
	for i := 0; i < len(ps); {
		j, points, styled := i, 0, false
		for j < len(ps) && ps[j].marker != "" && !bulletPat.MatchString(ps[j].text) && pointOfDoing(ps[j].body) && (!ps[j].heading || !pluralOpening(ps[j].body)) &&
			(j == i || markerFollows(ps[j-1].marker, ps[j].marker)) {
			if !ps[j].heading {
				points++
			}
			styled = styled || ps[j].heading && (ps[j].bold || ps[j].level > 0)
			j++
		}
		// (A heading set in bold or marked as one is a heading still,
		// whatever its neighbours are.)
		if j-i >= 3 && points == 0 || j-i >= 2 && points > 0 && points < j-i && !styled {
			if seen == nil {
				seen = map[string]int{}
				for _, p := range ps {
					seen[strings.ToLower(p.body)]++
				}
			}
			contents := false
			for k := i; k < j; k++ {
				contents = contents || seen[strings.ToLower(ps[k].body)] > 1
			}
			for k := i; k < j && !contents; k++ {
				ps[k].heading, ps[k].subhead = false, false
			}
		}
		i = max(j, i+1)
	}
	return ps
}

// ledPoints unmarks as headings the numbered points of a decision's
// lead-in ending in a colon ("RESOLVED – That … Members agree:" over "1.
// To consider the draft strategy", "2. The principle of a three-year
// strategy", "3. Where appropriate, begin work …"): two or more points
// one after the other, with nothing between, at least one of them no
// title, are the lead-in's points, however short. (Styled as headings,
// they stay so.)
func ledPoints(ps []paragraph) []paragraph {
	for i := 0; i+1 < len(ps); i++ {
		if ps[i].heading || !strings.HasSuffix(ps[i].body, ":") || !askedOrResolved.MatchString(ps[i].body) && !decidesOn.MatchString(ps[i].body) {
			continue
		}
		j, plain, styled := i+1, false, false
		for j < len(ps) && ps[j].marker != "" && (j == i+1 || markerFollows(ps[j-1].marker, ps[j].marker)) {
			plain = plain || !ps[j].heading
			styled = styled || ps[j].bold || ps[j].level > 0
			j++
		}
		if j-i-1 >= 2 && plain && !styled {
			for k := i + 1; k < j; k++ {
				ps[k].heading, ps[k].subhead = false, false
			}
		}
	}
	return ps
}

// pluralOpening: a line opens with a word in -s that an imperative's verb
// would not end in ("Grants for one-off activities", "Works to the
// pavilion"): a noun, though the word is a verb's too ("Address",
// "Discuss" keep their double s).
func pluralOpening(s string) bool {
	w := strings.ToLower(firstWord(s))
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// pointHeads marks as a heading a short line in sentence case that ends
// no sentence and stands over bulleted points ("Supporting residents to
// stay well" over "• We will …"): a page's subheading whose style the
// copy lost. A line that decides, labels or tells a vote ("Cabinet
// agreed", "Decision Details", "TREASURER – Ann Whitlow - nominated KP,
// seconded DA") leads its points or stands alone.
func pointHeads(ps []paragraph) []paragraph {
	for i := range ps[:max(len(ps)-1, 0)] {
		p := &ps[i]
		next := ps[i+1]
		// (A lead-in under it — "As an Executive, we commit that we
		// will:" — heads the points for it.)
		// ("Forward plan" over "The plan lists the decisions due:" stays
		// a line: read as a heading it would plan its points.)
		leadsIn := next.marker == "" && !next.heading && strings.HasSuffix(next.body, ":") && len(strings.Fields(p.body)) <= 8 && !aheadHeading.MatchString(p.body)
		if p.heading || p.marker != "" || bulletPat.MatchString(p.text) || !bulletPat.MatchString(next.text) && !isListMarker(normMarker(next.marker)) && !isMinuteNumber(next.marker) && !leadsIn {
			continue
		}
		if looksLikeHeading(p.body) && !endsSentence(p.body) && !strings.HasSuffix(p.body, ":") && !strings.HasSuffix(p.body, "-") &&
			!finiteVerb.MatchString(p.body) && !decides.MatchString(p.body) && !modalVerb.MatchString(p.body) && !labelNames.MatchString(p.body) && !tellsVote(p.body) {
			p.heading, p.subhead = true, true
		}
	}
	return ps
}

// siblingLines unmarks, in minutes, a subheading pointHeads read by its
// place over a numbered title when that title comes next in the
// numbering of the nearest numbered title above it ("4." … "5.", or
// "4." … "6." with a number skipped): the line is the first item's text
// — its record, perhaps its only one ("Cllr Hale to write to the bank")
// — not a subheading over the second item. (Minutes only: in a report
// the same reading finds points that are none.)
func siblingLines(ps []paragraph) []paragraph {
	for i := range ps[:max(len(ps)-1, 0)] {
		if ps[i].subhead && siblingTitleBelow(ps, i) {
			ps[i].heading, ps[i].subhead = false, false
		}
	}
	return ps
}

// siblingTitleBelow: the numbered title under ps[i] numbers on from the
// nearest numbered title above it.
func siblingTitleBelow(ps []paragraph, i int) bool {
	next := ps[i+1]
	if !next.heading || next.marker == "" {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if ps[k].heading && ps[k].marker != "" && !ps[k].subhead {
			return markerFollows(ps[k].marker, next.marker) || numberSkipped(ps[k].marker, next.marker)
		}
	}
	return false
}

// numberSkipped: next numbers on from prev with a number or two left out
// ("4." then "6.").
func numberSkipped(prev, next string) bool {
	if markerStyle(prev) != "digit" || markerStyle(next) != "digit" {
		return false
	}
	x, err1 := strconv.Atoi(strings.Trim(prev, "(). "))
	y, err2 := strconv.Atoi(strings.Trim(next, "(). "))
	return err1 == nil && err2 == nil && y > x+1 && y <= x+3
}

// numberedHeads finds the lines that number a meeting's items as
// headings of their own — "4) Declarations of Interest", "5) Minutes of
// the previous meeting", "6) Matters Arising" — where a copy lost their
// marking: short numbered lines that end no sentence, three or more of
// them counting up through the paper, each with text on the line after.
// Lines of a list of points count up too, but end their sentences or run
// on.
func numberedHeads(ld layout.Doc) map[int]bool {
	// Numbers and letters count up each in a run of their own: "3.
	// Matters considered" stands over "a) Speed limit", "b) Footpath
	// railing", "c) Tree inspections", each over its record.
	var cands, nums, lcands, letters []int
	for i, l := range ld.Lines {
		t := strings.TrimSpace(l.Text)
		if t == "" || l.IsTable() {
			continue
		}
		m := itemHeadLine.FindStringSubmatch(t)
		lettered := false
		if m == nil {
			m, lettered = letterHeadLine.FindStringSubmatch(t), true
		}
		if m == nil || len(strings.Fields(m[2])) > 10 || strings.ContainsAny(m[2][len(m[2])-1:], ".;:,") {
			continue
		}
		if next := nextText(ld.Lines, i); next == "" || !startsUpper(next) {
			continue
		}
		if lettered {
			lcands, letters = append(lcands, i), append(letters, int(m[1][0]-'a')+1)
			continue
		}
		n, _ := strconv.Atoi(m[1])
		cands, nums = append(cands, i), append(nums, n)
	}
	out := map[int]bool{}
	countUp(out, cands, nums, 3)
	countUp(out, lcands, letters, 1)
	return out
}

// countUp marks in out the lines of cands whose numbers count up, each
// at most step past the one before, three or more in a run.
func countUp(out map[int]bool, cands, nums []int, step int) {
	run := 0
	for k := range cands {
		if k > 0 && nums[k] > nums[k-1] && nums[k] <= nums[k-1]+step {
			run++
		} else {
			run = 0
		}
		if run >= 2 {
			for j := k - run; j <= k; j++ {
				out[cands[j]] = true
			}
		}
	}
}

// letterHeadLine is a meeting item's letter and its title on one line:
// "c) Tree inspections", "(d) Bus shelter".
var letterHeadLine = lazyre.New(`^\(?([a-z])[.)]\s+([A-Z].*)$`)

// numberedTitle: a meeting item's number and a title in title case
// ("4. Acceptance of Minutes from 12 November 2024").
func numberedTitle(s string) bool {
	m := itemHeadLine.FindStringSubmatch(s)
	return m != nil && titleLine(m[2])
}

// itemHeadLine is a meeting item's number and its title on one line.
var itemHeadLine = lazyre.New(`^(\d{1,3})[.)]\s+([A-Z].*)$`)

// labelNames marks a line the finder reads as a label of its own
// ("Decision Details" over a page's tabs), whatever stands under it.
var labelNames = lazyre.New(`(?i)\b(?:decisions?|resolutions?|resolved|recommendations?|agreed|actions?)\b`)

var modalVerb = lazyre.New(`(?i)\b(?:will|would|should|must|shall|may|can)\b`)

// dashItem: a line set as a point with a dash or an asterisk.
func dashItem(s string) bool {
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "– ")
}

// inlineSection is a decimal section number run in with its text: " 2.1
// Council are asked …", "1.0 Expected Outcome".
var inlineSection = lazyre.New(`(?:^|\s)(\d{1,2})\.(\d{1,2})\s+[A-Z(]`)

// sectionRuns splits a paragraph that holds a report's numbered sections
// run together — a printed paper whose line breaks were lost: "1.0
// Expected Outcome 1.1 Council considers … 2.0 Recommendations 2.1 …" —
// at each number of the run. A run is at least three numbers, each the
// next of the one before (1.1 after 1.0, 2.0 or 2.1 after 1.x), so a
// sentence citing "paragraph 2.1" is no section.
func sectionRuns(ps []paragraph) []paragraph {
	var out []paragraph
	for _, p := range ps {
		if cuts := sectionCuts(p.text); len(cuts) >= 3 {
			out = append(out, cutAt(p, cuts)...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

// maxColonTail is how many unnumbered paragraphs a point ending in a
// colon may hold before its list goes on: a table of sums by year runs
// to more than four.
const maxColonTail = 8

// colonTails joins to a numbered point that ends in a colon the
// unnumbered paragraphs under it when the point after them is the next
// in its list ("2) … be approved as follows:" over lines of sums, then
// "3) …"): what the colon announced is the point's own, and the list
// goes on unbroken. A heading between (a line ending on a semicolon is
// an entry, whatever its look), a paragraph that colonTail
// refuses, or a list that does not go on, leaves the paragraphs as they
// are.
func colonTails(ps []paragraph) []paragraph {
	out := ps[:0:0]
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		out = append(out, p)
		if p.marker == "" || p.minute || p.heading || !endsInColon(p.body) {
			continue
		}
		j := i + 1
		for j < len(ps) && j-i-1 < maxColonTail && ps[j].marker == "" && (!ps[j].heading || entryEnd(ps[j].text)) && ps[j].page == p.page &&
			(colonTail(ps[j].text) || j+1 < len(ps) && markerFollows(p.marker, ps[j+1].marker) && figuresLine(ps[j].text)) {
			j++
		}
		if j == i+1 || j >= len(ps) || !markerFollows(p.marker, ps[j].marker) {
			continue
		}
		last := &out[len(out)-1]
		for _, q := range ps[i+1 : j] {
			last.text += " " + q.text
			last.body += " " + q.text
		}
		i = j - 1
	}
	return out
}

// entryEnd: text ends as a list's entry does, on a semicolon ("Reading
// groups £1,200;", "Toddler club £800; and"), which no heading ends on,
// though its short capitalised words read as one.
func entryEnd(text string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(text), " and")
	return strings.HasSuffix(t, ";")
}

// colonTail: text may be the words a point's colon announced, a run of
// words ended by no full stop ("2025/26 £12,000;"): a sentence of its
// own under a minute's numbered item reads as its record, not its words.
func colonTail(text string) bool {
	return bulletOf(text) == "" && !tailOpen.MatchString(strings.TrimSpace(text)) && !endsSentence(text)
}

// figuresLine: text is a label and its figures with no lower-case word
// ("Guides £4,500.", "2032/33 £4,500."): the colon's last line, its full
// stop closing the list, not a sentence of the minute's record. The line
// ends on its figure, a sum or a year: words in capitals after it
// ("Noted £4,500 WAS SPENT.") make a sentence, and a label with its own
// colon ("Cllr Smith: 2024.") is someone's words, not the list's.
func figuresLine(text string) bool {
	t := strings.TrimSpace(text)
	if bulletOf(t) != "" || tailOpen.MatchString(t) || strings.IndexFunc(t, unicode.IsDigit) < 0 {
		return false
	}
	words := strings.Fields(t)
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	last := strings.TrimRight(words[len(words)-1], ".;,")
	return moneyFigure.MatchString(last) || yearFigure.MatchString(last) && !strings.Contains(t, ":")
}

var (
	// moneyFigure is a sum: "£4,500", "€12k", "£1.2m".
	moneyFigure = lazyre.New(`^[£$€]\d[\d,]*(?:\.\d+)?[km]?$`)
	// yearFigure is a year or a financial year: "2024", "2032/33".
	yearFigure = lazyre.New(`^(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?$`)
)

// tailOpen opens a paragraph that is no plain words of the point over it:
// a point of a list of its own ("a.", "(ii)", "3)"), or a quotation,
// which is what the decision adopts, not the decision's words.
var tailOpen = lazyre.New(`^(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s|["“‘'])`)
