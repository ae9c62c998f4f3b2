package accesstoken2

// Packing, zlib, base64 and the random salt, in the file Agora's package keeps them in
// (util.go); its imports are a subset of Agora's util.go imports (official-surface.json).

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/binary"
	"math/rand"
)

func packUint16(w *bytes.Buffer, n uint16) {
	binary.Write(w, binary.LittleEndian, n)
}

func packUint32(w *bytes.Buffer, n uint32) {
	binary.Write(w, binary.LittleEndian, n)
}

// packString writes a u16 length, then the bytes.
func packString(w *bytes.Buffer, s string) {
	packUint16(w, uint16(len(s)))
	w.WriteString(s)
}

func compressZlib(src []byte) []byte {
	var out bytes.Buffer
	w := zlib.NewWriter(&out)
	w.Write(src)
	w.Close()
	return out.Bytes()
}

func base64EncodeStr(src []byte) string {
	return base64.StdEncoding.EncodeToString(src)
}

// getRand returns a random salt from 1 to 99999999 (math/rand seeds itself since Go 1.20).
func getRand() uint32 {
	return uint32(rand.Intn(99999999)) + 1
}

// isHex32 reports whether s is 32 hexadecimal characters, as App IDs and certificates are.
func isHex32(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
