package narrative

// Paragraphs: how a paper's lines become the runs of prose the readers
// take items from, and how a plan's page is cut into its paragraphs.

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
	"github.com/councilactions/councilactions/internal/lazyre"
)

// paragraph is a run of prose: a whole paragraph of a flowing paper, or the
// visual lines of a paged one joined up to the next break.
type paragraph struct {
	text    string
	page    int
	heading bool
	marker  string  // its printed number: "(iv)", "1", "a"
	body    string  // text after the marker
	indent  float64 // its first line's indent (layout.Line.Indent)
	level   int     // the heading level the reader gave it (layout.Line.Heading)
	bold    bool    // its first line is set in bold (layout.Line.Bold)
	subhead bool    // a heading only by its place over points (pointHeads)
	minute  bool    // numbered in a run of the minutes' own numbers (minuteRuns)
	elected bool    // an office filled, its row's lines joined (officeRows)
	// row numbers, from 1, the rows of a plan's table that a copy ran
	// into one line with its header (flatPlanRows); progress is the
	// row's words after its action where the header puts an update
	// column there.
	row      int
	progress string
	line     int // 1 + the index of the line it starts on; 0 when unknown
	// lowerPoint: a plan's point set on a line of its own in lower case
	// (see lowerPoints), pointOwner who its row's cell names; ownerCell:
	// a line of that cell, no heading over the points.
	lowerPoint bool
	pointOwner string
	ownerCell  bool
}

var (
	// markerPat matches a point's number at the start of a paragraph:
	// "(iv)", "iv)", "iv.", "(1)", "1)", "1.", "6a.", "7.3", "(a)", "a)",
	// "R2.", "A1." (a recommendation's or an action's number).
	markerPat = lazyre.New(`^(\((?:[ivxlc]{1,6}|\d{1,3}|[a-zA-Z])\)|\[(?:[ivxlc]{1,6}|\d{1,3}|[a-z])\]|(?:[ivxlc]{1,6}|\d{1,3}|[a-z])\.\)|(?:[ivxlc]{1,6}|\d{1,3}|[a-z])\)|[ivxlc]{1,6}\.\s|\d{1,3}[a-z]\.(?:\s|$)|[A-Z]{1,2}\d{1,2}(?:\.(?:\s|$)|:)|\d{1,3}(?:\.\d{1,3})*\.?(?:\s|$))\s*`)
	// signOff starts the signature block and closing lines at a minutes'
	// end – "Chairman", "Signed", "The meeting closed at 4.05 pm",
	// "2.00 pm – 4.05 pm" – which belong to no resolution.
	signOff = lazyre.New(`(?i)^(chair(?:man|person)?\s*[:.…_]*$|signed\s*(?:[:.…_]|$)|the meeting (?:closed|ended|finished|concluded|terminated)\b|(?:meeting )?closed at\b|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s*(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b)`)
	// openTag is an "ACTION:" tag at the end of a line, perhaps with the
	// start of a name ("ACTION: Hinckley and Bosworth") whose bold rest
	// ("BC") is on the next line, or with a whole one ("Action: JB/WM",
	// see namedTag); bareTag is the tag with no name yet.
	openTag = lazyre.New(`(?i)\baction(?:\s+point)?\s*:(?-i:(\s+[A-Z][\w&'’/.-]*(?:\s+(?:and|of|for|&|[A-Z][\w&'’/.-]*))*))?$`)
	bareTag = lazyre.New(`(?i)\baction(?:\s+point)?\s*:$`)
	// tagGoesOn opens a line that carries on a named tag with what its
	// people are to do ("ACTION: ME" over "to identify on a map …").
	tagGoesOn = lazyre.New(`^(?:to|will|and|&)\s`)
	// datedFooter is a meeting's name in title case and its date in
	// figures, alone on a line: a page's running footer.
	datedFooter = lazyre.New(`^[A-Z][\w&'’-]*(?:\s+(?:and|of|&|[A-Z][\w&'’-]*)){0,5}\s+\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$`)
	initialsBox = lazyre.New(`(?i)^chair(?:man|person)?(?:'|’)?s?\s+(?:initials|signature)\b`)
	// startsBlock marks lines that begin a new paragraph even with no blank
	// line before them.
	// "46.2 Text" (a decimal paragraph number with no full stop) counts only
	// before a capital, so a wrapped "12.5 per cent" does not; "That" and
	// "Resolved" only with their capital, as a wrapped line often starts
	// "that the Board would …".
	spacedMarker = lazyre.New(`^\(\s?([a-z]|[ivx]{1,4}|\d{1,2})\s?\)`)
	// gluedMarker is a point's number or roman whose space before the
	// words a copy lost: "23.003.It was resolved …", "ii.It was noted …".
	// (A letter, "a.The", is left: it may be a list's or a word's.)
	gluedMarker = lazyre.New(`^(\d{1,4}(?:\.\d{1,4}){0,3}\.|[ivx]{1,5}\.)([A-Z][a-z]+\b)`)
	// fieldLine is a form's field, its label and colon at the line's
	// start ("Decision Maker: Cabinet", "Effective from: 14/02/2025").
	fieldLine = lazyre.New(`^[A-Z][\w'’()/-]*(?:\s+[\w'’()/&-]+){0,4}\??\s*:(?:\s|$)`)
	// runInLabel is a meeting page's "Minutes:", "Decision:" or
	// "RESOLVED:" label run in after the item's title on one line, as a
	// page's table row reads when each row is one line ("Declarations of
	// Interest Minutes: None were declared."), or before the text it
	// labels ("Minutes: AGREED that …").
	runInLabel = lazyre.New(`^(?:(.*?\S)\s+)?(Minutes|Decisions?|RESOLVED|Resolved)\s?:\s*(\S.*)$`)
	// dashDecided opens a line with "Resolved –" or "Agreed –".
	dashDecided = lazyre.New(`^(?:Resolved|RESOLVED|Agreed|AGREED)\s+[–—-]\s+\S`)
	// initialsEnd ends a line with the initials of who is to act: "– RM & JE".
	initialsEnd = lazyre.New(`[–—-]\s+[A-Z]{2,3}(?:\s*(?:&|and|,)\s*[A-Z]{2,3})*$`)
	// runInDecided is "Resolved –" or "Agreed –" after text on its line.
	runInDecided = lazyre.New(`^(.*?\S)\s+(Resolved|RESOLVED|Agreed|AGREED)\s+[–—-]\s+(\S.*)$`)
	// labelVoteOnly is a label with nothing after it but how the vote went
	// ("Resolved: Unanimously."): what it resolved is the proposal told
	// before it, so the two stay one paragraph.
	labelVoteOnly = lazyre.New(`^(?:Resolved|RESOLVED)\s*[:\-–]?\s*(?i:unanimously|nem\.?\s*con\.?|by\s+all(?:\s+present)?)\.?$`)
	// sentenceResolved is "Resolved that …", "Resolved, proposed by …,
	// that …" opening a sentence after another on its line.
	sentenceResolved = lazyre.New(`^(.*?\S[.!?])\s+((?:Resolved|RESOLVED)(?:\s+(?:that|to|unanimously)\b|,|\s?:)\s*\S.*)$`)
	// askedRunIn is a body asked to do what the points run in after its
	// colon say: "Cabinet is asked to: a) …", "Members are recommended to:
	// 1. …".
	askedRunIn = lazyre.New(`\b(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\s*:\s+\(?(?:a|1|i)[.)]\s`)
	// recsRunIn is a report's recommendations label in title case (one
	// in capitals is capsRunIn's) inside a line a copy flattened, with
	// what a recommendation opens with after its colon: a point's first
	// number, "That", "It is recommended" or a body asked or recommended
	// to act ("Recommendations: 1) Cabinet approves …",
	// "Recommendation(s): That the Board notes …").
	recsRunIn = lazyre.New(`\b(?:Recommendations?|Recommendation\(s\))\s?:\s+(?:\(?(?:1|a|i)[.)]\s|(?:That|THAT)\s|It is recommended\b|(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b)`)
	// capsRunIn is a label in capitals inside a line a copy flattened.
	capsRunIn = lazyre.New(`^(?:(.*?\S)\s+)?([A-Z][A-Z()&'/-]{3,}(?:\s+[A-Z][A-Z()&'/-]+){0,3})\s?:\s+(\S.*)$`)
	labelWord = lazyre.New(`^(?:for|of|to|the|and|by|on|in|at|from|with|Key|Urgent|Draft|Previous|Last|Signed|Approved|Confirmed)$`)
	// bareMarker is a point's marker alone on its line, its text on the
	// next ("2." then "To request a further report …"), as a page
	// rendered a list's two columns.
	// letterSpaced is a word in capitals printed a letter at a time.
	letterSpaced = lazyre.New(`\b(?:[A-Z] ){4,}[A-Z]\b`)
	bareMarker   = lazyre.New(`^(?:\(?[a-z]\)|\(?[ivx]{1,6}\)|\(?\d{1,3}\)|\d{1,3}\.|[a-h]\.)$`)
	startsBlock  = lazyre.New(`(?i)^((?:\(?[ivxlc]{1,6}\)|\(?\d{1,3}\)|\(?[a-z]\))(?:[^,;:.]|$)|\d{1,3}(\.\d{1,3})*\.\s|\d{1,3}[a-z]\.\s|recommendation\s+\d|action\s*:)|^(?-i:RESOLVED|Resolved|AGREED\s|Agreed\s*[:–—-]\s|RECOMMENDED(?:\s+that)?\s*[:\-–]?$|RECOMMENDED\s+TO\s|[A-Z]{1,2}\d{1,2}\.\s|That\s|(?:Noted|Approved|Agreed|Endorsed|Authori[sz]ed|Delegated)\s+(?:the|that|to|a|an)\s|[a-h]\.\s|[ivxlc]{1,6}\.\s|[IVX]{1,5}\.\s+[A-Z]|\d{1,3}\.\d{1,3}\s+[A-Z(])|^[•·▪◦●‣⁃■□](?:\s|$)`)
)

