package carb_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/carb"
	"github.com/kg-project/kg/internal/sharedtest"
)

// readDev reads CaRB's dev gold and OpenIE-5's output on it from the shared
// folder, skipping the test when they are absent.
func readDev(tb testing.TB) (gold, pred []carb.Extraction) {
	tb.Helper()
	read := func(rel string, fn func(*os.File) ([]carb.Extraction, error)) []carb.Extraction {
		f, err := os.Open(sharedtest.Path(tb, rel))
		if err != nil {
			tb.Fatal(err)
		}
		defer f.Close()
		xs, err := fn(f)
		if err != nil {
			tb.Fatalf("read %s: %v", rel, err)
		}
		return xs
	}
	gold = read("carb/dev/gold.tsv", func(f *os.File) ([]carb.Extraction, error) { return carb.ReadGold(f) })
	pred = read("carb/dev/openie5.tsv", func(f *os.File) ([]carb.Extraction, error) { return carb.ReadPredictions(f) })
	return gold, pred
}

// TestOpenIE5Dev checks that scoring OpenIE-5's dev output gives the
// figures the official CaRB scorer gives (see ../shared/carb/README.md).
func TestOpenIE5Dev(t *testing.T) {
	gold, pred := readDev(t)
	got := carb.Score(gold, pred).Round()
	type figures struct{ P, R, F1, AUC float64 }
	want := figures{P: 0.526, R: 0.406, F1: 0.458, AUC: 0.240}
	if diff := cmp.Diff(want, figures{got.Precision, got.Recall, got.F1, got.AUC}); diff != "" {
		t.Errorf("Score(dev gold, OpenIE-5) mismatch (-want +got):\n%s", diff)
	}
}

func BenchmarkScoreDev(b *testing.B) {
	gold, pred := readDev(b)
	b.ReportAllocs()
	for b.Loop() {
		carb.Score(gold, pred)
	}
}
