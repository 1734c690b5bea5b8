package entity

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strings"
)

// The given-name lists of data/given tell the sex a given name is
// usually borne by. They are read only for agreement: whether "she" may
// take up Colin Powell. They never make a word a name; data/*.txt's
// malename and femalename do that, and a longer list there cost the
// recogniser (it reads those files as features).
//
//go:embed data/given/female.txt data/given/male.txt data/given/world.txt data/given/both.txt
var givenData embed.FS

// loadSexes returns the given names of data/given, lower-cased, each
// mapped to 'f' or 'm'; a name in both English lists is left out, unless
// world.txt (names of other languages) gives it one sex, and so is one
// of both.txt: names that the English lists give one sex and other
// languages the other ("Ola" is a Norwegian man's, "Min" a Burmese
// man's). It also returns every name of the two lists, of either sex.
func loadSexes() (map[string]byte, map[string]bool, error) {
	sexes := map[string]byte{}
	all := map[string]bool{}
	both := map[string]bool{}
	for _, f := range []struct {
		file string
		sex  byte
	}{{"data/given/female.txt", 'f'}, {"data/given/male.txt", 'm'}} {
		b, err := givenData.ReadFile(f.file)
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", f.file, err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			w := strings.ToLower(strings.TrimSpace(sc.Text()))
			if w == "" {
				continue
			}
			if s, ok := sexes[w]; ok && s != f.sex {
				both[w] = true
			}
			all[w] = true
			sexes[w] = f.sex
		}
	}
	// world.txt overrides the English lists: "Andrei" is a Russian man's
	// name, whatever they say.
	b, err := givenData.ReadFile("data/given/world.txt")
	if err != nil {
		return nil, nil, fmt.Errorf("read world.txt: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		sex, name, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || sex != "m" && sex != "f" {
			continue // a comment or a blank line
		}
		w := strings.ToLower(strings.TrimSpace(name))
		sexes[w], all[w] = sex[0], true
		delete(both, w)
	}
	b, err = givenData.ReadFile("data/given/both.txt")
	if err != nil {
		return nil, nil, fmt.Errorf("read both.txt: %w", err)
	}
	for _, w := range strings.Fields(string(b)) {
		both[strings.ToLower(w)] = true
	}
	for w := range both {
		delete(sexes, w)
	}
	return sexes, all, nil
}

// listedGiven reports whether w is a given name of data/given's lists
// (either sex) or of the gazetteer ([gazetteer.given]). The lists are
// long, so a caller uses it only where a name is already expected: to
// find where a person's name starts inside a run of capitalised words.
func (g *gazetteer) listedGiven(w string) bool {
	return g.given(w) || g.givenAll[strings.ToLower(w)]
}

// sexOf returns 'm' or 'f' when a person's name of two words or more
// opens with a given name that the gazetteer ([gazetteer.givenGender])
// or, failing it, the agreement lists give one sex, else 0.
func (g *gazetteer) sexOf(name string) byte {
	if s := g.givenGender(name); s != 0 {
		return s
	}
	first, rest, ok := strings.Cut(name, " ")
	if !ok || strings.TrimSpace(rest) == "" {
		return 0
	}
	return g.sexes[strings.ToLower(first)]
}
