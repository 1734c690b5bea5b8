package carb_test

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/carb"
)

func TestReadGold(t *testing.T) {
	tests := []struct {
		name, in string
		want     []carb.Extraction
		why      string
	}{
		{"basic", "s .\tfound\tBaker\tan opening\n",
			[]carb.Extraction{gx("s .", "found", "Baker", "an opening")},
			"sentence, relation, arguments"},
		{"no args", "s .\tfound\n", []carb.Extraction{gx("s .", "found")},
			"arguments are optional"},
		{"strip", " s . \t found \t Baker \t an opening \t\n",
			[]carb.Extraction{gx("s .", "found", "Baker", "an opening")},
			"the line and each field are stripped, so a trailing tab adds no argument"},
		{"empty middle field", "s\tr\t\tb\n", []carb.Extraction{gx("s", "r", "", "b")},
			"an empty field inside the line is an empty argument"},
		{"context", "s\tr\ta\tC: when x\tb\tit C: y\n", []carb.Extraction{gx("s", "r", "a", "b")},
			"arguments containing C: anywhere are dropped"},
		{"prefixes kept", "s\tr\ta\tT: in 1990\tL: here\n", []carb.Extraction{gx("s", "r", "a", "T: in 1990", "L: here")},
			"T: and L: arguments stay"},
		{"line ends", "a\tr\r\nb\tr\rc\tr", []carb.Extraction{gx("a", "r"), gx("b", "r"), gx("c", "r")},
			"lines end at \\r\\n, \\r or \\n, and the last needs no end"},
		{"blank lines", "\n  \na\tr\n\n", []carb.Extraction{gx("a", "r")},
			"blank lines are skipped"},
		{"empty", "", nil, "an empty file has no extraction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := carb.ReadGold(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadGold(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadGold(%q) mismatch (-want +got):\n%s\nwhy: %s", tt.in, diff, tt.why)
			}
		})
	}
}

func TestReadPredictions(t *testing.T) {
	tests := []struct {
		name, in string
		want     []carb.Extraction
		why      string
	}{
		{"basic", "s .\t0.95\tfound\tBaker\tan opening\n",
			[]carb.Extraction{px("s .", 0.95, "found", "Baker", "an opening")},
			"sentence, confidence, relation, arguments"},
		{"fields kept", "s . \t 1e-1 \t found \t Baker \t\t x \t\n",
			[]carb.Extraction{px("s . ", 0.1, " found ", " Baker ", "", " x")},
			"only the line is stripped (so the trailing tab goes), fields are kept; the confidence may have spaces"},
		{"no args", "s\t-2\tr\n", []carb.Extraction{px("s", -2, "r")},
			"arguments are optional and confidences any number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := carb.ReadPredictions(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("ReadPredictions(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadPredictions(%q) mismatch (-want +got):\n%s\nwhy: %s", tt.in, diff, tt.why)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		gold     bool
		line     int
		err      error
		why      string
	}{
		{"gold one field", "s\tr\n\nonly a sentence\n", true, 3, carb.ErrFields,
			"a gold line needs a sentence and a relation; blank lines still count"},
		{"pred two fields", "s\t0.5\tr\ns\t0.5\n", false, 2, carb.ErrFields,
			"a prediction needs a sentence, a confidence and a relation"},
		{"pred stripped to two fields", "s\t0.5\t \n", false, 1, carb.ErrFields,
			"an empty relation at the end of the line is stripped away"},
		{"pred bad confidence", "s\thigh\tr\n", false, 1, carb.ErrConfidence,
			"the confidence must be a number"},
		{"pred NaN", "s\t0.5\tr\ns\tNaN\tr\n", false, 2, carb.ErrConfidence,
			"NaN cannot be ordered as a threshold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.gold {
				_, err = carb.ReadGold(strings.NewReader(tt.in))
			} else {
				_, err = carb.ReadPredictions(strings.NewReader(tt.in))
			}
			var pe *carb.ParseError
			if !errors.As(err, &pe) || pe.Line != tt.line || !errors.Is(err, tt.err) {
				t.Errorf("reading %q: error %v, want a *ParseError at line %d wrapping %v (%s)", tt.in, err, tt.line, tt.err, tt.why)
			}
		})
	}
}

func TestReadLongLine(t *testing.T) {
	in := "s\tr\t" + strings.Repeat("x", 100<<10) + "\n"
	got, err := carb.ReadGold(strings.NewReader(in))
	if err != nil || len(got) != 1 || len(got[0].Args[0]) != 100<<10 {
		t.Errorf("ReadGold(a 100 KiB line) = %d extractions, %v; want 1, nil", len(got), err)
	}
}

// writePredictions writes xs in CaRB's tabbed form.
func writePredictions(xs []carb.Extraction) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(strings.Join(append([]string{x.Sentence, strconv.FormatFloat(x.Confidence, 'g', -1, 64), x.Relation}, x.Args...), "\t"))
		b.WriteString("\n")
	}
	return b.String()
}

func FuzzReadPredictions(f *testing.F) {
	f.Add("s .\t0.95\tfound\tBaker\tan opening\n")
	f.Add("s . \t 1e-1 \t found \t Baker \t\t x \t\r\nt\t-Inf\tr")
	f.Add("s\tNaN\tr\n\n\x1c\ts\t1\tr\x1f")
	f.Fuzz(func(t *testing.T, in string) {
		xs, err := carb.ReadPredictions(strings.NewReader(in))
		if err != nil {
			var pe *carb.ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("ReadPredictions(%q): error %v is not a *ParseError with a line", in, err)
			}
			return
		}
		for _, x := range xs {
			if math.IsNaN(x.Confidence) {
				t.Fatalf("ReadPredictions(%q): NaN confidence", in)
			}
		}
		again, err := carb.ReadPredictions(strings.NewReader(writePredictions(xs)))
		if err != nil {
			t.Fatalf("ReadPredictions(write(ReadPredictions(%q))): %v", in, err)
		}
		if diff := cmp.Diff(xs, again, cmp.Comparer(func(a, b float64) bool { return a == b })); diff != "" {
			t.Fatalf("round trip of %q mismatch (-first +second):\n%s", in, diff)
		}
		carb.Score(nil, xs)
	})
}

func FuzzReadGold(f *testing.F) {
	f.Add("s .\tfound\tBaker\tan opening\n")
	f.Add(" s \t r \t\tC: x\tT: y\t\r\nt\tr")
	f.Add("\n\x1c\ts\tr\x85\n")
	f.Fuzz(func(t *testing.T, in string) {
		xs, err := carb.ReadGold(strings.NewReader(in))
		if err != nil {
			var pe *carb.ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("ReadGold(%q): error %v is not a *ParseError with a line", in, err)
			}
			return
		}
		for _, x := range xs {
			fields := append([]string{x.Sentence, x.Relation}, x.Args...)
			for _, s := range fields {
				if strings.ContainsAny(s, "\t\r\n") || strings.TrimSpace(s) != s {
					t.Fatalf("ReadGold(%q): field %q not stripped or holds a separator", in, s)
				}
			}
			for _, a := range x.Args {
				if strings.Contains(a, "C: ") {
					t.Fatalf("ReadGold(%q): context argument %q kept", in, a)
				}
			}
		}
		// Scoring anything read must not panic.
		pred := make([]carb.Extraction, len(xs))
		for i, x := range xs {
			pred[i] = x
			pred[i].Confidence = 1
		}
		carb.Score(xs, pred)
	})
}
