package synth

import (
	"crypto/md5"
	"encoding/binary"
	"fmt"
)

// passwordPad pads passwords to 32 bytes (PDF 1.4, §3.5.2, algorithm 3.2).
var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// rc4Handler is the standard security handler, revision 3, with a 128-bit
// RC4 key: what "protect with a password" produced for years.
type rc4Handler struct {
	key, o, u []byte
	p         int32 // permissions: printing, copying and changing refused
}

// newRC4Handler derives the keys for the user and owner passwords and the
// first element of the file identifier.
func newRC4Handler(user, owner string, id []byte) *rc4Handler {
	h := &rc4Handler{p: -3904}
	ownerKey := md5.Sum(padPassword(owner))
	for range 50 {
		ownerKey = md5.Sum(ownerKey[:])
	}
	h.o = rc4Rounds(ownerKey[:], padPassword(user))

	d := md5.New()
	d.Write(padPassword(user))
	d.Write(h.o)
	d.Write(binary.LittleEndian.AppendUint32(nil, uint32(h.p)))
	d.Write(id)
	key := d.Sum(nil)
	for range 50 {
		sum := md5.Sum(key)
		key = sum[:]
	}
	h.key = key

	check := md5.Sum(append(append([]byte(nil), passwordPad...), id...))
	h.u = append(rc4Rounds(h.key, check[:]), passwordPad[:16]...)
	return h
}

func padPassword(pw string) []byte {
	b := append([]byte(pw), passwordPad...)
	return b[:32]
}

// rc4Rounds encrypts data with key, then 19 times with key XOR i.
func rc4Rounds(key, data []byte) []byte {
	out := rc4XOR(key, data)
	k := make([]byte, len(key))
	for i := 1; i <= 19; i++ {
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		out = rc4XOR(k, out)
	}
	return out
}

// rc4XOR is RC4 (key scheduling, then the keystream XORed with data).
func rc4XOR(key, data []byte) []byte {
	var s [256]byte
	for i := range s {
		s[i] = byte(i)
	}
	var j byte
	for i := range 256 {
		j += s[i] + key[i%len(key)]
		s[i], s[j] = s[j], s[i]
	}
	out := make([]byte, len(data))
	var a, b byte
	for n, c := range data {
		a++
		b += s[a]
		s[a], s[b] = s[b], s[a]
		out[n] = c ^ s[s[a]+s[b]]
	}
	return out
}

// encrypt encrypts a string or stream of object num (generation 0).
func (h *rc4Handler) encrypt(num int, data []byte) []byte {
	k := append(append([]byte(nil), h.key...), byte(num), byte(num>>8), byte(num>>16), 0, 0)
	sum := md5.Sum(k)
	return rc4XOR(sum[:min(len(h.key)+5, 16)], data)
}

// dict is the /Encrypt dictionary.
func (h *rc4Handler) dict() string {
	return fmt.Sprintf("<< /Filter /Standard /V 2 /R 3 /Length 128 /P %d /O <%x> /U <%x> >>", h.p, h.o, h.u)
}
