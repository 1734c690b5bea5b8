package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// maxSuggestions is how many close names a [NotFoundError] lists.
const maxSuggestions = 5

// Resolve returns the entity that name means: the entity with that node ID
// ("<kg:e/Kim_Jong_Bok>" or "kg:e/Kim_Jong_Bok"), or else the entity whose
// kg:name or kg:alias is name, compared without regard to case. When
// several entities match, a name beats an alias and an exact-case match
// beats a case-folded one; entities that still tie (an alias such as "Kim"
// of several people) give an [*AmbiguousError] that lists them, most
// mentioned first. An unknown name gives a [*NotFoundError] with close
// matches.
//
// Names written in the usual cases (as stored, Title Case, UPPER or lower
// case) are found through the store's indexes; any other spelling costs a
// scan of all quads.
func (s *Store) Resolve(ctx context.Context, name string) (Node, error) {
	v, err := s.newView(ctx)
	if err != nil {
		return Node{}, err
	}
	k, err := v.find(ctx, name)
	if err != nil {
		return Node{}, err
	}
	return v.node(k), nil
}

// find returns the key of the entity that name means; see [Store.Resolve].
func (v *view) find(ctx context.Context, name string) (any, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, &NotFoundError{Name: name}
	}
	if id := strings.TrimSuffix(strings.TrimPrefix(name, "<"), ">"); schema.IsEntityIRI(quad.IRI(id)) {
		keys, err := v.lookup(ctx, []quad.Value{quad.IRI(id)})
		if err != nil {
			return nil, err
		}
		if keys[0] != nil {
			return keys[0], v.load(ctx, keys[0])
		}
	}
	variants := caseVariants(name)
	vals := make([]quad.Value, 0, 2*len(variants))
	for _, n := range variants {
		vals = append(vals, quad.String(n))
	}
	for _, n := range variants {
		vals = append(vals, schema.EntityIRI(n))
	}
	keys, err := v.lookup(ctx, vals)
	if err != nil {
		return nil, err
	}
	// rank: 0 name, exact case; 1 name, other case; 2 IRI; 3 alias exact; 4 alias other case.
	best := make(map[any]int)
	var order []any
	add := func(k any, rank int) {
		if r, ok := best[k]; !ok || rank < r {
			if !ok {
				order = append(order, k)
			}
			best[k] = rank
		}
	}
	for i, k := range keys[:len(variants)] {
		if k == nil {
			continue
		}
		err := v.quadsOf(ctx, quad.Object, k, func(p, subj cgraph.Ref) error {
			switch keyOf(p) {
			case v.pName:
				add(v.remember(subj), min(i, 1))
			case v.pAlias:
				add(v.remember(subj), 3+min(i, 1))
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("resolve %q: %w", name, err)
		}
	}
	for _, k := range keys[len(variants):] {
		if k != nil {
			add(k, 2)
		}
	}
	if len(order) == 0 {
		return v.findByScan(ctx, name)
	}
	if err := v.load(ctx, order...); err != nil {
		return nil, err
	}
	var cands []any
	for _, k := range order {
		if rec := v.recs[k]; rec.name != nil || rec.typ != nil || len(rec.mentions) > 0 {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		return v.findByScan(ctx, name)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if best[a] != best[b] {
			return best[a] < best[b]
		}
		return len(v.recs[a].mentions) > len(v.recs[b].mentions)
	})
	tied := 1
	for tied < len(cands) && best[cands[tied]] == best[cands[0]] {
		tied++
	}
	if tied == 1 && best[cands[0]] <= 1 && len(cands) > 1 {
		// A person named by one word ("Clarke") is a node apart because
		// the word is the surname of several people (see Options.Join):
		// the people whose alias it is are candidates too.
		more, err := v.surnameSharers(ctx, cands, best)
		if err != nil {
			return nil, err
		}
		if len(more) > 0 {
			return v.one(ctx, name, append(cands[:1:1], more...))
		}
	}
	return v.one(ctx, name, cands[:tied])
}

// surnameSharers returns, when cands[0] is a person with a one-word name,
// the other persons of cands that have the name as an alias, those of the
// best alias rank only; else nil. cands are loaded.
func (v *view) surnameSharers(ctx context.Context, cands []any, best map[any]int) ([]any, error) {
	keys := make([]any, 0, 2*len(cands))
	for _, k := range cands {
		keys = append(keys, v.recs[k].name, v.recs[k].typ)
	}
	if err := v.values(ctx, keys); err != nil {
		return nil, err
	}
	person := func(k any) bool { return entityType(v.value(v.recs[k].typ)) == schema.Person }
	name, _ := v.value(v.recs[cands[0]].name).(quad.String)
	if !person(cands[0]) || name == "" || strings.Contains(strings.TrimSpace(string(name)), " ") {
		return nil, nil
	}
	var out []any
	for _, k := range cands[1:] {
		if r := best[k]; r >= 3 && person(k) && (len(out) == 0 || r == best[out[0]]) {
			out = append(out, k)
		}
	}
	return out, nil
}

// one returns the only key of cands, or an [*AmbiguousError] listing them
// when there are several. cands are loaded, most mentioned first.
func (v *view) one(ctx context.Context, name string, cands []any) (any, error) {
	if len(cands) == 1 {
		return cands[0], nil
	}
	keys := make([]any, 0, 3*len(cands))
	for _, k := range cands {
		keys = append(keys, k)
		if rec := v.recs[k]; rec != nil {
			keys = append(keys, rec.name, rec.typ)
		}
	}
	if err := v.values(ctx, keys); err != nil {
		return nil, err
	}
	e := &AmbiguousError{Name: name}
	for _, k := range cands {
		e.Candidates = append(e.Candidates, v.node(k))
	}
	return nil, e
}

// caseVariants returns name as given, in Title Case, UPPER and lower case,
// without repeats.
func caseVariants(name string) []string {
	out := []string{name}
	for _, n := range []string{titleCase(name), strings.ToUpper(name), strings.ToLower(name)} {
		if !contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// titleCase upper-cases the first letter of each word and lower-cases the rest.
func titleCase(s string) string {
	rs := []rune(s)
	start := true
	for i, r := range rs {
		if start {
			rs[i] = unicode.ToUpper(r)
		} else {
			rs[i] = unicode.ToLower(r)
		}
		start = unicode.IsSpace(r) || r == '-'
	}
	return string(rs)
}

// nameEntry is one name or alias of an entity.
type nameEntry struct {
	text  string // the name or alias as stored
	ent   any    // the entity's key
	alias bool
}

// allNames scans every quad for kg:name and kg:alias and returns them.
func (v *view) allNames(ctx context.Context) ([]nameEntry, error) {
	type pair struct {
		s, o  any
		alias bool
	}
	var pairs []pair
	err := v.s.scan(ctx, func(q cgraph.Ref) error {
		p, err := v.s.qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return err
		}
		pk := keyOf(p)
		if pk == nil || (pk != v.pName && pk != v.pAlias) {
			return nil
		}
		s, err := v.s.qs.QuadDirection(q, quad.Subject)
		if err != nil {
			return err
		}
		o, err := v.s.qs.QuadDirection(q, quad.Object)
		if err != nil {
			return err
		}
		pairs = append(pairs, pair{v.remember(s), v.remember(o), pk == v.pAlias})
		return nil
	})
	if err != nil {
		return nil, err
	}
	keys := make([]any, len(pairs))
	for i, p := range pairs {
		keys[i] = p.o
	}
	if err := v.values(ctx, keys); err != nil {
		return nil, err
	}
	out := make([]nameEntry, 0, len(pairs))
	for _, p := range pairs {
		if str, ok := v.value(p.o).(quad.String); ok {
			out = append(out, nameEntry{text: string(str), ent: p.s, alias: p.alias})
		}
	}
	return out, nil
}

// findByScan looks for name among all names and aliases without regard to
// case, and returns a [*NotFoundError] with suggestions when none matches.
func (v *view) findByScan(ctx context.Context, name string) (any, error) {
	entries, err := v.allNames(ctx)
	if err != nil {
		return nil, err
	}
	var cands []any
	for _, alias := range []bool{false, true} {
		for _, e := range entries {
			if e.alias == alias && strings.EqualFold(e.text, name) && !slices.Contains(cands, e.ent) {
				cands = append(cands, e.ent)
			}
		}
		if len(cands) > 0 {
			break
		}
	}
	if len(cands) == 0 && !strings.ContainsAny(name, " \t") {
		// A surname alone ("Putin") that no name or alias is: the people
		// whose name or an alias ends with it, one found or several
		// offered.
		for _, e := range entries {
			if i := strings.LastIndexByte(e.text, ' '); i > 0 && strings.EqualFold(e.text[i+1:], name) && !slices.Contains(cands, e.ent) {
				cands = append(cands, e.ent)
			}
		}
		if err := v.load(ctx, cands...); err != nil {
			return nil, err
		}
		cands = slices.DeleteFunc(cands, func(k any) bool { return v.types[v.recs[k].typ] != schema.Person })
	}
	if len(cands) > 0 {
		if err := v.load(ctx, cands...); err != nil {
			return nil, err
		}
		sort.SliceStable(cands, func(i, j int) bool {
			return len(v.recs[cands[i]].mentions) > len(v.recs[cands[j]].mentions)
		})
		return v.one(ctx, name, cands)
	}
	return nil, &NotFoundError{Name: name, Suggestions: v.suggestions(ctx, name, entries)}
}

// suggestions returns the canonical names of the entities whose names or
// aliases come closest to name.
func (v *view) suggestions(ctx context.Context, name string, entries []nameEntry) []string {
	q := strings.ToLower(name)
	limit := max(2, len([]rune(q))/3)
	type scored struct {
		ent   any
		score int
	}
	bestOf := make(map[any]int)
	for _, e := range entries {
		t := strings.ToLower(e.text)
		var score int
		switch {
		case strings.HasPrefix(t, q):
			score = 0
		case wordPrefix(t, q):
			score = 1
		default:
			d := editDistance(q, t, limit)
			if d > limit {
				continue
			}
			score = 1 + d
		}
		if b, ok := bestOf[e.ent]; !ok || score < b {
			bestOf[e.ent] = score
		}
	}
	list := make([]scored, 0, len(bestOf))
	for k, sc := range bestOf {
		list = append(list, scored{k, sc})
	}
	keys := make([]any, len(list))
	for i, s := range list {
		keys[i] = s.ent
	}
	if err := v.values(ctx, keys); err != nil {
		return nil
	}
	nameOf := make(map[any]string, len(entries))
	for _, e := range entries {
		if !e.alias {
			nameOf[e.ent] = e.text
		}
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score < list[j].score
		}
		return nameOf[list[i].ent] < nameOf[list[j].ent]
	})
	var out []string
	for _, s := range list {
		n := nameOf[s.ent]
		if n == "" {
			n = nameFromIRI(v.value(s.ent))
		}
		if !contains(out, n) {
			out = append(out, n)
		}
		if len(out) == maxSuggestions {
			break
		}
	}
	return out
}

