// Package chatTokenBuilder has the entry points of Agora's package of the same name (test double).
package chatTokenBuilder

import at "github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/accesstoken2"

func BuildChatUserToken(appID string, appCertificate string, userUuid string, expire uint32) (string, error) {
	s := at.NewService(5, userUuid)
	s.Privileges[1] = expire
	return at.Build(appID, appCertificate, expire, s)
}

func BuildChatAppToken(appID string, appCertificate string, expire uint32) (string, error) {
	s := at.NewService(5, "")
	s.Privileges[2] = expire
	return at.Build(appID, appCertificate, expire, s)
}
