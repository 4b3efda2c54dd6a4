package narrative

import (
	"bytes"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilactions/councilactions/extract/clean"
	"github.com/councilactions/councilactions/extract/layout"
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
}

var (
	// markerPat matches a point's number at the start of a paragraph:
	// "(iv)", "iv)", "iv.", "(1)", "1)", "1.", "6a.", "7.3", "(a)", "a)",
	// "R2.", "A1." (a recommendation's or an action's number).
	markerPat = regexp.MustCompile(`^(\((?:[ivxlc]{1,6}|\d{1,3}|[a-zA-Z])\)|\[(?:[ivxlc]{1,6}|\d{1,3}|[a-z])\]|(?:[ivxlc]{1,6}|\d{1,3}|[a-z])\.\)|(?:[ivxlc]{1,6}|\d{1,3}|[a-z])\)|[ivxlc]{1,6}\.\s|\d{1,3}[a-z]\.(?:\s|$)|[A-Z]{1,2}\d{1,2}(?:\.(?:\s|$)|:)|\d{1,3}(?:\.\d{1,3})*\.?(?:\s|$))\s*`)
	// signOff starts the signature block and closing lines at a minutes'
	// end – "Chairman", "Signed", "The meeting closed at 4.05 pm",
	// "2.00 pm – 4.05 pm" – which belong to no resolution.
	signOff = regexp.MustCompile(`(?i)^(chair(?:man|person)?\s*[:.…_]*$|signed\s*(?:[:.…_]|$)|the meeting (?:closed|ended|finished|concluded|terminated)\b|(?:meeting )?closed at\b|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s*(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b)`)
	// openTag is an "ACTION:" tag at the end of a line, perhaps with the
	// start of a name ("ACTION: Hinckley and Bosworth") whose bold rest
	// ("BC") is on the next line, or with a whole one ("Action: JB/WM",
	// see namedTag); bareTag is the tag with no name yet.
	openTag = regexp.MustCompile(`(?i)\baction(?:\s+point)?\s*:(?-i:(\s+[A-Z][\w&'’/.-]*(?:\s+(?:and|of|for|&|[A-Z][\w&'’/.-]*))*))?$`)
	bareTag = regexp.MustCompile(`(?i)\baction(?:\s+point)?\s*:$`)
	// tagGoesOn opens a line that carries on a named tag with what its
	// people are to do ("ACTION: ME" over "to identify on a map …").
	tagGoesOn = regexp.MustCompile(`^(?:to|will|and|&)\s`)
	// datedFooter is a meeting's name in title case and its date in
	// figures, alone on a line: a page's running footer.
	datedFooter = regexp.MustCompile(`^[A-Z][\w&'’-]*(?:\s+(?:and|of|&|[A-Z][\w&'’-]*)){0,5}\s+\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$`)
	initialsBox = regexp.MustCompile(`(?i)^chair(?:man|person)?(?:'|’)?s?\s+(?:initials|signature)\b`)
	// startsBlock marks lines that begin a new paragraph even with no blank
	// line before them.
	// "46.2 Text" (a decimal paragraph number with no full stop) counts only
	// before a capital, so a wrapped "12.5 per cent" does not; "That" and
	// "Resolved" only with their capital, as a wrapped line often starts
	// "that the Board would …".
	spacedMarker = regexp.MustCompile(`^\(\s?([a-z]|[ivx]{1,4}|\d{1,2})\s?\)`)
	// gluedMarker is a point's number or roman whose space before the
	// words a copy lost: "23.003.It was resolved …", "ii.It was noted …".
	// (A letter, "a.The", is left: it may be a list's or a word's.)
	gluedMarker = regexp.MustCompile(`^(\d{1,4}(?:\.\d{1,4}){0,3}\.|[ivx]{1,5}\.)([A-Z][a-z]+\b)`)
	// fieldLine is a form's field, its label and colon at the line's
	// start ("Decision Maker: Cabinet", "Effective from: 14/02/2025").
	fieldLine = regexp.MustCompile(`^[A-Z][\w'’()/-]*(?:\s+[\w'’()/&-]+){0,4}\??\s*:(?:\s|$)`)
	// runInLabel is a meeting page's "Minutes:", "Decision:" or
	// "RESOLVED:" label run in after the item's title on one line, as a
	// page's table row reads when each row is one line ("Declarations of
	// Interest Minutes: None were declared."), or before the text it
	// labels ("Minutes: AGREED that …").
	runInLabel = regexp.MustCompile(`^(?:(.*?\S)\s+)?(Minutes|Decisions?|RESOLVED|Resolved)\s?:\s*(\S.*)$`)
	// dashDecided opens a line with "Resolved –" or "Agreed –".
	dashDecided = regexp.MustCompile(`^(?:Resolved|RESOLVED|Agreed|AGREED)\s+[–—-]\s+\S`)
	// initialsEnd ends a line with the initials of who is to act: "– RM & JE".
	initialsEnd = regexp.MustCompile(`[–—-]\s+[A-Z]{2,3}(?:\s*(?:&|and|,)\s*[A-Z]{2,3})*$`)
	// runInDecided is "Resolved –" or "Agreed –" after text on its line.
	runInDecided = regexp.MustCompile(`^(.*?\S)\s+(Resolved|RESOLVED|Agreed|AGREED)\s+[–—-]\s+(\S.*)$`)
	// labelVoteOnly is a label with nothing after it but how the vote went
	// ("Resolved: Unanimously."): what it resolved is the proposal told
	// before it, so the two stay one paragraph.
	labelVoteOnly = regexp.MustCompile(`^(?:Resolved|RESOLVED)\s*[:\-–]?\s*(?i:unanimously|nem\.?\s*con\.?|by\s+all(?:\s+present)?)\.?$`)
	// sentenceResolved is "Resolved that …", "Resolved, proposed by …,
	// that …" opening a sentence after another on its line.
	sentenceResolved = regexp.MustCompile(`^(.*?\S[.!?])\s+((?:Resolved|RESOLVED)(?:\s+(?:that|to|unanimously)\b|,|\s?:)\s*\S.*)$`)
	// askedRunIn is a body asked to do what the points run in after its
	// colon say: "Cabinet is asked to: a) …", "Members are recommended to:
	// 1. …".
	askedRunIn = regexp.MustCompile(`\b(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\s*:\s+\(?(?:a|1|i)[.)]\s`)
	// recsRunIn is a report's recommendations label in title case (one
	// in capitals is capsRunIn's) inside a line a copy flattened, with
	// what a recommendation opens with after its colon: a point's first
	// number, "That", "It is recommended" or a body asked or recommended
	// to act ("Recommendations: 1) Cabinet approves …",
	// "Recommendation(s): That the Board notes …").
	recsRunIn = regexp.MustCompile(`\b(?:Recommendations?|Recommendation\(s\))\s?:\s+(?:\(?(?:1|a|i)[.)]\s|(?:That|THAT)\s|It is recommended\b|(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}\s+(?:is|are)\s+(?:asked|recommended|requested|invited)\s+to\b)`)
	// capsRunIn is a label in capitals inside a line a copy flattened.
	capsRunIn = regexp.MustCompile(`^(?:(.*?\S)\s+)?([A-Z][A-Z()&'/-]{3,}(?:\s+[A-Z][A-Z()&'/-]+){0,3})\s?:\s+(\S.*)$`)
	labelWord = regexp.MustCompile(`^(?:for|of|to|the|and|by|on|in|at|from|with|Key|Urgent|Draft|Previous|Last|Signed|Approved|Confirmed)$`)
	// bareMarker is a point's marker alone on its line, its text on the
	// next ("2." then "To request a further report …"), as a page
	// rendered a list's two columns.
	// letterSpaced is a word in capitals printed a letter at a time.
	letterSpaced = regexp.MustCompile(`\b(?:[A-Z] ){4,}[A-Z]\b`)
	bareMarker   = regexp.MustCompile(`^(?:\(?[a-z]\)|\(?[ivx]{1,6}\)|\(?\d{1,3}\)|\d{1,3}\.|[a-h]\.)$`)
	startsBlock  = regexp.MustCompile(`(?i)^((?:\(?[ivxlc]{1,6}\)|\(?\d{1,3}\)|\(?[a-z]\))(?:[^,;:.]|$)|\d{1,3}(\.\d{1,3})*\.\s|\d{1,3}[a-z]\.\s|recommendation\s+\d|action\s*:)|^(?-i:RESOLVED|Resolved|AGREED\s|Agreed\s*[:–—-]\s|RECOMMENDED(?:\s+that)?\s*[:\-–]?$|RECOMMENDED\s+TO\s|[A-Z]{1,2}\d{1,2}\.\s|That\s|(?:Noted|Approved|Agreed|Endorsed|Authori[sz]ed|Delegated)\s+(?:the|that|to|a|an)\s|[a-h]\.\s|[ivxlc]{1,6}\.\s|[IVX]{1,5}\.\s+[A-Z]|\d{1,3}\.\d{1,3}\s+[A-Z(])|^[•·▪◦●‣⁃■□](?:\s|$)`)
)

