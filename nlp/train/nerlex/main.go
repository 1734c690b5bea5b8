// Command nerlex writes a snapshot of kg's gazetteer, the files
// entity/data/*.txt, for the recogniser to read as evidence (package entity
// embeds it as entity/nerlex.gz; go run ./nlp/train trains the recogniser
// with it):
//
//	go run ./nlp/train/nerlex -data entity/data -source "entity/data at COMMIT" | gzip -n > entity/nerlex.gz
//
// The recogniser learns from a snapshot rather than from the gazetteer as it
// is at training time, so that a name or word added to the gazetteer for the
// resolver's rules does not change what the one command rebuilds, nor give
// the recogniser evidence it was not trained with: refreshing the snapshot
// is a retrain, scored as one (see nlp/model/README.md).
//
// The output is text: a first line "# kg-gazetteer: SOURCE", then each
// file, in name order, as a line "== data/NAME LENGTH" and its LENGTH bytes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	log.SetFlags(0)
	data := flag.String("data", "entity/data", "the gazetteer's folder")
	source := flag.String("source", "entity/data", "where the files come from, recorded in the first line")
	flag.Parse()
	if err := run(*data, *source); err != nil {
		log.Fatal("nerlex: ", err)
	}
}

func run(data, source string) error {
	if strings.Contains(source, "\n") {
		return fmt.Errorf("-source %q: one line", source)
	}
	names, err := filepath.Glob(filepath.Join(data, "*.txt"))
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("%s: no gazetteer files (*.txt)", data)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# kg-gazetteer: %s\n", source)
	for _, name := range names { // Glob sorts, as fs.Glob does for the embedded files
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "== data/%s %d\n", filepath.Base(name), len(b))
		w.Write(b)
	}
	return w.Flush()
}
