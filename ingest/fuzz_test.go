package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/schema"
)

// seeds returns inputs that the fuzz targets start from: the examples and
// a few hostile shapes. They are kept small: the fuzzer minimises every
// new interesting input, which takes long for large ones.
func seeds(f *testing.F) []string {
	out := []string{
		"",
		"Kim Jong Bok oversees the troops. They are in Kursk.",
		"Mr. Kim met Dr. Lee at 5 p.m. in the U.S. on Jan. 5.",
		"\"We will not retreat,\" Zelensky said. — Reuters\n\nHEADLINE HERE\nBody text.",
		"# Title\n\n* list **bold** [link](http://x)\n```\ncode\n```\n| a | b |\n> quote",
		"a\x00b",
		"Caf\xe9",
		"\ufeff\r\n\r\n...!!!???",
		strings.Repeat("word ", 200),
		strings.Repeat("A. ", 100),
		"“Curly” ‘quotes’ – dashes — and … ellipses.",
		"The house was Tom Wu's. The blame was Norway's",
		"Tom Wu spoke.\n\nAnn Lee [1]", // a footnote ending the sentence after a name
	}
	examples, _ := filepath.Glob("../examples/*")
	for _, p := range examples {
		if b, err := os.ReadFile(p); err == nil {
			out = append(out, string(b))
		}
	}
	return out
}

// FuzzRead checks that reading any bytes either fails with a FileError or
// returns non-blank UTF-8 text without NUL bytes.
func FuzzRead(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		name := filepath.Join(dir, "in.txt")
		if markdown {
			name = filepath.Join(dir, "in.md")
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ins, err := Read(name, nil)
		k, _ := sniff(name, data)
		if len(ins) == 0 {
			fe, ok := err.(*FileError)
			if !ok || fe.Path != name {
				t.Fatalf("Read error %#v is not a *FileError naming %s", err, name)
			}
			if plainText(data) && !markdown && k == kindText {
				t.Fatalf("Read failed (%v) on text that check accepts", err)
			}
			return
		}
		if k == kindText && len(ins) != 1 {
			t.Fatalf("Read returned %d inputs for a text file", len(ins))
		}
		for _, in := range ins {
			if !utf8.ValidString(in.Text) || strings.ContainsRune(in.Text, 0) || strings.TrimSpace(in.Text) == "" {
				t.Fatalf("Read returned invalid text %q", in.Text)
			}
			if k == kindText && !markdown && in.Text != string(data) {
				t.Fatalf("Read changed a .txt file: %q -> %q", data, in.Text)
			}
		}
		if len(bytes.TrimSpace(data)) == 0 {
			t.Fatalf("Read accepted blank input %q", data)
		}
	})
}

// plainText reports whether Read accepts data as plain text.
func plainText(data []byte) bool {
	return checkBinary(data) == nil && checkText(data) == nil
}

// FuzzParse checks that any bytes read as a web page, a feed or a PDF give
// inputs of valid, non-blank UTF-8 text, or a FileError naming the file,
// and never a panic.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	feeds, _ := filepath.Glob("testdata/*.xml")
	pdfs, _ := filepath.Glob("testdata/*.pdf")
	for _, p := range append(append(files, feeds...), pdfs...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, strings.HasSuffix(p, ".xml"))
	}
	f.Add([]byte("<p>Kim met Lee.<p>Lee left."), false)
	f.Add([]byte(`<rss><channel><item><title>T</title><description>&lt;p&gt;Kim met Lee.</description></item></channel></rss>`), true)
	f.Fuzz(func(t *testing.T, data []byte, feed bool) {
		name := "in.html"
		if feed {
			name = "in.xml"
		}
		ins, err := Parse(name, data)
		if len(ins) == 0 {
			if fe, ok := err.(*FileError); !ok || fe.Path != name {
				t.Fatalf("Parse error %#v is not a *FileError naming %s", err, name)
			}
		}
		for _, in := range ins {
			if !utf8.ValidString(in.Text) || strings.ContainsRune(in.Text, 0) || strings.TrimSpace(in.Text) == "" {
				t.Fatalf("Parse returned invalid text %q", in.Text)
			}
			if in.Source == "" {
				t.Fatalf("Parse returned an input with no source")
			}
		}
	})
}

// FuzzMarkdown checks that Markdown stripping never panics, keeps valid
// UTF-8 valid, adds no NUL bytes and never grows text by more than the
// line breaks it puts around headings.
func FuzzMarkdown(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		out := plainMarkdown(md)
		if utf8.ValidString(md) && !utf8.ValidString(out) {
			t.Fatalf("plainMarkdown(%q) = %q, not valid UTF-8", md, out)
		}
		if !strings.ContainsRune(md, 0) && strings.ContainsRune(out, 0) {
			t.Fatalf("plainMarkdown(%q) = %q, added a NUL", md, out)
		}
		if lines := strings.Count(md, "\n") + 1; len(out) > len(md)+3*lines {
			t.Fatalf("plainMarkdown grew %d bytes (%d lines) to %d", len(md), lines, len(out))
		}
	})
}

