// Package cluster holds word clusters: classes of words that occur in
// similar contexts ("tuesday" with "friday", "poland" with "hungary",
// "ministry" with "department"), learnt from unlabelled text, at three
// granularities that nest (a fine class lies inside one middle class, which
// lies inside one coarse class). Taggers, parsers and recognisers read them as
// features: a word seen rarely or never in the treebank still shares the
// class of words seen often (Koo, Carreras and Collins 2008; Turian, Ratinov
// and Bengio 2010).
//
// kg's clusters are made by [Build] from pre-trained word vectors (see
// nlp/model/README.md) and stored in the format [Table.WriteTo] writes.
package cluster

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Levels is the number of granularities of a [Table].
const Levels = 3

// A Class is a word's class at each granularity, coarsest first. Classes
// are numbered from 1; 0 is no class.
type Class [Levels]uint16

// A Table maps lower-case words to their classes. A nil *Table knows no
// word. It is safe for concurrent reads.
type Table struct {
	sizes [Levels]int
	words []string // in the order given to Build: most frequent first
	class map[string]Class
}

// Of returns the class of the lower-case word w, and whether it is known.
func (t *Table) Of(w string) (Class, bool) {
	if t == nil {
		return Class{}, false
	}
	c, ok := t.class[w]
	return c, ok
}

// Len returns the number of words t knows.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.class)
}

// Sizes returns the number of classes at each granularity, coarsest first.
func (t *Table) Sizes() [Levels]int { return t.sizes }

const magic = "kg-clusters 1"

// WriteTo writes t as text: a header line with the magic and the sizes,
// then one "word coarse middle fine" line per word, in the order the words
// were given to [Build] (most frequent first).
func (t *Table) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	n, _ := fmt.Fprintf(bw, "%s %d %d %d\n", magic, t.sizes[0], t.sizes[1], t.sizes[2])
	written := int64(n)
	for _, word := range t.words {
		c := t.class[word]
		n, _ = fmt.Fprintf(bw, "%s %d %d %d\n", word, c[0], c[1], c[2])
		written += int64(n)
	}
	return written, bw.Flush()
}

// Read reads a table written by [Table.WriteTo]. The words are slices of
// one string holding the whole input, and the map is sized from the line
// count, so reading allocates little beyond the table itself.
func Read(r io.Reader) (*Table, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	text := string(data)
	head, rest, _ := strings.Cut(text, "\n")
	if head == "" {
		return nil, fmt.Errorf("cluster: empty input")
	}
	f := strings.Fields(head)
	if len(f) != 2+Levels || f[0]+" "+f[1] != magic {
		return nil, fmt.Errorf("cluster: header %q is not %q followed by %d sizes", head, magic, Levels)
	}
	n := strings.Count(rest, "\n") + 1
	t := &Table{class: make(map[string]Class, n), words: make([]string, 0, n)}
	for i := range Levels {
		n, err := strconv.Atoi(f[2+i])
		if err != nil || n < 1 || n > 1<<16-1 {
			return nil, fmt.Errorf("cluster: header size %q is not a number from 1 to 65535", f[2+i])
		}
		t.sizes[i] = n
	}
	for line := 2; rest != ""; line++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		word, classes, _ := strings.Cut(l, " ")
		var c Class
		for i := range Levels {
			var num string
			num, classes, _ = strings.Cut(classes, " ")
			n, err := strconv.Atoi(num)
			if err != nil || n < 1 || n > t.sizes[i] {
				return nil, fmt.Errorf("cluster: line %d: %q: class %d is not a number from 1 to %d", line, l, i+1, t.sizes[i])
			}
			c[i] = uint16(n)
		}
		if word == "" || classes != "" {
			return nil, fmt.Errorf("cluster: line %d: %q is not a word and %d classes", line, l, Levels)
		}
		if _, dup := t.class[word]; dup {
			return nil, fmt.Errorf("cluster: line %d: word %q listed twice", line, word)
		}
		t.words = append(t.words, word)
		t.class[word] = c
	}
	return t, nil
}
