package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ParseAliases reads an alias file into Options. The format is line based:
//
//	# a comment; blank lines are ignored
//	Kim Jong Bok = Kim, General Kim
//	Georgia != Georgia (US state)
//
// "NAME = ALIAS, ALIAS" makes every alias (case-insensitive) resolve to
// the canonical NAME; "NAME != OTHER, OTHER" forbids merging NAME with each
// OTHER. Names cannot contain commas, "=" or "!=". ParseAliases fails on a
// line that is neither form, naming the line.
func ParseAliases(r io.Reader) (Options, error) {
	opts := Options{Merge: map[string]string{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if name, others, ok := strings.Cut(s, "!="); ok {
			name = strings.TrimSpace(name)
			list := splitList(others)
			if name == "" || len(list) == 0 {
				return Options{}, fmt.Errorf("alias line %d: want NAME != OTHER, got %q", line, s)
			}
			for _, o := range list {
				opts.Forbid = append(opts.Forbid, [2]string{name, o})
			}
			continue
		}
		name, aliases, ok := strings.Cut(s, "=")
		name = strings.TrimSpace(name)
		list := splitList(aliases)
		if !ok || name == "" || len(list) == 0 {
			return Options{}, fmt.Errorf("alias line %d: want NAME = ALIAS or NAME != OTHER, got %q", line, s)
		}
		for _, a := range list {
			opts.Merge[a] = name
		}
	}
	if err := sc.Err(); err != nil {
		return Options{}, fmt.Errorf("read aliases: %w", err)
	}
	return opts, nil
}