// resolvedWord opens a line with the word that records a decision.
var resolvedWord = lazyre.New(`^(?:RESOLVED|Resolved)\b`)

// leadsIntoDecision: buf's last sentence, not yet stopped, runs on into
// a decision word on the next line. It stops mid-phrase ("… and it
// was", "… so it was unanimously"), or on any word in small letters
// ("… seconded and unanimously approved") unless it tells a report with
// no motion in it: minutes often leave such a sentence without its stop
// ("Cllr Birch reported the bench was broken by a lorry" over "RESOLVED
// that …"), and the decision is one of its own.
func leadsIntoDecision(buf []byte) bool {
	t := tail(buf)
	if endsOpen(t) || endsAnd(t) {
		return true
	}
	switch t[strings.LastIndexByte(t, ' ')+1:] {
	case "was", "were", "unanimously", "duly", "then", "therefore":
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsLower(r) {
		return false
	}
	if k := strings.LastIndex(t, ". "); k >= 0 {
		t = t[k+2:]
	}
	return !toldReport.MatchString(t) || motionWord.MatchString(t)
}

var (
	toldReport = lazyre.New(`(?i)\b(?:reported|said|told|advised|informed|explained|stated|mentioned)\b`)
	motionWord = lazyre.New(`(?i)\b(?:propos|second|agree|approv|vote|favour|carried|resolv|unanimous)`)
)

// paragraphs joins the lines no table used into paragraphs.
func paragraphs(ld layout.Doc, used []bool) []paragraph {
	return planParagraphs(ld, used, false, nil)
}

// planParagraphs is paragraphs, with the rows of a plan's table run into
// one line read as rows (flatPlanRows) when plan is set: Find sets it on
// a page of no known kind (not minutes, a decision, a report or other).
//
// points gives the lines where a plan's points set a line each in lower
// case begin, the lines of the cells naming who does them and the lines
// after their runs: each starts a paragraph (see lowerPoints).
func planParagraphs(ld layout.Doc, used []bool, plan bool, points map[int]lineMark) []paragraph {
	var out []paragraph
	var cur *paragraph
	// buf is cur's text as it grows: appending to a buffer, and looking
	// only at its tail, keeps a paragraph of thousands of lines linear.
	var buf []byte
	flush := func() {
		if cur != nil && len(buf) > 0 {
			cur.text = string(buf)
			out = append(out, finish(*cur))
		}
		cur = nil
		buf = buf[:0]
	}
	wide := proseColumns(ld, used)
	itemHeads := numberedHeads(ld)
	width := layout.WrapWidth(ld)
	lastWide := -2
	lastBare := 0 // the last point numbered with no dot
	carry := ""   // a point's number moved to the line it numbers
	// oneSentence is set while the paragraph is a decision run in after
	// other text, which its sentence's end ends.
	oneSentence := false
	for i, l := range ld.Lines {
		if col, ok := wide[i]; ok {
			flush()
			ps := cellParagraphs(l, col)
			if len(ps) > 0 && lastWide == i-1 && len(out) > 0 && onlyCell(l, col) && ps[0].marker == "" &&
				!endsSentence(out[len(out)-1].text) && !startsBlock.MatchString(ps[0].text) {
				// A table read a line a row: a line with nothing beside
				// it goes on with the sentence the row above left open.
				last := out[len(out)-1]
				last.text = string(join([]byte(last.text), ps[0].text))
				out[len(out)-1] = finish(last)
				ps = ps[1:]
			}
			out = append(out, ps...)
			lastWide = i
			continue
		}
		// The "Chair's initials ____" box some councils print at every
		// page's foot is furniture the reader could not tell apart.
		// "(a )" as some word processors space it is the marker "(a)".
		// "… 12 months.It was RESOLVED …": a sentence's stop whose space
		// a copy lost.
		text := gluedMarker.ReplaceAllString(spacedMarker.ReplaceAllString(clean.Space(l.Text), "($1)"), "$1 $2")
		if lostStopSpace(text) {
			text = closedStop.ReplaceAllString(text, "$1. $2")
		}
		if carry != "" && text != "" {
			text, carry = carry+" "+text, ""
		}
		if m := trailingMarker.FindStringSubmatchIndex(text); m != nil && startsUpper(nextText(ld.Lines, i)) {
			// "… contracts 12 & 47. 2." over "Cabinet delegates …": the
			// next point's number, left at the end of the line before.
			carry, text = text[m[2]:m[3]], text[:m[2]-1]
		}
		if strings.Contains(text, " E ") {
			// "R E S O L V E D – that:", a label spaced out for emphasis.
			text = letterSpaced.ReplaceAllStringFunc(text, func(w string) string { return strings.ReplaceAll(w, " ", "") })
		}
		furniture := l.Furniture || initialsBox.MatchString(text)
		if (furniture || datedFooter.MatchString(text)) && cur != nil && !endsSentence(tail(buf)) {
			// A running header in the middle of a sentence: the point
			// goes on over the page break. So does a page's footer that
			// names the meeting and its date ("Youth and Recreation
			// 28.04.14"), which a text copy keeps but once.
			continue
		}
		if (i < len(used) && used[i]) || l.IsTable() || furniture {
			flush()
			continue
		}
		if text == "" {
			if cur != nil && len(buf) > 0 && goesOnPastBlank(buf, nextText(ld.Lines, i)) {
				// "… informed the meeting that a" / blank / "letter had been
				// sent …": a copy that set a blank line after every line,
				// the sentence going on in lower case after it.
				continue
			}
			flush()
			continue
		}
		if m, ok := points[i]; ok {
			flush()
			cur = &paragraph{page: l.Page, indent: l.Indent, line: i + 1, lowerPoint: m.point, pointOwner: m.owner, ownerCell: m.cell}
			buf = append(buf, text...)
			continue
		}
		if (text == ":" || text == ":-") && cur != nil && len(buf) > 0 {
			// "RESOLVED" then ":" on a line of its own: the label's colon,
			// set apart by the page.
			buf = append(buf, text...)
			continue
		}
		// A table row's cell rules rendered as characters: the row ends
		// its paragraph.
		rowEnd := strings.HasSuffix(text, " |") || strings.Trim(text, "|-: ") == "" && strings.Contains(text, "|")
		if rowEnd || strings.HasPrefix(text, "| ") {
			text = strings.Trim(text, " |")
		}
		if rowEnd && strings.Trim(text, "|-: ") == "" {
			flush() // "|", "|---|---|": a row's rules alone
			continue
		}
		if namedTag(text) == 0 && !ld.Flowing && cur != nil && !cur.heading && len(buf) > 0 && !bytes.HasSuffix(buf, []byte(":")) && len(sentences(string(buf))) == 1 {
			// "… to discuss it during the next term." over "Action: JB":
			// the point's tag, which the page wrapped onto a line of its
			// own, and which ends it. (Under a paragraph of several
			// sentences, what the tag marks cannot be told.)
			buf = join(buf, text)
			flush()
			continue
		}
		if pieces := runInPieces(text); pieces != nil {
			// The title (or agenda text) before a label, the label, and
			// what it labels are paragraphs of their own; the last goes
			// on over the lines that follow.
			for k, t := range pieces {
				if k == 0 && cur != nil && !cur.heading && len(buf) > 0 && !endsSentence(tail(buf)) && (startsLower(t) || endsSentence(t) && len(sentences(t)) == 1 && !pointAfter(buf, t)) && strings.HasPrefix(text, t) {
					// "… Resolved: Cllr Green was elected" over "as
					// Chairman for the year. Resolved: …": the words
					// before the label end the sentence the page wrapped.
					// So do the words of one sentence's end ("… reminded
					// Councillors of the Virtual" over "Meeting Etiquette.
					// RESOLVED: …"), where a title before its label has
					// no stop and a point's record holds more sentences.
					// A numbered point before the label, "4) Note the
					// risks. Minutes: …" under "3) Approve …; and", is
					// the list's next point, not the end of the last;
					// a number that does not follow the open point's
					// ("… for the next" over "12 months. Resolved: …")
					// is the sentence's.
					buf = join(buf, t)
					continue
				}
				flush()
				cur = &paragraph{page: l.Page, indent: l.Indent, line: i + 1}
				buf = append(buf, t...)
			}
			// "… plants Resolved – to approve expenditure up to £400" /
			// "on a mower.": the decision run in after the discussion
			// ends with its sentence.
			oneSentence = runInDecided.MatchString(text)
			if rowEnd {
				flush()
			}
			continue
		}
		bare := 0
		if m := bareNumber.FindStringSubmatch(text); m != nil {
			bare, _ = strconv.Atoi(m[1])
		}
		// "1 officers can proceed …; and" then "2 officers can …": points
		// numbered with no dot, each after a clause's end, in order.
		nextBare := bare > 0 && (bare == 1 && bytes.HasSuffix(buf, []byte(":")) || bare == lastBare+1 && lastBare > 0 && endsListItem(tail(buf)))
		if nextBare {
			lastBare = bare
		}
		// "- reduce drug use" under "These are to:" or another such line:
		// a list's point set with a dash, as plain text sets it.
		inPoint := cur != nil && dashItem(string(buf[:min(len(buf), 4)]))
		// (A run of two or more such lines is a list whatever stands
		// over it: "Providing safe library buildings" over its points.)
		dashPoint := cur != nil && dashItem(text) && (bytes.HasSuffix(buf, []byte(":")) || inPoint || dashItem(nextText(ld.Lines, i))) ||
			inPoint && !dashItem(text) && !statusAlone(text) && l.Indent <= cur.indent && !(startsLower(text) && !endsSentence(tail(buf)) && !bytes.HasSuffix(buf, []byte(";")) && clean.Space(ld.Lines[i-1].Text) != "") // the line after the points, not indented under one (nor the point's sentence going on in lower case)
		// "- Keep the lanes clear, as agreed with" over "Highways Team
		// …": a point's line that came up to the wrap width at a word no
		// sentence ends with (or "and") wrapped, and its next line goes
		// on with it whatever its first letter. (A point that stops at a
		// noun, "- Open on Sundays in the summer months", may be its
		// list's last, with a heading over the next points after it.)
		if dashPoint && inPoint && !dashItem(text) && i > 0 && width > 0 && !layout.WouldFit(ld.Lines[i-1].Text, text, width) &&
			(endsOpen(tail(buf)) || endsAnd(tail(buf))) && !startsBlock.MatchString(text) && !bulletPat.MatchString(text) {
			dashPoint = false
		}
		// A line after a finished sentence with a list's points under it
		// heads them ("Providing safe library buildings" over "- …").
		listHead := cur != nil && !dashItem(text) && endsSentence(tail(buf)) && dashItem(nextText(ld.Lines, i))
		// "The Cabinet is RECOMMENDED to" on a line of its own after a
		// finished sentence leads the points under it.
		askedLead := cur != nil && endsSentence(tail(buf)) && leadAlone.MatchString(text)
		// "Recommendations approved." after the last point: the outcome,
		// not the point's last words.
		outcome := cur != nil && markerPat.Match(buf) && endsSentence(tail(buf)) && endsSentence(text) && len(strings.Fields(text)) <= 4 && startsUpper(text)
		if oneSentence && cur != nil && (endsSentence(tail(buf)) || initialsEnd.MatchString(tail(buf))) {
			flush()
		}
		oneSentence = oneSentence && cur != nil
		// "g) signage boards be erected on the day" then "PROGRESS AND
		// INFORMATION": a heading in capitals after an unfinished point
		// is the next item's title, not the point's last words. So is one
		// after a line of prose in small letters whose sentence the page
		// left without its stop ("RESOLVED that the minutes … be signed as
		// a correct record" then "PUBLIC QUESTION TIME"), unless that line
		// stops at a word no sentence ends with.
		capsHead := cur != nil && !endsSentence(tail(buf)) && capsWords(text) >= 2 && capsWords(text) == len(strings.Fields(text)) &&
			letterCount(text) >= 12 && startsUpper(nextText(ld.Lines, i)) && (markerPat.Match(buf) || proseLine(ld.Lines[i-1].Text) && !unfinished(tail(buf)))
		// "… and unanimously approved" over "RESOLVED to approve …": a
		// line the wrap broke (its first word would not have fitted
		// after the line before) in the middle of a sentence that runs
		// on into its decision, as one line of the text has it.
		wrappedDecision := cur != nil && i > 0 && width > 0 && resolvedWord.MatchString(text) && leadsIntoDecision(buf) &&
			clean.Space(ld.Lines[i-1].Text) != "" && !layout.WouldFit(ld.Lines[i-1].Text, text, width)
		starts := nextBare || dashPoint || listHead || askedLead || outcome || capsHead || startsBlock.MatchString(text) && !wrappedDecision || datedEntry.MatchString(text) ||
			sectionLabel(text) && (endsSentence(tail(buf)) || fieldLine.Match(buf) || recordField.MatchString(text)) ||
			(bareMarker.MatchString(text) || squareMarker.MatchString(text)) && (cur == nil || endsSentence(tail(buf)) || bytes.HasSuffix(buf, []byte(";")) || bytes.HasSuffix(buf, []byte("; and"))) ||
			// "It was RESOLVED to …" on a line after a finished sentence
			// records a decision of its own, not the request before it;
			// so does one under an item's title too long to be read as
			// one ("1. Election of a Chairman and signing the Declaration
			// of Acceptance of Office").
			itWasDecided.MatchString(text) && cur != nil && (endsSentence(tail(buf)) || cur.line == i && itemHeadLine.Match(buf))
		if cur != nil && i > 0 && closesOpenBracket(ld.Lines[i-1].Text, text) {
			// "… a tracker (set out in Appendix" over "1) which showed
			// …": the wrap left the bracket's close at the line's start,
			// where it reads as a point's number; the sentence goes on.
			starts = false
		}
		if cur != nil && l.Heading == 0 && !starts && endsInTag(tail(buf), l.Bold) {
			// "ACTION:" at a line's end, its name (often bold) on the
			// next: one tag.
			buf = join(buf, text)
			continue
		}
		// A short line in title case after a finished sentence is a
		// heading the reader could not mark ("…be approved." then
		// "Cabinet Decision Record D100114"), not the sentence's tail.
		// "Play Areas Additional documents:": a meeting page's item title,
		// its list of papers run in after it.
		// "7. Litter" over "The Clerk reported …": an item's short title
		// alone heads its record, though no other heading counts up with
		// it; not when it numbers a list's point under a lead-in, nor
		// after words a sentence cannot end with ("… moved to" over "14
		// Church Street" goes on).
		heading := l.Heading > 0 || l.Bold || capsHead || cur != nil && endsSentence(tail(buf)) && titleLine(text) && !pointGoesOn(buf, nextText(ld.Lines, i)) || strings.HasSuffix(text, "Additional documents:") || itemHeads[i] ||
			cur == nil && numberedTitle(text) && startsUpper(nextText(ld.Lines, i)) ||
			numberedHeadAlone(text, nextText(ld.Lines, i), width) && (cur == nil || !bytes.HasSuffix(buf, []byte(":")) && !unfinished(tail(buf)))
		// "The following decisions were approved:" after a finished
		// sentence and over a list's first point is the list's lead-in,
		// a paragraph of its own though no blank line came before it.
		leads := strings.HasSuffix(text, ":") && cur != nil && endsSentence(tail(buf)) && i+1 < len(ld.Lines) && startsBlock.MatchString(clean.Space(ld.Lines[i+1].Text)) ||
			cur != nil && cur.line == i && titleOverPromise(string(buf), ld.Lines[i-1].Text, text, width)
		if ld.Flowing && cur != nil && !starts && len(buf) > 0 && sentenceGoesOn(buf, text) {
			// "MINUTES OF THE PREVIOUS MEETING HELD 28 June" then "were
			// agreed as a correct record", or "The Built Facility Strategy
			// and the" then "Playing Pitch Strategy are endorsed": in web
			// text a line a paragraph, but the sentence goes on.
			buf = join(buf, text)
			continue
		}
		// "… playing there (Act Clerk)": a point ended by the note of who
		// acts on it; the next line is another.
		tagged := cur != nil && bytes.HasSuffix(buf, []byte(")")) && bracketTag.MatchString(tail(buf))
		// A line that ends a sentence short of the width the text was
		// wrapped to, though the next line's first word would have fitted
		// after it: the page broke the line there, not the wrap. So did
		// one before a list's point ("How we will do it" over "- Develop
		// …"), sentence or not.
		// So did one that ends a list's clause ("approve the plan;", "note
		// the risks; and") with room to spare: the next line is the next
		// point, though the copy lost its number or bullet.
		broken := cur != nil && i > 0 && (endsSentence(tail(buf)) || endsPoint(tail(buf)) || dashItem(text) || bulletPat.MatchString(text)) && layout.WouldFit(ld.Lines[i-1].Text, text, width)
		// "… raised in her report:" over "“Keeping Well at Home” has …":
		// a colon the wrap left at a line's end, before a quoted title
		// that the sentence goes on with, leads in to no list.
		quoted := cur != nil && i > 0 && width > 0 && strings.IndexAny(text, "“‘\"'") == 0 && !layout.WouldFit(ld.Lines[i-1].Text, text, width)
		// ("… duly signed by the" over "Chairman." is the sentence's end,
		// not the sign-off's post. A line's closing colon may carry a
		// dash, "… held on 3 March:-", and leads in all the same.)
		if ld.Flowing || heading || cur == nil || cur.heading || starts || leads || tagged || broken || signOff.MatchString(text) && !midPhrase(tail(buf)) || (bytes.HasSuffix(buf, []byte(":")) || bytes.HasSuffix(buf, []byte(":-"))) && !quoted || fieldLine.MatchString(text) && !bytes.HasSuffix(buf, []byte(",")) ||
			nextRoman(buf, text) || len(buf) < 60 && sectionLabel(string(buf)) || len(buf) < 80 && shortField(buf) && !startsLower(text) && !fieldGoesOn(buf) || len(buf) < 240 && contactField.Match(buf) {
			flush()
			cur = &paragraph{page: l.Page, heading: heading, indent: l.Indent, level: l.Heading, bold: l.Bold, line: i + 1}
			buf = append(buf, text...)
			// "Agreed – a working party to clear the gutters – RM & JE":
			// typed minutes' decision, ended by its sentence or its
			// doers' initials.
			oneSentence = !ld.Flowing && dashDecided.MatchString(text)
		} else {
			buf = join(buf, text)
		}
		if rowEnd {
			flush()
		}
	}
	flush()
	rows := map[int]paragraph{}
	if plan {
		out = flatPlanRows(out)
		for _, p := range out {
			if p.row > 0 {
				rows[p.row] = p
			}
		}
	}
	return wholeRows(officeRows(pointDecisions(ledPoints(listedHeads(pointHeads(agendaHeads(codedMinutes(countFirstMinutes(slashMinutes(minuteRuns(renumberOnes(letterRuns(inlineNumberRuns(inlineLetterRuns(inlineCapsHeads(flatBulletRuns(inlineMinuteRuns(inlineBulletRuns(sectionRuns(titledThats(thatRuns(labelColons(joinBareMarkers(oBullets(out)))))))))))))))))))))))), rows)
}

var (
	// electionTitle heads the item where a council fills its offices:
	// "Election of Office Bearers", "1. Election of Officers".
	electionTitle = lazyre.New(`(?i)^(?:[-–` + layout.Bullets + `]\s*)?(?:(?:election|appointment)s?\s+of\s+(?:the\s+)?(?:office[- ]?bearers|officers|officials)|office[- ]?bearers)\b.{0,30}$`)
	// officeRow starts a row of that item with the office it fills,
	// perhaps under its letter, then whoever fills it or nothing ("a.
	// Chairperson" over the name).
	officeRow = lazyre.New(`^(?:[a-z][.)]\s+|[-–` + layout.Bullets + `]\s*)?((?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|person|woman)?|Convener|Convenor|President)|(?:Minutes?\s+|Assistant\s+)?Secretary|Treasurer)(?:\s*$|\s*[/–-]?\s+[A-Z])`)
	// seconding goes on a row on a line of its own ("- seconded by …",
	// "Seconded John Green") or names who was nominated ("Chris Gilmour -
	// nominated by …").
	seconding = lazyre.New(`(?i)^(?:[-–]\s*)?(?:seconded|proposed|nominated)\b|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+[-–]\s+(?:nominated|proposed)\b`)
	// filledBy tells how an office was filled, in the row or in the
	// item's lines before it.
	filledBy = lazyre.New(`(?i)\b(?:proposed|seconded|nominated|elected|appointed)\b`)
)

// titleOverPromise: a line of a few words that ends no sentence or
// clause, over a line that is a promise's lead-in on its own ("Our plan
// for the year" over "As a Board, we will:"), is the title over it, not
// the start of its sentence: the lead-in's points carry the lead-in, not
// the title. A line the wrap broke (it came up near the width the text
// is wrapped to, or it stops at a word no sentence ends with: "… how the"
// over "Partnership will:") goes on into the next.
func titleOverPromise(title, line, next string, width int) bool {
	t := strings.TrimSpace(title)
	if t == "" || len(strings.Fields(t)) > 10 || endsSentence(t) || strings.ContainsAny(t[len(t)-1:], ",;:-–—") || unfinished(t) || endsAnd(t) {
		return false
	}
	if !startsUpper(next) || !strings.HasSuffix(next, ":") || width > 0 && !layout.WouldFit(line, next, width) {
		return false
	}
	o, ok := leadIn(next)
	return ok && o.kind == action.KindCommitment && promiseEnd.MatchString(strings.TrimRight(next, ":- "))
}

// officeRows reads the offices a council fills laid out as rows rather
// than sentences: "Chairman John Green Proposed Keith Muir" over
// "Seconded Chris Hobson", or "a. Chairperson" over "Chris Gilmour -
// nominated by …" over "- seconded by …". Under an election's title, each
// row's lines are joined into one paragraph, marked elected. (A grid with
// a column for each, "Office / Name / Proposer / Seconder", is a table's
// to read, not these lines'.)
func officeRows(ps []paragraph) []paragraph {
	out := ps[:0:0]
	for i := 0; i < len(ps); i++ {
		out = append(out, ps[i])
		if len(ps[i].body) > 60 || !electionTitle.MatchString(ps[i].body) {
			continue
		}
		told := filledBy.MatchString(ps[i].body)
		var rows []paragraph
		j := i + 1
		for ; j < len(ps); j++ {
			p := ps[j]
			switch {
			case officeRow.MatchString(p.text) && len(p.text) < 200:
				if m := letterPoint.FindStringSubmatch(p.text); m != nil && p.marker == "" {
					p.marker, p.body = "("+m[1]+")", strings.TrimSpace(p.text[len(m[0])-1:])
				}
				p.heading = false
				rows = append(rows, p)
				continue
			case len(rows) > 0 && seconding.MatchString(p.text) && len(p.text) < 120:
				r := &rows[len(rows)-1]
				r.text = r.text + " " + p.text
				r.body = r.body + " " + p.text
				continue
			case len(rows) == 0 && j-i <= 2 && !p.heading && p.marker == "":
				// "Robert Ferguson called for nominations": the item's
				// opening words.
				told = told || filledBy.MatchString(p.text)
				out = append(out, p)
				continue
			}
			break
		}
		for _, r := range rows {
			r.elected = told || filledBy.MatchString(r.text)
			out = append(out, r)
		}
		i = j - 1
	}
	return out
}

// oBullets splits a paragraph at the bullets a word processor's second
// list level prints as a lone "o" (its Courier "o" glyph, copied as the
// letter): "Highways. o 21536802 – Blocked drains … ACTION: MF to monitor o
// 21529469 – Potholes …". A lone lower-case "o" before a capital or a
// number is no English word, and two of them in a paragraph make a list.
// Each point is written with a bullet the readers know.
func oBullets(ps []paragraph) []paragraph {
	var out []paragraph
	// near: a paragraph close by, past a tag's label ("ACTION:") cut out
	// of the run, holds such a bullet too.
	near := func(i int) bool {
		for _, k := range []int{i - 2, i - 1, i + 1, i + 2} {
			if k >= 0 && k < len(ps) && !ps[k].heading && oBullet.MatchString(ps[k].text) {
				return true
			}
		}
		return false
	}
	for i, p := range ps {
		ms := oBullet.FindAllStringIndex(p.text, -1)
		if len(ms) == 0 || len(ms) == 1 && !oOpens.MatchString(p.text) && !near(i) {
			// (Two bullets make a list, the paragraph's first one too,
			// or one beside another paragraph's.)
			out = append(out, p)
			continue
		}
		starts := make([]int, len(ms))
		for i, m := range ms {
			starts[i] = m[0] + 1 // the "o", past the space before it
		}
		for k, q := range cutAt(p, starts) {
			if n := len(out); k == 0 && starts[0] > 0 && n >= 2 && tagLabel.MatchString(out[n-1].text) && strings.HasPrefix(out[n-2].text, "• ") && len(strings.Fields(q.text)) <= 6 {
				// "• 21536802 – Blocked drains …" / "ACTION:" / "MF to
				// monitor o 21529469 – …": the tag's value, cut from its
				// label, closes the point before the label.
				pt := out[n-2]
				pt.text = pt.text + " " + out[n-1].text + " " + strings.TrimSpace(q.text)
				out = append(out[:n-2], finish(pt))
				continue
			}
			for _, glyph := range []string{"o ", "ü "} {
				if rest, ok := strings.CutPrefix(q.text, glyph); ok {
					q.text = "• " + rest
					q = finish(q)
				}
			}
			out = append(out, q)
		}
	}
	return out
}

// oBullet is a lone "o" or "ü" (Wingdings' tick, copied as the letter)
// before a capital, a number or a bracket.
var (
	// tagLabel is an action tag's label alone: "ACTION:".
	tagLabel = lazyre.New(`^(?i:actions?)\s*:$`)
	oBullet  = lazyre.New(` [oü] [A-Z0-9(]`)
	oOpens   = lazyre.New(`^[oü] [A-Z0-9(]`)
)

// cutAt splits p's text at starts, the text before the first (if any)
// a piece of its own; only the first piece keeps p's heading.
func cutAt(p paragraph, starts []int) []paragraph {
	if starts[0] > 0 {
		starts = append([]int{0}, starts...)
	}
	var out []paragraph
	for i, c := range starts {
		end := len(p.text)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		q := p
		q.text = strings.TrimSpace(p.text[c:end])
		q.heading = p.heading && i == 0
		q.minute = p.minute && i == 0 // (a minute's points are not minutes)
		out = append(out, finish(q))
	}
	return out
}

// sectionTitle is a short title in capitals with no sentence in it
// ("BACKGROUND", "FINANCIAL IMPLICATIONS").
func sectionTitle(s string) bool {
	return len(strings.Fields(s)) <= 8 && !endsSentence(s) && !strings.HasSuffix(s, ":") && isCapitals(s)
}

// citing are the words before a number that cite it rather than start it.
var citing = map[string]bool{"and": true, "or": true, "of": true, "the": true, "to": true, "in": true, "at": true, "on": true, "by": true, "with": true, "from": true,
	"see": true, "section": true, "sections": true, "paragraph": true, "paragraphs": true, "para": true, "paras": true, "appendix": true, "table": true, "figure": true, "version": true}

// cited is whether the word before a number (the end of before) cites it.
func cited(before string) bool {
	f := strings.Fields(before)
	return len(f) > 0 && citing[strings.ToLower(strings.TrimRight(f[len(f)-1], ","))]
}

// sectionCuts finds where the numbers of a section run start in text: the
// longest chain of inlineSection matches, each the next of the one before.
func sectionCuts(text string) []int {
	if len(text) < 150 {
		return nil
	}
	type num struct{ at, major, minor int }
	var nums []num
	for _, m := range inlineSection.FindAllStringSubmatchIndex(text, -1) {
		if cited(text[:m[2]]) {
			continue // "see sections 2.1 and 2.2": cited, not a section's start
		}
		a, _ := strconv.Atoi(text[m[2]:m[3]])
		b, _ := strconv.Atoi(text[m[4]:m[5]])
		nums = append(nums, num{m[2], a, b})
	}
	var best []int
	for i, n := range nums {
		if n.minor > 1 {
			continue
		}
		chain, last := []int{n.at}, n
		for _, m := range nums[i+1:] {
			if m.major == last.major && m.minor == last.minor+1 || m.major == last.major+1 && m.minor <= 1 {
				chain, last = append(chain, m.at), m
			}
		}
		if len(chain) > len(best) {
			best = chain
		}
	}
	return best
}

// letterRuns reads "a. That …", "b. …", "c. …" (or "A.", "B.", …) at the
// starts of successive paragraphs as the points (a), (b), (c) of a list
// whose label or lead-in was lost: a run of letters in order, from a, is a
// list. One "a." alone may be a word's initial.
func letterRuns(ps []paragraph) []paragraph {
	for i := 0; i+1 < len(ps); i++ {
		first := "a"
		if strings.HasPrefix(ps[i].text, "A. ") {
			first = "A" // capitals run as letters do; "A." alone may be an initial, but not with "B." after it
		}
		if ps[i].marker != "" || !strings.HasPrefix(ps[i].text, first+". ") || first == "a" && i > 0 && !endsSentence(ps[i-1].text) && !(strings.HasSuffix(ps[i-1].text, ":") && (ps[i-1].marker == "" || infinitivePoint.MatchString(ps[i].text[3:]))) && !shortTitle(ps[i-1].text) && !ps[i-1].heading {
			// A list a clause breaks off for ("… rendered by" over "a.
			// former Councillor …") is read through that clause, and so is
			// a point's own lettered list; a lead-in's list of its own
			// ("The Cabinet Member approved:" over "a. …", "b. …") is a
			// list of points, and so is a point's list of powers in the
			// infinitive ("2. That Council delegate …:" over "a. to bid …").
			continue
		}
		j := i
		for j < len(ps) {
			letter := string(rune(first[0]) + rune(j-i))
			// "c." and "i." read as roman numbers already. Within a run,
			// "l.To build …" is a point whose space was lost.
			glued := j > i && strings.HasPrefix(ps[j].text, letter+".") && len(ps[j].text) > 2 && ps[j].text[2] >= 'A' && ps[j].text[2] <= 'Z'
			if !strings.HasPrefix(ps[j].text, letter+". ") && !glued || ps[j].marker != "" && ps[j].marker != "("+letter+")" {
				break
			}
			j++
		}
		if j-i < 2 {
			continue
		}
		for k := i; k < j; k++ {
			ps[k].marker = "(" + strings.ToLower(ps[k].text[:1]) + ")"
			ps[k].body = strings.TrimSpace(ps[k].text[2:])
		}
		i = j - 1
	}
	return ps
}

// shortTitle is a few words of title over a list ("On-going work"),
// not a clause the list goes on ("… rendered by").
func shortTitle(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= 6 && looksLikeHeading(s) && !strings.HasSuffix(s, ":") && !openEnd.MatchString(strings.ToLower(f[len(f)-1])) && !finiteVerb.MatchString(s)
}

// openEnd is a last word that leaves its clause open.
var openEnd = lazyre.New(`^(?:and|or|of|for|by|to|with|in|on|at|from|as|the|a|an|&|/|-|–)$`)

// numberedHeadAlone: line is a meeting item's number and a short title
// ("7. Litter", "12 Village Hall", "4) Footpaths and Stiles") and next
// opens a sentence of prose ("The Clerk reported …", "RESOLVED to …"),
// the title ending where the page ended the line (next's first word would
// have fitted after it): the item's heading, not the sentence's first
// words. A title that stops at a word no sentence ends with ("5. Report of
// the"), or that reads as a clause ("1. That …", "2. Approve the plan",
// "3. The Clerk will"), is not one.
func numberedHeadAlone(line, next string, width int) bool {
	m := numberedHead.FindStringSubmatch(line)
	if m == nil || datedLine.MatchString(line) {
		return false
	}
	title := m[1]
	f := strings.Fields(title)
	if len(f) > 6 || strings.ContainsAny(title[len(title)-1:], ".,;:!?-–") || unfinished(title) || !itemTitle(title) ||
		modalVerb.MatchString(title) || baseVerb.MatchString(f[0]) || imperative.MatchString(f[0]) {
		return false
	}
	if !startsUpper(next) || markerPat.MatchString(next) || bulletPat.MatchString(next) || !proseLine(next) && !resolvedWord.MatchString(next) {
		return false
	}
	return width == 0 || layout.WouldFit(line, next, width)
}

// numberedHead is a number, with or without its stop or bracket, and the
// words after it: "7. Litter", "12 Village Hall", "(4) Footpaths".
var numberedHead = lazyre.New(`^\(?\d{1,3}(?:[.)]\s*|\s+)([A-Z].*)$`)

// letterPoint is a point lettered "a." run in with its text, which only a
// list under way reads as a point: elsewhere "a." may be a word's initial.
var letterPoint = lazyre.New(`^([a-h])\.(?:\s+\S|[A-Z][a-z])`)

// contactField is a paper's contact or authorship line ("Contact
// Officer: Jo Bell, Head of Service, Tel: 01234 567890"): whatever its
// length, the next line does not go on it.
var contactField = lazyre.New(`^(?i:contact(?:\s+officers?)?|report\s+(?:author|of|by)|authors?|lead\s+officers?|tel(?:ephone)?|e-?mail|wards?(?:\(s\))?\s+affected)\s*:`)

// shortField: buf is a form's field with a short value ("Is subject to
// call in?: Yes", "Date of decision: 12/12/2023"), which the next line
// does not go on. (paragraphs lets a next line in lower case go on all
// the same: "Resolved: the Minutes (as" over "circulated) were approved
// …" is a sentence a page wrapped.)
func shortField(buf []byte) bool {
	if !fieldLine.Match(buf) {
		return false
	}
	_, value, _ := bytes.Cut(buf, []byte(":"))
	return len(bytes.Fields(value)) <= 4
}

// fieldGoesOn: a short field whose words stop where no phrase ends
// ("RESOLVED: The" over "Clerk to investigate …", "Action: to write
// to"): the page wrapped it, and the next line goes on with it though it
// opens with a capital.
func fieldGoesOn(buf []byte) bool {
	t := string(buf)
	k := strings.LastIndexByte(t, ' ')
	return endsOpen(t) || k >= 0 && (t[k+1:] == "The" || t[k+1:] == "An")
}

// sectionLabel is a decision record's section label alone on its line,
// its colon lost: "Decision taken", "Reasons for the decision".
func sectionLabel(text string) bool {
	return len(text) < 60 && !strings.Contains(text, ".") && (softLabel.MatchString(text) || stops.MatchString(text))
}

// closedStop is a full stop with no space before the next sentence: a
// word of two or more small letters, the stop, a capitalised word. ("St.Mary",
// "Mr.Smith" and "e.g." are not it.)
var closedStop = lazyre.New(`\b([a-z]{2,})\.([A-Z][a-z]+)\b`)

// recordField is a decision record's field label that is the whole
// line ("Reason for Decision", "Alternative options considered"): it
// starts a paragraph even where the decision over it has no full stop.
var recordField = lazyre.New(`(?i)^(?:reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|supporting\s+documents|background\s+papers|(?:alternative|other)\s+options(?:\s+considered)?(?:\s+and\s+rejected)?|options\s+considered|officer\s+contact|contact\s+officer)\s*:?$`)

// bareNumber is a point's number with no dot or bracket, its text in
// lower case: "2 officers can award the contract …".
var bareNumber = lazyre.New(`^(\d{1,2})\s+[a-z]`)

// endsPoint: a list's clause ends here, "…;", "…; and" or "…; or".
func endsPoint(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ";") || strings.HasSuffix(s, "; and") || strings.HasSuffix(s, "; or")
}

