package nlp

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	prosetok "github.com/jdkato/prose/v3/tokenize"
)

// TestTokenizeMatchesProse checks that tokenize gives the tokens of
// prose's tokenizer with keepWhole on the sentences of the shared
// treebanks, CaRB's dev sentences, the lines of the real news articles,
// emoticons, and random strings made of the bytes its tests look at.
func TestTokenizeMatchesProse(t *testing.T) {
	prose := prosetok.New(prosetok.UsingSpecialTest(keepWhole))
	var texts []string
	for e := range emoticons {
		texts = append(texts, e, "I am "+e+" now", "("+e+")")
	}
	texts = append(texts, "U.S. Mr. Gen. e.g. A.B.C. Ab. Abc. Abcd. ABC. aB. X.y. I'll can't DON'T don’t he’s 's 'sfoo's n'tn't O'Neill",
		"“Quote,” she said. ‘Single’ (x) [y] $5 \"z\" Corp. Mass. A. Rama ``hi''", "  two  spaces\tand\ttabs\nnew\n\nlines ")
	files, _ := filepath.Glob("../../shared/treebanks/*/*.conllu")
	files2, _ := filepath.Glob("../../shared/realnews/gum-news/*")
	for _, f := range append(append(files, files2...), "../../shared/carb/dev/sentences.txt") {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if text, ok := strings.CutPrefix(line, "# text = "); ok {
				texts = append(texts, text)
			} else if !strings.HasPrefix(line, "#") && !strings.Contains(line, "\t") {
				texts = append(texts, line)
			}
		}
	}
	const alphabet = "aAbBnNtTsSlLmMrReEzZ.'’‘“”,)(\"][!;?:$ \t\n-`1"
	rs := []rune(alphabet)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		b := make([]rune, rng.IntN(12))
		for i := range b {
			b[i] = rs[rng.IntN(len(rs))]
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, "I've seen it. He'd've gone, they’d said. O'Donnell, D'Arcy and Ma'dan met. “We’ve won,” she'd said. He was medvac'd out, OK’d. Could've.",
		"Francis D'Souza's aide met O’Reilly, (O'Malley) and \"D'Silva\". IT'S I'M D'S d'Souza X'Re'Sa O'Sa'S.")
	for _, text := range texts {
		want := proseNames(text, func(t string) []rawToken { return splitFinal(prose.Tokenize(t)) })
		got := tokenize(nil, text)
		same := len(got) == len(want)
		for i := 0; same && i < len(got); i++ {
			same = got[i].Text == want[i].Text && got[i].Start == want[i].Start
		}
		if !same {
			t.Errorf("tokenize(%q) = %v, prose %v", text, got, want)
		}
	}
	t.Logf("%d texts", len(texts))
}

// nameRE matches the one-letter prefix of a name that opens a span, after
// the span's prefixes: "D'" of "D'Souza", "O’" of "(O’Reilly".
var nameRE = regexp.MustCompile(`(^|[\s\v\x{85}\p{Z}])([$(\["“‘]*[A-Z])('|’)([A-Z][a-z])`)

// proseNames gives the tokens of tok (prose's tokenizer) with the
// apostrophe of each name's one-letter prefix read as a letter: it masks
// them with letters of the same length, tokenizes, and takes the tokens'
// text back from text.
func proseNames(text string, tok func(string) []rawToken) []rawToken {
	masked := nameRE.ReplaceAllStringFunc(text, func(m string) string {
		m = strings.Replace(m, "’", "ẋ", 1)
		if i := strings.LastIndexByte(m, '\''); i >= 0 && i == len(m)-3 {
			m = m[:i] + "x" + m[i+1:]
		}
		return m
	})
	toks := tok(masked)
	for i, t := range toks {
		toks[i].Text = text[t.Start : t.Start+len(t.Text)]
	}
	return toks
}

// finalRE matches a token that ends with 've or 'd, straight or curly,
// after at least one character: prose leaves them on the word, kg cuts
// them off ([finalContractions]).
var finalRE = regexp.MustCompile(`(?i)^(.+?)((?:['’](?:ve|d))+)$`)

// pronounD matches a word 'd is cut off: a pronoun or a wh-word.
var pronounD = regexp.MustCompile(`(?i)^(?:i|you|he|she|it|we|they|who|that|there|what|where|how|why|when)$`)

// splitFinal cuts 've and 'd off prose's tokens, each its own token.
func splitFinal(toks []prosetok.Token) []rawToken {
	var out []rawToken
	for _, t := range toks {
		m := finalRE.FindStringSubmatchIndex(t.Text)
		if m == nil || strings.ContainsAny(t.Text[:m[3]], "'’") && !strings.HasSuffix(t.Text[:m[3]], "n't") && !strings.HasSuffix(t.Text[:m[3]], "n’t") ||
			strings.EqualFold(strings.TrimLeft(t.Text[m[4]:], "'’"), "d") && !pronounD.MatchString(t.Text[:m[3]]) {
			out = append(out, rawToken{Text: t.Text, Start: t.Start})
			continue
		}
		out = append(out, rawToken{Text: t.Text[:m[3]], Start: t.Start})
		rest, at := t.Text[m[3]:], t.Start+m[3]
		for rest != "" {
			n := 1 + strings.IndexAny(rest[1:], "'’")
			if n == 0 {
				n = len(rest)
			}
			out = append(out, rawToken{Text: rest[:n], Start: at})
			rest, at = rest[n:], at+n
		}
	}
	return out
}

// TestInternalSpecial checks internalSpecial against the regular
// expression it replaces.
func TestInternalSpecial(t *testing.T) {
	re := regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)
	const alphabet = "aZAz.'é1 "
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		if got, want := internalSpecial(prefix), re.MatchString(prefix); got != want {
			t.Errorf("internalSpecial(%q) = %v, want %v", prefix, got, want)
		}
		if n == 0 {
			return
		}
		for _, r := range alphabet {
			all(prefix+string(r), n-1)
		}
	}
	all("", 6)
}

// TestIsSpace checks isSpace against unicode.IsSpace.
func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= 0x3100; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}
