package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
)

// ErrNoCatalog is data with no PDF document in it, such as a text
// quoting a PDF's header; it wraps ErrBad.
var ErrNoCatalog = fmt.Errorf("%w: no document catalogue", ErrBad)

// An xrefEntry says where an object is: at offset in the file, or, when
// stm is above zero, the index-th object of object stream stm.
type xrefEntry struct {
	offset int
	stm    int
	index  int
}

// A pdfFile is a parsed PDF's cross-reference: it finds objects by number
// and caches each once read, so that reading a document parses each object
// once. Not safe for concurrent use.
type pdfFile struct {
	data    []byte
	xref    map[int]xrefEntry
	trailer pdfDict
	cache   map[int]any
	busy    map[int]bool // objects being read: a reference back to one is null
	stms    map[int][]int
	crypt   *decrypter // nil for a file in clear
	left    int        // bytes that streams may still decode to (see maxDecoded)
	bomb    error      // a stream over the limits on decompression
	work    int        // steps taken (see spend)
}

// open reads the cross-reference of data: the table or stream that
// startxref points to and those its /Prev entries point to, newest first;
// when that fails, or finds no catalogue, it scans the file for "N G obj".
func open(data []byte) (*pdfFile, error) {
	f := &pdfFile{data: data, xref: make(map[int]xrefEntry), cache: make(map[int]any),
		busy: make(map[int]bool), stms: make(map[int][]int), left: maxDecoded}
	if err := f.readXrefChain(); err != nil || f.catalog() == nil {
		f.xref = make(map[int]xrefEntry)
		f.cache = make(map[int]any)
		f.scan()
	}
	if f.catalog() == nil {
		return nil, ErrNoCatalog
	}
	return f, nil
}

// catalog returns the document catalogue, or nil.
func (f *pdfFile) catalog() pdfDict {
	d, _ := f.get(f.trailer["Root"]).(pdfDict)
	return d
}

var startxrefRE = regexp.MustCompile(`startxref\s+(\d+)`)

func (f *pdfFile) readXrefChain() error {
	tail := f.data[max(0, len(f.data)-4096):]
	ms := startxrefRE.FindAllSubmatch(tail, -1)
	if ms == nil {
		return errors.New("no startxref")
	}
	off, _ := strconv.Atoi(string(ms[len(ms)-1][1]))
	seen := make(map[int]bool)
	for n := 0; off > 0 && off < len(f.data) && !seen[off] && n < 1000; n++ {
		seen[off] = true
		trailer, err := f.readXref(off)
		if err != nil {
			return err
		}
		if f.trailer == nil {
			f.trailer = trailer
		}
		if stm := pdfInt(trailer["XRefStm"], 0); stm > 0 && !seen[stm] {
			seen[stm] = true
			if _, err := f.readXref(stm); err != nil {
				return err
			}
		}
		off = pdfInt(trailer["Prev"], 0)
	}
	if f.trailer == nil {
		return errors.New("no trailer")
	}
	return nil
}

// add records an entry unless a newer section gave the object already.
func (f *pdfFile) add(num int, e xrefEntry) {
	if _, ok := f.xref[num]; !ok && num > 0 {
		f.xref[num] = e
	}
}

// readXref reads a cross-reference table or stream at off and returns its
// trailer.
func (f *pdfFile) readXref(off int) (pdfDict, error) {
	l := &pdfLexer{data: f.data, pos: off, refs: true}
	l.skipSpace()
	if !bytes.HasPrefix(f.data[l.pos:], []byte("xref")) {
		return f.readXrefStream(off)
	}
	l.pos += 4
	for {
		v, ok := l.object(0)
		if !ok {
			return nil, errors.New("no trailer")
		}
		if v == pdfOp("trailer") {
			t, _ := l.object(0)
			d, ok := t.(pdfDict)
			if !ok {
				return nil, errors.New("bad trailer")
			}
			return d, nil
		}
		first, isNum := v.(float64)
		c, _ := l.object(0)
		count, isNum2 := c.(float64)
		if !isNum || !isNum2 || first < 0 || first >= 1<<31 || count < 0 || count > float64(len(f.data)) {
			return nil, errors.New("bad xref subsection")
		}
		for i := range int(count) {
			o, _ := l.object(0)
			g, _ := l.object(0)
			t, _ := l.object(0)
			if _, ok := g.(float64); !ok {
				return nil, errors.New("bad xref entry")
			}
			if t == pdfOp("n") {
				f.add(int(first)+i, xrefEntry{offset: pdfInt(o, 0)})
			} else if t == pdfOp("f") {
				f.add(int(first)+i, xrefEntry{offset: -1})
			} else {
				return nil, errors.New("bad xref entry")
			}
		}
	}
}