// endsListItem: a point ends here — a sentence, a clause ("…; and"), or
// a lead-in ("… where:").
func endsListItem(s string) bool {
	s = strings.TrimSpace(s)
	return endsSentence(s) || endsPoint(s) || strings.HasSuffix(s, ":")
}

// titledThats reads a numbered or lettered title over an unnumbered
// "That …" decision ("a) Safety Statement - Meetings." then "That the
// Parish Council recognises and agrees …") as the decision's heading, and
// gives the decision its number.
func titledThats(ps []paragraph) []paragraph {
	for i := 0; i+1 < len(ps); i++ {
		p, next := ps[i], ps[i+1]
		// A letter's title over "It was RESOLVED: …" gives the decision
		// its letter too, and may be as long as a letter's subject is
		// ("b.) HSBC - Re: Transfer of accounts to Commercial", up to a
		// heading's fourteen words); a minute's own number reaches its
		// decision already.
		labelled := resolvedLabel.MatchString(next.body) && markerStyle(p.marker) == "letter"
		if p.marker == "" || next.marker != "" || !(titleOnly(p.body) || labelled && titleUpTo(p.body, 14)) || !thatDecides(next.body) && !labelled {
			continue
		}
		ps[i] = paragraph{text: strings.TrimSuffix(p.body, "."), body: strings.TrimSuffix(p.body, "."), page: p.page, heading: true, indent: p.indent}
		next.marker = p.marker
		if labelled {
			if rest := strings.TrimSpace(next.body[len(resolvedLabel.FindString(next.body)):]); thatDecides(rest) {
				next.body = rest // "It was RESOLVED: That …" decides what "That …" does
			}
		}
		ps[i+1] = next
	}
	return ps
}

