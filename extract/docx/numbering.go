package docx

import (
	"strconv"
	"strings"

	"github.com/councilactions/councilactions/extract/archive"
	"github.com/councilactions/councilactions/extract/numeral"
)

// MaxListLevels is how many list levels Word defines (w:ilvl 0–8), and
// MaxLevelText how long a level's w:lvlText may be: Word's longest,
// "%1.%2.%3.%4.%5.%6.%7.%8.%9.", has 27 bytes. A longer one is no list
// marker, and printed before every paragraph of a long list it once cost
// half a minute; such a level is read without its marker.
const (
	MaxListLevels = 9
	MaxLevelText  = 64
)

// level is one level of a list definition.
type level struct {
	start int
	fmt   string // w:numFmt: decimal, lowerRoman, lowerLetter, bullet, …
	text  string // w:lvlText: "(%1)", "%1.", "%1.%2."
}

// numbering maps a w:numId to its list, and counts as paragraphs use them.
// Word keeps the count on the abstract definition: w:num instances that
// share one continue each other's numbers, unless one restarts a level.
type numbering struct {
	lists  map[string]*list
	counts map[string]*[MaxListLevels]int // by abstractNumId
}

// list is one w:num: its abstract definition's levels, with the starts its
// w:lvlOverride restarts at.
type list struct {
	abstract string
	lv       [MaxListLevels]level
	restart  [MaxListLevels]bool // w:startOverride on this level
	used     bool                // a paragraph has been numbered in this w:num
}

// readNumbering reads word/numbering.xml: each w:num points at a
// w:abstractNum whose levels say how to write the marker.
func readNumbering(pkg *archive.Archive, name string, styles map[string]style) (*numbering, error) {
	rc, err := pkg.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	type attrVal struct {
		Val string `xml:"val,attr"`
	}
	var doc struct {
		Abstract []struct {
			ID        string  `xml:"abstractNumId,attr"`
			StyleLink attrVal `xml:"numStyleLink"`
			Lvl       []struct {
				Ilvl    string  `xml:"ilvl,attr"`
				Start   attrVal `xml:"start"`
				NumFmt  attrVal `xml:"numFmt"`
				LvlText attrVal `xml:"lvlText"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Num []struct {
			ID       string  `xml:"numId,attr"`
			Abstract attrVal `xml:"abstractNumId"`
			Override []struct {
				Ilvl  string   `xml:"ilvl,attr"`
				Start *attrVal `xml:"startOverride"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if err := archive.Decode(rc, name, &doc); err != nil {
		return nil, err
	}
	abstract := map[string]*[MaxListLevels]level{}
	linked := map[string]string{} // abstractNumId → the numbering style it defers to
	for _, a := range doc.Abstract {
		if a.StyleLink.Val != "" {
			linked[a.ID] = a.StyleLink.Val
		}
		var lv [MaxListLevels]level
		for _, l := range a.Lvl {
			i, err := strconv.Atoi(l.Ilvl)
			if err != nil || i < 0 || i >= MaxListLevels {
				continue
			}
			start, err := strconv.Atoi(l.Start.Val)
			if err != nil {
				start = 1
			}
			lv[i] = level{start: start, fmt: l.NumFmt.Val, text: l.LvlText.Val}
			if len(lv[i].text) > MaxLevelText {
				lv[i].text = ""
			}
		}
		abstract[a.ID] = &lv
	}
	numAbstract := map[string]string{}
	for _, num := range doc.Num {
		numAbstract[num.ID] = num.Abstract.Val
	}
	n := &numbering{lists: map[string]*list{}, counts: map[string]*[MaxListLevels]int{}}
	for _, num := range doc.Num {
		abs := num.Abstract.Val
		// A list made from a list style (Word's multilevel "1 / 1.1")
		// has no levels of its own: w:numStyleLink names the style, whose
		// w:num holds them.
		if style, ok := linked[abs]; ok {
			abs = numAbstract[styles[style].numID]
		}
		lv, ok := abstract[abs]
		if !ok {
			continue
		}
		l := &list{abstract: abs, lv: *lv}
		// "Restart numbering" in Word writes a w:num whose lvlOverride
		// starts a level afresh.
		for _, o := range num.Override {
			i, err := strconv.Atoi(o.Ilvl)
			if err != nil || i < 0 || i >= MaxListLevels || o.Start == nil {
				continue
			}
			if start, err := strconv.Atoi(o.Start.Val); err == nil {
				l.lv[i].start, l.restart[i] = start, true
			}
		}
		n.lists[num.ID] = l
	}
	return n, nil
}

// marker counts one more paragraph at the list's level and writes its
// marker as Word would print it; bullets and unknown lists give "".
func (n *numbering) marker(numID string, ilvl int) string {
	if n == nil || ilvl < 0 || ilvl >= MaxListLevels {
		return ""
	}
	l, ok := n.lists[numID]
	if !ok {
		return ""
	}
	lv := &l.lv
	counts, ok := n.counts[l.abstract]
	if !ok {
		counts = new([MaxListLevels]int)
		n.counts[l.abstract] = counts
	}
	if !l.used {
		// the restarts take effect where the list is first used, and a
		// level restarted starts its deeper levels afresh too
		for i := range MaxListLevels {
			if l.restart[i] {
				clear(counts[i:])
				break
			}
		}
		l.used = true
	}
	if counts[ilvl] == 0 {
		counts[ilvl] = lv[ilvl].start
	} else {
		counts[ilvl]++
	}
	for i := ilvl + 1; i < MaxListLevels; i++ {
		counts[i] = 0 // a deeper list starts again under each item
	}
	switch lv[ilvl].fmt {
	case "bullet", "none", "":
		return ""
	}
	text := lv[ilvl].text
	for i := 0; i <= ilvl; i++ {
		c := counts[i]
		if c == 0 {
			c = lv[i].start
		}
		text = strings.ReplaceAll(text, "%"+strconv.Itoa(i+1), format(c, lv[i].fmt))
	}
	return strings.TrimSpace(text)
}

func format(n int, f string) string {
	switch f {
	case "decimalZero": // "01" … "09", then "10"
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "lowerLetter", "upperLetter":
		if n < 1 || n > 26 {
			break
		}
		s := string(rune('a' + n - 1))
		if f == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		s, ok := numeral.Roman(n)
		if !ok {
			break
		}
		if f == "upperRoman" {
			s = strings.ToUpper(s)
		}
		return s
	}
	return strconv.Itoa(n)
}
