package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// Roles and affiliations that the words between two mentions state. Each
// rule is a small function over the tokens between a mention a and the
// next mention b of the same sentence, so that a dependency parse can later
// replace the token test without touching what the rule concludes.

// leadNouns are role nouns that head what they are of ("director of X").
var leadNouns = map[string]bool{
	"leader": true, "head": true, "chief": true, "president": true, "chairman": true, "chairwoman": true,
	"chair": true, "director": true, "coach": true, "captain": true, "commander": true, "ceo": true,
	"chancellor": true, "governor": true, "mayor": true, "premier": true,
}

// memberNouns are role nouns that make their holder a member of what they
// are of ("member of X", "a councillor of X").
var memberNouns = map[string]bool{
	"member": true, "councillor": true, "councilor": true, "mp": true, "senator": true, "delegate": true,
	"candidate": true, "supporter": true, "activist": true, "politician": true, "veteran": true,
	"student": true, "major": true, "player": true,
}

// workNouns are role nouns of people who work for what they are of.
var workNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "editor": true, "attorney": true,
	"lawyer": true, "minister": true, "secretary": true, "official": true, "employee": true,
	"reporter": true, "correspondent": true, "ambassador": true, "envoy": true, "officer": true,
	"professor": true, "researcher": true, "scientist": true, "analyst": true, "adviser": true,
	"advisor": true, "staff": true, "detective": true, "agent": true, "representative": true,
	"executive": true, "manager": true, "engineer": true, "writer": true, "columnist": true,
}

// roleFacts adds the facts that the words between neighbouring mentions of
// sentence si state.
func (d *docState) roleFacts(si int, s nlp.Sentence, ms []*mention) {
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.ent == nil || b.ent == nil || a.ent == b.ent || b.start < a.end {
			continue
		}
		between := s.Tokens[a.end:b.start]
		for _, rule := range roleRules {
			if lemma, ok := rule(a, between, b); ok {
				d.derive(si, argOf(s, a), joinText(between), lemma, a.ent, b.ent, "", roleConf)
				break
			}
		}
	}
}

// roleRules are tried in order on each pair of neighbouring mentions; the
// first that matches gives the fact.
var roleRules = []func(a *mention, between []nlp.Token, b *mention) (string, bool){
	personOfOrg,
	personAppositionOfOrg,
}

// named reports whether m names its entity (rather than refer to it by a
// pronoun or description).
func named(m *mention) bool {
	return m.kind == mName || m.kind == mSingle || m.kind == mGroup
}

// personOfOrg: "Cyd Ho from the Labour Party", "Gary Chan of DAB": a person
// of or from an organisation is its member.
func personOfOrg(a *mention, between []nlp.Token, b *mention) (string, bool) {
	if !named(a) || a.ent.typ != schema.Person || b.ent.typ != schema.Organization || a.role {
		return "", false
	}
	w := lowerWords(between)
	if len(w) == 2 && w[1] == "the" {
		w = w[:1]
	}
	if len(w) == 1 && (w[0] == "of" || w[0] == "from") {
		return schema.MemberOf, true
	}
	return "", false
}

// personAppositionOfOrg: "Khaled Al-Maeena, editor at large at the Saudi
// Gazette", "Fuad Basya, spokesman for the Indonesian military", "Alireza
// Mehraban, the team's coach": an apposition of a role noun and of, at or
// for an organisation gives lead, member_of or work_for by the noun.
func personAppositionOfOrg(a *mention, between []nlp.Token, b *mention) (string, bool) {
	if !named(a) || a.ent.typ != schema.Person || b.ent.typ != schema.Organization || b.adj {
		return "", false
	}
	w := lowerWords(between)
	if len(w) < 3 || len(w) > 7 || w[0] != "," {
		return "", false
	}
	if w[len(w)-1] == "the" {
		w = w[:len(w)-1]
	}
	last := w[len(w)-1]
	if last != "of" && last != "at" && last != "for" {
		return "", false
	}
	for _, t := range between[1:] {
		if strings.HasPrefix(t.Tag, "VB") || t.Text == "," || t.Text == "and" {
			return "", false
		}
	}
	role := roleLemma(w[1 : len(w)-1])
	return role, role != ""
}

// roleLemma returns the relation that the role nouns in words give their
// holder, or "" when they name no known role.
func roleLemma(words []string) string {
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		switch {
		case leadNouns[w]:
			return schema.Lead
		case workNouns[w]:
			return schema.WorkFor
		case memberNouns[w]:
			return schema.MemberOf
		}
	}
	return ""
}

// titleLemma returns the relation that a title held of a state or body
// gives: work_for for ministers, officials and envoys ("Defence Minister",
// "Ambassador"), member_of otherwise.
func titleLemma(t *title) string {
	if roleLemma(strings.Fields(strings.ToLower(t.name))) == schema.WorkFor {
		return schema.WorkFor
	}
	return schema.MemberOf
}

// lowerWords returns the lower-case texts of toks.
func lowerWords(toks []nlp.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = strings.ToLower(t.Text)
	}
	return out
}
