package graph_test

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/syndtr/goleveldb/leveldb"

	"github.com/kg-project/kg/graph"
)

// childEnv names the environment variable that makes
// TestLevelDBCreateChild create stores, one after another, in the
// directory it names, until it is killed.
const childEnv = "KG_TEST_LEVELDB_CHILD"

func TestLevelDBCreateChild(t *testing.T) {
	base := os.Getenv(childEnv)
	if base == "" {
		t.Skip("helper process for TestLevelDBCreationKilled")
	}
	for i := 0; ; i++ {
		s, err := graph.Open(t.Context(), "leveldb", filepath.Join(base, strconv.Itoa(i)), graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		fmt.Println(i)
	}
}

// TestLevelDBCreationKilled kills a process that creates leveldb stores
// at random points, and checks that each store folder it leaves either
// holds no store, and a store can be created there, or a store that
// opens.
func TestLevelDBCreationKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for cycle := range 6 {
		base := filepath.Join(t.TempDir(), "stores")
		cmd := exec.Command(os.Args[0], "-test.run=^TestLevelDBCreateChild$")
		cmd.Env = append(os.Environ(), childEnv+"="+base)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Once the child has made a store, kill it at a random moment
		// of the following ones.
		if !bufio.NewScanner(out).Scan() {
			cmd.Wait()
			t.Fatalf("cycle %d: the child made no store", cycle)
		}
		time.Sleep(time.Duration(rng.IntN(150_000)) * time.Microsecond)
		cmd.Process.Kill()
		cmd.Wait()

		entries, err := os.ReadDir(base)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() || e.Name()[0] == '.' {
				continue
			}
			dir := filepath.Join(base, e.Name())
			s, err := graph.Open(t.Context(), "leveldb", dir, graph.Options{MustExist: true})
			if errors.Is(err, graph.ErrNoStore) {
				s, err = graph.Open(t.Context(), "leveldb", dir, graph.Options{})
			}
			if err != nil {
				t.Errorf("cycle %d: store %s left by a killed creation: %v", cycle, e.Name(), err)
				continue
			}
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one")); err != nil {
				t.Errorf("cycle %d: store %s: Load: %v", cycle, e.Name(), err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
		}
		left, err := filepath.Glob(filepath.Join(base, ".*.creating"))
		if err != nil || len(left) > 0 {
			t.Errorf("cycle %d: left after reopening: %v (%v)", cycle, left, err)
		}
	}
}

// TestLevelDBHalfMade opens leveldb folders in the states that an
// interrupted creation can leave.
func TestLevelDBHalfMade(t *testing.T) {
	cases := []struct {
		name    string
		why     string
		prepare func(t *testing.T, dir string)
		wantErr bool
	}{
		{"uninitialised", "Cayley creates the database, then writes its metadata: a database without it holds nothing and is initialised", func(t *testing.T, dir string) {
			db, err := leveldb.OpenFile(dir, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Close()
		}, false},
		{"foreign", "a leveldb database that holds data but no Cayley metadata is not Cayley's: it is refused, not written to", func(t *testing.T, dir string) {
			db, err := leveldb.OpenFile(dir, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Put([]byte("someone"), []byte("else's"), nil); err != nil {
				t.Fatal(err)
			}
			db.Close()
		}, true},
		{"creating", "the sibling folder of a creation killed before the exchange is removed", func(t *testing.T, dir string) {
			tmp := filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+".creating")
			if err := os.MkdirAll(tmp, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(tmp, "CURRENT"), []byte("MANIFEST-000001\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"exchanged", "the old folder of a creation killed after the exchange is removed", func(t *testing.T, dir string) {
			s, err := graph.Open(t.Context(), "leveldb", dir, graph.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			tmp := filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+".creating")
			if err := os.MkdirAll(tmp, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Link(filepath.Join(dir, "kg.lock"), filepath.Join(tmp, "kg.lock")); err != nil {
				t.Fatal(err)
			}
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "kg.ldb")
			c.prepare(t, dir)
			s, err := graph.Open(t.Context(), "leveldb", dir, graph.Options{})
			if c.wantErr {
				if err == nil {
					s.Close()
					t.Fatalf("Open = nil error, want one (%s)", c.why)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open: %v (%s)", err, c.why)
			}
			defer s.Close()
			if _, err := s.Load(t.Context(), sampleDoc("a.txt", "text one")); err != nil {
				t.Fatalf("Load: %v (%s)", err, c.why)
			}
			left, err := filepath.Glob(filepath.Join(filepath.Dir(dir), ".*.creating"))
			if err != nil || len(left) > 0 {
				t.Errorf("left after Open: %v (%v) (%s)", left, err, c.why)
			}
		})
	}
}
