package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// paperLast are the last words of newspapers named after a country ("the
// Samoa Observer", "The Japan Times", "The Korea Herald"): those of
// [pressLast] that are no common word of their own ("Sun", "Star",
// "Mail", "Globe").
var paperLast = map[string]bool{
	"Tribune": true, "Chronicle": true, "Times": true, "Post": true, "Herald": true, "Gazette": true,
	"Courier": true, "Examiner": true, "Observer": true, "Telegraph": true, "Inquirer": true, "Journal": true,
}

// nationalPaper reports whether seg, a run that a country's name e
// opens, is the country's name and one word of [paperLast]: a newspaper
// named after the country, which [Resolver.townThenTeam] reads as it reads
// "Chicago Tribune".
func nationalPaper(s nlp.Sentence, seg []unit, e *entry) bool {
	if e == nil || e.typ != schema.GPE || e.region || e.in != "" || len(seg) != 2 || seg[1].kind != uCap || seg[1].end-seg[1].start != 1 {
		return false
	}
	return paperLast[s.Tokens[seg[1].start].Text]
}