// readXrefStream reads a cross-reference stream (PDF 1.5) at off.
func (f *pdfFile) readXrefStream(off int) (pdfDict, error) {
	_, v, err := f.objectAt(off)
	if err != nil {
		return nil, err
	}
	s, ok := v.(*pdfStream)
	if !ok || s.dict["Type"] != pdfName("XRef") {
		return nil, errors.New("no xref at startxref")
	}
	data, err := f.decode(s)
	if err != nil {
		return nil, err
	}
	w, _ := s.dict["W"].(pdfArray)
	if len(w) < 3 {
		return nil, errors.New("bad /W")
	}
	var ws [3]int
	for i := range ws {
		ws[i] = pdfInt(w[i], -1)
		if ws[i] < 0 || ws[i] > 8 {
			return nil, errors.New("bad /W")
		}
	}
	size := ws[0] + ws[1] + ws[2]
	if size == 0 {
		return nil, errors.New("bad /W")
	}
	index, _ := s.dict["Index"].(pdfArray)
	if index == nil {
		index = pdfArray{0.0, s.dict["Size"]}
	}
	field := func(b []byte, def int) int {
		if len(b) == 0 {
			return def
		}
		n := 0
		for _, c := range b {
			n = n<<8 | int(c)
		}
		return n & (1<<40 - 1)
	}
	pos := 0
	for k := 0; k+1 < len(index); k += 2 {
		first, count := pdfInt(index[k], -1), pdfInt(index[k+1], -1)
		if first < 0 || count < 0 {
			return nil, errors.New("bad /Index")
		}
		for i := 0; i < count && pos+size <= len(data); i++ {
			row := data[pos : pos+size]
			pos += size
			typ := field(row[:ws[0]], 1)
			a, b := field(row[ws[0]:ws[0]+ws[1]], 0), field(row[ws[0]+ws[1]:], 0)
			switch typ {
			case 0:
				f.add(first+i, xrefEntry{offset: -1})
			case 1:
				f.add(first+i, xrefEntry{offset: a})
			case 2:
				f.add(first+i, xrefEntry{stm: a, index: b})
			}
		}
	}
	return s.dict, nil
}

var objRE = regexp.MustCompile(`(\d{1,10})\s+(\d{1,5})\s+obj\b`)