// wordPrefix reports whether a word of t after the first starts with q.
func wordPrefix(t, q string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' && strings.HasPrefix(t[i+1:], q) {
			return true
		}
	}
	return false
}

// editDistance returns the Levenshtein distance between a and b, or limit+1
// as soon as it is known to exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Suggest returns up to limit entities (10 when limit <= 0) whose name
// starts with prefix, then those with a word that starts with it, then
// those that contain it, without regard to case; within each group the
// most mentioned first (then shorter names). Only the [suggestRanked]
// shortest names of the matches are ranked by mentions, which bounds the
// cost of a one-letter prefix on a large store. It is meant for a search
// box: it reads the entities through the type index (untyped entities are
// not offered) and matches the names that their IRIs spell, so aliases are
// not offered either.
func (s *Store) Suggest(ctx context.Context, prefix string, limit int) ([]Node, error) {
	if limit <= 0 {
		limit = 10
	}
	q := strings.ToLower(strings.Join(strings.Fields(prefix), " "))
	if q == "" {
		return []Node{}, nil
	}
	// Names are matched as their IRIs spell them, so the prefix is spelled
	// so too: "People's" as "People s".
	if slug := schema.Slug(q); slug != "_" {
		q = strings.ReplaceAll(slug, "_", " ")
	}
	v, err := s.newView(ctx)
	if err != nil {
		return nil, err
	}
	ents, err := v.entitiesByType(ctx, schema.EntityTypes)
	if err != nil {
		return nil, err
	}
	type scored struct {
		k     any
		name  string
		score int
	}
	var list []scored
	for _, k := range ents {
		n := strings.ToLower(nameFromIRI(v.value(k)))
		switch {
		case strings.HasPrefix(n, q):
			list = append(list, scored{k, n, 0})
		case wordPrefix(n, q):
			list = append(list, scored{k, n, 1})
		case strings.Contains(n, q):
			list = append(list, scored{k, n, 2})
		}
	}
	byLength := func(a, b scored) int {
		if a.score != b.score {
			return a.score - b.score
		}
		if len(a.name) != len(b.name) {
			return len(a.name) - len(b.name)
		}
		return strings.Compare(a.name, b.name)
	}
	slices.SortFunc(list, byLength)
	if len(list) > max(limit, suggestRanked) {
		list = list[:max(limit, suggestRanked)]
	}
	for _, c := range list {
		if err := v.load(ctx, c.k); err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(list, func(a, b scored) int {
		if a.score != b.score {
			return a.score - b.score
		}
		return len(v.recs[b.k].mentions) - len(v.recs[a.k].mentions)
	})
	if len(list) > limit {
		list = list[:limit]
	}
	out := make([]Node, 0, len(list))
	for _, c := range list {
		out = append(out, v.node(c.k))
	}
	return out, nil
}

// suggestRanked is how many matches [Store.Suggest] ranks by mentions.
const suggestRanked = 100

// entitiesByType returns the keys of the entities of the given types, read
// through the object index of kg:type, each once, with their values read.
func (v *view) entitiesByType(ctx context.Context, types []schema.EntityType) ([]any, error) {
	classes := make([]quad.Value, len(types))
	for i, t := range types {
		classes[i] = t.IRI()
	}
	ckeys, err := v.lookup(ctx, classes)
	if err != nil {
		return nil, err
	}
	seen := make(map[any]bool)
	var out []any
	for _, ck := range ckeys {
		if ck == nil {
			continue
		}
		err := v.quadsOf(ctx, quad.Object, ck, func(p, subj cgraph.Ref) error {
			if k := v.remember(subj); keyOf(p) == v.pType && !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("list entities: %w", err)
		}
	}
	return out, v.values(ctx, out)
}
