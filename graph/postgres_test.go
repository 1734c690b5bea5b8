package graph_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"net"
	"net/url"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
)

// PostgresEnv names the environment variable that points the tests at a
// PostgreSQL server: a URL such as
// postgres://kg:kg@127.0.0.1:5432/kg_test?sslmode=disable, whose user may
// create schemas. .ci/run sets it.
const PostgresEnv = "KG_TEST_POSTGRES"

// postgresURL returns the test server's URL, skipping the test (failing it
// under KG_STRICT=1) when none is set or it does not answer.
func postgresURL(t testing.TB) string {
	t.Helper()
	addr := os.Getenv(PostgresEnv)
	if addr == "" {
		sharedtest.Missing(t, "%s is not set: set it to a postgres:// URL to run the suite against PostgreSQL", PostgresEnv)
	}
	db, err := sql.Open("postgres", addr)
	if err == nil {
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		err = db.PingContext(ctx)
		cancel()
		db.Close()
	}
	if err != nil {
		sharedtest.Missing(t, "PostgreSQL at %s=%s does not answer: %v", PostgresEnv, redacted(addr), err)
	}
	return addr
}

func redacted(addr string) string {
	if u, err := url.Parse(addr); err == nil {
		return u.Redacted()
	}
	return "(unparsable URL)"
}

// postgresSchema creates an empty schema for one test on the test server
// and returns an address whose search_path selects it; the schema is
// dropped when the test ends.
func postgresSchema(t testing.TB) string {
	t.Helper()
	addr := postgresURL(t)
	b := make([]byte, 6)
	rand.Read(b)
	name := "kgtest_" + hex.EncodeToString(b)
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// t.Context is done by now.
		if _, err := db.Exec(`DROP SCHEMA ` + name + ` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
		db.Close()
	})
	if _, err := db.ExecContext(t.Context(), `CREATE SCHEMA `+name); err != nil {
		t.Fatalf("create schema %s: %v", name, err)
	}
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatalf("%s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", name) // lib/pq passes unknown keys as run-time parameters
	u.RawQuery = q.Encode()
	return u.String()
}

func TestPostgresUnavailable(t *testing.T) {
	// A listener that accepts connections and never answers, like a server
	// that hangs.
	hung, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer hung.Close()
	// A port with nothing listening, like a server that is down.
	down, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	downAddr := down.Addr().String()
	down.Close()

	cases := []struct {
		name    string
		why     string
		address func(t *testing.T) string
		want    string
	}{
		{"down", "a server that is not running is reported at once", func(*testing.T) string {
			return "postgres://kg:secret@" + downAddr + "/kg?sslmode=disable"
		}, "connection refused"},
		{"hung", "a server that never answers is given up after ConnectTimeout", func(*testing.T) string {
			return "postgres://kg:secret@" + hung.Addr().String() + "/kg?sslmode=disable"
		}, "timeout"},
		{"password", "a wrong password is reported with the server's reason", func(t *testing.T) string {
			u, err := url.Parse(postgresURL(t))
			if err != nil {
				t.Fatal(err)
			}
			u.User = url.UserPassword(u.User.Username(), "secret")
			return u.String()
		}, "password authentication failed"},
		{"database", "a database that does not exist is named", func(t *testing.T) string {
			u, err := url.Parse(postgresURL(t))
			if err != nil {
				t.Fatal(err)
			}
			u.Path = "/kg_no_such_database"
			return u.String()
		}, `database "kg_no_such_database" does not exist`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			addr := c.address(t)
			start := time.Now()
			_, err := graph.Open(t.Context(), "postgres", addr, graph.Options{ConnectTimeout: time.Second})
			took := time.Since(start)
			if !errors.Is(err, graph.ErrUnavailable) {
				t.Fatalf("Open(%s) = %v, want ErrUnavailable", redacted(addr), err)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("Open error %q does not say %q", err, c.want)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("Open error %q shows the password", err)
			}
			if took > 5*time.Second {
				t.Errorf("Open took %v, want an error within seconds", took)
			}
		})
	}
}

// TestCollapsedTriples checks what provenance survives on a backend that
// keeps one copy of a triple stated under two labels, as CockroachDB,
// MySQL and SQLite do in Cayley. PostgreSQL behaves that way once its
// (subject, predicate, object, label) uniqueness is replaced by
// (subject, predicate, object), which is the index Cayley gives those
// backends.
func TestCollapsedTriples(t *testing.T) {
	addr := postgresSchema(t)
	s := openStore(t, "postgres", addr)
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, stmt := range []string{
		`DROP INDEX spo_unique`,
		`DROP INDEX spol_unique`,
		`CREATE UNIQUE INDEX spo_unique ON quads (subject_hash, predicate_hash, object_hash)`,
	} {
		if _, err := db.ExecContext(t.Context(), stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	a, b := sampleDoc("a.txt", "text one"), sampleDoc("b.txt", "text two")
	if _, err := s.Load(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	// Fact nodes are per document, so both provenances are kept: each
	// fact leads to its own sentence and document.
	const factDocs = `g.V("<kg:r/oversee>").in("<kg:predicate>").out("<kg:sentence>").out("<kg:document>").all()`
	want := []string{"<kg:doc/" + a.ID + ">", "<kg:doc/" + b.ID + ">"}
	sort.Strings(want)
	if diff := cmp.Diff(want, names(t, s, factDocs)); diff != "" {
		t.Errorf("documents behind the oversee facts mismatch (-want +got):\n%s", diff)
	}
	// Removing the first document removes the one copy of the labelled
	// triples that both documents state (the direct edge, the alias),
	// although the second document still states them: that is what such
	// backends lose. An entity's name and type are unlabelled, written once
	// for all documents, and stay.
	if _, err := s.RemoveDocument(t.Context(), a.ID); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"<kg:doc/" + b.ID + ">"}, names(t, s, factDocs)); diff != "" {
		t.Errorf("after removing %s, fact provenance mismatch (-want +got):\n%s", a.ID, diff)
	}
	lost := []struct{ what, query string }{
		{"direct edge", `g.V("<kg:e/Kim_Jong_Bok>").out("<kg:r/oversee>").all()`},
		{"alias", `g.V("<kg:e/Kim_Jong_Bok>").out("<kg:alias>").all()`},
	}
	for _, l := range lost {
		if got := names(t, s, l.query); len(got) != 0 {
			t.Errorf("%s after removing the first document = %v; expected it lost on a collapsing backend (if this changed, update the README)", l.what, got)
		}
	}
	if diff := cmp.Diff([]string{"Kim Jong Bok"}, names(t, s, `g.V("<kg:e/Kim_Jong_Bok>").out("<kg:name>").all()`)); diff != "" {
		t.Errorf("entity name mismatch (-want +got):\n%s", diff)
	}
	// The fact node still names its subject and object, so the lost
	// triples can be rebuilt from the documents that remain.
	got := names(t, s, `g.V("<kg:r/oversee>").in("<kg:predicate>").out("<kg:subject>").all()`)
	if diff := cmp.Diff([]string{"<kg:e/Kim_Jong_Bok>"}, got); diff != "" {
		t.Errorf("subject of the surviving fact mismatch (-want +got):\n%s", diff)
	}
}
