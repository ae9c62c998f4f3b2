// Test double for Agora's C# token builder: the entry points of TokenBuilders/RtcTokenBuilder2.cs.
namespace AgoraIO.Media
{
    public class RtcTokenBuilder2
    {
        public enum Role
        {
            RolePublisher = 1,
            RoleSubscriber = 2
        }

        public static string buildTokenWithUid(string appId, string appCertificate, string channelName, uint uid, Role role, uint tokenExpire, uint privilegeExpire)
        {
            return buildTokenWithUserAccount(appId, appCertificate, channelName, AccessToken2.getUidStr(uid), role, tokenExpire, privilegeExpire);
        }

        public static string buildTokenWithUserAccount(string appId, string appCertificate, string channelName, string account, Role role, uint tokenExpire, uint privilegeExpire)
        {
            return build(appId, appCertificate, channelName, account, tokenExpire, privilegeExpire, role == Role.RolePublisher, privilegeExpire);
        }

        public static string buildTokenWithUid(string appId, string appCertificate, string channelName, uint uid,
            uint tokenExpire, uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire,
            uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire)
        {
            return buildTokenWithUserAccount(appId, appCertificate, channelName, AccessToken2.getUidStr(uid), tokenExpire,
                joinChannelPrivilegeExpire, pubAudioPrivilegeExpire, pubVideoPrivilegeExpire, pubDataStreamPrivilegeExpire);
        }

        public static string buildTokenWithUserAccount(string appId, string appCertificate, string channelName, string account,
            uint tokenExpire, uint joinChannelPrivilegeExpire, uint pubAudioPrivilegeExpire,
            uint pubVideoPrivilegeExpire, uint pubDataStreamPrivilegeExpire)
        {
            var token = new AccessToken2(appId, appCertificate, tokenExpire);
            var rtc = new AccessToken2.Service(AccessToken2.SERVICE_TYPE_RTC, channelName, account);
            rtc.addPrivilege(1, joinChannelPrivilegeExpire);
            rtc.addPrivilege(2, pubAudioPrivilegeExpire);
            rtc.addPrivilege(3, pubVideoPrivilegeExpire);
            rtc.addPrivilege(4, pubDataStreamPrivilegeExpire);
            token.addService(rtc);
            return token.build();
        }

        // Join always; publish audio, video and data only for a publisher.
        private static string build(string appId, string appCertificate, string channelName, string account, uint tokenExpire,
            uint joinExpire, bool publisher, uint publishExpire)
        {
            var token = new AccessToken2(appId, appCertificate, tokenExpire);
            var rtc = new AccessToken2.Service(AccessToken2.SERVICE_TYPE_RTC, channelName, account);
            rtc.addPrivilege(1, joinExpire);
            if (publisher)
            {
                rtc.addPrivilege(2, publishExpire);
                rtc.addPrivilege(3, publishExpire);
                rtc.addPrivilege(4, publishExpire);
            }
            token.addService(rtc);
            return token.build();
        }
    }
}