// pointDecisions gives a lettered point's letter to the decision
// labelled under it ("a) The Chairman reported on … " then "RESOLVED: To
// receive the information."): what was resolved on that point.
func pointDecisions(ps []paragraph) []paragraph {
	for i := 1; i < len(ps); i++ {
		p, prev := &ps[i], ps[i-1]
		if p.marker == "" && !p.heading && prev.marker != "" && !prev.heading && markerStyle(prev.marker) == "letter" && strings.HasPrefix(p.body, "RESOLVED") && !ledIn(ps, i-1) {
			if k := resolvedLabel.FindStringIndex(p.body); k != nil && len(strings.Fields(p.body[k[1]:])) >= 3 {
				p.marker = prev.marker // ("RESOLVED unanimously." decides what the point said: no text of its own)
			}
		}
	}
	return ps
}

// ledIn is whether the run of lettered points ps[i] ends follows a
// lead-in ("AGREED the following changes:"), its points a decision's
// clauses rather than a minute's parts.
func ledIn(ps []paragraph, i int) bool {
	for i >= 0 && ps[i].marker != "" && markerStyle(ps[i].marker) == "letter" {
		i--
	}
	return i >= 0 && strings.HasSuffix(ps[i].text, ":")
}

// titleOnly: a point's body that only names its subject: a few words in
// title case with no verb ("Safety Statement - Meetings.").
func titleOnly(body string) bool {
	return titleUpTo(body, 8)
}

