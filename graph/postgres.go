package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/lib/pq"
)

// batchedPostgres is the Cayley backend name under which graph registers
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
		if opts.IgnoreDup {
			q.WriteString(" ON CONFLICT DO NOTHING")
		}
		if _, err := tx.Exec(q.String(), args...); err != nil {
			var pe *pq.Error
			if errors.As(err, &pe) && pe.Code == "23505" {
				return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
			}
			return fmt.Errorf("insert %d quads: %w", len(chunk), err)
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
