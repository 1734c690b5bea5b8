package cluster

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Build clusters words by their vectors (vecs[i] is words[i]'s; words
// most frequent first, lower case, each once) with spherical k-means
// (cosine similarity): the words into sizes[Levels-1] fine classes, then
// the fine classes' centroids, weighted by their sizes, into sizes[1]
// middle classes, and those into sizes[0] coarse ones, so the levels nest.
// Each k-means starts from k-means++ seeds drawn with seed and runs iters
// rounds. The result depends only on its arguments. Classes are numbered in
// the order of their most frequent word.
func Build(words []string, vecs [][]float32, sizes [Levels]int, iters int, seed uint64) (*Table, error) {
	if len(words) != len(vecs) || len(words) == 0 {
		return nil, fmt.Errorf("cluster: %d words and %d vectors", len(words), len(vecs))
	}
	for i := 1; i < Levels; i++ {
		if sizes[i-1] < 1 || sizes[i-1] > sizes[i] {
			return nil, fmt.Errorf("cluster: sizes %v do not grow from coarse to fine", sizes)
		}
	}
	if sizes[Levels-1] > len(words) || sizes[Levels-1] >= 1<<16 {
		return nil, fmt.Errorf("cluster: %d fine classes for %d words", sizes[Levels-1], len(words))
	}
	dim := len(vecs[0])
	pts := make([][]float32, len(vecs))
	for i, v := range vecs {
		if len(v) != dim {
			return nil, fmt.Errorf("cluster: vector of %q has %d dimensions, want %d", words[i], len(v), dim)
		}
		pts[i] = unit(v)
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))

	// assign[l][i] is the class at level l of the points of level l+1
	// (level Levels-1: of the words).
	var assign [Levels][]int
	weights := make([]float64, len(pts))
	for i := range weights {
		weights[i] = 1
	}
	for l := Levels - 1; l >= 0; l-- {
		var cents [][]float32
		assign[l], cents, weights = kmeans(pts, weights, sizes[l], iters, rng)
		pts = cents
	}

	t := &Table{sizes: sizes, words: words, class: make(map[string]Class, len(words))}
	var number [Levels]map[int]uint16
	for l := range number {
		number[l] = make(map[int]uint16)
	}
	for i, w := range words {
		var c Class
		k := i
		for l := Levels - 1; l >= 0; l-- {
			k = assign[l][k]
			n, ok := number[l][k]
			if !ok {
				n = uint16(len(number[l]) + 1)
				number[l][k] = n
			}
			c[l] = n
		}
		if _, dup := t.class[w]; dup || !oneField(w) {
			return nil, fmt.Errorf("cluster: word %q is listed twice or has spaces", w)
		}
		t.class[w] = c
	}
	// Classes left empty by k-means are never numbered: the sizes are the
	// classes in use.
	for l := range number {
		t.sizes[l] = len(number[l])
	}
	return t, nil
}

func oneField(w string) bool {
	if w == "" {
		return false
	}
	for len(w) > 0 {
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsSpace(r) {
			return false
		}
		w = w[n:]
	}
	return true
}

// kmeans clusters unit vectors pts, weighted, into k classes and returns
// each point's class, the classes' unit centroids and their total weights.
func kmeans(pts [][]float32, weights []float64, k, iters int, rng *rand.Rand) (assign []int, cents [][]float32, mass []float64) {
	cents = seeds(pts, weights, k, rng)
	assign = make([]int, len(pts))
	dim := len(pts[0])
	sums := make([]float64, k*dim)
	mass = make([]float64, k)
	for it := 0; it <= iters; it++ {
		nearest(pts, cents, assign)
		if it == iters {
			break
		}
		clear(sums)
		clear(mass)
		for i, p := range pts {
			c := assign[i]
			s := sums[c*dim : (c+1)*dim]
			for j, x := range p {
				s[j] += weights[i] * float64(x)
			}
			mass[c] += weights[i]
		}
		for c := range cents {
			if mass[c] == 0 {
				continue // keeps its old centroid
			}
			s := sums[c*dim : (c+1)*dim]
			v := make([]float32, dim)
			for j := range v {
				v[j] = float32(s[j])
			}
			cents[c] = unit(v)
		}
	}
	clear(mass)
	for i, c := range assign {
		mass[c] += weights[i]
	}
	return assign, cents, mass
}

// seeds picks k centroids among pts by k-means++ (Arthur and Vassilvitskii
// 2007), the distance being 1 - cosine, weighted.
func seeds(pts [][]float32, weights []float64, k int, rng *rand.Rand) [][]float32 {
	cents := make([][]float32, 0, k)
	dist := make([]float64, len(pts))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	pick := rng.IntN(len(pts))
	for {
		cents = append(cents, pts[pick])
		if len(cents) == k {
			return cents
		}
		var total float64
		for i, p := range pts {
			d := 1 - float64(dot(p, pts[pick]))
			if d < 0 {
				d = 0
			}
			dist[i] = min(dist[i], d)
			total += weights[i] * dist[i]
		}
		if total == 0 {
			pick = rng.IntN(len(pts))
			continue
		}
		r := rng.Float64() * total
		pick = len(pts) - 1
		for i := range pts {
			r -= weights[i] * dist[i]
			if r < 0 {
				pick = i
				break
			}
		}
	}
}

// nearest sets assign[i] to the centroid most similar to pts[i] (the first
// of equals), in parallel over the points.
func nearest(pts, cents [][]float32, assign []int) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	chunk := (len(pts) + workers - 1) / workers
	for lo := 0; lo < len(pts); lo += chunk {
		hi := min(lo+chunk, len(pts))
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				best, bestSim := 0, float32(math.Inf(-1))
				for c, v := range cents {
					if s := dot(pts[i], v); s > bestSim {
						best, bestSim = c, s
					}
				}
				assign[i] = best
			}
		})
	}
	wg.Wait()
}

func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s float32
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

func unit(v []float32) []float32 {
	var n float64
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	u := make([]float32, len(v))
	if n == 0 {
		return u
	}
	n = math.Sqrt(n)
	for i, x := range v {
		u[i] = float32(float64(x) / n)
	}
	return u
}
