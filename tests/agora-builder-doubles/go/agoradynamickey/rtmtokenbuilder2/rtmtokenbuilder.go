// Package rtmtokenbuilder2 has the entry point of Agora's package of the same name (test double).
package rtmtokenbuilder2

import at "github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/accesstoken2"

func BuildToken(appId string, appCertificate string, userId string, expire uint32) (string, error) {
	s := at.NewService(2, userId)
	s.Privileges[1] = expire
	return at.Build(appId, appCertificate, expire, s)
}