// paragraphs joins the lines no table used into paragraphs.
func paragraphs(ld layout.Doc, used []bool) []paragraph {
	return planParagraphs(ld, used, false)
}

// planParagraphs is paragraphs, with the rows of a plan's table run into
// one line read as rows (flatPlanRows) when plan is set: Find sets it on
// a page of no known kind (not minutes, a decision, a report or other).
func planParagraphs(ld layout.Doc, used []bool, plan bool) []paragraph {
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
		text := closedStop.ReplaceAllString(gluedMarker.ReplaceAllString(spacedMarker.ReplaceAllString(clean.Space(l.Text), "($1)"), "$1 $2"), "$1. $2")
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
				if k == 0 && cur != nil && !cur.heading && len(buf) > 0 && !endsSentence(tail(buf)) && (startsLower(t) || endsSentence(t) && len(sentences(t)) == 1) && strings.HasPrefix(text, t) {
					// "… Resolved: Cllr Green was elected" over "as
					// Chairman for the year. Resolved: …": the words
					// before the label end the sentence the page wrapped.
					// So do the words of one sentence's end ("… reminded
					// Councillors of the Virtual" over "Meeting Etiquette.
					// RESOLVED: …"), where a title before its label has
					// no stop and a point's record holds more sentences.
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
		starts := nextBare || dashPoint || listHead || askedLead || outcome || capsHead || startsBlock.MatchString(text) || datedEntry.MatchString(text) ||
			sectionLabel(text) && (endsSentence(tail(buf)) || fieldLine.Match(buf) || recordField.MatchString(text)) ||
			(bareMarker.MatchString(text) || squareMarker.MatchString(text)) && (cur == nil || endsSentence(tail(buf)) || bytes.HasSuffix(buf, []byte(";")) || bytes.HasSuffix(buf, []byte("; and"))) ||
			// "It was RESOLVED to …" on a line after a finished sentence
			// records a decision of its own, not the request before it;
			// so does one under an item's title too long to be read as
			// one ("1. Election of a Chairman and signing the Declaration
			// of Acceptance of Office").
			itWasDecided.MatchString(text) && cur != nil && (endsSentence(tail(buf)) || cur.line == i && itemHeadLine.Match(buf))
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
		heading := l.Heading > 0 || l.Bold || capsHead || cur != nil && endsSentence(tail(buf)) && titleLine(text) && !pointGoesOn(buf, nextText(ld.Lines, i)) || strings.HasSuffix(text, "Additional documents:") || itemHeads[i] ||
			cur == nil && numberedTitle(text) && startsUpper(nextText(ld.Lines, i))
		// "The following decisions were approved:" after a finished
		// sentence and over a list's first point is the list's lead-in,
		// a paragraph of its own though no blank line came before it.
		leads := strings.HasSuffix(text, ":") && cur != nil && endsSentence(tail(buf)) && i+1 < len(ld.Lines) && startsBlock.MatchString(clean.Space(ld.Lines[i+1].Text))
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
	return wholeRows(officeRows(pointDecisions(ledPoints(listedHeads(pointHeads(agendaHeads(codedMinutes(slashMinutes(minuteRuns(renumberOnes(letterRuns(inlineNumberRuns(inlineLetterRuns(inlineCapsHeads(flatBulletRuns(inlineMinuteRuns(inlineBulletRuns(sectionRuns(titledThats(thatRuns(labelColons(joinBareMarkers(oBullets(out))))))))))))))))))))))), rows)
}

var (
	// electionTitle heads the item where a council fills its offices:
	// "Election of Office Bearers", "1. Election of Officers".
	electionTitle = regexp.MustCompile(`(?i)^(?:[-–•]\s*)?(?:(?:election|appointment)s?\s+of\s+(?:the\s+)?(?:office[- ]?bearers|officers|officials)|office[- ]?bearers)\b.{0,30}$`)
	// officeRow starts a row of that item with the office it fills,
	// perhaps under its letter, then whoever fills it or nothing ("a.
	// Chairperson" over the name).
	officeRow = regexp.MustCompile(`^(?:[a-z][.)]\s+|[-–•]\s*)?((?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|person|woman)?|Convener|Convenor|President)|(?:Minutes?\s+|Assistant\s+)?Secretary|Treasurer)(?:\s*$|\s*[/–-]?\s+[A-Z])`)
	// seconding goes on a row on a line of its own ("- seconded by …",
	// "Seconded John Green") or names who was nominated ("Chris Gilmour -
	// nominated by …").
	seconding = regexp.MustCompile(`(?i)^(?:[-–]\s*)?(?:seconded|proposed|nominated)\b|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+[-–]\s+(?:nominated|proposed)\b`)
	// filledBy tells how an office was filled, in the row or in the
	// item's lines before it.
	filledBy = regexp.MustCompile(`(?i)\b(?:proposed|seconded|nominated|elected|appointed)\b`)
)

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
	wordSpan = regexp.MustCompile(`\S+`)
	// dayOrYear is a day or a year in a heading's date: "19th", "15TH",
	// "2019", "2013/2014", the "th" of "19 th".
	dayOrYear = regexp.MustCompile(`^(?:\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?|\d{4}(?:[/-]\d{2}(?:\d{2})?)?|st|nd|rd|th),?$`)
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
var numberedAfter = regexp.MustCompile(`\s\d{1,4}[/.]\d{1,3}\s`)

var (
	// inlineBullet is a bullet glyph between words, before a capital.
	inlineBullet = regexp.MustCompile(`\s[•·▪●]\s+[A-Z]`)
	// labelledBullet is a label or lead-in ending in a colon with a
	// bullet straight after it.
	labelledBullet = regexp.MustCompile(`^[^•·▪●]{1,200}[:\-–]\s*[•·▪●]\s+[A-Z]`)
)

// leadingRoman is a first roman number that opens a point's words: "(i) ".
var leadingRoman = regexp.MustCompile(`^\(?i\)\s*`)

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

// inlineNumber is a point's number after a finished sentence, before a
// capital: ". 2. That …".
var inlineNumber = regexp.MustCompile(`[.;]\s+(\d{1,2})\.\s+[A-Z]`)

// inlineLetter is a letter's or roman number's marker inside a line,
// before a capital.
// A bare "a)" may open words in small letters, as a lead-in's clauses
// go on from it ("That Cabinet: a) adopts … b) allows …").
var inlineLetter = regexp.MustCompile(`(?:^|\s)(?:\(?((?:[a-h]|[ivx]{1,4})[.)])\s*(?:\(i\)\s*)?[A-Z]|((?:[a-h]|[ivx]{1,4})\))\s+[a-z]{2})`)

// pointHead is the letter or roman number a cut point opens with.
var pointHead = regexp.MustCompile(`^\(?([a-h]|[ivx]{1,4})[.)]\s*`)

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
var leadsClauses = regexp.MustCompile(`(?i)\b(?:resolved|agreed|decided|recommend(?:ed|s)?|asked|requested|that|to|and|or|the|of)$`)

var (
	// capsTitle is a minute's title in capitals run into the first
	// sentence of its record: "MINUTES OF THE LAST MEETING The Minutes …",
	// its date's day and year in figures ("… HELD ON 2nd DECEMBER 2019 The
	// previous minutes …").
	capsTitle = regexp.MustCompile(`^((?:(?:[A-Z][A-Z'’&/,()-]*|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\s+)*(?:[A-Z][A-Z'’&/,()-]+|(?:19|20)\d\d))\s+([A-Z][a-z].*)$`)
	// labelAfterTitle is a title run into its decision's label:
	// "Apologies for Absence RESOLVED that …".
	labelAfterTitle = regexp.MustCompile(`^(.*?\S)\s+((?:It\s+was\s+)?(?:unanimously\s+)?(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\b.*)$`)
	// openerAfterTitle is a title run into a sentence that opens with a
	// word no title ends with: "Village Hall The clerk will …".
	openerAfterTitle = regexp.MustCompile(`^(.*?\S)\s+((?:The|These|This|It|There|None|No)\s.*)$`)
	// labelWords end a title in capitals with the decision's label:
	// "APOLOGIES RESOLVED that …".
	labelWords = regexp.MustCompile(`\s*\b(?:IT\s+WAS\s+)?(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECIDED)$`)
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
	for _, re := range []*regexp.Regexp{labelAfterTitle, openerAfterTitle} {
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
	inlineMinute = regexp.MustCompile(`(?:^|\s)([A-Z]{1,3}\.?)?(\d{1,4})([./])(\d{1,3})((?:[./]\d{2,4})?)\s*[A-Z]`)
	inlinePlain  = regexp.MustCompile(`(?:^|\s)([A-Z]{1,3}\.?)?(\d{1,4})(\.?)\s+([A-Z][A-Za-z]*)`)
	monthWord    = regexp.MustCompile(`(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$`)
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
var agendaWording = regexp.MustCompile(`^To\s+(?:[A-Z]{2,}|[a-z]{2,})\b`)

// longMinute is a minute's number of three or four figures before its text.
var longMinute = regexp.MustCompile(`^(\d{3,4})\s+[A-Z]`)

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
var minuteCode = regexp.MustCompile(`^((?:[A-Za-z]{1,5}|\d{1,4})[/.](?:[A-Za-z0-9]{1,5}[/.])*?)(\d{1,3})[.:]?\s+(?:[-–]\s+)?[A-Z]`)

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
				m := minuteCode.FindStringSubmatch(p.text)
				p.marker, p.minute = m[1]+m[2], true
				p.body = strings.TrimLeft(strings.TrimSpace(p.text[len(m[1])+len(m[2]):]), ".:-– ")
				p.heading = itemTitle(p.body)
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

// slashSubPoint is a numbered point of a minute numbered with its year:
// "24/65.2 The following payments were approved."
var slashSubPoint = regexp.MustCompile(`^((?:[A-Z]{1,3}\s?)?\d{1,4}/\d{1,4})\.(\d{1,2})[.:]?\s+[A-Z]`)

// slashMinute is a minute's number with its year before its text:
// "19/101 The minutes …", "129/21. Clerk's report", perhaps after its
// committee's letters ("F&G28/12 Minutes of the meeting …"), its title
// perhaps glued to it ("A23/024COMMITTEE FEES").
var slashMinute = regexp.MustCompile(`^((?:[A-Z]{1,3}|[A-Z]{1,2}&[A-Z]{1,2})\s?)?(\d{1,4})/(\d{1,4})[.:]?(?:\s+(?:[-–]\s+)?)?[A-Z]`)

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
var letterHeadLine = regexp.MustCompile(`^\(?([a-z])[.)]\s+([A-Z].*)$`)

// numberedTitle: a meeting item's number and a title in title case
// ("4. Acceptance of Minutes from 12 November 2024").
func numberedTitle(s string) bool {
	m := itemHeadLine.FindStringSubmatch(s)
	return m != nil && titleLine(m[2])
}

// itemHeadLine is a meeting item's number and its title on one line.
var itemHeadLine = regexp.MustCompile(`^(\d{1,3})[.)]\s+([A-Z].*)$`)

// labelNames marks a line the finder reads as a label of its own
// ("Decision Details" over a page's tabs), whatever stands under it.
var labelNames = regexp.MustCompile(`(?i)\b(?:decisions?|resolutions?|resolved|recommendations?|agreed|actions?)\b`)

var modalVerb = regexp.MustCompile(`(?i)\b(?:will|would|should|must|shall|may|can)\b`)

// dashItem: a line set as a point with a dash or an asterisk.
func dashItem(s string) bool {
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "– ")
}

// inlineSection is a decimal section number run in with its text: " 2.1
// Council are asked …", "1.0 Expected Outcome".
var inlineSection = regexp.MustCompile(`(?:^|\s)(\d{1,2})\.(\d{1,2})\s+[A-Z(]`)

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
	tagLabel = regexp.MustCompile(`^(?i:actions?)\s*:$`)
	oBullet  = regexp.MustCompile(` [oü] [A-Z0-9(]`)
	oOpens   = regexp.MustCompile(`^[oü] [A-Z0-9(]`)
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
var openEnd = regexp.MustCompile(`^(?:and|or|of|for|by|to|with|in|on|at|from|as|the|a|an|&|/|-|–)$`)

// letterPoint is a point lettered "a." run in with its text, which only a
// list under way reads as a point: elsewhere "a." may be a word's initial.
var letterPoint = regexp.MustCompile(`^([a-h])\.(?:\s+\S|[A-Z][a-z])`)

// contactField is a paper's contact or authorship line ("Contact
// Officer: Jo Bell, Head of Service, Tel: 01234 567890"): whatever its
// length, the next line does not go on it.
var contactField = regexp.MustCompile(`^(?i:contact(?:\s+officers?)?|report\s+(?:author|of|by)|authors?|lead\s+officers?|tel(?:ephone)?|e-?mail|wards?(?:\(s\))?\s+affected)\s*:`)

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
var closedStop = regexp.MustCompile(`\b([a-z]{2,})\.([A-Z][a-z]+)\b`)

// recordField is a decision record's field label that is the whole
// line ("Reason for Decision", "Alternative options considered"): it
// starts a paragraph even where the decision over it has no full stop.
var recordField = regexp.MustCompile(`(?i)^(?:reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|supporting\s+documents|background\s+papers|(?:alternative|other)\s+options(?:\s+considered)?(?:\s+and\s+rejected)?|options\s+considered|officer\s+contact|contact\s+officer)\s*:?$`)

// bareNumber is a point's number with no dot or bracket, its text in
// lower case: "2 officers can award the contract …".
var bareNumber = regexp.MustCompile(`^(\d{1,2})\s+[a-z]`)

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
var nextThat = regexp.MustCompile(`[.;]\s+(?:That|THAT)\s`)

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

var membersDo = regexp.MustCompile(`^That\s+(?:(?:all|lead|the)\s+)?(?:members|councillors|officers)\s+([a-z]+)\s`)

// labelColons puts a lead-in's colon where its points follow it: after a
// decision's label at a sentence's end, where the page left it out, or
// after a "That" set past it. A label with no colon: "… proposed, … seconded
// and it was Resolved (unanimously)" over "1. To receive the funding …".
// (Only the label's own wording: "The minutes were agreed" over "1.
// Apologies" is a record, then the next item.)
func labelColons(ps []paragraph) []paragraph {
	for i := 0; i+1 < len(ps); i++ {
		p := &ps[i]
		if p.marker == "" && !p.heading && endLabel.MatchString(p.body) && firstMarker(ps[i+1].marker) {
			p.text += ":"
			p.body += ":"
		}
		if semicolonLead.MatchString(p.body) && (bulletPat.MatchString(ps[i+1].text) || firstMarker(ps[i+1].marker)) {
			// "… having undertaken to;" over "• Agree terms of reference;":
			// a lead-in's colon typed as a semicolon.
			p.body = strings.TrimSuffix(p.body, ";") + ":"
			p.text = strings.TrimSuffix(strings.TrimSpace(p.text), ";") + ":"
		}
		if m := colonThat.FindStringIndex(p.body); m != nil && firstMarker(ps[i+1].marker) && len(strings.Fields(p.body[:m[0]])) >= 5 {
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
var semicolonLead = regexp.MustCompile(`\s(?:to|that)\s*;$`)

// colonThat is a lead-in's colon set before its "That": "… to recommend:
// That".
var colonThat = regexp.MustCompile(`\s*:\s*(?:That|that|THAT)$`)

// endLabel is a decision's label ending a sentence: "… and it was
// RESOLVED", "it was unanimously agreed (9 for)".
var endLabel = regexp.MustCompile(`(?i)\b(?:it\s+was\s+(?:[a-z]+ly\s+)?|and\s+)(?:resolved|agreed|decided)(?:\s*\([^)]{1,40}\))?$`)

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

// flattenedLine is the length past which a line holds what were many:
// no paragraph of a paper runs so long without a break.
const flattenedLine = 600

// tailBytes is how much of a growing paragraph's end the checks above
// look at: more than an "ACTION: Name" tag or a hyphen-split word needs.
const tailBytes = 300

// tail is the end of buf from a word start at most tailBytes back, so a
// \b or a word taken from it reads as in the whole text.
func tail(buf []byte) string {
	if len(buf) <= tailBytes {
		return string(buf)
	}
	t := buf[len(buf)-tailBytes:]
	if i := bytes.IndexByte(t, ' '); i >= 0 {
		t = t[i:]
	}
	return string(t)
}

// join appends a wrapped line as clean.Join does; Join looks only at the
// end of the text before, so it is given the tail alone.
func join(buf []byte, next string) []byte {
	t := tail(buf)
	return append(buf[:len(buf)-len(t)], clean.Join(t, next)...)
}

// endsSentence: text ending in a full stop, question or exclamation mark,
// perhaps inside a closing bracket or quote.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " )\"'’”")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// finish splits off the paragraph's marker and decides whether a plain
// paragraph reads as a heading.
// countOf follows a number that counts, not one that numbers: "2 x
// Payments to HMRC".
var countOf = regexp.MustCompile(`^[x×]\s`)

// datedLine opens with a date, not a point's number: "11 April 2023
// Garden Allotments Committee" over the minutes it titles.
var datedLine = regexp.MustCompile(`^\d{1,2}\s+(?:` + monthName + `)\s+\d{4}\s+[A-Z]`)

// closesBracket: the marker m is the end of a bracket the line before
// opened, its sentence going on ("… (Appendix" over "1), which included
// …"): a point's number stands before its words, not before a comma.
func closesBracket(text, m string) bool {
	return strings.HasSuffix(m, ")") && len(text) > len(m) && strings.ContainsAny(text[len(m):len(m)+1], ",;:.")
}

func finish(p paragraph) paragraph {
	if m := markerPat.FindString(p.text); m != "" && len(p.text) > len(m) && !countOf.MatchString(p.text[len(m):]) && !datedLine.MatchString(p.text) && !closesBracket(p.text, m) {
		p.marker = normMarker(m)
		p.body = strings.TrimSpace(p.text[len(m):])
		if rest, ok := strings.CutPrefix(p.body, "- "); ok && strings.Contains(m, ".") {
			p.body = rest // "3.1.1 - Prepare a plan …": the dash sets the number off
		}
	} else if m := closedMarker.FindStringSubmatch(p.text); m != nil {
		// "1.The Portfolio Holder approves …", "17.07.02Minutes of
		// Previous Meeting": the number's space lost.
		p.marker, p.body = m[1]+m[2], strings.TrimPrefix(p.text[len(m[1])+len(m[2]):], ".")
	} else {
		p.body = p.text
	}
	if !p.heading {
		// A numbered item's title ("7. Progress Report on …") or a line
		// in capitals heads what follows; other short lines (a presenter's
		// name, a lead-in ending in a colon) do not.
		numbered := p.marker != "" && p.marker[0] >= '0' && p.marker[0] <= '9'
		p.heading = numbered && itemTitle(p.body) || !numbered && isCapitals(p.body) && looksLikeHeading(p.body) && !finiteVerb.MatchString(p.body)
	}
	return p
}

// reportBy is an item's title with the report it takes, by whom: "3.
// Nominated Disposals Programme - Report by the Executive Director of
// Regeneration." — the heading its record goes under.
var reportBy = regexp.MustCompile(`^[A-Z][^.;:]{3,160}?\s[-–—]\s(?:(?:Joint\s+)?Report|Update|Verbal\s+update|Presentation)\s+(?:by|of|from)\s+(?:the\s+)?[A-Z][^.;:]{2,120}\.?$`)

// itWasDecided opens a line with "It was RESOLVED", "It was agreed".
var itWasDecided = regexp.MustCompile(`^It\s+was\s+(?:(?:also|further|then|unanimously)\s+)?(?:RESOLVED|AGREED|DECIDED|resolved|agreed|decided)\b`)

// titledNote is a typed minute whose title runs into its note after a
// dash: "12. Park inspection- clerk to get quotes for an inspection". The
// note, three words or more, makes the line the item, not its heading (as
// a person named as acting does: "15. Clerk to get quotes …").
func titledNote(body string) bool {
	m := titleDash.FindStringSubmatch(body)
	return m != nil && len(strings.Fields(m[2])) >= 3
}

// (A bracketed number before the title refers to the minute the item
// follows up: "(3.2) Communication with villagers – Clerk to …".)
var titleDash = regexp.MustCompile(`^(?:\(\d{1,2}(?:\.\d{1,2})?\)\s+)?([A-Z][^–—:.;]{2,50}?)\s?[–—-]\s+(\S.*)$`)

// closedMarker is a point's number run into its first word, a capital
// and a small letter ("1.The …", "13.Implement …", "2016/27Declarations
// …", a number of two parts or more needing no stop).
var closedMarker = regexp.MustCompile(`^(?:(\d{1,2})\.|(\d{1,4}(?:[./]\d{1,3}){1,3}))[A-Z][a-z]`)

// midPhrase: text that stops on a word no sentence ends with ("and" and
// "or" end points of lists, before the next point), an article, a
// preposition, an auxiliary ("… be" over "agreed as a correct record")
// or an owner's name, whose thing is still to come ("… review the
// Committee’s" over "Work Programme.").
func midPhrase(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	return k >= 0 && (phraseWord[t[k+1:]] || possessive.MatchString(t[k+1:]))
}

var possessive = regexp.MustCompile(`^[A-Za-z]{2,}['’]s$`)

var phraseWord = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "for": true, "with": true, "by": true, "in": true,
	"be": true, "been": true, "will": true, "would": true, "shall": true, "should": true, "must": true}

// openWord: more words no sentence ends with, which a numbered point cut
// over a blank line may stop at ("… the works at"). (A line of web text
// may: "… held on" over the date in a field of its own.)
var openWord = map[string]bool{"at": true, "from": true, "on": true, "into": true, "onto": true, "upon": true, "between": true,
	"within": true, "towards": true, "via": true, "its": true, "their": true, "our": true, "@": true}

// endsOpen: t stops at a word no point's sentence ends with.
func endsOpen(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	return midPhrase(t) || k >= 0 && openWord[t[k+1:]]
}

// trailingMarker is a point's number after a finished sentence at a
// line's end: "… for contracts 12 & 47. 2.".
var trailingMarker = regexp.MustCompile(`[.;]\s+(\d{1,2}\.)$`)

// goesOnPastBlank: the text so far stops mid-sentence and the next line
// goes on with it: in lower case, or after a word no sentence ends with
// ("(a) … the revised budget for the" over "Village Hall as set out …"),
// or after a comma in lower case ("… regard for the vulnerable," over
// "disadvantaged and disabled …"), or inside a name that the next line
// finishes before a lead-in's colon (nameCut). A PDF sets such a blank
// after any line that stops short of the margin, so a sentence its
// author broke by hand ("… the grant awarded on" over "12 May be
// confirmed") is split by one; so is a decision broken inside a name.
// A label of a few words with no number ("Reasons for") or a title is
// cut short, not run on; a point that ends with its tag ("… to be fitted.
// Action: JB") is finished, though the next opens in lower case ("b/f the
// manhole cover …"), unless that line says what they are to do ("to mend
// the gate").
func goesOnPastBlank(buf []byte, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	t := tail(buf)
	// (Only a numbered point's or a decision's sentence: a title or a
	// lead-in may stop so, "What the council aims for".)
	open := r != 0 && (markerPat.Match(buf) || decisionOpens.Match(buf)) && (midPhrase(t) || endsOpen(t) && len(strings.Fields(t)) >= 5)
	return (unicode.IsLower(r) || open || nameCut(buf, next)) && !bareMarker.Match(buf) && !endsSentence(t) && !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, ";") && !(namedTag(t) >= 0 && !tagGoesOn.MatchString(next)) &&
		!(strings.HasSuffix(t, "-") && !brokenWord(t)) && !strings.HasSuffix(t, "–") && !startsBlock.MatchString(next) && !bareMarker.MatchString(next) && !dashItem(next)
}

// brokenWord: t ends with a word cut at its hyphen ("… an e-" over
// "mail about …"), not with a dash set apart before what follows.
func brokenWord(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, "-"))
	return unicode.IsLetter(r)
}

// squareMarker opens a line with a point's number in square brackets,
// "[2] the plan be noted": after a finished sentence it starts the point,
// as "(2)" does (a note's "[2]" is set against the word it marks).
var squareMarker = regexp.MustCompile(`^\[(?:\d{1,2}|[ivx]{1,4}|[a-h])\]\s`)

// decisionOpens opens a decision's sentence: "That …", "RESOLVED that
// …", "Agreed: that …".
var decisionOpens = regexp.MustCompile(`^(?:(?:RESOLVED|Resolved|AGREED|Agreed)\s*[:,–-]?\s*)?(?:That|THAT|that)\b`)

// endsAnd: t stops at a conjunction, its clause still to come.
func endsAnd(t string) bool {
	k := strings.LastIndexByte(t, ' ')
	w := t[k+1:]
	return w == "and" || w == "or" || w == "&"
}

// nextText is the text of the first line after i that has any.
func nextText(lines []layout.Line, i int) string {
	for _, l := range lines[i+1:] {
		if t := clean.Space(l.Text); t != "" {
			return t
		}
	}
	return ""
}

// namedTag is where a whole "Action: JB/WM" tag, who acts named, starts
// at the end of t (-1 if none): the point ends with it.
func namedTag(t string) int {
	m := openTag.FindStringSubmatchIndex(t)
	if m == nil || m[2] < 0 {
		return -1
	}
	return m[0]
}

// pointGoesOn: a short line after a numbered point's finished sentence,
// with the list's next point straight after it ("1. Chair – Alan Green.
// Secretary – Jo Brown." over "Treasurer – Sam Black" over "2. …"), is
// the point's last line, not a heading: a heading between a list's points
// would head nothing.
func pointGoesOn(buf []byte, next string) bool {
	m := markerPat.Find(buf)
	n := markerPat.FindString(next)
	return m != nil && n != "" && markerFollows(strings.TrimSpace(string(m)), strings.TrimSpace(n))
}

// startsUpper: text that opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentenceGoesOn: the next line of web text carries on the sentence buf
// left open, after an item title in capitals, a word no sentence ends
// with, or a comma the next line follows in lower case.
func sentenceGoesOn(buf []byte, text string) bool {
	if t := tail(buf); midPhrase(t) || endsOpen(t) && markerPat.Match(buf) {
		return true // (a numbered point, not a field: "… held on" over its date)
	}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsLower(r) && bytes.HasSuffix(buf, []byte(",")) && !dashItem(text) {
		return true // "• To improve … for the vulnerable," over "disadvantaged and disabled …"
	}
	return unicode.IsLower(r) && !endsSentence(tail(buf)) && !bytes.HasSuffix(buf, []byte(":")) && (capsLead(string(buf)) || cutMidClause(buf, text)) ||
		nameCut(buf, text)
}

// nameCut: a decision ("That …") whose line stops at an article and one
// word of a name ("… agrees that the Local"), over a line that goes on
// with the name and ends leading in to points ("Council Tax Reduction
// Scheme be amended … as follows:"), is one sentence the copy broke inside
// the name. (A title never opens with "That", and a decision ended by a
// name, "… be referred to the Cabinet", has no lead-in after it.)
func nameCut(buf []byte, text string) bool {
	return thatOpens.Match(buf) && articleName.MatchString(tail(buf)) && startsUpper(text) && strings.HasSuffix(text, ":") &&
		!startsBlock.MatchString(text) && !bareMarker.MatchString(text)
}

var (
	thatOpens   = regexp.MustCompile(`^(?i:that)\b`)
	articleName = regexp.MustCompile(`\b(?:the|a|an|its|their)\s+[A-Z][a-z]+$`)
)

// cutMidClause: a line of five words or more that ends with no stop, over
// one that opens in lower case with no marker of its own, is a sentence
// the copy broke ("RESOLVED: that the Minutes of the meeting held on 1
// October" over "be confirmed as a correct record").
// (Not after a point's end, "…; and", nor a tag's initials, "Action: JB",
// and not over a point lettered in lower case, "j. Review …". A line that
// opens in lower case or with a point's number is a list's point, whose
// lines the list's own rules join.)
func cutMidClause(buf []byte, text string) bool {
	t := tail(buf)
	return len(bytes.Fields(buf)) >= 5 && startsUpper(string(buf[:min(len(buf), 8)])) && !markerPat.Match(buf) && !endsListItem(t) && !strings.HasSuffix(t, " and") && !capsLast.MatchString(t) &&
		!dashItem(text) && !bareMarker.MatchString(text) && !startsBlock.MatchString(text) && !lowerPoint.MatchString(text)
}

var (
	capsLast   = regexp.MustCompile(`\b[A-Z]{2,4}\W*$`)
	lowerPoint = regexp.MustCompile(`^\(?(?:[a-z]|[ivx]{1,4})[.)]\s*[A-Z(]`)
)

// capsLead: text that opens with three or more words in capitals
// ("MINUTES OF THE PREVIOUS MEETING HELD June 28").
func capsLead(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 3 && isCapitals(strings.Join(f[:3], " "))
}

// isCapitals reports text written in capitals ("HEALTH INEQUALITIES REPORT").
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4
}

