package kv

import (
	"context"
	"errors"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// ErrClosed is returned by a read or write that starts after [DB.Close]
// has begun.
var ErrClosed = errors.New("store is closed")

// gatedKV is the key-value store under a bolt or leveldb quad store. It
// counts the open transactions, and its Close refuses new ones and waits
// for the open ones to end before closing the database. Bolt unmaps its
// file on Close, so a reader still in a transaction, such as a Gizmo
// query that its caller stopped waiting for, would otherwise read unmapped
// memory and crash the process.
type gatedKV struct {
	hkv.KV
	mu     sync.Mutex
	idle   *sync.Cond // signalled when open drops to 0
	open   int        // transactions begun and not yet ended
	closed bool
}

// gate wraps kv.
func gate(kv hkv.KV) *gatedKV {
	g := &gatedKV{KV: kv}
	g.idle = sync.NewCond(&g.mu)
	return g
}

// Tx begins a transaction, or fails with [ErrClosed] once Close has begun.
func (g *gatedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return nil, ErrClosed
	}
	g.open++
	g.mu.Unlock()
	tx, err := g.KV.Tx(ctx, rw)
	if err != nil {
		g.release()
		return nil, err
	}
	return &gatedTx{Tx: tx, kv: g}, nil
}

func (g *gatedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, g, fn)
}

func (g *gatedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, g, fn)
}

func (g *gatedKV) release() {
	g.mu.Lock()
	g.open--
	if g.open == 0 {
		g.idle.Broadcast()
	}
	g.mu.Unlock()
}

// Close refuses new transactions, waits for the open ones to end, and
// closes the database. A second Close returns nil.
func (g *gatedKV) Close() error {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return nil
	}
	g.closed = true
	for g.open > 0 {
		g.idle.Wait()
	}
	g.mu.Unlock()
	return g.KV.Close()
}

// gatedTx is a transaction of a gatedKV; it tells the gate once when it
// ends, by Commit or Close.
type gatedTx struct {
	hkv.Tx
	kv   *gatedKV
	once sync.Once
}

func (tx *gatedTx) Commit(ctx context.Context) error {
	err := tx.Tx.Commit(ctx)
	tx.once.Do(tx.kv.release)
	return err
}

func (tx *gatedTx) Close() error {
	err := tx.Tx.Close()
	tx.once.Do(tx.kv.release)
	return err
}
