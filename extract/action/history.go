package action

// History is what the index knows of an action's thread: the same
// commitment in the other papers of its board. Extraction leaves it
// empty; the index fills it each time it links a board's papers.
type History struct {
	// Thread names the commitment across papers; it stays the same across
	// runs and re-indexing.
	Thread string `json:"thread,omitempty"`
	// Change labels this appearance against the one before (see
	// CONTRACT.md): new, status_changed, completed, slipped, due_set,
	// reworded, renumbered, unchanged; dropped when the next version of
	// its plan or log leaves it out.
	Change []string `json:"change,omitempty"`
	// FirstSeen is the date of the thread's first paper ("" if undated).
	FirstSeen string `json:"first_seen,omitempty"`
	// TimesSeen is how many papers the thread appears in.
	TimesSeen int `json:"times_seen,omitempty"`
	// Slips counts the slipped labels of the thread up to this appearance.
	Slips int `json:"slips,omitempty"`
	// Previous is the id of the earlier appearance; LinkConfidence (0–1)
	// and LinkedBy (wording, ref, owner, theme, cites, row) say how sure
	// the link is and what it rests on.
	Previous       string   `json:"previous,omitempty"`
	LinkConfidence float64  `json:"link_confidence,omitempty"`
	LinkedBy       []string `json:"linked_by,omitempty"`
	// Answers is the id of the recommendation or resolution this action
	// answers, where a plan says so or its words show it.
	Answers string `json:"answers,omitempty"`
	// Changed is when the index last found new labels on this appearance
	// (RFC 3339): the start of the run that found them; News are those
	// labels (all of them when the action was new to the index).
	Changed string   `json:"changed,omitempty"`
	News    []string `json:"news,omitempty"`
}