var romanPat = regexp.MustCompile(`^[ivxlc]{1,6}$`)

func normMarker(m string) string {
	m = strings.TrimSpace(m)
	if bare, ok := strings.CutSuffix(m, ".)"); ok {
		m = bare + ")" // "ii.)" is "ii)"
	}
	m = strings.TrimSuffix(m, ".")
	if len(m) > 2 && m[0] == '[' && m[len(m)-1] == ']' {
		m = "(" + m[1:len(m)-1] + ")" // "[1]" is the point "(1)"
	}
	// "iv." is the same point as "(iv)", as minutes number it elsewhere.
	if romanPat.MatchString(m) {
		return "(" + m + ")"
	}
	if len(m) == 1 && m[0] >= 'a' && m[0] <= 'z' {
		return "(" + m + ")" // "a." is the point "(a)"
	}
	if len(m) == 3 && m[0] == '(' && m[1] >= 'A' && m[1] <= 'Z' && m[2] == ')' {
		return strings.ToLower(m) // "(A)" numbers as "(a)" does
	}
	if strings.HasSuffix(m, ")") && !strings.HasPrefix(m, "(") {
		m = "(" + m
	}
	return m
}

// looksLikeHeading: short, one line of words without a sentence in it, in
// capitals or title case.
func looksLikeHeading(s string) bool {
	if len(s) > 100 || len(strings.Fields(s)) > 14 || strings.Contains(strings.TrimSuffix(s, "."), ". ") {
		return false
	}
	if strings.HasPrefix(strings.ToLower(s), "that ") || strings.HasSuffix(s, ",") {
		return false
	}
	if t := strings.ToLower(strings.TrimRight(s, ":;- ")); strings.HasSuffix(t, " and") || strings.HasSuffix(t, " or") || strings.HasSuffix(t, " to") {
		return false // "… keep the verges clear and:" goes on in what follows
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first)
}

