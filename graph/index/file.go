package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"sort"

	"kg/graph"
)

// File is the name of the persisted index inside a bolt store's
// directory.
const File = "kg-paths.idx"

// The file is the index's arrays, little-endian, after a header naming
// the format and the store State it was built from, and before a CRC-32C
// of everything preceding it. Every count and position is checked on
// load: a file that does not check out is rebuilt, never trusted.
//
//	magic      8 bytes, the format's version in the last byte
//	state      quads int64, version uint64, check uint64
//	ids        string list (sorted)
//	rels       string list
//	off        uint32 n, n × int32
//	adj        uint32 n, n × (to int32, edge int32, rel uint8, forward uint8)
//	factOff    uint32 n, n × int32
//	facts      string list
//	crc        uint32
//
// A string list is a uint32 count, the count's lengths as uvarints, then
// the strings' bytes end to end (loaded as one string that the list's
// strings are slices of: one allocation, not one per string).
var indexMagic = [8]byte{'k', 'g', 'p', 'a', 't', 'h', 's', 1}

var errIndexFile = errors.New("not a valid index file")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// save writes the index to path, through a temporary file renamed into
// place so that a reader never sees half a file.
func (x *Index) save(path string) error {
	b := append([]byte(nil), indexMagic[:]...)
	le := binary.LittleEndian
	b = le.AppendUint64(b, uint64(x.state.Quads))
	b = le.AppendUint64(b, x.state.Version)
	b = le.AppendUint64(b, x.state.Check)
	b = appendStrings(b, x.ids)
	b = appendStrings(b, x.rels)
	b = appendInt32s(b, x.off)
	b = le.AppendUint32(b, uint32(len(x.adj)))
	for _, e := range x.adj {
		b = le.AppendUint32(b, uint32(e.to))
		b = le.AppendUint32(b, uint32(e.edge))
		fwd := byte(0)
		if e.forward {
			fwd = 1
		}
		b = append(b, e.rel, fwd)
	}
	b = appendInt32s(b, x.factOff)
	b = appendStrings(b, x.facts)
	b = le.AppendUint32(b, crc32.Checksum(b, castagnoli))

	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("save index: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("save index: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save index: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil { // as the store's own files
		return fmt.Errorf("save index: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save index: %w", err)
	}
	return nil
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(ss)))
	for _, s := range ss {
		b = binary.AppendUvarint(b, uint64(len(s)))
	}
	for _, s := range ss {
		b = append(b, s...)
	}
	return b
}

func appendInt32s(b []byte, v []int32) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(v)))
	for _, n := range v {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	return b
}

// load reads the index persisted at path if it was built from the
// store in the given state; any other file is an error.
func load(path string, state graph.State) (*Index, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < len(indexMagic)+24+4 || [8]byte(b[:8]) != indexMagic {
		return nil, fmt.Errorf("%s: %w (unknown format)", path, errIndexFile)
	}
	d := &decoder{b: b[len(indexMagic) : len(b)-4]}
	x := &Index{}
	x.state = graph.State{Quads: int64(d.u64()), Version: d.u64(), Check: d.u64(), Durable: true}
	if x.state != state {
		return nil, fmt.Errorf("%s: made from another state of the store", path)
	}
	if crc32.Checksum(b[:len(b)-4], castagnoli) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return nil, fmt.Errorf("%s: %w (checksum)", path, errIndexFile)
	}
	x.ids = d.strings()
	x.rels = d.strings()
	x.off = d.int32s()
	if n := d.u32(); d.need(int(n) * 10) {
		x.adj = make([]halfEdge, n)
		for i := range x.adj {
			x.adj[i] = halfEdge{to: int32(d.u32()), edge: int32(d.u32()), rel: d.byte(), forward: d.byte() == 1}
		}
	}
	x.factOff = d.int32s()
	x.facts = d.strings()
	if d.err == nil && len(d.b) != 0 {
		d.err = errIndexFile
	}
	if d.err != nil || !x.consistent() {
		return nil, fmt.Errorf("%s: %w (layout)", path, errIndexFile)
	}
	return x, nil
}

// consistent checks that every position points inside its array, so that
// a file that passed its checksum but was written wrongly cannot make a
// query index out of range.
func (x *Index) consistent() bool {
	if len(x.off) != len(x.ids)+1 || x.off[0] != 0 || int(x.off[len(x.ids)]) != len(x.adj) ||
		len(x.factOff) == 0 || x.factOff[0] != 0 || int(x.factOff[len(x.factOff)-1]) != len(x.facts) ||
		len(x.rels) > 256 || !sort.StringsAreSorted(x.ids) {
		return false
	}
	for i := 1; i < len(x.off); i++ {
		if x.off[i] < x.off[i-1] {
			return false
		}
	}
	for i := 1; i < len(x.factOff); i++ {
		if x.factOff[i] < x.factOff[i-1] {
			return false
		}
	}
	edges := int32(len(x.factOff) - 1)
	for _, e := range x.adj {
		if e.to < 0 || int(e.to) >= len(x.ids) || e.edge < 0 || e.edge >= edges || int(e.rel) >= len(x.rels) {
			return false
		}
	}
	return true
}

// decoder reads the file's fields, remembering the first short read.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) need(n int) bool {
	if d.err == nil && (n < 0 || len(d.b) < n) {
		d.err = errIndexFile
	}
	return d.err == nil
}

func (d *decoder) byte() byte {
	if !d.need(1) {
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

func (d *decoder) u32() uint32 {
	if !d.need(4) {
		return 0
	}
	v := binary.LittleEndian.Uint32(d.b)
	d.b = d.b[4:]
	return v
}

func (d *decoder) u64() uint64 {
	if !d.need(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

func (d *decoder) int32s() []int32 {
	n := int(d.u32())
	if !d.need(4 * n) {
		return nil
	}
	v := make([]int32, n)
	for i := range v {
		v[i] = int32(d.u32())
	}
	return v
}

func (d *decoder) strings() []string {
	n := int(d.u32())
	// Each string takes at least one byte of length: a count larger than
	// what is left is damage, not a reason to allocate.
	if !d.need(n) {
		return nil
	}
	lens := make([]int, n)
	total := 0
	for i := range lens {
		l, k := binary.Uvarint(d.b)
		if k <= 0 || l > uint64(len(d.b)) {
			d.err = errIndexFile
			return nil
		}
		d.b = d.b[k:]
		lens[i] = int(l)
		total += int(l)
	}
	if !d.need(total) {
		return nil
	}
	blob := string(d.b[:total])
	d.b = d.b[total:]
	out := make([]string, n)
	at := 0
	for i, l := range lens {
		out[i] = blob[at : at+l]
		at += l
	}
	return out
}
