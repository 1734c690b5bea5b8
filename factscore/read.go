package factscore

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// required are the columns a gold file's header must name.
var required = []string{"doc", "sentence", "subject", "relation", "object"}

// A ParseError is a problem at one line of a gold file.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// ReadGold reads a gold file (see the package comment) and returns its
// facts in file order, normalised for [Score]. It fails on a missing
// column, a line with fewer fields than the header names, or a fact with
// no subject, relation, object or sentence.
func ReadGold(r io.Reader) ([]Fact, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<24)
	col := map[string]int{}
	var gold []Fact
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if len(col) == 0 {
			for i, name := range strings.Split(text, "\t") {
				if _, dup := col[name]; !dup {
					col[name] = i
				}
			}
			for _, name := range required {
				if _, ok := col[name]; !ok {
					return nil, &ParseError{line, fmt.Errorf("header %q lacks the column %q (want doc, sentence, subject, relation, object, note)", text, name)}
				}
			}
			continue
		}
		if text == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		get := func(name string) string {
			i, ok := col[name]
			if !ok || i >= len(fields) {
				return ""
			}
			return fields[i]
		}
		doc := strings.TrimSpace(get("doc"))
		if doc == "" || strings.HasPrefix(doc, "#") {
			continue
		}
		for _, name := range required {
			if col[name] >= len(fields) {
				return nil, &ParseError{line, fmt.Errorf("%d tab-separated fields, want at least %d (no %s)", len(fields), col[name]+1, name)}
			}
		}
		g := Fact{
			Doc:       doc,
			Sentence:  NormText(get("sentence")),
			Subject:   alternatives(get("subject"), NormName),
			Relation:  alternatives(get("relation"), normRelation),
			Object:    alternatives(get("object"), NormName),
			Symmetric: strings.Contains(strings.ToLower(get("note")), "symmetric"),
			Line:      line,
			Raw:       fmt.Sprintf("%s: %s -%s-> %s  | %s", doc, get("subject"), get("relation"), get("object"), get("sentence")),
		}
		switch {
		case g.Sentence == "":
			return nil, &ParseError{line, fmt.Errorf("empty sentence")}
		case len(g.Subject) == 0:
			return nil, &ParseError{line, fmt.Errorf("empty subject")}
		case len(g.Relation) == 0:
			return nil, &ParseError{line, fmt.Errorf("empty relation")}
		case len(g.Object) == 0:
			return nil, &ParseError{line, fmt.Errorf("empty object")}
		}
		gold = append(gold, g)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(col) == 0 {
		return nil, &ParseError{1, fmt.Errorf("no header line")}
	}
	return gold, nil
}

func normRelation(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, " ", "_"))
}

// alternatives splits s at "|" and normalises each non-blank part.
func alternatives(s string, norm func(string) string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, norm(x))
		}
	}
	return out
}

// Prediction returns a stored fact of document doc in the scorer's terms:
// subject and object names, the predicate's lemma and the sentence text.
func Prediction(doc, sentence, subject, lemma, object string) Fact {
	return Fact{
		Doc:      doc,
		Sentence: NormText(sentence),
		Subject:  []string{NormName(subject)},
		Relation: []string{lemma},
		Object:   []string{NormName(object)},
		Raw:      fmt.Sprintf("%s: %s -%s-> %s  | %s", doc, subject, lemma, object, sentence),
	}
}