// nextRoman: the line opens with the roman numeral after the one the
// paragraph opened with, its point lost ("i. Approve …" then "ii Seek …"),
// so it starts the next point rather than carrying on this one.
func nextRoman(buf []byte, text string) bool {
	m := bareRoman.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	head := buf[:min(len(buf), 12)]
	cur := strings.Trim(markerPat.FindString(string(head)), "(). \t")
	return cur != "" && romanNext[cur] == m[1]
}

var romanNext = map[string]string{"i": "ii", "ii": "iii", "iii": "iv", "iv": "v", "v": "vi", "vi": "vii", "vii": "viii", "viii": "ix", "ix": "x"}

// titleLine: two to eight words, each capitalised, a number or code, or a
// short joining word, with no colon and no punctuation at the end: how a heading reads
// when nothing else marks it.
func titleLine(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 8 || strings.ContainsAny(s[len(s)-1:], ".,;:?!") || strings.Contains(s, ":") {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i == 0 || i == len(words)-1 || !titleJoiner[strings.ToLower(w)] {
			return false
		}
	}
	// "2. To" is a point whose words go on the next line.
	return !titleJoiner[strings.ToLower(words[len(words)-1])] && !startsBlock.MatchString(s)
}

var titleJoiner = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "to": true, "in": true, "on": true, "-": true, "–": true, "a": true, "an": true, "with": true, "from": true, "@": true}

