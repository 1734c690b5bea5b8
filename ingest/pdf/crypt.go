package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
)

// Encrypted PDFs (ISO 32000-2, 7.6). Most encrypted PDFs in the wild
// restrict printing or copying but open without a password: their user
// password is empty. kg reads those, with the standard security handler's
// RC4 and AES (revisions 2 to 6); a file that needs a password is refused,
// since kg asks for none.

// errPassword is an encrypted file that the empty password does not open.
var errPassword = errors.New("it needs a password")

// A cipherKind is how strings and streams are encrypted.
type cipherKind int

const (
	cipherNone cipherKind = iota // the Identity crypt filter
	cipherRC4
	cipherAES128
	cipherAES256
)

// A decrypter decrypts the strings and streams of a file.
type decrypter struct {
	key       []byte // the file key
	str, stm  cipherKind
	encObj    int  // the number of the encryption dictionary's object, whose strings are in clear
	plainMeta bool // /EncryptMetadata false: metadata streams are in clear
}

// passwordPad pads passwords of revisions 2 to 4 (algorithm 2, step a).
var passwordPad = []byte("\x28\xbf\x4e\x5e\x4e\x75\x8a\x41\x64\x00\x4e\x56\xff\xfa\x01\x08" +
	"\x2e\x2e\x00\xb6\xd0\x68\x3e\x80\x2f\x0c\xa9\xfe\x64\x53\x69\x7a")

// newDecrypter returns the decrypter of a file whose trailer has an
// /Encrypt entry, opening it with the empty user password.
func (f *pdfFile) newDecrypter() (*decrypter, error) {
	enc, ok := f.get(f.trailer["Encrypt"]).(pdfDict)
	if !ok {
		return nil, errors.New("its encryption dictionary is unreadable")
	}
	if filter, _ := f.get(enc["Filter"]).(pdfName); filter != "Standard" {
		return nil, fmt.Errorf("it uses the security handler /%s, which needs software or a certificate kg does not have", filter)
	}
	d := &decrypter{str: cipherRC4, stm: cipherRC4, plainMeta: enc["EncryptMetadata"] == false}
	if r, ok := f.trailer["Encrypt"].(pdfRef); ok {
		d.encObj = r.num
	}
	v, rev := pdfInt(f.get(enc["V"]), 0), pdfInt(f.get(enc["R"]), 0)
	o, _ := f.get(enc["O"]).(pdfString)
	u, _ := f.get(enc["U"]).(pdfString)
	switch {
	case v >= 4:
		cfs, _ := f.get(enc["CF"]).(pdfDict)
		kind := func(name any) (cipherKind, error) {
			n, _ := f.get(name).(pdfName)
			if n == "" || n == "Identity" {
				return cipherNone, nil
			}
			cf, _ := f.get(cfs[n]).(pdfDict)
			switch m, _ := f.get(cf["CFM"]).(pdfName); m {
			case "V2":
				return cipherRC4, nil
			case "AESV2":
				return cipherAES128, nil
			case "AESV3":
				return cipherAES256, nil
			case "None":
				return cipherNone, nil
			default:
				return 0, fmt.Errorf("its crypt filter /%s uses the method /%s, which kg does not know", n, m)
			}
		}
		var err error
		if d.str, err = kind(enc["StrF"]); err != nil {
			return nil, err
		}
		if d.stm, err = kind(enc["StmF"]); err != nil {
			return nil, err
		}
	case v == 1 || v == 2:
	default:
		return nil, fmt.Errorf("it uses encryption version %d, which kg does not know", v)
	}
	switch {
	case rev >= 2 && rev <= 4:
		id := ""
		if ids, ok := f.get(f.trailer["ID"]).(pdfArray); ok && len(ids) > 0 {
			s, _ := f.get(ids[0]).(pdfString)
			id = string(s)
		}
		n := 5
		if rev >= 3 {
			bits := pdfInt(f.get(enc["Length"]), 128)
			if bits%8 != 0 || bits < 40 || bits > 128 {
				return nil, fmt.Errorf("its key length of %d bits is invalid", bits)
			}
			n = bits / 8
		}
		d.key = fileKey(rev, n, []byte(o), uint32(pdfInt(f.get(enc["P"]), 0)), id, d.plainMeta)
		if !userOK(rev, d.key, []byte(u), id) {
			return nil, errPassword
		}
	case rev == 5 || rev == 6:
		ue, _ := f.get(enc["UE"]).(pdfString)
		if len(u) < 48 || len(ue) < 32 {
			return nil, errors.New("its encryption dictionary is damaged (/U or /UE too short)")
		}
		if !bytes.Equal(hash2B(rev, nil, []byte(u[32:40]), nil), []byte(u[:32])) {
			return nil, errPassword
		}
		k := hash2B(rev, nil, []byte(u[40:48]), nil)
		d.key = aesNoIV(k, []byte(ue[:32]))
	default:
		return nil, fmt.Errorf("it uses the standard security handler's revision %d, which kg does not know", rev)
	}
	return d, nil
}

// decryptAll sets the file up to decrypt every object it reads from now
// on; the objects read so far (the catalogue, to find the file's
// structure) are read again.
func (f *pdfFile) decryptAll() error {
	d, err := f.newDecrypter()
	if err != nil {
		return err
	}
	f.crypt = d
	f.cache = make(map[int]any)
	f.stms = make(map[int][]int)
	return nil
}

