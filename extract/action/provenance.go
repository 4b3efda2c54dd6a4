package action

// Provenance is where else an action appears: the same decision read from
// another paper of its meeting (an agenda item's page and the printed
// minutes), or the same paper, byte for byte, at another address or from
// another source. Extraction leaves it empty; the index fills it.
type Provenance struct {
	// AlsoIn lists the other places an action the index shows appears.
	AlsoIn []Appearance `json:"also_in,omitempty"`
	// SameAs, on an appearance the index does not show (search and export
	// leave it out), is the id of the action shown in its place.
	SameAs string `json:"same_as,omitempty"`
}

// Appearance is one other place an action appears.
type Appearance struct {
	// ID is that appearance's own action id; "" for a copy of the paper,
	// which has no actions of its own.
	ID            string `json:"id,omitempty"`
	DocumentID    string `json:"document_id"`
	SourceURL     string `json:"source_url"`
	Board         string `json:"board,omitempty"`
	DocumentTitle string `json:"document_title,omitempty"`
	Ref           string `json:"ref,omitempty"`
	Page          int    `json:"page,omitempty"`
}