// scan rebuilds the cross-reference of a damaged file: every "N G obj"
// found, the last of a number winning, and the objects in object streams
// that none gives; the trailer is the last that names a catalogue, else
// one made for the first catalogue found.
func (f *pdfFile) scan() {
	for _, m := range objRE.FindAllSubmatchIndex(f.data, -1) {
		num, _ := strconv.Atoi(string(f.data[m[2]:m[3]]))
		if m[0] > 0 && !isPDFDelim(f.data[m[0]-1]) {
			continue
		}
		f.xref[num] = xrefEntry{offset: m[0]}
	}
	direct := len(f.xref)
	nums := make([]int, 0, direct)
	for num := range f.xref {
		nums = append(nums, num)
	}
	for _, num := range sortedInts(nums) {
		s, ok := f.get(pdfRef{num, 0}).(*pdfStream)
		if !ok || s.dict["Type"] != pdfName("ObjStm") {
			continue
		}
		for i, n := range f.objStm(num) {
			if _, ok := f.xref[n]; !ok {
				f.xref[n] = xrefEntry{stm: num, index: i}
			}
		}
	}
	f.trailer = nil
	for i := bytes.Index(f.data, []byte("trailer")); i >= 0; {
		l := &pdfLexer{data: f.data, pos: i + len("trailer"), refs: true}
		if d, ok := mustObject(l).(pdfDict); ok {
			f.trailer = d
			if f.catalog() != nil {
				break
			}
		}
		j := bytes.Index(f.data[i+1:], []byte("trailer"))
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if f.trailer == nil || f.catalog() == nil {
		for _, num := range sortedInts(nums) {
			if d, ok := f.get(pdfRef{num, 0}).(pdfDict); ok && d["Type"] == pdfName("Catalog") {
				f.trailer = pdfDict{"Root": pdfRef{num, 0}}
				break
			}
		}
	}
	if f.trailer == nil {
		f.trailer = pdfDict{}
	}
}

// mustObject reads one object, nil at the end.
func mustObject(l *pdfLexer) any {
	v, _ := l.object(0)
	return v
}

// get returns v with references followed: the object a reference names
// (nil for one missing, damaged, or being read already), else v itself.
func (f *pdfFile) get(v any) any {
	for range maxDepth {
		r, ok := v.(pdfRef)
		if !ok {
			return v
		}
		v = f.load(r.num)
	}
	return nil
}

// load reads object num once.
func (f *pdfFile) load(num int) any {
	if v, ok := f.cache[num]; ok {
		return v
	}
	if f.busy[num] || len(f.busy) >= maxDepth {
		return nil // a cycle, or a chain of /Length references too long
	}
	f.busy[num] = true
	defer delete(f.busy, num)
	var v any
	if e, ok := f.xref[num]; ok {
		switch {
		case e.stm > 0:
			v = f.fromStream(e.stm, e.index, num)
		case e.offset >= 0 && e.offset < len(f.data):
			r, obj, err := f.objectAt(e.offset)
			if err == nil && r.num == num {
				v = obj
				if f.crypt != nil {
					v = f.crypt.object(r.num, r.gen, obj)
				}
			}
		}
	}
	f.cache[num] = v
	return v
}

// objectAt reads "N G obj ... endobj" at off, and the stream after the
// dictionary when there is one, and returns the object's number and
// generation with it.
func (f *pdfFile) objectAt(off int) (pdfRef, any, error) {
	if !f.spend(0) {
		return pdfRef{}, nil, errors.New("too damaged to read in time")
	}
	l := &pdfLexer{data: f.data, pos: off, refs: true}
	defer func() { f.spend(l.pos - off) }()
	n, _ := l.object(0)
	g, _ := l.object(0)
	kw, _ := l.object(0)
	if _, ok := n.(float64); !ok || kw != pdfOp("obj") {
		return pdfRef{}, nil, fmt.Errorf("no object at offset %d", off)
	}
	ref := pdfRef{pdfInt(n, 0), pdfInt(g, 0)}
	v, _ := l.object(0)
	d, isDict := v.(pdfDict)
	if !isDict {
		return ref, v, nil
	}
	save := l.pos
	kw, _ = l.object(0)
	if kw != pdfOp("stream") {
		l.pos = save
		return ref, d, nil
	}
	if l.pos < len(f.data) && f.data[l.pos] == '\r' {
		l.pos++
	}
	if l.pos < len(f.data) && f.data[l.pos] == '\n' {
		l.pos++
	}
	start := l.pos
	end := -1
	// /Length may be a reference to an object after this one; a wrong
	// length is common, so "endstream" must follow it, else it is sought.
	if length, ok := f.get(d["Length"]).(float64); ok && length >= 0 && length <= float64(len(f.data)-start) {
		e := start + int(length)
		rest := bytes.TrimLeft(f.data[e:min(e+32, len(f.data))], " \r\n\t\f\x00")
		if bytes.HasPrefix(rest, []byte("endstream")) {
			end = e
		}
	}
	if end < 0 {
		i := bytes.Index(f.data[start:], []byte("endstream"))
		if i < 0 {
			end = len(f.data)
		} else {
			end = start + i
			if end > start && f.data[end-1] == '\n' {
				end--
				if end > start && f.data[end-1] == '\r' {
					end--
				}
			}
		}
	}
	return ref, &pdfStream{dict: d, raw: f.data[start:end], num: ref.num}, nil
}

// objStm returns the object numbers an object stream holds, in order.
func (f *pdfFile) objStm(num int) []int {
	if nums, ok := f.stms[num]; ok {
		return nums
	}
	f.stms[num] = nil
	s, ok := f.get(pdfRef{num, 0}).(*pdfStream)
	if !ok {
		return nil
	}
	data, err := f.decode(s)
	if err != nil {
		return nil
	}
	n := pdfInt(s.dict["N"], 0)
	l := &pdfLexer{data: data}
	var nums []int
	for i := 0; i < n && l.pos < len(data); i++ {
		a, _ := l.object(0)
		b, _ := l.object(0)
		nums = append(nums, pdfInt(a, -1), pdfInt(b, -1))
	}
	f.stms[num] = nums
	f.cache[-num] = data // the decoded stream, under a key no object has
	return nums
}

// fromStream reads the index-th object of object stream stm, which must be
// object num.
func (f *pdfFile) fromStream(stm, index, num int) any {
	nums := f.objStm(stm)
	if 2*index+1 >= len(nums) || nums[2*index] != num {
		return nil
	}
	s, _ := f.get(pdfRef{stm, 0}).(*pdfStream)
	data, _ := f.cache[-stm].([]byte)
	if s == nil || data == nil {
		return nil
	}
	off := pdfInt(s.dict["First"], 0) + nums[2*index+1]
	if off < 0 || off >= len(data) {
		return nil
	}
	if !f.spend(0) {
		return nil
	}
	l := &pdfLexer{data: data, pos: off, refs: true}
	v := mustObject(l)
	f.spend(l.pos - off)
	return v
}

// decode returns the decoded data of a stream.
func (f *pdfFile) decode(s *pdfStream) ([]byte, error) {
	data, err := decodeStream(s, f.get(s.dict["Filter"]), f.get(s.dict["DecodeParms"]), &f.left)
	if errors.Is(err, errBomb) && f.bomb == nil {
		f.bomb = err
	}
	return data, err
}

// dict returns d[key] as a dictionary, references followed.
func (f *pdfFile) dict(d pdfDict, key pdfName) pdfDict {
	v, _ := f.get(d[key]).(pdfDict)
	if v == nil {
		if s, ok := f.get(d[key]).(*pdfStream); ok {
			return s.dict
		}
	}
	return v
}

// sortedInts sorts a slice in place and returns it.
func sortedInts(s []int) []int {
	slices.Sort(s)
	return s
}

// spend takes n steps of work from the document's budget and reports
// whether any was left: parsing objects, CMaps and fonts stops when it
// runs out, so that a damaged file (objects that never end, each read to
// the end of the file) takes time linear in its size. Reading a file reads
// each object once, about one step a byte; content streams, which the
// limits on decompression bound, are not counted.
func (f *pdfFile) spend(n int) bool {
	f.work += n
	return f.work <= maxSteps(len(f.data))
}

// maxSteps is the budget of steps for a file of n bytes.
func maxSteps(n int) int { return 16*n + 1<<20 }
