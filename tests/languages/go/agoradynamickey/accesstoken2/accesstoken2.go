// Package accesstoken2 encodes and signs version 007 tokens for this site's tests. It was written
// from the token format with crypto/hmac, crypto/sha256 and compress/zlib; the builder packages
// beside it expose the same functions as Agora's, so the samples compile unchanged.
package accesstoken2

import (
	"bytes"
	"compress/zlib"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"time"
)

var hex32 = regexp.MustCompile(`^[0-9a-fA-F]{32}$`)

type Service struct {
	Type       uint16
	Fields     []byte
	Privileges map[uint16]uint32
}

func NewService(serviceType uint16, fields ...string) *Service {
	var b bytes.Buffer
	for _, f := range fields {
		writeString(&b, []byte(f))
	}
	return &Service{Type: serviceType, Fields: b.Bytes(), Privileges: map[uint16]uint32{}}
}

// UidStr writes uid 0 ("any uid") as the empty string.
func UidStr(uid uint32) string {
	if uid == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(uid), 10)
}

func writeString(b *bytes.Buffer, s []byte) {
	binary.Write(b, binary.LittleEndian, uint16(len(s)))
	b.Write(s)
}

// Build returns the token string for one or more services.
func Build(appID, appCertificate string, expire uint32, services ...*Service) (string, error) {
	if !hex32.MatchString(appID) || !hex32.MatchString(appCertificate) {
		return "", errors.New("appId and appCertificate must be 32 hex characters")
	}
	issueTs := uint32(time.Now().Unix())
	n, err := rand.Int(rand.Reader, big.NewInt(99999999))
	if err != nil {
		return "", err
	}
	salt := uint32(n.Int64()) + 1

	sort.Slice(services, func(i, j int) bool { return services[i].Type < services[j].Type })
	var info bytes.Buffer
	writeString(&info, []byte(appID))
	binary.Write(&info, binary.LittleEndian, []uint32{issueTs, expire, salt})
	binary.Write(&info, binary.LittleEndian, uint16(len(services)))
	for _, s := range services {
		ids := make([]int, 0, len(s.Privileges))
		for id := range s.Privileges {
			ids = append(ids, int(id))
		}
		sort.Ints(ids)
		binary.Write(&info, binary.LittleEndian, []uint16{s.Type, uint16(len(ids))})
		for _, id := range ids {
			binary.Write(&info, binary.LittleEndian, uint16(id))
			binary.Write(&info, binary.LittleEndian, s.Privileges[uint16(id)])
		}
		info.Write(s.Fields)
	}

	key := sign(le32(issueTs), []byte(appCertificate))
	key = sign(le32(salt), key)
	signature := sign(key, info.Bytes())

	var content bytes.Buffer
	writeString(&content, signature)
	content.Write(info.Bytes())
	var compressed bytes.Buffer
	w := zlib.NewWriter(&compressed)
	w.Write(content.Bytes())
	w.Close()
	return "007" + base64.StdEncoding.EncodeToString(compressed.Bytes()), nil
}

func le32(v uint32) []byte {
	b := make([]byte, 4)
	binary.LittleEndian.PutUint32(b, v)
	return b
}

func sign(key, msg []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return m.Sum(nil)
}