// abbreviations end in a full stop without ending a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "eg": true, "ie": true, "dr": true, "cllr": true, "mr": true, "mrs": true,
	"ms": true, "no": true, "nos": true, "st": true, "etc": true, "approx": true, "vs": true, "cf": true, "para": true,
	"coun": true, "messrs": true, "rev": true, "revd": true, "prof": true, "insp": true, "sgt": true, "cttee": true,
}

// sentences splits text after ., ! or ? followed by a capital, skipping
// abbreviations.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		if c == '.' && j < len(text) && text[j] != ' ' && gluedStop(text, i) {
			// "… the Recreation Project.The Parish Council decided …": a
			// copy lost the space after the stop.
			out = append(out, strings.TrimSpace(text[start:j]))
			start = j
			continue
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		for j < len(text) && text[j] == ' ' {
			j++
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if m := inlinePoint.FindStringSubmatchIndex(text[j:]); m != nil {
			// "… at the next meeting. b. Clerk to order …": the next
			// point's letter, run on into the paragraph, is no part of
			// either sentence.
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = j + m[3]
			i = start - 1
			continue
		}
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '(' && next != '"' && next != '\'' && next != '‘' && next != '“' {
			continue
		}
		if c == '.' {
			w := text[start:i]
			if k := strings.LastIndexByte(w, ' '); k >= 0 {
				w = w[k+1:]
			}
			if abbreviations[strings.ToLower(strings.TrimLeft(w, "([\"'‘“"))] { // "(e.g. Sheppey Matters)"
				continue
			}
			if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) && initialOfName(text, start, i) {
				continue // "Councillor R. Taylor", "S. J. Worden": an initial
			}
			if ordinalDay.MatchString(w) && monthAhead.MatchString(text[j:]) {
				continue // "from 23rd. December": a date, stopped after its day
			}
			if dottedInitials.MatchString(w) && !opensSentence(firstWord(text[j:])) {
				continue // "P.C.S.O. MacPherson agreed …": a title in initials before a name
			}
		}
		out = append(out, strings.TrimSpace(text[start:i+1]))
		start = j
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// inlinePoint is a list point's letter or small roman number run on
// after a sentence, before the capital that opens the point: "b. ", "ii) ".
var inlinePoint = regexp.MustCompile(`^((?:[a-z]|[ivx]{2,4})[.)] +)(?:\p{Lu}|\d|[‘“"'])`)

