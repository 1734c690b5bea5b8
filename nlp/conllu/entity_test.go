package conllu

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMentions(t *testing.T) {
	const doc = "" +
		"1\tAccording\taccord\tVERB\tVBG\t_\t0\troot\t_\t_\n" +
		"2\tYonhap\tYonhap\tPROPN\tNNP\t_\t1\tobl\t_\tEntity=(6-organization-new-nnnnn-cf5-3-sgl-Yonhap_News_Agency\n" +
		"3\tagency\tagency\tNOUN\tNN\t_\t2\tflat\t_\tEntity=6)\n" +
		"4\tNorth\tNorth\tPROPN\tNNP\t_\t1\tobl\t_\tEntity=(7-organization-new-nnnnn-cf2-1-coref-KCNA(1-place-giv-sssss-cf1-1,2-coref-North_Korea\n" +
		"5\tKorea\tKorea\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=1)7)\n" +
		"6\tKim\tKim\tPROPN\tNNP\t_\t1\tobl\t_\tEntity=(9-person-new-nnnnn-cf1-1-sgl)|SpaceAfter=No\n" +
		"7\tit\tit\tPRON\tPRP\t_\t1\tobj\t_\tEntity=(10-abstract-new\n" +
		"\n"
	sents, err := Read(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	got := sents[0].Mentions()
	want := []Mention{
		{Entity: "6", Type: "organization", Identity: "Yonhap_News_Agency", Start: 2, End: 3},
		{Entity: "7", Type: "organization", Identity: "KCNA", Start: 4, End: 5},
		{Entity: "1", Type: "place", Identity: "North_Korea", Start: 4, End: 5},
		{Entity: "9", Type: "person", Start: 6, End: 6},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Mentions() mismatch (-want +got):\n%s (mention 10 is never closed and is dropped)", diff)
	}
}