// titleUpTo is titleOnly for a title of up to most words.
func titleUpTo(body string, most int) bool {
	t := strings.TrimSuffix(body, ".")
	n := len(strings.Fields(t))
	return n >= 1 && n <= most && looksLikeHeading(t) && !strings.Contains(t, ". ") && !finiteVerb.MatchString(t) && !modalVerb.MatchString(t) &&
		!strings.HasSuffix(t, ":") && !thatStart.MatchString(t) && !toInfinitive.MatchString(t)
}

// thatRuns cuts a paragraph of two or more decisions each in a sentence of
// its own that opens "That" ("That members note the position. That lead
// members have regard to progress …", perhaps all in capitals) into one
// paragraph a decision.
func thatRuns(ps []paragraph) []paragraph {
	var out []paragraph
	for _, p := range ps {
		if p.marker != "" || p.heading || !thatStart.MatchString(p.text) || !decidesThat(p.text) {
			out = append(out, p)
			continue
		}
		var starts []int
		for _, m := range nextThat.FindAllStringIndex(p.text, -1) {
			if decidesThat(p.text[m[1]-5:]) {
				starts = append(starts, m[1]-5)
			}
		}
		if len(starts) == 0 {
			out = append(out, p)
			continue
		}
		out = append(out, cutAt(p, starts)...)
	}
	return out
}

