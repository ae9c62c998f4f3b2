// Test double for Agora's C# token builder: the entry point of TokenBuilders/RtmTokenBuilder2.cs.
namespace AgoraIO.Media
{
    public class RtmTokenBuilder2
    {
        public static string buildToken(string appId, string appCertificate, string userId, uint expire)
        {
            var token = new AccessToken2(appId, appCertificate, expire);
            var rtm = new AccessToken2.Service(AccessToken2.SERVICE_TYPE_RTM, userId);
            rtm.addPrivilege(1, expire);
            token.addService(rtm);
            return token.build();
        }
    }
}
