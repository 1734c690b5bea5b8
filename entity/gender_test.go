package entity

import "testing"

func TestSexOf(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want byte
		why  string
	}{
		{"Michael Dunn", 'm', "the gazetteer's malename"},
		{"Nigel Dunn", 'm', "the agreement lists, when the gazetteer does not know the name"},
		{"Greta Moe", 'f', "the agreement lists, female"},
		{"Robin Moe", 0, "a name in both lists gives no sex"},
		{"Nigel", 0, "a given name alone is no person's name"},
		{"Tove Rask", 'f', "a Nordic name the lists know"},
		{"Zorblax Moe", 0, "a name in no list"},
		{"Ola Berg", 0, "a name both.txt lists: a woman's in English lists, a man's in Norway"},
		{"Svetlana Orlova", 'f', "a name of another language that world.txt lists"},
		{"Andrei Petrov", 'm', "world.txt overrides the English lists, which give Andrei to women"},
		{"Olena Sand", 'f', "a Ukrainian woman's name"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := g.sexOf(tt.name); got != tt.want {
				t.Errorf("sexOf(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
	if r, err := New(Options{}); err != nil {
		t.Fatal(err)
	} else if r.g.given("nigel") || r.g.given("Nigel") {
		t.Errorf("given(Nigel) = true: the agreement lists must not make a word a given name")
	}
}
