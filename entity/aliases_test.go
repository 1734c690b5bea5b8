package entity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseAliases(t *testing.T) {
	tests := []struct {
		name, in string
		want     Options
		wantErr  string
		why      string
	}{
		{
			name: "merge and forbid",
			in:   "# people\nKim Jong Bok = Kim, General Kim\n\nGeorgia != Georgia (US state)\n",
			want: Options{Merge: map[string]string{"Kim": "Kim Jong Bok", "General Kim": "Kim Jong Bok"},
				Forbid: [][2]string{{"Georgia", "Georgia (US state)"}}},
			why: "the two documented forms, with comments and blank lines",
		},
		{
			name: "several forbidden",
			in:   "Kim Jong Un != Kim Jong Bok, Kim Yo Jong",
			want: Options{Merge: map[string]string{}, Forbid: [][2]string{{"Kim Jong Un", "Kim Jong Bok"}, {"Kim Jong Un", "Kim Yo Jong"}}},
			why:  "a != line may list several names",
		},
		{name: "no separator", in: "Kim Jong Bok\n", wantErr: "alias line 1", why: "a line must be NAME = ... or NAME != ..."},
		{name: "empty aliases", in: "ok = fine\nKim = \n", wantErr: "alias line 2", why: "the error names the line"},
		{name: "empty name", in: "!= Georgia", wantErr: "alias line 1", why: "a forbid needs a name on each side"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseAliases(strings.NewReader(tc.in))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("ParseAliases(%q) error = %v, want %q (%s)", tc.in, err, tc.wantErr, tc.why)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAliases(%q): %v (%s)", tc.in, err, tc.why)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseAliases(%q) mismatch (-want +got) (%s):\n%s", tc.in, tc.why, diff)
			}
		})
	}
}

func FuzzParseAliases(f *testing.F) {
	f.Add("Kim Jong Bok = Kim, General Kim\nGeorgia != Georgia (US state)\n")
	f.Add("= x\n!=\n# c")
	f.Fuzz(func(t *testing.T, in string) {
		opts, err := ParseAliases(strings.NewReader(in))
		if err != nil {
			return
		}
		if _, err := New(opts); err != nil {
			t.Fatalf("New(ParseAliases(%q)): %v", in, err)
		}
		for k, v := range opts.Merge {
			if strings.TrimSpace(k) == "" || strings.TrimSpace(v) == "" {
				t.Errorf("ParseAliases(%q) gave empty merge %q = %q", in, v, k)
			}
		}
	})
}
