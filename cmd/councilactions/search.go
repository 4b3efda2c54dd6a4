package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/index"
	"github.com/councilactions/councilactions/index/pipeline"
)

// filterOptions are the filters search and export share.
type filterOptions struct {
	board, council, status, owner, kind, theme, docKind, year, change []string
	dueBefore, dueAfter, today, minSlips, changedSince                string
	overdue                                                           bool
}

func (f *filterOptions) addFlags(fs *pflag.FlagSet) {
	fs.StringArrayVar(&f.board, "board", nil, "only this board (repeatable: any of them)")
	fs.StringArrayVar(&f.council, "council", nil, "only this council (repeatable)")
	fs.StringArrayVar(&f.year, "year", nil, "only this year (repeatable, or 2021,2022)")
	fs.StringArrayVar(&f.status, "status", nil, "only this status: "+strings.Join(index.Statuses, ", ")+" (repeatable; any case)")
	fs.StringArrayVar(&f.owner, "owner", nil, "only actions this owner holds, as written (repeatable)")
	fs.StringArrayVar(&f.kind, "kind", nil, "only this kind: "+strings.Join(index.Kinds, ", ")+" (repeatable)")
	fs.StringArrayVar(&f.theme, "theme", nil, "only this theme, as written (repeatable)")
	fs.StringArrayVar(&f.docKind, "doc-kind", nil, "only papers of this kind: "+strings.Join(index.DocKinds, ", ")+" (repeatable)")
	fs.StringVar(&f.dueBefore, "due-before", "", "due on or before YYYY-MM-DD")
	fs.StringVar(&f.dueAfter, "due-after", "", "due on or after YYYY-MM-DD")
	fs.BoolVar(&f.overdue, "overdue", false, "only actions past due and not complete or cancelled")
	fs.StringVar(&f.today, "today", "", "the date --overdue counts from, YYYY-MM-DD (default today)")
	fs.StringArrayVar(&f.change, "change", nil, "only actions so changed since their earlier appearance: "+strings.Join(index.Changes, ", ")+" (repeatable)")
	fs.StringVar(&f.minSlips, "min-slips", "", "only actions whose due date has slipped at least this many times")
	fs.StringVar(&f.changedSince, "changed-since", "", "only actions with labels found since YYYY-MM-DD (or an RFC 3339 time); --change then names those labels")
}

// request turns the query and flags into an index request through
// index.ParseParams, the code the server reads its parameters with, so
// that both refuse the same things in the same words.
func (f *filterOptions) request(query, sortBy string) (index.Request, error) {
	v := url.Values{"board": f.board, "council": f.council, "year": f.year, "status": f.status,
		"owner": f.owner, "kind": f.kind, "theme": f.theme, "doc_kind": f.docKind, "change": f.change}
	for key, s := range map[string]string{"q": query, "due_before": f.dueBefore, "due_after": f.dueAfter, "today": f.today, "sort": sortBy,
		"min_slips": f.minSlips, "changed_since": f.changedSince} {
		if s != "" {
			v.Set(key, s)
		}
	}
	if f.overdue {
		v.Set("overdue", "true")
	}
	r, err := index.ParseParams(v)
	var pe *index.ParamError
	if errors.As(err, &pe) {
		// Name the flag as it was typed.
		flag := "--" + strings.ReplaceAll(pe.Param, "_", "-")
		if pe.Param == "q" {
			flag = "query"
		}
		return r, usageError{fmt.Errorf("%s: %s", flag, pe.Msg)}
	}
	return r, err
}

type searchOptions struct {
	filters filterOptions
	query   string
	sort    string
	limit   int
	json    bool
}

// maxLimit is the most hits search prints; export gives them all.
const maxLimit = 1000

