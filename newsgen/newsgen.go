// Package newsgen writes synthetic news-like English text for benchmarks and
// tests: articles made from sentence templates filled with a small built-in
// list of people, organisations, countries, groups, places and verbs. The
// text is varied enough to exercise sentence splitting, extraction and
// entity resolution at corpus scale, and it is deterministic: the same seed
// gives the same bytes.
//
// The text is invented. It states no real events, and the names of people
// in it are made up; countries, cities and organisations are real names used
// as vocabulary.
package newsgen

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Generator makes articles from a seeded random source. It is not safe
// for concurrent use.
type Generator struct {
	r *rand.Rand
}

// New returns a generator whose output depends only on seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// pick returns a random element of list.
func pick[T any](g *Generator, list []T) T { return list[g.r.IntN(len(list))] }

// person returns a full name with, on first mention, a role.
type person struct{ name, role, country string }

func (g *Generator) person() person {
	c := pick(g, countries)
	return person{
		name:    pick(g, givenNames) + " " + pick(g, familyNames),
		role:    pick(g, roles),
		country: c,
	}
}

// Article returns one article: a title line, a blank line and paragraphs of
// 6 to 30 sentences about a cast of a few actors.
func (g *Generator) Article() string {
	cast := []person{g.person(), g.person(), g.person()}
	places := []string{pick(g, cities), pick(g, regions), pick(g, cities)}
	orgs := []string{pick(g, organisations), pick(g, organisations)}
	groups := []string{pick(g, groupNames), pick(g, groupNames)}
	n := 6 + g.r.IntN(25)
	var b strings.Builder
	b.WriteString(g.title(cast, places, orgs))
	b.WriteString("\n\n")
	for i := range n {
		b.WriteString(g.sentence(cast, places, orgs, groups, i == 0))
		switch {
		case i == n-1:
			b.WriteString("\n")
		case g.r.IntN(4) == 0:
			b.WriteString("\n\n")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

func (g *Generator) title(cast []person, places, orgs []string) string {
	switch g.r.IntN(3) {
	case 0:
		return fmt.Sprintf("%s %s %s", cast[0].country, pick(g, headlineNouns), pick(g, headlineTails))
	case 1:
		return fmt.Sprintf("%s talks in %s %s", orgs[0], places[0], pick(g, headlineTails))
	default:
		return fmt.Sprintf("%s %s %s", cast[0].name, pick(g, verbs).past, places[1])
	}
}

// sentence fills one template. The first sentence of an article introduces
// its first actor with a role, as news text does.
func (g *Generator) sentence(cast []person, places, orgs, groups []string, first bool) string {
	p, q := cast[g.r.IntN(len(cast))], cast[g.r.IntN(len(cast))]
	if first {
		p = cast[0]
	}
	v, w := pick(g, verbs), pick(g, verbs)
	place, org, group := pick(g, places), pick(g, orgs), pick(g, groups)
	country2 := pick(g, countries)
	day := pick(g, days)
	num := strconv.Itoa(10 * (1 + g.r.IntN(500)))
	var s string
	switch k := g.r.IntN(14); {
	case first || k == 0:
		s = fmt.Sprintf("%s, the %s of %s, %s %s in %s on %s.", p.name, p.role, p.country, v.past, org, place, day)
	case k == 1:
		s = fmt.Sprintf("%s %s %s, %s said.", group, v.past, place, pick(g, sources))
	case k == 2:
		s = fmt.Sprintf("%s met %s in %s to discuss %s.", surname(p), q.name, place, pick(g, topics))
	case k == 3:
		s = fmt.Sprintf("According to %s, %s has deployed %s troops to %s.", org, p.country, num, place)
	case k == 4:
		s = fmt.Sprintf("%s said that %s would not %s %s.", surname(p), p.country, w.base, country2)
	case k == 5:
		s = fmt.Sprintf("%s imposed sanctions on %s after %s.", org, country2, pick(g, events))
	case k == 6:
		s = fmt.Sprintf("\"We will %s %s,\" %s told reporters in %s.", w.base, pick(g, topics), surname(p), place)
	case k == 7:
		s = fmt.Sprintf("The %s of %s, %s, has %s %s since %s.", q.role, q.country, q.name, v.participle, group, pick(g, months))
	case k == 8:
		s = fmt.Sprintf("%s and %s signed an agreement on %s in %s.", p.country, country2, pick(g, topics), place)
	case k == 9:
		s = fmt.Sprintf("Officials in %s said %s fighters were %s near %s.", place, num, pick(g, states), pick(g, places))
	case k == 10:
		s = fmt.Sprintf("%s did not %s %s, a spokesperson for %s said.", surname(q), w.base, org, p.country)
	case k == 11:
		s = fmt.Sprintf("%s, which %s %s last year, %s %s on %s.", org, v.past, country2, w.past, group, day)
	case k == 12:
		s = fmt.Sprintf("Mr. %s arrived in %s at %d p.m. and %s %s.", surname(p), place, 1+g.r.IntN(11), v.past, q.name)
	default:
		s = fmt.Sprintf("%s %s %s troops to %s, %s reported.", p.country, pick(g, moves), num, place, pick(g, sources))
	}
	return capitalize(s)
}

// capitalize returns s with its first letter in upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// surname returns the family name of a person, as later mentions use it.
func surname(p person) string {
	i := strings.LastIndexByte(p.name, ' ')
	return p.name[i+1:]
}

// Stats says what [WriteDir] wrote.
type Stats struct {
	Files int
	Bytes int64
}

// WriteDir writes articles generated from seed under dir until they total at
// least size bytes: dir/NNN/article-NNNNNN.txt, at most 1000 files per
// folder, every tenth one as Markdown (.md with a heading). It creates dir
// when needed and stops when ctx ends.
func WriteDir(ctx context.Context, dir string, size int64, seed uint64) (Stats, error) {
	g := New(seed)
	var st Stats
	for st.Bytes < size {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		sub := filepath.Join(dir, fmt.Sprintf("%03d", st.Files/1000))
		if st.Files%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return st, fmt.Errorf("generate: %w", err)
			}
		}
		text, ext := g.Article(), ".txt"
		if st.Files%10 == 9 {
			text, ext = "# "+text, ".md"
		}
		name := filepath.Join(sub, fmt.Sprintf("article-%06d%s", st.Files, ext))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return st, fmt.Errorf("generate: %w", err)
		}
		st.Files++
		st.Bytes += int64(len(text))
	}
	return st, nil
}

// ParseSize parses a size such as "100MB", "1.5GB", "512KiB" or "4096"
// (bytes). KB, MB and GB are powers of 1000; KiB, MiB and GiB of 1024.
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
	num, unit := s, ""
	if i >= 0 {
		num, unit = s[:i], strings.TrimSpace(s[i:])
	}
	mult := map[string]float64{
		"": 1, "b": 1,
		"k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9,
		"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
	}[strings.ToLower(unit)]
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || mult == 0 || f < 0 {
		return 0, fmt.Errorf("size %q: want a number of bytes with an optional unit (KB, MB, GB, KiB, MiB, GiB)", s)
	}
	return int64(f * mult), nil
}