// nextThat is a sentence's end, then "That".
var nextThat = lazyre.New(`[.;]\s+(?:That|THAT)\s`)

// decidesThat: thatDecides, read in small letters when written in
// capitals ("THAT MEMBERS NOTE THE POSITION").
func decidesThat(s string) bool {
	if end := strings.Index(s, ". "); end > 0 {
		s = s[:end+1]
	}
	if isCapitals(s) {
		s = "That" + strings.ToLower(s[4:])
	}
	if thatDecides(s) {
		return true
	}
	// "That lead members have regard to …": members, in small letters,
	// with a verb in its bare form.
	m := membersDo.FindStringSubmatch(s)
	return m != nil && (knownVerb(m[1]) || m[1] == "have")
}

var membersDo = lazyre.New(`^That\s+(?:(?:all|lead|the)\s+)?(?:members|councillors|officers)\s+([a-z]+)\s`)

// labelColons puts a lead-in's colon where its points follow it: after a
// decision's label at a sentence's end, where the page left it out, or
// after a "That" set past it. A label with no colon: "… proposed, … seconded
// and it was Resolved (unanimously)" over "1. To receive the funding …".
// (Only the label's own wording: "The minutes were agreed" over "1.
// Apologies" is a record, then the next item.)
func labelColons(ps []paragraph) []paragraph {
	for i := 0; i+1 < len(ps); i++ {
		p := &ps[i]
		// (The cheap tests first: most paragraphs stop at them.)
		first := firstMarker(ps[i+1].marker)
		if first && p.marker == "" && !p.heading && endLabel.MatchString(p.body) {
			p.text += ":"
			p.body += ":"
		}
		if strings.HasSuffix(p.body, ";") && semicolonLead.MatchString(p.body) && (bulletPat.MatchString(ps[i+1].text) || first) {
			// "… having undertaken to;" over "• Agree terms of reference;":
			// a lead-in's colon typed as a semicolon.
			p.body = strings.TrimSuffix(p.body, ";") + ":"
			p.text = strings.TrimSuffix(strings.TrimSpace(p.text), ";") + ":"
		}
		if !first {
			continue
		}
		if m := colonThat.FindStringIndex(p.body); m != nil && len(strings.Fields(p.body[:m[0]])) >= 5 {
			// "… asks the Committee to recommend: That" over "1. The
			// plan be adopted …": the colon set before the "That" its
			// points go on from. (A label's "RESOLVED: That" stays as
			// it is.)
			p.body = p.body[:m[0]] + " that:"
			if k := colonThat.FindStringIndex(p.text); k != nil {
				p.text = p.text[:k[0]] + " that:"
			}
		}
	}
	return ps
}