func newSearchCmd(g *globalOptions) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Search the indexed actions, with facet counts",
		Long: `Search the indexed actions. Every word of QUERY must match, best matches
first; "a OR b" matches either (OR joins its neighbours: "lung OR bowel cancer"
needs cancer), "NOT a" or "-a" leaves a out, "a phrase" matches the words in
order, and field:value uses the JSON field names (status:delayed,
owner:"Dr Kath Packham", year:2022, due:>="2023-01-01"). Only upper-case AND, OR
and NOT are operators. An empty query lists every action.`,
		Example: `  councilactions search "healthy schools"
  councilactions search lung --board "Oadby and Wigston HWB" --status delayed
  councilactions search --overdue --sort due --limit 50
  councilactions search "lung -cancer" --json
  councilactions search '"mental health" OR loneliness'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.query = args[0]
			}
			cfg, err := loadConfig(g)
			if err != nil {
				return err
			}
			return runSearch(cmd.Context(), cfg, opts, cmd.OutOrStdout())
		},
	}
	opts.filters.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&opts.sort, "sort", "relevance", "order: relevance, due (soonest first) or date (newest paper first)")
	cmd.Flags().IntVar(&opts.limit, "limit", 20, fmt.Sprintf("how many hits to print (at most %d)", maxLimit))
	cmd.Flags().BoolVar(&opts.json, "json", false, "print the result as JSON")
	return cmd
}

// openExisting opens the index of a data dir for reading, refusing to
// create an empty one. It reads the snapshot the writer published, so it
// works while a crawl holds the index, and on storage it cannot write.
func openExisting(dataDir string) (*index.Index, error) {
	dir := pipeline.IndexDir(dataDir)
	if !index.Exists(dir) {
		return nil, fmt.Errorf("no index at %s: run `councilactions run` (or `councilactions demo`) first", dir)
	}
	return index.OpenReader(dir)
}

func runSearch(ctx context.Context, cfg pipeline.Config, opts *searchOptions, out io.Writer) error {
	req, err := opts.filters.request(opts.query, opts.sort)
	if err != nil {
		return err
	}
	if opts.limit < 1 || opts.limit > maxLimit {
		return usageError{fmt.Errorf("--limit: %d is not a number from 1 to %d (use export for everything)", opts.limit, maxLimit)}
	}
	req.Size, req.Facets, req.Highlight = opts.limit, true, true
	ix, err := openExisting(cfg.DataDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, req)
	if err != nil {
		if errors.Is(err, index.ErrBadQuery) {
			return usageError{err}
		}
		return err
	}
	if opts.json {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	printResult(out, res, markerFor(out))
	return nil
}

// marker is how a highlighted match is shown.
type marker struct{ start, end string }

// markerFor marks matches in bold on a terminal and not at all otherwise.
func markerFor(w io.Writer) marker {
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("NO_COLOR") == "" {
			return marker{"\x1b[1m", "\x1b[0m"}
		}
	}
	return marker{}
}

// fragmentText turns a highlighted HTML fragment (extracted text escaped,
// matches in <mark>) back into text.
func fragmentText(frag string, m marker) string {
	// Private-use runes hold the marks' places while the text is unescaped
	// and cleaned.
	frag = strings.ReplaceAll(frag, "<mark>", "\uE000")
	frag = strings.ReplaceAll(frag, "</mark>", "\uE001")
	frag = printable(html.UnescapeString(frag))
	frag = strings.ReplaceAll(frag, "\uE000", m.start)
	return strings.ReplaceAll(frag, "\uE001", m.end)
}

// printable replaces control characters, so that text from a paper cannot
// send escape sequences to the terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// fieldLabels orders the other fields whose matches are shown under a hit.
var fieldLabels = []struct{ field, label string }{
	{"title", "title"}, {"objective", "objective"}, {"progress", "progress"}, {"target", "target"},
	{"outcome", "outcome"}, {"milestones", "milestones"}, {"theme", "theme"},
}

func printResult(out io.Writer, res *index.Result, m marker) {
	for i, h := range res.Hits {
		label := h.Kind
		if h.Ref != "" {
			label = h.Ref
		}
		text := printable(clip(h.Action.Action, 300))
		if f := h.Fragments["action"]; len(f) > 0 {
			text = fragmentText(f[0], m)
		}
		fmt.Fprintf(out, "%d. [%s] %s\n", i+1, printable(label), text)
		for _, fl := range fieldLabels {
			if f := h.Fragments[fl.field]; len(f) > 0 {
				fmt.Fprintf(out, "   %s: %s\n", fl.label, fragmentText(f[0], m))
			}
		}
		var facts []string
		if len(h.Owner) > 0 {
			facts = append(facts, "owner: "+strings.Join(h.Owner, "; "))
		}
		switch {
		case h.Due != "" && h.DueRaw != "" && h.DueRaw != h.Due:
			facts = append(facts, fmt.Sprintf("due: %s (%s)", h.Due, h.DueRaw))
		case h.Due != "":
			facts = append(facts, "due: "+h.Due)
		case h.DueRaw != "":
			facts = append(facts, "due: "+h.DueRaw)
		}
		facts = append(facts, "status: "+h.Status)
		if late := h.Overdue(); late != "" {
			facts = append(facts, late)
		}
		fmt.Fprintf(out, "   %s\n", printable(strings.Join(facts, " · ")))
		if line := historyLine(h.History); line != "" {
			fmt.Fprintf(out, "   %s\n", printable(line))
		}
		where := orDefault(h.Board, "(no board)")
		title := h.DocumentTitle
		if h.DocumentDate != "" {
			title += " (" + h.DocumentDate + ")"
		}
		fmt.Fprintf(out, "   %s — %s\n", printable(where), printable(title))
		src := h.SourceURL
		if h.Page > 0 {
			src += fmt.Sprintf(", page %d", h.Page)
		}
		fmt.Fprintf(out, "   %s\n", printable(src))
	}
	switch {
	case res.Total == 0:
		fmt.Fprintln(out, "No actions match.")
		return
	case uint64(len(res.Hits)) < res.Total:
		fmt.Fprintf(out, "\n%d actions match (showing %d; use --limit or export for more).\n", res.Total, len(res.Hits))
	default:
		fmt.Fprintf(out, "\n%d actions match.\n", res.Total)
	}
	for _, f := range []string{"board", "year", "status", "change"} {
		var parts []string
		counts := res.Facets[f]
		for i, c := range counts {
			if i == maxFacetPrint {
				parts = append(parts, fmt.Sprintf("… %d more", len(counts)-i))
				break
			}
			parts = append(parts, fmt.Sprintf("%s %d", printable(c.Value), c.Count))
		}
		if len(parts) > 0 {
			fmt.Fprintf(out, "%-10s %s\n", "By "+f+":", strings.Join(parts, " · "))
		}
	}
}

// historyLine says how an action changed since its earlier appearance
// and how often its thread has been seen: "slipped, reworded · seen 3
// times since 2020-06-17 · thread 5f0c…".
func historyLine(h action.History) string {
	if h.Thread == "" {
		return ""
	}
	parts := []string{strings.ReplaceAll(strings.Join(h.Change, ", "), "_", " ")}
	if h.TimesSeen > 1 {
		seen := fmt.Sprintf("seen %d times", h.TimesSeen)
		if h.FirstSeen != "" {
			seen += " since " + h.FirstSeen
		}
		parts = append(parts, seen)
	}
	if h.Slips > 1 {
		parts = append(parts, fmt.Sprintf("slipped %d times", h.Slips))
	}
	return strings.Join(append(parts, "thread "+h.Thread), " · ")
}

// maxFacetPrint is how many values of each facet the text output shows.
const maxFacetPrint = 12
