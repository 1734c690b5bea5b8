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

// Read reads a table written by [Table.WriteTo].
func Read(r io.Reader) (*Table, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	if !sc.Scan() {
		return nil, fmt.Errorf("cluster: empty input")
	}
	head := strings.Fields(sc.Text())
	if len(head) != 2+Levels || head[0]+" "+head[1] != magic {
		return nil, fmt.Errorf("cluster: header %q is not %q followed by %d sizes", sc.Text(), magic, Levels)
	}
	t := &Table{class: make(map[string]Class)}
	for i := range Levels {
		n, err := strconv.Atoi(head[2+i])
		if err != nil || n < 1 || n > 1<<16-1 {
			return nil, fmt.Errorf("cluster: header size %q is not a number from 1 to 65535", head[2+i])
		}
		t.sizes[i] = n
	}
	line := 1
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) != 1+Levels {
			return nil, fmt.Errorf("cluster: line %d: %d fields, want a word and %d classes", line, len(f), Levels)
		}
		var c Class
		for i := range Levels {
			n, err := strconv.Atoi(f[1+i])
			if err != nil || n < 1 || n > t.sizes[i] {
				return nil, fmt.Errorf("cluster: line %d: class %q is not a number from 1 to %d", line, f[1+i], t.sizes[i])
			}
			c[i] = uint16(n)
		}
		if _, dup := t.class[f[0]]; dup {
			return nil, fmt.Errorf("cluster: line %d: word %q listed twice", line, f[0])
		}
		t.words = append(t.words, f[0])
		t.class[f[0]] = c
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cluster: line %d: %w", line+1, err)
	}
	return t, nil
}
