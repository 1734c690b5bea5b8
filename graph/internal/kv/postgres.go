package kv

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// batchedPostgres is the Cayley backend name under which kv registers
// PostgreSQL with a writer that inserts many rows per statement. Cayley's
// own postgres writer sends one INSERT per node and per quad, a network
// round trip each. The tables and indexes are Cayley's, so a store written
// by either writer can be read by the other (and by the cayley tool).
const batchedPostgres = "kg-postgres"

// Rows per INSERT statement; PostgreSQL allows 65535 parameters, and a
// node row has at most 4.
const (
	nodeRowsPerInsert = 4000
	quadRowsPerInsert = 4000
)

// RegisterPostgres registers, once, PostgreSQL with kg's batched writer as
// a Cayley backend, and returns the backend's name, to give
// cayley/graph.NewQuadStore.
func RegisterPostgres() string {
	registerPostgres()
	return batchedPostgres
}

// registerPostgres registers [batchedPostgres] with Cayley once. It is
// package state only because Cayley's backend registry is.
var registerPostgres = sync.OnceFunc(func() {
	csql.Register(batchedPostgres, csql.Registration{
		Driver:             "postgres",
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: runTxBatched,
	})
})

// runTxBatched adds nodes (or their reference counts) and quads in tx with
// multi-row INSERT statements. Removals are done by Cayley's generic code.
//
// With opts.IgnoreDup, quads already stored are skipped (ON CONFLICT DO
// NOTHING), and a node counts a quad only if it was inserted: Cayley's SQL
// writer counts every quad it is given, so a node named by a quad that two
// documents write (an entity's name, say) would outlive its last quad.
func runTxBatched(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	type row struct {
		refInc int
		values []any
	}
	byType := make(map[csql.ValueType][]row)
	for _, n := range nodes {
		if n.RefInc < 0 {
			return errors.New("postgres writer: unexpected node removal")
		}
		typ, values, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		byType[typ] = append(byType[typ], row{n.RefInc, values})
	}
	for typ, rows := range byType {
		cols := typ.Columns()
		for len(rows) > 0 {
			chunk := rows[:min(len(rows), nodeRowsPerInsert)]
			rows = rows[len(chunk):]
			var q strings.Builder
			q.WriteString("INSERT INTO nodes (refs, hash, " + strings.Join(cols, ", ") + ") VALUES ")
			args := make([]any, 0, len(chunk)*(2+len(cols)))
			for i, r := range chunk {
				if i > 0 {
					q.WriteString(", ")
				}
				args = append(args, r.refInc)
				args = append(args, r.values...)
				placeholders(&q, len(args)-len(r.values)-1, len(r.values)+1, "")
			}
			q.WriteString(" ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs")
			if _, err := tx.Exec(q.String(), args...); err != nil {
				return fmt.Errorf("insert %d nodes: %w", len(chunk), err)
			}
		}
	}
	// Quads already stored are skipped (ON CONFLICT DO NOTHING), but the
	// counts above include them: take back one reference per skipped quad
	// and direction, or a node would outlive its last quad.
	var skipped map[refs.ValueHash]int
	for len(quads) > 0 {
		chunk := quads[:min(len(quads), quadRowsPerInsert)]
		quads = quads[len(chunk):]
		var q strings.Builder
		q.WriteString("INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ")
		args := make([]any, 0, 4*len(chunk))
		for i, d := range chunk {
			if d.Del {
				return errors.New("postgres writer: unexpected quad removal")
			}
			if i > 0 {
				q.WriteString(", ")
			}
			for _, h := range d.Quad.Dirs() {
				args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
			}
			placeholders(&q, len(args)-4, 4, ", now()")
		}
		if !opts.IgnoreDup {
			if _, err := tx.Exec(q.String(), args...); err != nil {
				var pe *pq.Error
				if errors.As(err, &pe) && pe.Code == "23505" {
					return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
				}
				return fmt.Errorf("insert %d quads: %w", len(chunk), err)
			}
			continue
		}
		q.WriteString(" ON CONFLICT DO NOTHING RETURNING subject_hash, predicate_hash, object_hash, label_hash")
		inserted, err := insertedQuads(tx, q.String(), args, len(chunk))
		if err != nil {
			return fmt.Errorf("insert %d quads: %w", len(chunk), err)
		}
		if len(inserted) == len(chunk) {
			continue
		}
		if skipped == nil {
			skipped = make(map[refs.ValueHash]int)
		}
		for _, d := range chunk {
			if inserted[d.Quad] {
				continue
			}
			for _, h := range d.Quad.Dirs() {
				if h.Valid() {
					skipped[h]++
				}
			}
		}
	}
	return uncount(tx, skipped)
}

// insertedQuads runs the INSERT ... RETURNING statement query and returns
// the quads it inserted.
func insertedQuads(tx *sql.Tx, query string, args []any, n int) (map[refs.QuadHash]bool, error) {
	rows, err := tx.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	inserted := make(map[refs.QuadHash]bool, n)
	for rows.Next() {
		var dirs [4]sql.RawBytes
		if err := rows.Scan(&dirs[0], &dirs[1], &dirs[2], &dirs[3]); err != nil {
			return nil, err
		}
		var qh refs.QuadHash
		for i, b := range dirs {
			if b == nil {
				continue
			}
			var h refs.ValueHash
			if len(b) != len(h) {
				return nil, fmt.Errorf("hash of %d bytes, want %d", len(b), len(h))
			}
			copy(h[:], b)
			qh.Set(quad.Directions[i], h)
		}
		inserted[qh] = true
	}
	return inserted, rows.Err()
}

// uncount takes n references away from each node hash of skipped, with
// one UPDATE per chunk of nodes. This alone brings no node to zero: each
// is still named by the stored quad that was skipped.
func uncount(tx *sql.Tx, skipped map[refs.ValueHash]int) error {
	type row struct {
		hash refs.ValueHash
		n    int
	}
	rows := make([]row, 0, len(skipped))
	for h, n := range skipped {
		rows = append(rows, row{h, n})
	}
	for len(rows) > 0 {
		chunk := rows[:min(len(rows), nodeRowsPerInsert)]
		rows = rows[len(chunk):]
		var q strings.Builder
		q.WriteString("UPDATE nodes SET refs = nodes.refs - v.n FROM (VALUES ")
		args := make([]any, 0, 2*len(chunk))
		for i, r := range chunk {
			if i > 0 {
				q.WriteString(", ")
			}
			args = append(args, csql.NodeHash{ValueHash: r.hash}.SQLValue(), r.n)
			fmt.Fprintf(&q, "($%d::bytea, $%d::int)", len(args)-1, len(args))
		}
		q.WriteString(") AS v(hash, n) WHERE nodes.hash = v.hash")
		if _, err := tx.Exec(q.String(), args...); err != nil {
			return fmt.Errorf("correct the counts of %d nodes: %w", len(chunk), err)
		}
	}
	return nil
}

// placeholders writes "($first+1, ..., $first+n<extra>)".
func placeholders(b *strings.Builder, first, n int, extra string) {
	b.WriteByte('(')
	for j := range n {
		if j > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(first + j + 1))
	}
	b.WriteString(extra)
	b.WriteByte(')')
}
