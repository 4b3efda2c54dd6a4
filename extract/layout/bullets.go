package layout

import "strings"

// Bullets are the glyphs that open a list point and nothing else: Word's
// and HTML's round and square bullets, the middle dot and hyphen bullet
// converters leave, and arrows. Dashes, asterisks, a lone "o" and the
// Wingdings letters a Word bullet becomes in some copies ("§", "Ø", "ü")
// open points too, but each reader says whether it takes them, since they
// also open other things (a dash a range, "o" a word, "§" a section).
const Bullets = "•·▪◦●○■□‣⁃➢"

// IsBullet reports whether r is one of Bullets.
func IsBullet(r rune) bool { return strings.ContainsRune(Bullets, r) }