// dottedInitials is a title or body set in capitals with stops, its last
// stop the one before the space: "P.C.S.O", "P.C".
var dottedInitials = regexp.MustCompile(`^(?:[A-Z]\.)+[A-Z]$`)

// sentenceOpener are words that open a sentence rather than a name: after
// "… reported to the N.H.S." the next sentence starts. True marks the
// articles and pronouns, which open one even after a word in small
// letters with no stop between (lostStop); a sentence may hold the others
// in a capital ("Plan A", "Britain In Bloom", "the ward Councillors").
var sentenceOpener = map[string]bool{"The": true, "This": true, "That": false, "These": true, "Those": true, "It": true, "A": false, "An": false,
	"There": true, "They": true, "He": true, "She": true, "We": true, "Our": true, "I": false, "In": false, "On": false, "At": false, "All": false,
	"Members": false, "Councillors": false}

// opensSentence: w is one of sentenceOpener's words.
func opensSentence(w string) bool {
	_, ok := sentenceOpener[w]
	return ok
}

// endsSmall: w ends in two small letters, as a word a sentence ends with
// does, and no name, address or abbreviation.
func endsSmall(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] >= 'a' && w[n-1] <= 'z' && w[n-2] >= 'a' && w[n-2] <= 'z'
}

// gluedStop: the stop at i ends a word in small letters and a sentence's
// usual first word follows it with no space ("project.The Council …"),
// as no name, address or abbreviation is written.
func gluedStop(text string, i int) bool {
	if !endsSmall(text[:i]) {
		return false
	}
	w := text[i+1 : min(len(text), i+14)] // (the longest opener, "Councillors", and its space: a long run with no space is read no further)
	k := strings.IndexByte(w, ' ')
	return k > 0 && opensSentence(w[:k])
}

