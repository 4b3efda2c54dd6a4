package lazyre

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestCompiledOnFirstUse: New compiles nothing; the first use compiles the
// pattern once, however many goroutines ask at the same time.
func TestCompiledOnFirstUse(t *testing.T) {
	r := New(`\bq([1-4])\b`)
	if r.re.Load() != nil {
		t.Fatal("New compiled the pattern; want it compiled on first use")
	}
	var wg sync.WaitGroup
	got := make([]*regexp.Regexp, 8)
	for i := range got {
		wg.Go(func() { got[i] = r.Regexp() })
	}
	wg.Wait()
	for _, re := range got {
		if re == nil || re != got[0] {
			t.Fatalf("goroutines got %v, want one compiled pattern", got)
		}
	}
}

// TestMethodsAsRegexp: each method answers as regexp.Regexp's own does.
func TestMethodsAsRegexp(t *testing.T) {
	const expr, s = `(\w+) (\d+)`, "item 12, item 7 and item x"
	r, re := New(expr), regexp.MustCompile(expr)
	upper := strings.ToUpper
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"Match", r.Match([]byte(s)), re.Match([]byte(s))},
		{"Find", r.Find([]byte(s)), re.Find([]byte(s))},
		{"MatchString", r.MatchString(s), re.MatchString(s)},
		{"FindString", r.FindString(s), re.FindString(s)},
		{"FindStringIndex", r.FindStringIndex(s), re.FindStringIndex(s)},
		{"FindStringSubmatch", r.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		{"FindStringSubmatchIndex", r.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)},
		{"FindAllString", r.FindAllString(s, -1), re.FindAllString(s, -1)},
		{"FindAllStringIndex", r.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringSubmatch", r.FindAllStringSubmatch(s, 1), re.FindAllStringSubmatch(s, 1)},
		{"FindAllStringSubmatchIndex", r.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
		{"ReplaceAllString", r.ReplaceAllString(s, "$2"), re.ReplaceAllString(s, "$2")},
		{"ReplaceAllStringFunc", r.ReplaceAllStringFunc(s, upper), re.ReplaceAllStringFunc(s, upper)},
		{"Split", r.Split(s, -1), re.Split(s, -1)},
		{"SubexpIndex", r.SubexpIndex("x"), re.SubexpIndex("x")},
		{"String", r.String(), re.String()},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}

// TestCheckAll names a pattern that does not compile, without panicking.
func TestCheckAll(t *testing.T) {
	mu.Lock()
	saved := all
	mu.Unlock()
	t.Cleanup(func() { mu.Lock(); all = saved; mu.Unlock() })

	New(`\d+`)
	if err := CheckAll(); err != nil {
		t.Fatalf("well-formed patterns: %v", err)
	}
	New(`(unclosed`)
	if err := CheckAll(); err == nil || !strings.Contains(err.Error(), `"(unclosed"`) {
		t.Errorf("a malformed pattern: got %v, want an error naming it", err)
	}
}

// TestMalformedPanicsAlike: a pattern that does not compile panics with a
// message naming it on every use, not only the first (sync.Once counts the
// first as done; a second call must not meet a nil regexp).
func TestMalformedPanicsAlike(t *testing.T) {
	mu.Lock()
	saved := all
	mu.Unlock()
	t.Cleanup(func() { mu.Lock(); all = saved; mu.Unlock() })

	r := New(`(unclosed`)
	for i := range 3 {
		msg := func() (msg string) {
			defer func() { msg = fmt.Sprint(recover()) }()
			r.MatchString("x")
			return "no panic"
		}()
		if !strings.Contains(msg, `"(unclosed"`) || !strings.Contains(msg, "missing closing )") {
			t.Errorf("use %d: panic %q, want one naming the pattern and its fault", i+1, msg)
		}
	}
}

// TestNoEagerPatterns: a package that uses lazyre makes all its
// package-level patterns with it, so none is compiled at start-up again
// (one regexp.MustCompile left at package level costs every process).
func TestNoEagerPatterns(t *testing.T) {
	root := filepath.Join("..", "..")
	const self = `"github.com/councilactions/councilactions/internal/lazyre"`
	type pkgFiles struct {
		lazy  bool
		eager []string
	}
	pkgs := map[string]*pkgFiles{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		p := pkgs[filepath.Dir(path)]
		if p == nil {
			p = &pkgFiles{}
			pkgs[filepath.Dir(path)] = p
		}
		for _, im := range f.Imports {
			p.lazy = p.lazy || im.Path.Value == self
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				ast.Inspect(g, func(n ast.Node) bool {
					if _, ok := n.(*ast.FuncLit); ok {
						return false // compiled when the function runs
					}
					if c, ok := n.(*ast.CallExpr); ok && isRegexpCompile(c.Fun) {
						p.eager = append(p.eager, fset.Position(c.Pos()).String())
					}
					return true
				})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 10 {
		t.Fatalf("read %d packages below %s; want the module's", len(pkgs), root)
	}
	for dir, p := range pkgs {
		if p.lazy {
			for _, at := range p.eager {
				t.Errorf("%s: a package-level pattern compiled at start-up in %s; make it with lazyre.New", at, strconv.Quote(dir))
			}
		}
	}
}

// isRegexpCompile is regexp.MustCompile or regexp.Compile.
func isRegexpCompile(fun ast.Expr) bool {
	s, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x, ok := s.X.(*ast.Ident)
	return ok && x.Name == "regexp" && (s.Sel.Name == "MustCompile" || s.Sel.Name == "Compile")
}