// fileKey computes the file key from the empty user password (algorithm
// 2): n bytes.
func fileKey(rev, n int, o []byte, p uint32, id string, plainMeta bool) []byte {
	h := md5.New()
	h.Write(passwordPad)
	h.Write(o[:min(len(o), 32)])
	binary.Write(h, binary.LittleEndian, p)
	h.Write([]byte(id))
	if rev >= 4 && plainMeta {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if rev >= 3 {
		for range 50 {
			s := md5.Sum(key[:n])
			key = s[:]
		}
	}
	return key[:n]
}

// userOK reports whether key is the file key of the empty user password,
// by the /U entry (algorithms 4 and 5).
func userOK(rev int, key, u []byte, id string) bool {
	if rev == 2 {
		return bytes.Equal(rc4Crypt(key, passwordPad), u)
	}
	h := md5.New()
	h.Write(passwordPad)
	h.Write([]byte(id))
	x := h.Sum(nil)
	k := make([]byte, len(key))
	for i := range 20 {
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		x = rc4Crypt(k, x)
	}
	return len(u) >= 16 && bytes.Equal(x, u[:16])
}

// hash2B is algorithm 2.B of ISO 32000-2 (revision 6), or plain SHA-256
// for revision 5: the hash of a password with a salt and, for the owner
// password, the /U entry.
func hash2B(rev int, pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if rev == 5 {
		return k
	}
	for i := 0; ; i++ {
		one := append(append(append([]byte(nil), pw...), k...), udata...)
		k1 := bytes.Repeat(one, 64)
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var next hash.Hash
		switch sum % 3 {
		case 0:
			next = sha256.New()
		case 1:
			next = sha512.New384()
		default:
			next = sha512.New()
		}
		next.Write(e)
		k = next.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i-31 {
			break
		}
	}
	return k[:32]
}

// aesNoIV decrypts data with AES-256 in CBC mode from a zero vector and
// no padding (how /UE holds the file key).
func aesNoIV(key, data []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(out, data)
	return out
}

func rc4Crypt(key, data []byte) []byte {
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// objectKey is the key of object num, generation gen (algorithm 1).
func (d *decrypter) objectKey(kind cipherKind, num, gen int) []byte {
	if kind == cipherAES256 {
		return d.key
	}
	h := md5.New()
	h.Write(d.key)
	h.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
	if kind == cipherAES128 {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(d.key)+5, 16)]
}

// decrypt decrypts data of object num, generation gen. AES data is its
// vector then blocks padded as PKCS #7 says; data too short or damaged
// gives what could be decrypted.
func (d *decrypter) decrypt(kind cipherKind, num, gen int, data []byte) []byte {
	switch kind {
	case cipherRC4:
		return rc4Crypt(d.objectKey(kind, num, gen), data)
	case cipherAES128, cipherAES256:
		if len(data) < 2*aes.BlockSize {
			return nil
		}
		block, err := aes.NewCipher(d.objectKey(kind, num, gen))
		if err != nil {
			return nil
		}
		body := data[aes.BlockSize : len(data)-len(data)%aes.BlockSize]
		out := make([]byte, len(body))
		cipher.NewCBCDecrypter(block, data[:aes.BlockSize]).CryptBlocks(out, body)
		if p := int(out[len(out)-1]); p >= 1 && p <= aes.BlockSize {
			out = out[:len(out)-p]
		}
		return out
	}
	return data
}

// object decrypts the strings of object num, generation gen, and its
// stream, in place; v is the object as read from the file.
func (d *decrypter) object(num, gen int, v any) any {
	if num == d.encObj {
		return v
	}
	if s, ok := v.(*pdfStream); ok {
		switch typ := s.dict["Type"]; {
		case typ == pdfName("XRef"):
		case typ == pdfName("Metadata") && d.plainMeta:
		case hasCryptFilter(s.dict["Filter"]):
			// A stream with its own crypt filter: only Identity is
			// met in practice, which leaves it in clear.
		default:
			s.raw = d.decrypt(d.stm, num, gen, s.raw)
		}
		s.dict = d.decryptStrings(num, gen, s.dict, 0).(pdfDict)
		return s
	}
	return d.decryptStrings(num, gen, v, 0)
}

// decryptStrings decrypts the strings inside v.
func (d *decrypter) decryptStrings(num, gen int, v any, depth int) any {
	if depth > maxDepth {
		return v
	}
	switch x := v.(type) {
	case pdfString:
		return pdfString(d.decrypt(d.str, num, gen, []byte(x)))
	case pdfArray:
		for i, e := range x {
			x[i] = d.decryptStrings(num, gen, e, depth+1)
		}
	case pdfDict:
		for k, e := range x {
			x[k] = d.decryptStrings(num, gen, e, depth+1)
		}
	}
	return v
}

// hasCryptFilter reports whether a stream's /Filter names /Crypt.
func hasCryptFilter(filter any) bool {
	switch x := filter.(type) {
	case pdfName:
		return x == "Crypt"
	case pdfArray:
		for _, e := range x {
			if e == pdfName("Crypt") {
				return true
			}
		}
	}
	return false
}
