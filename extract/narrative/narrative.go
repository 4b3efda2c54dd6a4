// Package narrative finds recommendations, resolutions and commitments in the
// running text of reports and minutes.
package narrative

import (
	"github.com/councilactions/councilactions/extract/action"
	"github.com/councilactions/councilactions/extract/layout"
)

// Find returns the actions in the lines that no table used.
func Find(ld layout.Doc, used []bool) []action.Action {
	return nil
}
