package ingest

import (
	"regexp"
	"strings"
)

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|_|~~|` + "`" + `)([^*_~` + "`" + `\n]+)(\*\*|__|\*|_|~~|` + "`" + `)`)
	mdListMark = regexp.MustCompile(`^\s*([-*+]|\d+[.)])\s+`)
)

// plainMarkdown returns the prose of a Markdown text: headings without
// their marks (each on its own line, so it stays a sentence of its own),
// links as their text, emphasis without its marks, and fenced code, HTML
// lines and tables dropped.
func plainMarkdown(md string) string {
	var b strings.Builder
	fenced := false
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fenced = !fenced
			b.WriteByte('\n')
			continue
		}
		if fenced || strings.HasPrefix(trimmed, "<") || strings.HasPrefix(trimmed, "|") {
			b.WriteByte('\n')
			continue
		}
		if strings.HasPrefix(trimmed, "#") {
			line = "\n" + strings.TrimSpace(strings.TrimLeft(trimmed, "#")) + "\n"
		}
		line = strings.TrimPrefix(strings.TrimSpace(line), "> ")
		line = mdListMark.ReplaceAllString(line, "")
		line = mdLink.ReplaceAllString(line, "$1")
		line = mdEmphasis.ReplaceAllString(line, "$2")
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
