// Package robots reads robots.txt files (RFC 9309, plus the common
// Crawl-delay extension) and answers whether a path may be fetched.
package robots

import (
	"bufio"
	"bytes"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Rules are the rules of the group that applies to one crawler.
type Rules struct {
	rules      []rule
	CrawlDelay time.Duration // 0 when the group gives none
}

type rule struct {
	allow   bool
	pattern string
}

// AllowAll is what a missing robots.txt means.
func AllowAll() *Rules { return &Rules{} }

// DisallowAll is what an unreachable robots.txt means (RFC 9309 §2.3.1.4).
func DisallowAll() *Rules { return &Rules{rules: []rule{{allow: false, pattern: "/"}}} }

// group is one or more user-agent lines followed by their rules.
type group struct {
	agents []string
	rules  []rule
	delay  time.Duration
	hasDel bool
}

// Parse reads a robots.txt and keeps the rules for the crawler whose product
// token is agent (e.g. "councilactions"). Groups naming the agent are merged;
// when none does, the "*" groups apply. Unknown lines are ignored, as the
// RFC asks, so Parse never fails.
func Parse(data []byte, agent string) *Rules {
	agent = strings.ToLower(strings.TrimSpace(agent))
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if cur == nil || !lastWasAgent {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			lastWasAgent = true
			continue
		case "allow", "disallow":
			if cur != nil && val != "" {
				cur.rules = append(cur.rules, rule{allow: key == "allow", pattern: normalise(val)})
			}
		case "crawl-delay":
			if cur != nil {
				if f, err := strconv.ParseFloat(val, 64); err == nil && f >= 0 && f < 1e6 {
					cur.delay = time.Duration(f * float64(time.Second))
					cur.hasDel = true
				}
			}
		}
		lastWasAgent = false
	}
	r := &Rules{}
	matched := false
	for _, pass := range []func(string) bool{
		func(a string) bool { return a != "*" && a != "" && matchesAgent(a, agent) },
		func(a string) bool { return a == "*" },
	} {
		for _, g := range groups {
			for _, a := range g.agents {
				if pass(a) {
					r.rules = append(r.rules, g.rules...)
					if g.hasDel && g.delay > r.CrawlDelay {
						r.CrawlDelay = g.delay
					}
					matched = true
					break
				}
			}
		}
		if matched {
			break
		}
	}
	return r
}

// matchesAgent says whether a user-agent line names our product token. Lines
// such as "councilactions/0.1" name it too.
func matchesAgent(line, agent string) bool {
	if agent == "" {
		return false
	}
	if i := strings.IndexAny(line, "/ "); i >= 0 {
		line = line[:i]
	}
	return line == agent
}

// Allowed says whether the path (with its query) of u may be fetched. The
// longest matching rule wins; on a tie Allow wins; no match means allowed.
func (r *Rules) Allowed(u *url.URL) bool {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.AllowedPath(p)
}

// AllowedPath is Allowed for a path already in URL form ("/a/b?c").
func (r *Rules) AllowedPath(p string) bool {
	p = normalise(p)
	best, allow := -1, true
	for _, ru := range r.rules {
		if !match(ru.pattern, p) {
			continue
		}
		n := len(ru.pattern)
		if n > best || (n == best && ru.allow) {
			best, allow = n, ru.allow
		}
	}
	return allow
}

// match reports whether pattern (with * wildcards and a final $ anchor)
// matches the start of p.
func match(pattern, p string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(p, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, part := range parts[1:] {
		last := i == len(parts)-2
		if last && anchored {
			return len(p)-pos >= len(part) && strings.HasSuffix(p, part)
		}
		j := strings.Index(p[pos:], part)
		if j < 0 {
			return false
		}
		pos += j + len(part)
	}
	if anchored {
		return pos == len(p)
	}
	return true
}

// normalise makes paths and patterns comparable: percent-escapes of
// characters that need none are decoded, other escapes upper-cased, and
// characters that need escaping (spaces, non-ASCII) escaped.
func normalise(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && ishex(s[i+1]) && ishex(s[i+2]):
			v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if unreserved(byte(v)) {
				b.WriteByte(byte(v))
			} else {
				b.WriteByte('%')
				b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			}
			i += 2
		case c <= ' ' || c >= 0x7f:
			b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}
