package cluster

import (
	"bytes"
	"strings"
	"testing"
)

// Words of three kinds whose vectors point three ways: the fine classes
// must not mix kinds, and the coarse level must put the two near kinds
// together.
func TestBuild(t *testing.T) {
	words := []string{"monday", "tuesday", "friday", "paris", "oslo", "rome", "lima", "quito"}
	vecs := [][]float32{
		{1, 0.1, 0}, {1, 0, 0.1}, {0.9, 0.1, 0.1}, // days
		{0, 1, 0.3}, {0.1, 1, 0.3}, {0, 0.9, 0.35}, // European capitals
		{0, 0.3, 1}, {0.1, 0.3, 1}, // South American capitals
	}
	tab, err := Build(words, vecs, [Levels]int{2, 3, 3}, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	class := func(w string) Class {
		c, ok := tab.Of(w)
		if !ok {
			t.Fatalf("%q unknown", w)
		}
		return c
	}
	for _, group := range [][]string{{"monday", "tuesday", "friday"}, {"paris", "oslo", "rome"}, {"lima", "quito"}} {
		for _, w := range group[1:] {
			if class(w) != class(group[0]) {
				t.Errorf("%q is in %v, %q in %v: want one class", w, class(w), group[0], class(group[0]))
			}
		}
	}
	if class("monday")[Levels-1] == class("paris")[Levels-1] || class("paris")[Levels-1] == class("lima")[Levels-1] {
		t.Errorf("days %v, Europe %v, South America %v: want three fine classes", class("monday"), class("paris"), class("lima"))
	}
	if class("paris")[0] != class("lima")[0] || class("paris")[0] == class("monday")[0] {
		t.Errorf("coarse classes: days %d, Europe %d, South America %d: want the capitals together", class("monday")[0], class("paris")[0], class("lima")[0])
	}
	if c := class("monday"); c != (Class{1, 1, 1}) {
		t.Errorf("the most frequent word's classes are %v, want 1 1 1", c)
	}
	if _, ok := tab.Of("lagos"); ok {
		t.Error("an unlisted word has a class")
	}

	again, err := Build(words, vecs, [Levels]int{2, 3, 3}, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	tab.WriteTo(&a)
	again.WriteTo(&b)
	if a.String() != b.String() {
		t.Errorf("two builds differ:\n%s\n%s", a.String(), b.String())
	}
	read, err := Read(strings.NewReader(a.String()))
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	read.WriteTo(&c)
	if c.String() != a.String() || read.Sizes() != tab.Sizes() {
		t.Errorf("read back:\n%s\nwant\n%s", c.String(), a.String())
	}
}

func TestBuildRefuses(t *testing.T) {
	v := [][]float32{{1, 0}, {0, 1}}
	for _, tc := range []struct {
		words []string
		vecs  [][]float32
		sizes [Levels]int
	}{
		{[]string{"a"}, v, [Levels]int{1, 1, 1}},
		{[]string{"a", "b"}, v, [Levels]int{2, 1, 2}},
		{[]string{"a", "b"}, v, [Levels]int{1, 1, 3}},
		{[]string{"a", "a"}, v, [Levels]int{1, 1, 2}},
		{[]string{"a", "b c"}, v, [Levels]int{1, 1, 2}},
		{[]string{"a", "b"}, [][]float32{{1, 0}, {1}}, [Levels]int{1, 1, 2}},
	} {
		if _, err := Build(tc.words, tc.vecs, tc.sizes, 3, 1); err == nil {
			t.Errorf("Build(%q, %v, %v) succeeded", tc.words, tc.vecs, tc.sizes)
		}
	}
}

func TestReadRefuses(t *testing.T) {
	for _, in := range []string{
		"",
		"kg-clusters 2 1 1 1\n",
		"kg-clusters 1 1 1\n",
		"kg-clusters 1 1 2 x\n",
		"kg-clusters 1 1 2 2\nthe 1 1\n",
		"kg-clusters 1 1 2 2\nthe 1 1 3\n",
		"kg-clusters 1 1 2 2\nthe 1 1 0\n",
		"kg-clusters 1 1 2 2\nthe 1 1 1\nthe 1 2 2\n",
	} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		}
	}
	var nilTable *Table
	if _, ok := nilTable.Of("the"); ok || nilTable.Len() != 0 {
		t.Error("a nil table knows a word")
	}
}