// lostStop: a copy lost the stop between word and next and kept the
// space: word ends in small letters and next is an article or pronoun in
// a capital ("… the leisure centres The contract was let …"), which
// opens a sentence wherever it stands.
func lostStop(word, next string) bool {
	return endsSmall(word) && sentenceOpener[next]
}

// firstSentence cuts text after its first sentence: where sentences
// ends it, or before where a stop was lost (lostStop). ended is whether
// a sentence ended, rather than the words running out with none ended.
func firstSentence(text string) (first, rest string, ended bool) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", "", false
	}
	first = text
	if ss := sentences(text); len(ss) > 1 && strings.HasPrefix(text, ss[0]) {
		first = ss[0]
	}
	ws := wordSpan.FindAllStringIndex(first, -1)
	for k := 0; k+1 < len(ws); k++ {
		if lostStop(first[ws[k][0]:ws[k][1]], first[ws[k+1][0]:ws[k+1][1]]) {
			first = first[:ws[k][1]]
			break
		}
	}
	rest = strings.TrimSpace(text[len(first):])
	return first, rest, rest != "" || strings.ContainsAny(text[len(text)-1:], ".!?")
}

// monthName is a month's full name.
const monthName = `January|February|March|April|May|June|July|August|September|October|November|December`

var (
	ordinalDay = regexp.MustCompile(`^\d{1,2}(?:st|nd|rd|th)$`)
	monthAhead = regexp.MustCompile(`^(?:` + monthName + `|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b`)
)

