// Package table finds action-plan tables among a paper's lines by their
// header row, maps their columns to the action model by header synonyms, and
// assembles wrapped lines and sub-rows into actions.
package table

import (
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

// Result is what Find returns: the actions, and which lines the tables used
// (so that the narrative rules skip them).
type Result struct {
	Actions []action.Action
	Used    []bool // indexed like the Doc's lines
}

// Find finds the action tables of a paper.
func Find(ld layout.Doc) Result {
	return Result{Used: make([]bool, len(ld.Lines))}
}