// semicolonLead is a lead-in that stops at a word its points complete,
// its colon typed as a semicolon: "… having undertaken to;", "… agreed
// that;".
var semicolonLead = lazyre.New(`\s(?:to|that)\s*;$`)

// colonThat is a lead-in's colon set before its "That": "… to recommend:
// That".
var colonThat = lazyre.New(`\s*:\s*(?:That|that|THAT)$`)

// endLabel is a decision's label ending a sentence: "… and it was
// RESOLVED", "it was unanimously agreed (9 for)".
var endLabel = lazyre.New(`(?i)\b(?:it\s+was\s+(?:[a-z]+ly\s+)?|and\s+)(?:resolved|agreed|decided)(?:\s*\([^)]{1,40}\))?$`)

// firstMarker: the marker of a list's first point, "1", "(a)", "i)".
func firstMarker(m string) bool {
	switch strings.Trim(normMarker(m), "()") {
	case "1", "a", "A", "i", "I":
		return true
	}
	return false
}

// joinBareMarkers gives a marker alone in its paragraph ("a." over a
// blank line, then "adopt the parks documents:") the paragraph after it.
func joinBareMarkers(ps []paragraph) []paragraph {
	out := ps[:0]
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if countedMarker(ps, i) {
			p.text += "."
		}
		if (bareMarker.MatchString(p.text) || countedDecimal(ps, i)) && i+1 < len(ps) && !ps[i+1].heading && ps[i+1].marker == "" {
			next := ps[i+1]
			next.text = p.text + " " + next.text
			body := next.body
			next = finish(next) // "2." over "Taxi Fees pdf icon PDF 144 KB" is an item's heading
			if next.marker == "" {
				next.marker, next.body = normMarker(p.text), body // "a." as a word's letter reads no marker
			}
			out = append(out, next)
			i++
			continue
		}
		out = append(out, p)
	}
	return out
}

