// Package accesstoken2 is a test double for Agora's Go token builder (module
// github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src), written for this site's tests from
// the token format: the same module path, package names, file names and entry points the samples
// use, with crypto/hmac, crypto/sha256 and compress/zlib. Readers use Agora's module.
package accesstoken2

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"sort"
	"time"
)

type Service struct {
	Type       uint16
	Fields     []string
	Privileges map[uint16]uint32
}

func NewService(serviceType uint16, fields ...string) *Service {
	return &Service{Type: serviceType, Fields: fields, Privileges: map[uint16]uint32{}}
}

// GetUidStr writes uid 0 ("any uid") as the empty string.
func GetUidStr(uid uint32) string {
	if uid == 0 {
		return ""
	}
	return fmt.Sprint(uid)
}

// Build returns the token string for one or more services.
func Build(appID, appCertificate string, expire uint32, services ...*Service) (string, error) {
	if !isHex32(appID) || !isHex32(appCertificate) {
		return "", errors.New("check appId or appCertificate")
	}
	issueTs := uint32(time.Now().Unix())
	salt := getRand()

	sort.Slice(services, func(i, j int) bool { return services[i].Type < services[j].Type })
	var info bytes.Buffer
	packString(&info, appID)
	packUint32(&info, issueTs)
	packUint32(&info, expire)
	packUint32(&info, salt)
	packUint16(&info, uint16(len(services)))
	for _, s := range services {
		ids := make([]int, 0, len(s.Privileges))
		for id := range s.Privileges {
			ids = append(ids, int(id))
		}
		sort.Ints(ids)
		packUint16(&info, s.Type)
		packUint16(&info, uint16(len(ids)))
		for _, id := range ids {
			packUint16(&info, uint16(id))
			packUint32(&info, s.Privileges[uint16(id)])
		}
		for _, f := range s.Fields {
			packString(&info, f)
		}
	}

	// The certificate is keyed as text, not hex-decoded.
	key := sign(le32(issueTs), []byte(appCertificate))
	key = sign(le32(salt), key)
	signature := sign(key, info.Bytes())

	var content bytes.Buffer
	packString(&content, string(signature))
	content.Write(info.Bytes())
	return "007" + base64EncodeStr(compressZlib(content.Bytes())), nil
}

func le32(v uint32) []byte {
	var b bytes.Buffer
	packUint32(&b, v)
	return b.Bytes()
}

func sign(key, msg []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	return m.Sum(nil)
}
