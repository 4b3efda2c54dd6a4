package ocr

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// pxWord is a word as the engine found it, in pixels of the page image:
// its box and the baseline of its line under it, with the line's size.
type pxWord struct {
	x0, y0, x1, y1 int
	base           float64
	size           float64
	conf           int
	text           string
}

// parseHOCR reads tesseract's hOCR: each ocr_line (or header, caption,
// float) carries its baseline ("baseline slope offset", from the line
// box's bottom left) and size; each ocrx_word its box and confidence.
func parseHOCR(data []byte) ([]pxWord, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false // hOCR is XHTML; entities beyond XML's own are not ours to refuse
	type line struct {
		x0, y1      int
		slope, off  float64
		size        float64
		hasBaseline bool
	}
	var lines []line   // open line spans, innermost last
	var depths []int   // element depth each open line started at
	var words []pxWord // done
	var cur *pxWord
	curDepth := -1
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return words, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > 200 {
				return nil, errors.New("hOCR nested too deep")
			}
			class, title := "", ""
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "class":
					class = a.Value
				case "title":
					title = a.Value
				}
			}
			props := titleProps(title)
			switch {
			case class == "ocrx_word":
				w := pxWord{conf: -1}
				if b := props["bbox"]; len(b) == 4 {
					w.x0, w.y0, w.x1, w.y1 = int(b[0]), int(b[1]), int(b[2]), int(b[3])
				}
				if c := props["x_wconf"]; len(c) == 1 {
					w.conf = int(c[0])
				}
				cur, curDepth = &w, depth
			case strings.HasPrefix(class, "ocr_") && props["bbox"] != nil && (class == "ocr_line" || class == "ocr_header" || class == "ocr_caption" || class == "ocr_textfloat"):
				b := props["bbox"]
				l := line{}
				if len(b) == 4 {
					l.x0, l.y1 = int(b[0]), int(b[3])
					l.size = b[3] - b[1]
				}
				if bl := props["baseline"]; len(bl) == 2 {
					l.slope, l.off, l.hasBaseline = bl[0], bl[1], true
				}
				if s := props["x_size"]; len(s) == 1 && s[0] > 0 {
					l.size = s[0]
				}
				lines = append(lines, l)
				depths = append(depths, depth)
			}
		case xml.EndElement:
			if cur != nil && depth == curDepth {
				cur.text = strings.TrimSpace(cur.text)
				if cur.text != "" {
					cur.size = float64(cur.y1 - cur.y0)
					cur.base = float64(cur.y1)
					if n := len(lines); n > 0 {
						l := lines[n-1]
						cur.size = l.size
						if l.hasBaseline {
							xc := float64(cur.x0+cur.x1) / 2
							cur.base = float64(l.y1) + l.off + l.slope*(xc-float64(l.x0))
						}
					}
					words = append(words, *cur)
				}
				cur, curDepth = nil, -1
			}
			if n := len(depths); n > 0 && depths[n-1] == depth {
				lines, depths = lines[:n-1], depths[:n-1]
			}
			depth--
		case xml.CharData:
			if cur != nil {
				cur.text += string(t)
			}
		}
	}
	return words, nil
}

// titleProps reads an hOCR title: "bbox 1 2 3 4; baseline 0.01 -5".
func titleProps(title string) map[string][]float64 {
	out := map[string][]float64{}
	for _, part := range strings.Split(title, ";") {
		f := strings.Fields(part)
		if len(f) < 2 {
			continue
		}
		var nums []float64
		for _, s := range f[1:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				nums = nil
				break
			}
			nums = append(nums, v)
		}
		if nums != nil {
			out[f[0]] = nums
		}
	}
	return out
}