// countedMarker: ps[i] is a number alone ("1", a table's first column
// rendered a cell a line) that counts with another alone two paragraphs
// before or after it ("1", text, "2", text): a list's number, not a page's.
func countedMarker(ps []paragraph, i int) bool {
	n, err := strconv.Atoi(ps[i].text)
	if err != nil || n > 99 {
		return false
	}
	at := func(j, want int) bool {
		if j < 0 || j >= len(ps) {
			return false
		}
		m, err := strconv.Atoi(ps[j].text)
		return err == nil && m == want
	}
	return at(i+2, n+1) || at(i-2, n-1)
}

// countedDecimal: ps[i] is a minute's decimal number alone ("3.2", a
// table's first column rendered a cell a line) with the number before or
// after it ("3.1", "3.3") alone within three paragraphs — an initials
// cell may stand between them.
func countedDecimal(ps []paragraph, i int) bool {
	major, minor, ok := decimalNumber(ps[i].text)
	if !ok {
		return false
	}
	for d := 1; d <= 3; d++ {
		for _, j := range []int{i - d, i + d} {
			if j < 0 || j >= len(ps) {
				continue
			}
			if a, b, ok := decimalNumber(ps[j].text); ok && a == major && (b == minor+1 && j > i || b == minor-1 && j < i) {
				return true
			}
		}
	}
	return false
}

// decimalNumber reads "3.2" as 3 and 2.
func decimalNumber(s string) (major, minor int, ok bool) {
	a, b, found := strings.Cut(s, ".")
	if !found || len(a) > 2 || len(b) > 2 {
		return 0, 0, false
	}
	major, err1 := strconv.Atoi(a)
	minor, err2 := strconv.Atoi(b)
	return major, minor, err1 == nil && err2 == nil
}

// runInPieces splits a line at each run-in label it holds ("Decision: …
// Minutes: …"); nil when it holds none.
func runInPieces(text string) []string {
	pre, label, rest, ok := splitRunIn(text)
	if !ok {
		return nil
	}
	var out []string
	for _, t := range []string{pre, label} {
		if t != "" {
			out = append(out, t)
		}
	}
	if more := runInPieces(rest); more != nil {
		return append(out, more...)
	}
	return append(out, rest)
}

// splitRunIn splits a line at a run-in label: the text before it, the
// label ("Minutes:", "Decision:"; empty when the label stays with its
// text, as "RESOLVED: That …" reads) and what it labels.
func splitRunIn(text string) (pre, label, rest string, ok bool) {
	if strings.Contains(text, "esolved") || strings.Contains(text, "greed") || strings.Contains(text, "RESOLVED") || strings.Contains(text, "AGREED") {
		// "… would be on a mower & plants Resolved – to approve
		// expenditure up to £400": a decision's label run in after the
		// discussion, with a dash for its colon.
		if d := runInDecided.FindStringSubmatch(text); d != nil {
			return d[1], "", d[2] + ": " + d[3], true
		}
		// "3. To confirm the minutes of … 2015. Resolved that these
		// minutes be agreed …": the decision begins a sentence after the
		// item's agenda wording on the same line.
		if d := sentenceResolved.FindStringSubmatch(text); d != nil && !labelVoteOnly.MatchString(d[2]) {
			// ("… 2020. Resolved: To accept the apologies." alike; in a
			// line a copy flattened, the minutes' numbers are still
			// counted over its pieces: inlineMinuteRuns.)
			return d[1], "", d[2], true
		}
	}
	if !strings.Contains(text, ":") {
		return "", "", "", false
	}
	if len(text) > flattenedLine {
		if k := recsRunIn.FindStringIndex(text); k != nil && k[0] > 0 && (k[0] < len(text)/2 || !strings.Contains(text[:k[0]], "ecommend")) {
			// "… Purpose: This report proposes …. Recommendations: 1)
			// Cabinet approves …": a cover sheet's label of what the
			// report recommends, with the recommendations after it,
			// starts a paragraph of its own. (Near a long line's end, one
			// after the paper has already named its recommendations is a
			// later section's.)
			return strings.TrimSpace(text[:k[0]]), "", text[k[0]:], true
		}
		// A report a copy ran into one line: "… 1. Details of
		// Recommendations Cabinet is asked to: a) Approve … b) …" — the
		// lead-in and its points start a paragraph of their own.
		if k := askedRunIn.FindStringIndex(text); k != nil && k[0] > 0 {
			at := k[0]
			if w := firstWord(text[at:]); labelPat.MatchString(w + ":") {
				at += len(w) + 1 // "… of Recommendations Cabinet is asked to:": the heading's last word
			}
			return strings.TrimSpace(text[:at]), "", text[at:], true
		}
	}
	m := runInLabel.FindStringSubmatch(text)
	if m == nil && len(text) > flattenedLine {
		// A paper whose every line a copy ran into one: its form's labels
		// in capitals ("TITLE : …", "RECOMMENDATIONS : …") are where its
		// paragraphs began.
		m = capsRunIn.FindStringSubmatch(text)
		switch {
		case m == nil:
		case len(m[1]) < 3:
			m = nil // "A1 REPORT …": no text before the label to set apart
		default:
			if ws := strings.Fields(m[2]); len(ws) > 1 && labelPat.MatchString(ws[len(ws)-1]+":") {
				// "… THE STANDARDS COMMITTEE RECOMMENDATIONS : …": the
				// title's capitals run into the label.
				m[1], m[2] = strings.TrimSpace(m[1]+" "+strings.Join(ws[:len(ws)-1], " ")), ws[len(ws)-1]
			}
		}
	}
	// (Two words after the label are a field's value, "Decision: Yes",
	// unless they lead in to the points below: "Future Procurement Plan
	// PDF 561 KB Decision: The Cabinet:".)
	if m != nil && m[2] == "Resolved" && len(text) > flattenedLine {
		if _, strong := capsHeads(text); strong >= 2 {
			m = nil // (a line a copy flattened is cut at its headings first: inlineCapsHeads)
		}
	}
	if m == nil || m[1] == "" && (m[2] == "RESOLVED" || m[2] == "Resolved") || labelVoteOnly.MatchString(m[2]+": "+m[3]) || len(strings.Fields(m[3])) < 3 && !strings.HasPrefix(m[3], "RESOLVED") && !(m[2] != "Minutes" && strings.HasSuffix(m[3], ":")) {
		return "", "", "", false
	}
	if w := strings.Fields(m[1]); len(w) > 0 && !strings.HasSuffix(m[1], ":") && (len(w) < 3 || labelWord.MatchString(w[len(w)-1])) {
		// "Key Decision: Yes", "Reason for Decision: …", "Date of
		// Decision:", "Approval of Minutes:": a form's field, one label.
		// (After a label of its own, "Additional documents: Decision: …",
		// the label starts afresh.)
		return "", "", "", false
	}
	if m[2] == "RESOLVED" || m[2] == "Resolved" {
		return m[1], "", m[2] + ": " + m[3], true
	}
	return m[1], m[2] + ":", m[3], true
}

// pointAfter: t opens with the marker of the point after the one open in
// buf ("4)" under "3) Approve …").
func pointAfter(buf []byte, t string) bool {
	next := strings.TrimSpace(markerPat.FindString(t))
	return next != "" && markerFollows(strings.TrimSpace(markerPat.FindString(string(buf))), next)
}