// initialOfName: the initial ending at i follows a title or another initial
// ("Councillor R.", "S. J."), so a name goes on after it. A capital alone
// at a sentence's end ("… in Appendix B.") ends the sentence.
func initialOfName(text string, start, i int) bool {
	before := strings.Fields(text[start : i-1])
	if len(before) == 0 {
		return true
	}
	last := strings.TrimRight(before[len(before)-1], ".")
	if r, n := utf8.DecodeRuneInString(last); n == len(last) && unicode.IsUpper(r) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsUpper(r) && strings.HasSuffix(last, ",") || last == "&" {
		return true // a list of names: "Cllrs Bushell, C. Lock, S. Lock & M. Way"
	}
	return nameTitle[strings.ToLower(last)]
}

// nameTitle comes before a person's initial; so does the word a vote names
// its mover with ("Proposed D. Rimmer").
var nameTitle = map[string]bool{"councillor": true, "cllr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "rev": true, "revd": true, "prof": true, "sir": true,
	"proposed": true, "seconded": true, "moved": true, "nominated": true}

// proseColumns finds the tables no rule used – a minutes table of "Minute
// No. | Minute", a decision sheet – and maps each of their rows to the
// column that holds the prose: the one with the most text in the table.
func proseColumns(ld layout.Doc, used []bool) map[int]int {
	out := map[int]int{}
	for i := 0; i < len(ld.Lines); {
		if !unusedRow(ld, used, i) {
			i++
			continue
		}
		// One table is a run of unused rows with the same table number.
		j := i
		var width []int
		for ; j < len(ld.Lines) && unusedRow(ld, used, j) && ld.Lines[j].Table == ld.Lines[i].Table; j++ {
			for c, cell := range ld.Lines[j].Cells {
				for len(width) <= c {
					width = append(width, 0)
				}
				width[c] += len(cell.Text)
			}
		}
		col := 0
		for c := range width {
			if width[c] > width[col] {
				col = c
			}
		}
		for k := i; k < j; k++ {
			// Rows may be shorter than the table (text rows all share
			// table 0): a row without the column reads its widest cell.
			if !isHeaderRow(ld.Lines[k]) {
				out[k] = min(col, widestCell(ld.Lines[k], col))
			}
		}
		i = j
	}
	return out
}

func unusedRow(ld layout.Doc, used []bool, i int) bool {
	return ld.Lines[i].IsTable() && !(i < len(used) && used[i]) && !ld.Lines[i].Furniture
}

// isHeaderRow: column names ("Minute No.", "Decision"), short and without a
// sentence, which read as a bare "Decision" lead-in if taken as prose.
func isHeaderRow(l layout.Line) bool {
	for _, c := range l.Cells {
		if len(strings.Fields(c.Text)) > 4 || strings.HasSuffix(strings.TrimSpace(c.Text), ".") && len(c.Text) > 4 {
			return false
		}
	}
	return true
}

// widestCell is col when the row has it, else the row's widest cell.
func widestCell(l layout.Line, col int) int {
	if col < len(l.Cells) {
		return col
	}
	best := 0
	for c, cell := range l.Cells {
		if len(cell.Text) > len(l.Cells[best].Text) {
			best = c
		}
	}
	return best
}

// cellBreak finds where a cell that ran its paragraphs together starts a
// new one: at a lettered or numbered point, a RESOLVED in capitals or a
// "Recommendation 6a -".
var cellBreak = regexp.MustCompile(`\s(?:\((?:[ivxlc]{1,6}|[a-z]|\d{1,2})\)\s+[A-Z]|(?:RESOLVED|AGREED|DECIDED)\b|Recommendation\s+\d{1,3}[a-z]?\s*[-–—:]|(?:Decisions?|Minutes)\s*:\s)`)

// cellLabel is a ModernGov block label that heads a run of a cell's text:
// it stands as a paragraph of its own, as it does on the page.
var cellLabel = regexp.MustCompile(`^(?:Decisions?|Minutes)\s*:\s*`)

// cellParagraphs reads a row's prose cell as paragraphs; one without a
// number of its own takes the row's first cell ("46") as its ref.
// onlyCell: l has text in column col and nowhere else.
func onlyCell(l layout.Line, col int) bool {
	for c, cell := range l.Cells {
		if c != col && strings.TrimSpace(cell.Text) != "" {
			return false
		}
	}
	return true
}

func cellParagraphs(l layout.Line, col int) []paragraph {
	text := clean.Space(l.Cells[col].Text)
	ref := ""
	if col > 0 {
		if first := clean.Space(l.Cells[0].Text); len(first) <= 12 && !strings.Contains(first, " ") {
			ref = strings.TrimSuffix(first, ".")
		}
	}
	var out []paragraph
	for text != "" {
		end := len(text)
		if loc := cellBreak.FindStringIndex(text[1:]); loc != nil {
			end = loc[0] + 2
		}
		chunk := strings.TrimSpace(text[:end])
		if m := cellLabel.FindString(chunk); m != "" && len(m) < len(chunk) {
			out = append(out, finish(paragraph{text: strings.TrimSpace(m), page: l.Page}))
			chunk = strings.TrimSpace(chunk[len(m):])
		}
		p := finish(paragraph{text: chunk, page: l.Page})
		if p.marker == "" {
			p.marker = ref
		}
		out = append(out, p)
		text = strings.TrimSpace(text[end:])
	}
	return out
}

// endsInTag: the paragraph so far ends in "ACTION:", or in "Action: Name"
// when the next line is bold (the tag's name set on its own line).
func endsInTag(t string, bold bool) bool {
	if !strings.Contains(strings.ToLower(t), "action") {
		return false
	}
	return bareTag.MatchString(t) || bold && openTag.MatchString(t)
}

// startsLower: text that opens with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// statusAlone: a line that is only how an action stands ("COMPLETED",
// "ONGOING – CHASE UP"), which a page wrapped under the point it closes:
// the point's last words, not the line after the points.
func statusAlone(text string) bool {
	l := logStatus.FindStringIndex(". " + text)
	return l != nil && l[0] == 0
}
