package conllu

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const sample = `# newdoc id = d1
# newpar
# sent_id = s1
# text = Kim doesn't go.
1	Kim	Kim	PROPN	NNP	_	3	nsubj	_	_
2-3	doesn't	_	_	_	_	_	_	_	_
2	does	do	AUX	VBZ	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	went	go	VERB	VBD	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestRead(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 {
		t.Fatalf("Read: %d sentences, want 1", len(sents))
	}
	s := sents[0]
	if s.ID != "s1" || s.Doc != "d1" || !s.NewPar || s.Text != "Kim doesn't go." {
		t.Errorf("Read: sentence %q doc %q newpar %v text %q", s.ID, s.Doc, s.NewPar, s.Text)
	}
	if got, want := s.Heads(), []int{0, 3, 4, 4, 0, 4}; !cmp.Equal(got, want) {
		t.Errorf("Heads() = %v, want %v (the empty node 4.1 is skipped)", got, want)
	}
	var forms []string
	for _, tok := range s.SurfaceTokens() {
		forms = append(forms, tok.Form)
	}
	if want := []string{"Kim", "doesn't", "go", "."}; !cmp.Equal(forms, want) {
		t.Errorf("SurfaceTokens() = %q, want %q", forms, want)
	}
	if s.Words[3].SpaceAfter || !s.Words[0].SpaceAfter {
		t.Errorf("SpaceAfter: go %v, Kim %v; want false, true", s.Words[3].SpaceAfter, s.Words[0].SpaceAfter)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"columns", "1\tKim\n", "line 1: 2 columns, want 10"},
		{"order", "2\tKim\tKim\tPROPN\tNNP\t_\t0\troot\t_\t_\n", "line 1: word id \"2\", want 1"},
		{"head", "# sent_id = x\n1\tKim\tKim\tPROPN\tNNP\t_\t5\troot\t_\t_\n\n", "line 2: sentence \"x\": word 1 has head 5"},
		{"self", "1\tKim\tKim\tPROPN\tNNP\t_\t1\troot\t_\t_\n", "line 1: sentence \"\": word 1 has head 1"},
		{"range", "3-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", "line 1: bad range \"3-1\""},
		{"range past the words", "1-2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n", "line 1: sentence \"\": multiword token 1-2 overlaps another or passes its 1 words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Read(%q) = %v, want %q", tt.in, err, tt.want)
			}
		})
	}
}
