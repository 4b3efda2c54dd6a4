// Package lazyre holds package-level regular expressions that compile the
// first time they are used rather than when the program starts.
//
// The extract packages keep hundreds of patterns at package level. Compiled
// by regexp.MustCompile there, every process paid for all of them at
// start-up (about 80 ms of CPU and 40 MB of garbage), even `--help` or a
// paper that needs a handful. A pattern made by New compiles once, on first
// use, safely from many goroutines.
//
// MustCompile at init also caught a malformed pattern on every run; a lazy
// one would only panic on the first paper that reached it. So New records
// each pattern, and each package's tests call CheckAll, which compiles
// them all and reports any that do not.
package lazyre

import (
	"errors"
	"fmt"
	"regexp"
	"sync"
	"sync/atomic"
)

// RE is a regular expression compiled on first use. Its methods are those
// of regexp.Regexp that the extract packages call.
type RE struct {
	expr string
	once sync.Once
	re   atomic.Pointer[regexp.Regexp]
	err  error // set by once when expr does not compile
}

var (
	mu  sync.Mutex
	all []*RE
)

// New returns a pattern for expr, compiled when first used. It is meant
// for package-level variables only: each call is recorded for CheckAll
// and never released.
func New(expr string) *RE {
	r := &RE{expr: expr}
	mu.Lock()
	all = append(all, r)
	mu.Unlock()
	return r
}

// CheckAll compiles every pattern made by New in the packages linked into
// the program and returns an error naming each one that does not compile.
func CheckAll() error {
	mu.Lock()
	res := append([]*RE(nil), all...)
	mu.Unlock()
	var errs []error
	for _, r := range res {
		if _, err := regexp.Compile(r.expr); err != nil {
			errs = append(errs, fmt.Errorf("pattern %q: %w", r.expr, err))
		}
	}
	return errors.Join(errs...)
}

// Regexp is the compiled expression. Like regexp.MustCompile, it panics if
// expr does not compile; CheckAll in the tests keeps that from shipping.
//
// It is called for every match, so its common case, the pattern compiled
// already, is one atomic load the compiler can inline.
func (r *RE) Regexp() *regexp.Regexp {
	if re := r.re.Load(); re != nil {
		return re
	}
	return r.compile()
}

// compile runs once. A pattern that fails keeps its error, so every later
// call panics with the same message naming the pattern: sync.Once counts a
// panicking first call as done, and re would otherwise stay nil, turning
// the cause into a nil-pointer panic far from it.
func (r *RE) compile() *regexp.Regexp {
	r.once.Do(func() {
		re, err := regexp.Compile(r.expr)
		if err != nil {
			r.err = fmt.Errorf("lazyre: pattern %q: %w", r.expr, err)
			return
		}
		r.re.Store(re)
	})
	if r.err != nil {
		panic(r.err.Error())
	}
	return r.re.Load()
}

// String is the source text, without compiling it.
func (r *RE) String() string { return r.expr }

// The methods below are regexp.Regexp's, on the compiled expression.

func (r *RE) Match(b []byte) bool                  { return r.Regexp().Match(b) }
func (r *RE) Find(b []byte) []byte                 { return r.Regexp().Find(b) }
func (r *RE) MatchString(s string) bool            { return r.Regexp().MatchString(s) }
func (r *RE) FindString(s string) string           { return r.Regexp().FindString(s) }
func (r *RE) FindStringIndex(s string) []int       { return r.Regexp().FindStringIndex(s) }
func (r *RE) FindStringSubmatch(s string) []string { return r.Regexp().FindStringSubmatch(s) }
func (r *RE) FindStringSubmatchIndex(s string) []int {
	return r.Regexp().FindStringSubmatchIndex(s)
}
func (r *RE) FindAllString(s string, n int) []string { return r.Regexp().FindAllString(s, n) }
func (r *RE) FindAllStringIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringIndex(s, n)
}
func (r *RE) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Regexp().FindAllStringSubmatch(s, n)
}
func (r *RE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringSubmatchIndex(s, n)
}
func (r *RE) ReplaceAllString(src, repl string) string {
	return r.Regexp().ReplaceAllString(src, repl)
}
func (r *RE) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.Regexp().ReplaceAllStringFunc(src, repl)
}
func (r *RE) Split(s string, n int) []string { return r.Regexp().Split(s, n) }
func (r *RE) SubexpIndex(name string) int    { return r.Regexp().SubexpIndex(name) }
