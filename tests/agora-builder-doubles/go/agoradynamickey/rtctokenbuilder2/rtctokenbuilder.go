// Package rtctokenbuilder2 has the entry points of Agora's package of the same name (test double).
package rtctokenbuilder2

import at "github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/accesstoken2"

type Role uint16

const (
	RolePublisher  = 1
	RoleSubscriber = 2
)

func BuildTokenWithUid(appId string, appCertificate string, channelName string, uid uint32, role Role, tokenExpire uint32, privilegeExpire uint32) (string, error) {
	return BuildTokenWithUserAccount(appId, appCertificate, channelName, at.GetUidStr(uid), role, tokenExpire, privilegeExpire)
}

func BuildTokenWithUserAccount(appId string, appCertificate string, channelName string, account string, role Role, tokenExpire uint32, privilegeExpire uint32) (string, error) {
	s := at.NewService(1, channelName, account)
	s.Privileges[1] = privilegeExpire
	if role == RolePublisher {
		s.Privileges[2], s.Privileges[3], s.Privileges[4] = privilegeExpire, privilegeExpire, privilegeExpire
	}
	return at.Build(appId, appCertificate, tokenExpire, s)
}

func BuildTokenWithUidAndPrivilege(appId string, appCertificate string, channelName string, uid uint32,
	tokenExpire uint32, joinChannelPrivilegeExpire uint32, pubAudioPrivilegeExpire uint32, pubVideoPrivilegeExpire uint32, pubDataStreamPrivilegeExpire uint32) (string, error) {
	return BuildTokenWithUserAccountAndPrivilege(appId, appCertificate, channelName, at.GetUidStr(uid), tokenExpire,
		joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire)
}

func BuildTokenWithUserAccountAndPrivilege(appId string, appCertificate string, channelName string, account string,
	tokenExpire uint32, joinChannelPrivilegeExpire uint32, pubAudioPrivilegeExpire uint32, pubVideoPrivilegeExpire uint32, pubDataStreamPrivilegeExpire uint32) (string, error) {
	s := at.NewService(1, channelName, account)
	s.Privileges[1] = joinChannelPrivilegeExpire
	s.Privileges[2] = pubAudioPrivilegeExpire
	s.Privileges[3] = pubVideoPrivilegeExpire
	s.Privileges[4] = pubDataStreamPrivilegeExpire
	return at.Build(appId, appCertificate, tokenExpire, s)
}