// FuzzPipeline runs the whole extraction pipeline (sentence splitter,
// tagger, extractor, entity resolver) and the quad writer on any valid
// text, and checks their contracts: no panic, sentences that are in-order
// slices of the text, tokens inside their sentence, facts that point at
// real sentences, and quads that survive an N-Quads round trip.
func FuzzPipeline(f *testing.F) {
	for _, s := range append(seeds(f), documentSeeds...) {
		f.Add(s)
	}
	p, err := NewPipeline(entity.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !plainText([]byte(text)) {
			return // Read rejects it before the pipeline sees it
		}
		doc, err := p.Document(t.Context(), "fuzz.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		prev := 0
		for i, s := range doc.Sentences {
			if s.Start < prev || s.End < s.Start || s.End > len(text) {
				t.Fatalf("sentence %d spans [%d,%d) after %d in %d bytes", i, s.Start, s.End, prev, len(text))
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d text %q is not text[%d:%d] = %q", i, s.Text, s.Start, s.End, text[s.Start:s.End])
			}
			prev = s.End
		}
		sents, _, err := p.Extract(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			for _, tok := range s.Tokens {
				if tok.Start < 0 || tok.End < tok.Start || tok.End > len(s.Text) {
					t.Fatalf("token %q at [%d,%d) outside sentence %q", tok.Text, tok.Start, tok.End, s.Text)
				}
			}
		}
		checkResolved(t, doc)
		qs := schema.Quads(doc)
		var buf bytes.Buffer
		w := nquads.NewWriter(&buf)
		for _, q := range qs {
			if !q.IsValid() {
				t.Fatalf("invalid quad %v", q)
			}
			if err := w.WriteQuad(q); err != nil {
				t.Fatalf("write quad %v: %v", q, err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatalf("flush N-Quads: %v", err)
		}
		back, err := quad.ReadAll(nquads.NewReader(&buf, false))
		if err != nil {
			t.Fatalf("read back N-Quads: %v\n%s", err, buf.String())
		}
		if len(back) != len(qs) {
			t.Fatalf("N-Quads round trip: %d quads, want %d", len(back), len(qs))
		}
		for i := range qs {
			if back[i].String() != qs[i].String() {
				t.Fatalf("N-Quads round trip changed quad %d: %v -> %v", i, qs[i], back[i])
			}
		}
	})
}

// documentSeeds are invented news sentences for [FuzzPipeline]: they set the
// entity resolver's rules to work (quotations and their speakers, lists of
// names, titles and roles, brackets, possessives, pronouns), so that the
// fuzzer's mutations reach the index arithmetic of those rules.
var documentSeeds = []string{
	"Tom Wu, the mayor of Velmor, met Ann Lee on Monday. He said she was late.",
	"\"We will avenge the killing of our leader, Tom Wu,\" the Harbor Front said on Friday.",
	"Ann Lee, a spokeswoman for the Velmor Front, said: \"Our commander, Ola Berg, is safe.\"",
	"\"It is over,\" said Ola Berg. \"We lost.\" Berg, 54, resigned. Her party, the Green League, agreed.",
	"The Velmor Front said: \"We thank our friends. Ann Lee, Ola Berg and Tom Wu stood with us.\"",
	"Present were Ann Lee, Tom Wu, Ola Berg, Ivo Sand and Mei Tan, all members of the Harbor Council.",
	"Foreign Minister Ivo Sand of Norland (a former general) and Prime Minister Mei Tan [2] met in Brask.",
	"President-elect Ann Lee's chief of staff, Tom Wu, told Reuters that Lee would visit Kell.",
	"According to the Norland Times, citing police sources, three men were arrested by the Brask police.",
	"Ola Berg (Green League) was elected. Tom Wu (Labour) lost to her; he conceded.",
	"Velmor Corp. said its chief executive, Mei Tan, would step down. The company's board chose Ivo Sand.",
	"Dr. Ann Lee, Ph.D., of the University of Brask — who leads the lab — said: 'It works'.",
	"“We won,” Tom Wu said. ‘They lost,’ she said. «Bien», dit-il.",
	"MAYOR TOM WU MET GOVERNOR ANN LEE. mayor tom wu met governor ann lee.",
	"Wu's wife, Ann, and their son, Bo, live in Kell; Wu, Ann and Bo left.",
	"\"",
	"Ann Lee said \" Tom Wu , \" and \" .",
	", Ann Lee , our , leader , Tom Wu ,",
	"(Ann Lee) [Tom Wu] {Ola Berg} \"Ivo Sand\" 'Mei Tan'",
	"Ann Lee of the Conservative Government spoke.",               // nested mentions
	"Elected Tom Wu and Ann Lee the voters and the council said.", // subjects after the objects
}

// checkResolved checks a resolved document: every entity has a name,
// every fact points at a real sentence and has a subject and a relation,
// its written arguments are the bytes of its sentence, and the entities it
// resolves to are entities of the document.
func checkResolved(t *testing.T, doc schema.Document) {
	t.Helper()
	names := make(map[string]bool, len(doc.Entities))
	for _, e := range doc.Entities {
		if strings.TrimSpace(e.Name) == "" {
			t.Fatalf("entity with a blank name: %+v", e)
		}
		names[e.Name] = true
	}
	for _, fa := range doc.Facts {
		if fa.Sentence < 0 || fa.Sentence >= len(doc.Sentences) {
			t.Fatalf("fact %+v points at sentence %d of %d", fa, fa.Sentence, len(doc.Sentences))
		}
		sent := doc.Sentences[fa.Sentence].Text
		if strings.TrimSpace(fa.Subject.Text) == "" || fa.Lemma == "" {
			t.Fatalf("fact with no subject or relation: %+v in %q", fa, sent)
		}
		for _, a := range []schema.Argument{fa.Subject, fa.Object} {
			if a.Start == 0 && a.End == 0 {
				continue // implied, not written
			}
			if a.Start < 0 || a.End < a.Start || a.End > len(sent) || sent[a.Start:a.End] != a.Text {
				t.Fatalf("argument %q at [%d,%d) is not written so in %q", a.Text, a.Start, a.End, sent)
			}
		}
		if fa.SubjectEntity != "" && !names[fa.SubjectEntity] || fa.ObjectEntity != "" && !names[fa.ObjectEntity] {
			t.Fatalf("fact %+v resolves to an entity the document lacks", fa)
		}
	}
}
